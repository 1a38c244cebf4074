#include "pipeline/wardrobe_sheet.hpp"

#include "layout/backend/cairo_backend.hpp"
#include "layout/pages/build_wardrobe_sheet.hpp"
#include "render/wardrobe_catalogue.hpp"

namespace ekonte::pipeline {

namespace {
// Pixels per picture: about 180 dpi in the sheet's cells.
constexpr int kPictureW = 228;
constexpr int kPictureH = int(kPictureW * layout::kWardrobePictureAspect);
}  // namespace

WardrobeSheetReport make_wardrobe_sheet(const std::string& pdf_path) {
  WardrobeSheetReport report;
  const auto fonts = layout::FontLibrary::load(report.diagnostics);
  if (!fonts) return report;
  std::vector<layout::WardrobeSheetSection> sections;
  for (const render::WardrobeSection& s : render::wardrobe_sections()) {
    layout::WardrobeSheetSection out{s.title, {}};
    for (const render::WardrobeEntry& e : s.entries) {
      out.cells.push_back({e.word, e.line, e.also,
                           render::render_wardrobe_entry(e, kPictureW, kPictureH, &report.diagnostics)});
      ++report.entries;
    }
    sections.push_back(std::move(out));
  }
  const layout::Document doc = layout::build_wardrobe_sheet(sections, render::standard_figure_description(), *fonts);
  std::string error;
  if (!layout::write_pdf(doc, pdf_path, &error)) {
    report.diagnostics.report(DiagnosticKind::CannotWritePages, pdf_path, {}, error,
                              "check that the output folder is writable");
    return report;
  }
  report.pages = int(doc.pages.size());
  return report;
}

}  // namespace ekonte::pipeline
