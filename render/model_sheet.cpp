#include "render/model_sheet.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cmath>

#include "render/canvas.hpp"
#include "render/draw_figure.hpp"
#include "render/rig_renderer.hpp"

namespace ekonte::render {

using characters::CharacterModel;

ImageRgba render_turnaround(const CharacterModel& model, int view_width, int height) {
  const View views[] = {View::Front, View::ThreeQuarterLeft, View::ProfileLeft, View::Back};
  ImageRgba out;
  out.width = view_width * 4;
  out.height = height;
  out.pixels.assign(size_t(out.width) * height * 4, 255);
  for (int i = 0; i < 4; ++i) {
    FigureShot fs;
    fs.view = views[i];
    fs.width = view_width;
    fs.height = height;
    const ShotRender r = render_figure(model, fs);
    for (int y = 0; y < height; ++y)
      std::copy_n(r.color.pixels.data() + size_t(y) * view_width * 4, view_width * 4,
                  out.pixels.data() + (size_t(y) * out.width + size_t(i) * view_width) * 4);
  }
  return out;
}

namespace {

cairo_surface_t* to_surface(const ImageRgba& img) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, img.width, img.height);
  cairo_surface_flush(s);
  unsigned char* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; ++x) {
      const uint8_t* p = &img.pixels[(size_t(y) * img.width + x) * 4];
      reinterpret_cast<uint32_t*>(data + y * stride)[x] =
          0xff000000u | (uint32_t(p[0]) << 16) | (uint32_t(p[1]) << 8) | p[2];
    }
  cairo_surface_mark_dirty(s);
  return s;
}

void image_at(cairo_t* cr, const ImageRgba& img, double x, double y, double w) {
  cairo_surface_t* s = to_surface(img);
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, w / img.width, w / img.width);
  cairo_set_source_surface(cr, s, 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
  cairo_surface_destroy(s);
}

void text_at(cairo_t* cr, double x, double y, double size, const std::string& t, bool bold = false) {
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
  cairo_set_source_rgb(cr, 0.12, 0.1, 0.14);
  cairo_move_to(cr, x, y);
  cairo_show_text(cr, t.c_str());
}

}  // namespace

std::string write_model_sheet_pdf(const ShotGraph& graph, const std::vector<CharacterModel>& models,
                                  const std::vector<std::string>& only, const std::string& path) {
  // A4 landscape in points.
  const double W = 842, H = 595;
  cairo_surface_t* pdf = cairo_pdf_surface_create(path.c_str(), W, H);
  if (cairo_surface_status(pdf) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(pdf);
    return "cannot write `" + path + "`";
  }
  cairo_t* cr = cairo_create(pdf);
  double tallest = 1;
  for (const auto& m : models) tallest = std::max(tallest, m.proportions.height_cm);
  for (size_t ci = 0; ci < models.size() && ci < graph.characters.size(); ++ci) {
    const CharacterModel& m = models[ci];
    const Character& c = graph.characters[ci];
    if (!only.empty() && std::find(only.begin(), only.end(), m.id) == only.end()) continue;
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    text_at(cr, 24, 34, 20, m.id + "  " + m.display_name, true);
    std::string facts = "age " + std::to_string(m.age) + " · " + std::to_string(int(m.proportions.height_cm)) +
                        " cm · " + std::to_string(m.proportions.head_count).substr(0, 3) + " heads · hair " +
                        std::string(characters::name_of(m.hair)) + " · eyes " + std::string(characters::name_of(m.eyes)) +
                        " · " + std::string(characters::name_of(m.outfit)) + " · " +
                        std::string(characters::name_of(m.accessory));
    if (!c.like.empty()) facts += " · like " + c.like;
    text_at(cr, 24, 52, 10, facts);
    // Turnaround.
    image_at(cr, render_turnaround(m, 200, 400), 24, 64, 460);
    text_at(cr, 24, 304, 8, "front                         three-quarter                     profile                              back");
    // Expression chart: 5 x 2 close-ups.
    for (int e = 0; e <= int(Expression::Determined); ++e) {
      FigureShot fs;
      fs.framing = Framing::CloseUp;
      fs.expression = Expression(e);
      fs.width = 160, fs.height = 160;
      const ShotRender r = render_figure(m, fs);
      const double x = 500 + (e % 5) * 66, y = 64 + (e / 5) * 84;
      image_at(cr, r.color, x, y, 62);
      text_at(cr, x, y + 72, 7, std::string(name_of(Expression(e))));
    }
    // Palette swatches with hex values.
    struct Swatch { const char* name; Rgb c; };
    const Swatch sw[] = {{"hair", m.hair_color}, {"eyes", m.eye_color}, {"skin", m.skin},
                         {"outfit 1", m.outfit_primary}, {"outfit 2", m.outfit_secondary},
                         {"accessory", m.accessory_color}};
    for (int i = 0; i < 6; ++i) {
      const double x = 500 + (i % 3) * 110, y = 240 + (i / 3) * 34;
      cairo_rectangle(cr, x, y, 24, 24);
      set_source(cr, sw[i].c);
      cairo_fill_preserve(cr);
      cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
      cairo_set_line_width(cr, 0.5);
      cairo_stroke(cr);
      text_at(cr, x + 30, y + 10, 8, sw[i].name);
      text_at(cr, x + 30, y + 21, 8, characters::hex_of(sw[i].c));
    }
    // Height line-up against the others, to scale.
    const double base = 560, scale = 200 / tallest;
    double x = 500;
    for (size_t k = 0; k < models.size(); ++k) {
      FigureShot fs;
      fs.width = 100, fs.height = 300;
      const ShotRender r = render_figure(models[k], fs);
      // A full framing fills the height: scale the picture so the figure's height is to scale.
      const double fig_h = models[k].proportions.height_cm * scale;
      const double img_w = 100 * (fig_h / (300 * 0.9));
      image_at(cr, r.color, x, base - fig_h / 0.9 * 0.96, img_w);
      text_at(cr, x + 4, base + 12, 7, models[k].id, k == ci);
      x += img_w * 0.8;
    }
    cairo_move_to(cr, 495, base);
    cairo_line_to(cr, 830, base);
    cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
    cairo_stroke(cr);
    // Backstory and notes.
    double ty = 330;
    text_at(cr, 24, ty, 11, "Backstory", true);
    std::string para = c.backstory;
    for (const auto& n : c.notes) para += "\nnote: " + n;
    size_t start = 0;
    while (start <= para.size() && ty < 580) {
      size_t end = para.find('\n', start);
      if (end == std::string::npos) end = para.size();
      std::string line = para.substr(start, end - start);
      while (!line.empty() && ty < 580) {
        size_t cut = line.size() > 90 ? line.rfind(' ', 90) : line.size();
        if (cut == std::string::npos || cut == 0) cut = std::min<size_t>(line.size(), 90);
        ty += 14;
        text_at(cr, 24, ty, 9, line.substr(0, cut));
        line = cut < line.size() ? line.substr(cut + 1) : "";
      }
      start = end + 1;
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(pdf);
  const cairo_status_t st = cairo_surface_status(pdf);
  cairo_surface_destroy(pdf);
  return st == CAIRO_STATUS_SUCCESS ? "" : "cannot write `" + path + "`";
}

}  // namespace ekonte::render
