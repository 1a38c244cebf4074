#pragma once
// The export formats (editorial/export_formats.def) and the one entry point that writes any of
// them from the shot graph and its timeline.
#include <optional>
#include <string>
#include <string_view>

#include "compiler/shot_graph.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::editorial {

enum class ExportFormat {
#define EKONTE_EXPORT_FORMAT(id, ...) id,
#include "editorial/export_formats.def"
#undef EKONTE_EXPORT_FORMAT
};

struct ExportFormatRow {
  ExportFormat format;
  std::string_view name, extension, description;
};

inline constexpr ExportFormatRow kExportFormatRows[] = {
#define EKONTE_EXPORT_FORMAT(id, name, extension, description) {ExportFormat::id, name, extension, description},
#include "editorial/export_formats.def"
#undef EKONTE_EXPORT_FORMAT
};

const ExportFormatRow& row(ExportFormat format);
std::optional<ExportFormat> parse_export_format(std::string_view name);
// The format whose extension `path` ends with (`cut.otio`), if any.
std::optional<ExportFormat> export_format_for_path(std::string_view path);
// "csv, edl, otio or fcpxml": for usage errors and help.
std::string export_format_names();

struct ExportOptions {
  // Where the animatic's per-shot clips are (`--clips DIR`); the EDL names the files, OTIO and
  // FCPXML reference them by URL (file:// when the folder is absolute, else relative).
  std::string clips_dir = "clips";
  int width = 1280, height = 720;  // the clips' frame size (FCPXML's format)
};

// The whole file, ready to write.
std::string export_text(ExportFormat format, const ShotGraph& graph, const timeline::Timeline& timeline,
                        const ExportOptions& options);

}  // namespace ekonte::editorial
