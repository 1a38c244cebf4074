#include "pipeline/layout_rendered_shots.hpp"

#include <optional>

#include "pipeline/parallel_for.hpp"
#include "render/shot_files.hpp"

namespace ekonte::pipeline {

layout::ShotPictures read_shot_pictures(const ShotGraph& graph, const std::string& shots_dir, int jobs,
                                        DiagnosticSink& sink) {
  struct Read {
    std::optional<layout::ShotPicture> picture;
    std::string problem, path;
  };
  std::vector<Read> read(graph.shots.size());
  parallel_for(graph.shots.size(), jobs, [&](size_t i) {
    const Shot& shot = graph.shots[i];
    if (auto files = render::read_shot_files(shots_dir, shot.id, &read[i].problem, &read[i].path))
      read[i].picture = layout::make_shot_picture(shot.id, files->picture, files->landmarks);
  });
  layout::ShotPictures out;
  for (size_t i = 0; i < graph.shots.size(); ++i) {
    const Shot& shot = graph.shots[i];
    if (read[i].picture)
      out[shot.id] = std::move(*read[i].picture);
    else
      sink.report(DiagnosticKind::MissingShotImage, read[i].path, {},
                  "cannot read shot `" + shot.id + "`: " + read[i].problem + "; its panels stay empty",
                  "run `ekonte build` to render the shots first");
  }
  return out;
}

LayoutReport layout_rendered_shots(const CompiledScript& script, const std::string& shots_dir,
                                   const std::string& out_dir, const layout::PdfOptions& options, int jobs) {
  LayoutReport report;
  const layout::ShotPictures pictures = read_shot_pictures(script.graph(), shots_dir, jobs, report.diagnostics);
  layout::PdfReport pdf;
  report.ok = layout::write_pdfs(script.graph(), pictures, out_dir, options, report.diagnostics, &pdf);
  report.written = pdf.written;
  report.ok = report.ok && !report.diagnostics.has_errors();
  return report;
}

}  // namespace ekonte::pipeline
