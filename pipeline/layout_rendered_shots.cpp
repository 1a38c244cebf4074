#include "pipeline/layout_rendered_shots.hpp"

#include <filesystem>
#include <optional>

#include "pipeline/parallel_for.hpp"
#include "pipeline/picture_spool.hpp"
#include "pipeline/staged_outputs.hpp"
#include "render/shot_files.hpp"

namespace ekonte::pipeline {

layout::ShotPictures read_shot_pictures(const ShotGraph& graph, const std::string& shots_dir, int jobs,
                                        DiagnosticSink& sink, PictureSpool* spool) {
  struct Read {
    std::optional<layout::ShotPicture> picture;
    std::string problem, path;
  };
  std::vector<Read> read(graph.shots.size());
  parallel_for(graph.shots.size(), jobs, [&](size_t i) {
    const Shot& shot = graph.shots[i];
    if (auto files = render::read_shot_files(shots_dir, shot.id, &read[i].problem, &read[i].path)) {
      layout::ShotPicture picture = layout::make_shot_picture(shot.id, files->picture, files->landmarks);
      read[i].picture = spool ? spool->park(shot.id, std::move(picture), files->picture.width, files->picture.height)
                              : std::move(picture);
    }
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
  // The PDFs move into place together (pipeline/staged_outputs.hpp).
  StagedOutputs staged(out_dir);
  if (!staged.error().empty()) {
    report.diagnostics.report(DiagnosticKind::CannotWritePages, out_dir, {}, staged.error(),
                              "check that the output folder is writable");
    return report;
  }
  PictureSpool spool(staged.staging_dir());  // a spool that cannot be made leaves pictures in memory
  layout::PdfReport pdf;
  {
    const layout::ShotPictures pictures =
        read_shot_pictures(script.graph(), shots_dir, jobs, report.diagnostics, &spool);
    layout::PdfOptions pdf_options = options;
    pdf_options.jobs = jobs;
    report.ok = layout::write_pdfs(script.graph(), pictures, staged.staging_dir(), pdf_options, report.diagnostics, &pdf);
  }
  report.ok = report.ok && !report.diagnostics.has_errors();
  if (!report.ok) {
    staged.discard();
    return report;
  }
  for (const std::string& path : pdf.written) {
    const std::string relative = std::filesystem::path(path).lexically_relative(staged.staging_dir()).string();
    staged.add(relative);
    report.written.push_back((std::filesystem::path(out_dir) / relative).string());
  }
  std::string error;
  if (!staged.commit(&error)) {
    report.diagnostics.report(DiagnosticKind::CannotWritePages, out_dir, {}, error,
                              "check that the output folder is writable");
    report.ok = false;
  }
  return report;
}

}  // namespace ekonte::pipeline
