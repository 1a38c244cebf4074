// A figure drawn wet (characters::CharacterModel::wet, vocabulary/wetness.def): its colours are
// already darkened; here the hair is slicked with a wet sheen and drops fall from the hair ends,
// the hands and the hem, as many as the wetness row says.
#include <cmath>

#include "render/figure_painter.hpp"
#include "vocabulary/wardrobe_prose.hpp"

namespace ekonte::render::figure {
namespace {

constexpr Rgb kDrop{206, 228, 246};
constexpr Rgb kDropInk{70, 100, 140};

}  // namespace

void Painter::wet_drops() {
  if (!m.wet) return;
  const int drops = vocabulary::row(*m.wet).drops;
  // The sheen of slicked hair: two glossy streaks down the crown.
  for (double side : {-0.22, 0.18}) {
    cairo_new_path(cr);
    const Point a = to_fig(side, -0.52), b = to_fig(side * 1.4, -0.1);
    cairo_move_to(cr, a.x, a.y);
    cairo_line_to(cr, b.x, b.y);
    cv.stroke(Rgb{236, 244, 252}, std::max(0.8, lw * 0.9), false, 0.55);
  }
  // Where drops fall from: the hair's ends, the hands, the hem between the knees.
  const Point hair_l = to_fig(-0.5, 0.35), hair_r = to_fig(0.5, 0.35);
  const Vec2 hl = J(Joint::HandL), hr = J(Joint::HandR), kl = J(Joint::KneeL), kr = J(Joint::KneeR);
  const Point from[] = {{hair_l.x, hair_l.y}, {hr.x, hr.y}, {kl.x, kl.y}, {hair_r.x, hair_r.y}, {hl.x, hl.y}, {kr.x, kr.y}};
  const double r = u * 0.07;
  for (int i = 0; i < drops; ++i) {
    const Point p = from[i % std::size(from)];
    // Each later drop from the same place has fallen further.
    const double x = p.x + ((i * 37) % 7 - 3) * r * 0.5, y = p.y + r * (3 + 4.5 * (i / int(std::size(from))) + (i % 3));
    cairo_new_path(cr);
    cairo_move_to(cr, x, y - r * 2.2);
    cairo_curve_to(cr, x + r * 0.2, y - r * 1.2, x + r, y - r * 0.4, x + r, y + r * 0.2);
    cairo_arc(cr, x, y + r * 0.2, r, 0, kPi);
    cairo_curve_to(cr, x - r, y - r * 0.4, x - r * 0.2, y - r * 1.2, x, y - r * 2.2);
    cairo_close_path(cr);
    cairo_path_t* path = cairo_copy_path(cr);
    cv.paint_background(kDrop, 0.95);
    cairo_new_path(cr);
    cairo_append_path(cr, path);
    cairo_path_destroy(path);
    cv.stroke(kDropInk, std::max(0.6, lw * 0.5), false, 0.8);
  }
}

}  // namespace ekonte::render::figure
