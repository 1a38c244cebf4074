#include "pipeline/export_editorial.hpp"

#include <filesystem>

#include "editorial/export_checks.hpp"
#include "pipeline/shot_render_inputs.hpp"
#include "support/atomic_write.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::pipeline {

namespace fs = std::filesystem;

EditorialExport export_editorial(const CompiledScript& script, const EditorialExportOptions& options) {
  const ShotGraph& graph = script.graph();
  const timeline::Timeline timeline = timeline::make_timeline(graph);
  editorial::ExportOptions export_options;
  const bool to_stdout = options.out_path.empty() || options.out_path == "-";
  std::string clips = options.clips_dir;
  if (clips.empty()) clips = to_stdout ? "clips" : (fs::path(options.out_path).parent_path() / "clips").string();
  // Editors resolve media by absolute URL; a relative folder is taken from where ekonte runs.
  std::error_code ec;
  const fs::path absolute = fs::absolute(clips, ec);
  export_options.clips_dir = ec ? clips : absolute.lexically_normal().string();
  const render::SizeInput size = frame_size(graph.meta, options.width, options.height);
  export_options.width = size.width;
  export_options.height = size.height;

  EditorialExport result;
  editorial::check_export(options.format, graph, timeline, result.diagnostics);
  result.text = editorial::export_text(options.format, graph, timeline, export_options);
  if (to_stdout) return result;
  if (std::string error; !write_file_atomically(options.out_path, result.text, &error)) {
    // The support error may name a folder on the way; the user asked for this file.
    result.io_error = error.find("`" + options.out_path + "`") != std::string::npos
                          ? error
                          : "cannot write `" + options.out_path + "`: " + error;
    return result;
  }
  result.written = options.out_path;
  return result;
}

}  // namespace ekonte::pipeline
