// The drawings of the prop table (props.def) drawn into the prop's box: every row but the set
// pieces has an SVG file (props/svg/) in the rig's style, so the same drawing serves the set
// (small, scaled by depth), an insert shot (large) and the catalogue.
#include <algorithm>

#include "render/world/prop_svg.hpp"
#include "render/world/world_drawing.hpp"

namespace ekonte::render::world {
namespace {

using vocabulary::PropDrawing;

constexpr Rgb kGlow{250, 214, 130};

// A flat ellipse of lamp light over `b`, a third opaque.
void glow_over(Canvas& cv, Box b) {
  cairo_t* cr = cv.cr();
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, b.x + b.w / 2, b.y + b.h / 2);
  cairo_scale(cr, std::max(0.01, b.w / 2), std::max(0.01, b.h / 2));
  cairo_arc(cr, 0, 0, 1, 0, 2 * kPi);
  cairo_restore(cr);
  cv.paint_background(kGlow, 0.35);
}

}  // namespace

void draw_prop_shape(Canvas& cv, PropDrawing d, Box b, Rgb c, bool lit) {
  const vocabulary::PropRow& row = vocabulary::row_of_drawing(d);
  // A lamp of the library lights the wall behind it after dark, a burning torch by day too; a
  // tall one (a street lamp, a torch) from its top, where its light is.
  const bool burning = lit || d == PropDrawing::Torch;
  if (burning && row.category == vocabulary::PropCategory::Light && row.placement != vocabulary::PropPlacement::Sky) {
    if (b.h > 2 * b.w) glow_over(cv, Box{b.x - b.w, b.y - b.w, 3 * b.w, 3 * b.w});
    else glow_over(cv, Box{b.x - 0.4 * b.w, b.y - 0.3 * b.h, 1.8 * b.w, 1.2 * b.h});
  }
  // Set pieces laid out at fixed places have no file (draw_set_props draws them); a plain block
  // stands in, as it does for a library file that does not parse: never nothing.
  if (row.svg.empty() || !draw_svg(cv, builtin_prop_svg(row.svg), b, c, PartLabel::Prop, lit)) {
    rect(cv.cr(), b.x, b.y, b.w, b.h);
    cv.fill(c, PartLabel::Prop, std::clamp(std::min(b.w, b.h) * 0.03, 0.7, 3.0));
  }
}

}  // namespace ekonte::render::world
