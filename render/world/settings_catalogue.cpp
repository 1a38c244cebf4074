#include "render/world/settings_catalogue.hpp"

#include <cairo-pdf.h>

#include <string>

#include "render/canvas.hpp"
#include "render/draw_setting.hpp"
#include "vocabulary/camera.hpp"

namespace ekonte::render {
namespace {

// A4 landscape in points; one row per kind, one column per view.
constexpr double kPageW = 842, kPageH = 595, kMargin = 28, kLabelW = 120, kRowGap = 8, kTitleH = 24;
constexpr int kRowsPerPage = 5;
constexpr double kCellW = (kPageW - 2 * kMargin - kLabelW - 3 * 6) / 4, kCellH = kCellW * 9 / 16;

struct View {
  const char* title;
  TimeOfDay time;
  Angle angle;
};
constexpr View kViews[] = {{"day", TimeOfDay::Day, Angle::EyeLevel},
                           {"night", TimeOfDay::Night, Angle::EyeLevel},
                           {"bird's-eye, day", TimeOfDay::Day, Angle::BirdsEye},
                           {"worm's-eye, dusk", TimeOfDay::Dusk, Angle::WormsEye}};

void text(cairo_t* cr, double x, double y, double size, bool bold, const std::string& s) {
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
  cairo_set_source_rgb(cr, 0.15, 0.12, 0.16);
  cairo_move_to(cr, x, y);
  cairo_show_text(cr, s.c_str());
}

// The description wrapped into lines of about `chars` characters.
void wrapped(cairo_t* cr, double x, double y, const std::string& s, size_t chars) {
  std::string line, word;
  auto flush = [&] {
    text(cr, x, y, 7, false, line);
    y += 9;
    line.clear();
  };
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ' ') {
      if (!line.empty() && line.size() + word.size() + 1 > chars) flush();
      line += (line.empty() ? "" : " ") + word;
      word.clear();
    } else {
      word.push_back(s[i]);
    }
  }
  if (!line.empty()) flush();
}

void draw_cell(cairo_t* cr, double x, double y, SettingKind kind, const View& v) {
  const vocabulary::SettingKindRow& r = vocabulary::row(kind);
  SettingLook look;
  look.has_setting = true;
  look.id = std::string(r.name);
  look.kind = kind;
  look.time = v.time;
  look.interior = r.place == vocabulary::Place::Interior;
  cairo_save(cr);
  cairo_rectangle(cr, x, y, kCellW, kCellH);
  cairo_clip(cr);
  cairo_translate(cr, x, y);
  // Drawn at a frame of 640 x 360 scaled into the cell, so lines keep their weights.
  const double s = kCellW / 640.0;
  cairo_scale(cr, s, s);
  Canvas cv(cr);
  SetCamera cam;
  cam.width = 640, cam.height = 360;
  const double h = vocabulary::row(v.angle).horizon;
  cam.horizon_y = h == h ? h : 0.5;
  cam.pitch_deg = vocabulary::row(v.angle).pitch_degrees;
  draw_setting(cv, look, cam);
  cairo_restore(cr);
  cairo_rectangle(cr, x, y, kCellW, kCellH);
  cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
  cairo_set_line_width(cr, 0.6);
  cairo_stroke(cr);
}

}  // namespace

bool write_settings_catalogue(const std::string& pdf_path, std::string* problem) {
  cairo_surface_t* surface = cairo_pdf_surface_create(pdf_path.c_str(), kPageW, kPageH);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    *problem = "cannot write `" + pdf_path + "`";
    cairo_surface_destroy(surface);
    return false;
  }
  cairo_t* cr = cairo_create(surface);
  const size_t kinds = std::size(vocabulary::kSettingKindRows) - 1;  // without the generic row
  const size_t pages = (kinds + kRowsPerPage - 1) / kRowsPerPage;
  for (size_t page = 0; page < pages; ++page) {
    text(cr, kMargin, kMargin, 12, true,
         "Ekonte setting kinds (" + std::to_string(page + 1) + "/" + std::to_string(pages) + ")");
    for (size_t c = 0; c < std::size(kViews); ++c)
      text(cr, kMargin + kLabelW + c * (kCellW + 6), kMargin + kTitleH - 6, 8, false, kViews[c].title);
    for (size_t i = 0; i < kRowsPerPage; ++i) {
      const size_t k = page * kRowsPerPage + i + 1;
      if (k > kinds) break;
      const vocabulary::SettingKindRow& r = vocabulary::kSettingKindRows[k];
      const double y = kMargin + kTitleH + i * (kCellH + kRowGap);
      text(cr, kMargin, y + 10, 10, true, std::string(r.name));
      text(cr, kMargin, y + 21, 7, false, r.place == vocabulary::Place::Interior ? "interior" : "exterior");
      wrapped(cr, kMargin, y + 32, std::string(r.description), 26);
      for (size_t c = 0; c < std::size(kViews); ++c)
        draw_cell(cr, kMargin + kLabelW + c * (kCellW + 6), y, SettingKind(k), kViews[c]);
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const bool ok = cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS;
  cairo_surface_destroy(surface);
  if (!ok) *problem = "cannot write `" + pdf_path + "`";
  return ok;
}

}  // namespace ekonte::render
