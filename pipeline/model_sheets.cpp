#include "pipeline/model_sheets.hpp"

#include <filesystem>

#include "layout/backend/cairo_backend.hpp"
#include "layout/pages/build_model_sheet.hpp"
#include "render/image/png.hpp"
#include "render/model_sheet.hpp"
#include "render/shot_files.hpp"

namespace ekonte::pipeline {

SheetReport make_model_sheets(const CompiledScript& script, const SheetOptions& o) {
  SheetReport report;
  const ShotGraph& graph = script.graph();
  const auto& models = script.models;
  auto wanted = [&](const std::string& id) { return o.only.empty() || o.only == id; };

  if (!o.png_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(o.png_dir, ec);
    for (const auto& m : models) {
      if (!wanted(m.id)) continue;
      std::string stem;
      for (char c : m.id) stem.push_back(char(std::tolower(static_cast<unsigned char>(c))));
      const std::string path = (std::filesystem::path(o.png_dir) / (render::shot_file_stem(stem) + ".png")).string();
      if (!render::write_png(path, render::render_turnaround(m, 256, 512))) {
        report.diagnostics.report(DiagnosticKind::CannotWriteShotFiles, path, {}, "cannot write `" + path + "`",
                                  "check that the folder is writable");
        return report;
      }
      report.written.push_back(path);
    }
  }
  if (o.pdf_path.empty()) return report;
  const auto fonts = layout::FontLibrary::load(report.diagnostics);
  if (!fonts) return report;
  // Every character is rendered (the line-up shows them all); pages only for the wanted ones.
  std::vector<layout::ModelSheetCharacter> sheets;
  std::vector<size_t> pages;
  for (size_t i = 0; i < models.size() && i < graph.characters.size(); ++i) {
    const characters::CharacterModel& m = models[i];
    render::ModelSheetPictures pictures = render::render_model_sheet_pictures(m);
    layout::ModelSheetCharacter sheet;
    sheet.character.value = uint32_t(i);
    sheet.facts = render::model_facts(m);
    sheet.height_cm = m.proportions.height_cm;
    sheet.turnaround = std::move(pictures.turnaround);
    sheet.turnaround_labels = render::turnaround_view_names();
    for (auto& [expression, image] : pictures.expressions)
      sheet.expressions.push_back({std::string(name_of(expression)), std::move(image)});
    for (const auto& [name, color] : render::model_swatches(m)) sheet.swatches.push_back({name, color});
    sheet.full_figure = std::move(pictures.full_figure);
    if (wanted(m.id)) pages.push_back(sheets.size());
    sheets.push_back(std::move(sheet));
  }
  std::string error;
  if (!layout::write_pdf(layout::build_model_sheet(graph, sheets, pages, *fonts), o.pdf_path, &error)) {
    report.diagnostics.report(DiagnosticKind::CannotWritePages, o.pdf_path, {}, error,
                              "check that the output folder is writable");
    return report;
  }
  report.written.push_back(o.pdf_path);
  return report;
}

}  // namespace ekonte::pipeline
