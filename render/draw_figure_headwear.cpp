// Headwear (vocabulary/headwear.def), in head space: unit = head height, crown at -0.55, chin at
// +0.45. Labelled Accessory: what sits on the head is the accessory the sheet lists.
#include "render/figure_painter.hpp"

namespace ekonte::render::figure {

using vocabulary::HeadwearDrawing;

void Painter::headwear() {
  if (!m.headwear) return;
  const vocabulary::HeadwearRow& r = vocabulary::row(*m.headwear);
  const Rgb c = m.headwear_color, band = tone(characters::rgb_of(r.band));
  switch (r.drawing) {
    case HeadwearDrawing::Brimmed: brimmed_hat(r, c, band); break;
    case HeadwearDrawing::TopHat: top_hat(r, c, band); break;
    case HeadwearDrawing::Tricorn: tricorn(r, c, band); break;
    case HeadwearDrawing::Cap: cap(r, c, band); break;
    case HeadwearDrawing::Beret: beret(r, c, band); break;
    case HeadwearDrawing::Beanie: beanie(r, c, band); break;
    case HeadwearDrawing::Helmet: helmet(r, c, band); break;
    case HeadwearDrawing::Crown: crown(r, c, band); break;
    case HeadwearDrawing::Tiara: tiara(r, c, band); break;
    case HeadwearDrawing::Hood: hood_front(r, c, band); break;
    case HeadwearDrawing::Band: hairband(r, c, band); break;
  }
}

void Painter::brimmed_hat(const vocabulary::HeadwearRow& r, Rgb c, Rgb band) {
  ellipse(cr, 0, -0.36, r.brim, 0.12);
  fill(c, PartLabel::Accessory);
  cairo_new_path(cr);
  if (r.crown > 0.6) {  // a pointed crown
    cairo_move_to(cr, -0.4, -0.38);
    cairo_curve_to(cr, -0.2, -0.6, 0.0, -0.38 - r.crown * 0.8, 0.18, -0.38 - r.crown);
    cairo_curve_to(cr, 0.1, -0.6, 0.3, -0.5, 0.4, -0.38);
  } else {
    cairo_move_to(cr, -0.42, -0.38);
    cairo_curve_to(cr, -0.42, -0.38 - r.crown * 1.3, 0.42, -0.38 - r.crown * 1.3, 0.42, -0.38);
  }
  cairo_close_path(cr);
  fill(c, PartLabel::Accessory);
  polygon(cr, {{-0.43, -0.46}, {0.43, -0.46}, {0.43, -0.38}, {-0.43, -0.38}});
  fill(band, PartLabel::Accessory, lw * 0.6);
  if (r.crown < 0.34 && r.brim < 0.9) {
    // The pinch of a felt crown.
    cairo_new_path(cr);
    cairo_move_to(cr, -0.1, -0.38 - r.crown * 0.95);
    cairo_curve_to(cr, -0.03, -0.38 - r.crown * 0.75, 0.03, -0.38 - r.crown * 0.75, 0.1, -0.38 - r.crown * 0.95);
    line(shadow(c), lw * 0.8);
  }
}

void Painter::top_hat(const vocabulary::HeadwearRow& r, Rgb c, Rgb band) {
  polygon(cr, {{-0.36, -0.4}, {-0.38, -0.4 - r.crown}, {0.38, -0.4 - r.crown}, {0.36, -0.4}});
  fill(c, PartLabel::Accessory);
  ellipse(cr, 0, -0.4, r.brim, 0.08);
  fill(c, PartLabel::Accessory);
  polygon(cr, {{-0.36, -0.5}, {0.36, -0.5}, {0.36, -0.42}, {-0.36, -0.42}});
  fill(band, PartLabel::Accessory, lw * 0.5);
}

void Painter::tricorn(const vocabulary::HeadwearRow& r, Rgb c, Rgb band) {
  // The brim turned up in three points: two at the sides, one over the face.
  ellipse(cr, 0, -0.5, 0.42, 0.2);
  fill(c, PartLabel::Accessory);
  const double p = fd * 0.15;
  std::vector<Vec2> pts = {{-r.brim, -0.62}, {-0.5, -0.38}, {p, -0.26}, {0.5, -0.38}, {r.brim, -0.62}, {0.3, -0.52},
                           {p, -0.58}, {-0.3, -0.52}};
  polygon(cr, pts);
  fill(c, PartLabel::Accessory);
  cairo_new_path(cr);
  cairo_move_to(cr, -r.brim + 0.05, -0.6);
  cairo_line_to(cr, -0.48, -0.4);
  cairo_line_to(cr, p, -0.29);
  cairo_line_to(cr, 0.48, -0.4);
  cairo_line_to(cr, r.brim - 0.05, -0.6);
  line(band, lw * 1.2);
}

void Painter::cap(const vocabulary::HeadwearRow& r, Rgb c, Rgb band) {
  cairo_new_path(cr);
  cairo_move_to(cr, -0.5, -0.22);
  cairo_curve_to(cr, -0.5, -0.62 - r.crown * 0.2, 0.5, -0.62 - r.crown * 0.2, 0.5, -0.22);
  cairo_close_path(cr);
  fill(c, PartLabel::Accessory);
  if (s.back) return;
  // The visor points where the face does.
  if (profile) ellipse(cr, fd * 0.52, -0.24, 0.28, 0.06, 0);
  else ellipse(cr, fd * 0.25, -0.22, r.brim * (1 - 0.3 * std::fabs(fd)), 0.08);
  fill(r.brim > 0.52 ? c : shadow(c), PartLabel::Accessory);
  ellipse(cr, fd * 0.1, -0.58 - r.crown * 0.12, 0.04, 0.03);
  fill(band, PartLabel::Accessory, 0);
}

void Painter::beret(const vocabulary::HeadwearRow& r, Rgb c, Rgb band) {
  ellipse(cr, 0.08, -0.5, r.brim, 0.16 + r.crown * 0.3, 0.15);
  fill(c, PartLabel::Accessory);
  ellipse(cr, 0.1, -0.68, 0.03, 0.04);
  fill(band, PartLabel::Accessory, 0);
}

void Painter::beanie(const vocabulary::HeadwearRow& r, Rgb c, Rgb band) {
  cairo_new_path(cr);
  cairo_move_to(cr, -0.5, -0.18);
  cairo_curve_to(cr, -0.52, -0.68 - r.crown * 0.3, 0.52, -0.68 - r.crown * 0.3, 0.5, -0.18);
  cairo_close_path(cr);
  fill(c, PartLabel::Accessory);
  polygon(cr, {{-0.51, -0.3}, {0.51, -0.3}, {0.5, -0.16}, {-0.5, -0.16}});
  fill(band, PartLabel::Accessory, lw * 0.6);
}

void Painter::helmet(const vocabulary::HeadwearRow& r, Rgb c, Rgb band) {
  // A dome over the crown and guards down the cheeks; the face shows between them.
  cairo_new_path(cr);
  cairo_move_to(cr, -0.54, 0.3);
  cairo_curve_to(cr, -0.62, -0.2, -0.5, -0.7, 0, -0.7);
  cairo_curve_to(cr, 0.5, -0.7, 0.62, -0.2, 0.54, 0.3);
  if (!s.back) {
    const double x = fd * 0.15;
    cairo_line_to(cr, x + 0.36, 0.3);
    cairo_line_to(cr, x + 0.36, -0.12);
    cairo_line_to(cr, x - 0.36, -0.12);
    cairo_line_to(cr, x - 0.36, 0.3);
  }
  cairo_close_path(cr);
  fill(c, PartLabel::Accessory);
  ellipse(cr, 0.2, -0.4, 0.12, 0.2, 0.3);
  shade_with(highlight_tone_of(c));
  cairo_new_path(cr);
  cairo_move_to(cr, fd * 0.15, -0.7);
  cairo_line_to(cr, fd * 0.15, -0.14);
  line(shadow(c), lw);
}

void Painter::crown(const vocabulary::HeadwearRow& r, Rgb c, Rgb band) {
  const double base = -0.4, w = r.brim;
  std::vector<Vec2> pts = {{-w, base}, {w, base}, {w * 1.05, base - r.crown}};
  for (int i = 4; i >= 0; --i) {
    const double x = -w + 2 * w * i / 4.0;
    if (i < 4) pts.push_back({x + w / 4.0, base - r.crown * 0.45});
    pts.push_back({x * 1.05, base - r.crown});
  }
  polygon(cr, pts);
  fill(c, PartLabel::Accessory);
  for (double x : {-0.5, 0.0, 0.5}) {
    ellipse(cr, x * w, base - 0.08, 0.04, 0.04);
    fill(band, PartLabel::Accessory, 0);
  }
}

void Painter::tiara(const vocabulary::HeadwearRow& r, Rgb c, Rgb band) {
  cairo_new_path(cr);
  cairo_move_to(cr, -r.brim, -0.32);
  cairo_curve_to(cr, -0.2, -0.46, -0.1, -0.36 - r.crown, 0, -0.36 - r.crown * 1.3);
  cairo_curve_to(cr, 0.1, -0.36 - r.crown, 0.2, -0.46, r.brim, -0.32);
  cairo_curve_to(cr, 0.2, -0.4, -0.2, -0.4, -r.brim, -0.32);
  cairo_close_path(cr);
  fill(c, PartLabel::Accessory, lw * 0.6);
  ellipse(cr, 0, -0.36 - r.crown * 0.7, 0.045, 0.055);
  fill(band, PartLabel::Accessory, 0);
}

void Painter::hood_back() {
  if (!m.headwear || vocabulary::row(*m.headwear).drawing != HeadwearDrawing::Hood) return;
  smooth_closed(cr, {{-0.62, 0.3}, {-0.66, -0.25}, {0, -0.78}, {0.66, -0.25}, {0.62, 0.3}, {0.4, 0.55}, {-0.4, 0.55}});
  fill(shadow(m.headwear_color), PartLabel::Accessory);
}

void Painter::hood_front(const vocabulary::HeadwearRow& r, Rgb c, Rgb band) {
  // The rim over the brow and down both sides of the face.
  if (s.back) {
    ellipse(cr, 0, -0.12, 0.6, 0.66);
    fill(c, PartLabel::Accessory);
    return;
  }
  cairo_new_path(cr);
  cairo_move_to(cr, -0.6, 0.4);
  cairo_curve_to(cr, -0.7, -0.3, -0.4, -0.76, 0, -0.76);
  cairo_curve_to(cr, 0.4, -0.76, 0.7, -0.3, 0.6, 0.4);
  cairo_line_to(cr, 0.45, 0.3);
  cairo_curve_to(cr, 0.5, -0.2, 0.3, -0.5, 0, -0.5);
  cairo_curve_to(cr, -0.3, -0.5, -0.5, -0.2, -0.45, 0.3);
  cairo_close_path(cr);
  fill(c, PartLabel::Accessory);
}

void Painter::hairband(const vocabulary::HeadwearRow& r, Rgb c, Rgb band) {
  cairo_new_path(cr);
  cairo_move_to(cr, -r.brim, -0.18);
  cairo_curve_to(cr, -0.42, -0.6, 0.42, -0.6, r.brim, -0.18);
  cairo_line_to(cr, r.brim - 0.02, -0.08);
  cairo_curve_to(cr, 0.38, -0.48, -0.38, -0.48, -r.brim + 0.02, -0.08);
  cairo_close_path(cr);
  fill(c, PartLabel::Accessory, lw * 0.6);
}

}  // namespace ekonte::render::figure
