#include "render/world/props_catalogue.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iterator>

#include "render/world/world_drawing.hpp"

namespace ekonte::render {
namespace {

using world::rect;

// A4 landscape in points; a grid of kCols x kRows cells under a title line.
constexpr double kPageW = 842, kPageH = 595, kMargin = 24, kTitle = 26;
constexpr int kCols = 8, kRows = 5;

void text(cairo_t* cr, double x, double y, double size, bool bold, const std::string& s, Rgb c, bool centre = true) {
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
  cairo_text_extents_t te;
  cairo_text_extents(cr, s.c_str(), &te);
  cairo_move_to(cr, centre ? x - te.width / 2 - te.x_bearing : x, y);
  set_source(cr, c);
  cairo_show_text(cr, s.c_str());
  cairo_new_path(cr);
}

std::string_view use_word(vocabulary::PropUse u) {
  using vocabulary::PropUse;
  switch (u) {
    case PropUse::FloorFurniture: return "floor";
    case PropUse::Seat: return "seat";
    case PropUse::TableTop: return "table-top";
    case PropUse::Wall: return "wall";
    case PropUse::Ceiling: return "ceiling";
    case PropUse::Handheld: return "handheld";
    case PropUse::Vehicle: return "vehicle";
    case PropUse::LargeExterior: return "exterior";
    case PropUse::Effect: return "effect";
  }
  return "";
}

// A set piece laid out at fixed places is drawn as the set draws it, on a small set of its own:
// the window in its wall, the low table in front of where the figures kneel, the charm in a palm.
void draw_set_piece(Canvas& cv, PropKind kind, Box cell) {
  SetCamera cam;
  cam.width = int(cell.w), cam.height = int(cell.h), cam.horizon_y = 0.82;
  SettingLook look;
  look.has_setting = true;
  look.props = {kind};
  cairo_t* cr = cv.cr();
  cairo_save(cr);
  rect(cr, cell.x, cell.y, cell.w, cell.h);
  cairo_clip(cr);
  cairo_translate(cr, cell.x, cell.y);
  if (kind == PropKind::Window) {
    look.interior = true;
    cam.horizon_y = 0.6;
    draw_setting(cv, look, cam);
  } else if (kind == PropKind::Table) {
    draw_setting_foreground(cv, look, cam, cell.h * 0.85, cell.w / 2, cell.w / 160);
  } else if (kind == PropKind::Charm) {
    draw_insert_prop(cv, InsertProp{kind, "charm"}, Box{0, 0, cell.w, cell.h}, false);
  } else {
    world::SetSpace ss{cam};
    world::draw_set_props(cv, ss, look);
  }
  cairo_restore(cr);
}

}  // namespace

CatalogueResult write_props_catalogue(const std::string& path) {
  CatalogueResult result;
  const std::string tmp = path + ".tmp";
  cairo_surface_t* surface = cairo_pdf_surface_create(tmp.c_str(), kPageW, kPageH);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    result.error = "cannot write `" + path + "`";
    return result;
  }
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, "Ekonte prop library");
  cairo_t* cr = cairo_create(surface);
  Canvas cv(cr);
  const size_t n = std::size(vocabulary::kPropRows), per_page = kCols * kRows;
  const int pages = int((n + per_page - 1) / per_page);
  const double cw = (kPageW - 2 * kMargin) / kCols, ch = (kPageH - 2 * kMargin - kTitle) / kRows;
  const Rgb ink{38, 30, 42}, grey{120, 116, 124};
  for (int page = 0; page < pages; ++page) {
    set_source(cr, Rgb{255, 255, 255});
    cairo_paint(cr);
    char title[96];
    std::snprintf(title, sizeof title, "Ekonte prop library  -  page %d of %d  -  %zu props", page + 1, pages, n);
    text(cr, kMargin, kMargin + 12, 13, true, title, ink, false);
    for (size_t i = page * per_page; i < std::min(n, (page + 1) * per_page); ++i) {
      const vocabulary::PropRow& r = vocabulary::kPropRows[i];
      const int slot = int(i - page * per_page);
      const double x = kMargin + (slot % kCols) * cw, y = kMargin + kTitle + (slot / kCols) * ch;
      rect(cr, x + 2, y + 2, cw - 4, ch - 4);
      set_source(cr, Rgb{246, 244, 240});
      cairo_fill(cr);
      // The drawing keeps its real proportions inside the cell, above two lines of text.
      const Box area{x + 8, y + 6, cw - 16, ch - 34};
      if (vocabulary::is_fixed_set_piece(r.drawing)) {
        draw_set_piece(cv, PropKind(i), Box{x + 2, y + 2, cw - 4, ch - 30});
      } else {
        const double aspect = std::clamp(r.height_cm / std::max(1.0, r.width_cm), 0.05, 20.0);
        double w = area.w, h = w * aspect;
        if (h > area.h) h = area.h, w = h / aspect;
        world::draw_prop_shape(cv, r.drawing, Box{area.x + (area.w - w) / 2, area.y + (area.h - h) / 2, w, h},
                               world::hex(r.colour), false);
      }
      text(cr, x + cw / 2, y + ch - 16, 8.5, true, std::string(r.name), ink);
      const std::string tag = std::string(use_word(r.kind)) + (r.svg.empty() ? "  set piece" : "  svg");
      text(cr, x + cw / 2, y + ch - 6, 6.5, false, tag, grey);
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    result.error = "cannot write `" + path + "`";
    return result;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) result.error = "cannot write `" + path + "`: " + ec.message();
  result.pages = pages;
  result.props = int(n);
  return result;
}

}  // namespace ekonte::render
