// The drawings of the prop table (props.def) that are drawn into the prop's box: flat fills, a
// dark outline and one shadow tone, in the box's own fractions (0..1 across, 0..1 down) so the
// same drawing serves the set (small, scaled by depth) and an insert shot (large).
#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <tuple>

#include "render/world/prop_svg.hpp"
#include "render/world/world_drawing.hpp"

namespace ekonte::render::world {
namespace {

using vocabulary::PropDrawing;

struct Pen {
  Canvas& cv;
  Box b;
  double lw;
  double x(double f) const { return b.x + f * b.w; }
  double y(double f) const { return b.y + f * b.h; }
  void box(double fx, double fy, double fw, double fh, Rgb c) {
    rect(cv.cr(), x(fx), y(fy), fw * b.w, fh * b.h);
    cv.fill(c, PartLabel::Prop, lw);
  }
  void flat(double fx, double fy, double fw, double fh, Rgb c) {  // no outline: shadows and details
    rect(cv.cr(), x(fx), y(fy), fw * b.w, fh * b.h);
    cv.fill(c, PartLabel::Prop, 0);
  }
  void oval(double fx, double fy, double rx, double ry, Rgb c, bool outline = true) {
    cairo_t* cr = cv.cr();
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_translate(cr, x(fx), y(fy));
    cairo_scale(cr, std::max(0.01, rx * b.w), std::max(0.01, ry * b.h));
    cairo_arc(cr, 0, 0, 1, 0, 2 * kPi);
    cairo_restore(cr);
    cv.fill(c, PartLabel::Prop, outline ? lw : 0);
  }
  void poly(std::initializer_list<std::pair<double, double>> pts, Rgb c, bool outline = true) {
    cairo_t* cr = cv.cr();
    cairo_new_path(cr);
    bool first = true;
    for (auto [fx, fy] : pts) {
      if (first) cairo_move_to(cr, x(fx), y(fy));
      else cairo_line_to(cr, x(fx), y(fy));
      first = false;
    }
    cairo_close_path(cr);
    cv.fill(c, PartLabel::Prop, outline ? lw : 0);
  }
  void glow(double fx, double fy, double rx, double ry, Rgb c) {  // light around a lamp
    cairo_t* cr = cv.cr();
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_translate(cr, x(fx), y(fy));
    cairo_scale(cr, std::max(0.01, rx * b.w), std::max(0.01, ry * b.h));
    cairo_arc(cr, 0, 0, 1, 0, 2 * kPi);
    cairo_restore(cr);
    cv.paint_background(c, 0.35);
  }
  void line(double fx0, double fy0, double fx1, double fy1, Rgb c, double width) {
    cairo_t* cr = cv.cr();
    cairo_new_path(cr);
    cairo_move_to(cr, x(fx0), y(fy0));
    cairo_line_to(cr, x(fx1), y(fy1));
    cv.stroke(c, std::max(0.6, width), false);
  }
};

Rgb dark(Rgb c) { return scale_rgb(c, 0.72); }
Rgb light(Rgb c) { return mix(c, Rgb{255, 255, 255}, 0.35); }
constexpr Rgb kInk{36, 32, 36}, kGlow{250, 214, 130}, kSteel{150, 156, 166};

}  // namespace

void draw_prop_shape(Canvas& cv, PropDrawing d, Box b, Rgb c, bool lit) {
  Pen p{cv, b, std::clamp(std::min(b.w, b.h) * 0.03, 0.7, 3.0)};
  const vocabulary::PropRow& row = vocabulary::row_of_drawing(d);
  if (!row.svg.empty()) {
    // A lamp of the library lights the wall behind it after dark.
    if (lit && row.category == vocabulary::PropCategory::Light) p.glow(0.5, 0.3, 0.9, 0.6, kGlow);
    if (draw_svg(cv, builtin_prop_svg(row.svg), b, c, PartLabel::Prop, lit)) return;
    p.box(0, 0, 1, 1, c);  // a library file that does not parse: its box, never nothing
    return;
  }
  const double th = p.lw;  // a thin line
  switch (d) {
    case PropDrawing::Trees: case PropDrawing::Torii: case PropDrawing::StoneSteps: case PropDrawing::Lanterns:
    case PropDrawing::Table: case PropDrawing::Window: case PropDrawing::Cushions: case PropDrawing::Rocks:
    case PropDrawing::Charm:
      p.box(0, 0, 1, 1, c);  // set pieces are drawn by draw_set_props; a plain block stands in
      break;
    case PropDrawing::Sheet:
      p.box(0, 0, 1, 1, c);
      p.poly({{0, 0}, {0.5, 0.55}, {1, 0}}, dark(c));
      break;
    case PropDrawing::Map:
      p.box(0, 0, 1, 1, c);
      for (double f : {0.33, 0.66}) p.line(f, 0, f, 1, dark(c), th);
      p.line(0.1, 0.7, 0.45, 0.35, Rgb{60, 110, 170}, th * 2);
      p.line(0.45, 0.35, 0.85, 0.55, Rgb{60, 110, 170}, th * 2);
      p.line(0.7, 0.2, 0.8, 0.3, Rgb{200, 40, 40}, th * 2);
      p.line(0.8, 0.2, 0.7, 0.3, Rgb{200, 40, 40}, th * 2);
      break;
    case PropDrawing::Newspaper:
      p.box(0, 0, 1, 1, c);
      p.flat(0.08, 0.06, 0.84, 0.12, kInk);
      p.flat(0.08, 0.24, 0.4, 0.28, Rgb{150, 150, 150});
      for (double f = 0.26; f < 0.92; f += 0.07) p.line(0.55, f, 0.92, f, Rgb{120, 120, 120}, th);
      for (double f = 0.6; f < 0.92; f += 0.07) p.line(0.08, f, 0.48, f, Rgb{120, 120, 120}, th);
      break;
    case PropDrawing::Phone:
      p.box(0, 0, 1, 1, c);
      p.flat(0.1, 0.08, 0.8, 0.78, lit ? Rgb{160, 210, 240} : Rgb{80, 120, 160});
      p.oval(0.5, 0.93, 0.08, 0.03, kSteel, false);
      break;
    case PropDrawing::Key:
      p.oval(0.2, 0.5, 0.18, 0.45, c);
      p.oval(0.2, 0.5, 0.07, 0.17, dark(c), false);
      p.box(0.35, 0.38, 0.65, 0.24, c);
      p.box(0.75, 0.55, 0.08, 0.35, c);
      p.box(0.88, 0.55, 0.08, 0.25, c);
      break;
    case PropDrawing::Bell:
      p.poly({{0.2, 0.85}, {0.3, 0.2}, {0.5, 0.1}, {0.7, 0.2}, {0.8, 0.85}, {0.95, 0.95}, {0.05, 0.95}}, c);
      p.oval(0.5, 0.97, 0.08, 0.05, dark(c));
      p.oval(0.5, 0.07, 0.06, 0.06, dark(c));
      break;
    case PropDrawing::Mask:
      p.poly({{0.1, 0.05}, {0.3, 0.3}, {0.7, 0.3}, {0.9, 0.05}, {0.9, 0.55}, {0.5, 1.0}, {0.1, 0.55}}, c);
      p.poly({{0.2, 0.5}, {0.4, 0.45}, {0.38, 0.55}}, kInk, false);
      p.poly({{0.8, 0.5}, {0.6, 0.45}, {0.62, 0.55}}, kInk, false);
      p.line(0.3, 0.7, 0.45, 0.75, Rgb{200, 40, 45}, th * 1.5);
      p.line(0.7, 0.7, 0.55, 0.75, Rgb{200, 40, 45}, th * 1.5);
      break;
    case PropDrawing::Photo:
      p.box(0, 0, 1, 1, c);
      p.flat(0.08, 0.08, 0.84, 0.68, Rgb{110, 100, 90});
      p.oval(0.5, 0.38, 0.12, 0.18, Rgb{200, 180, 160}, false);
      p.oval(0.5, 0.78, 0.25, 0.2, Rgb{70, 60, 55}, false);
      p.flat(0, 0.78, 1, 0.22, c);
      break;
    case PropDrawing::Book:
      p.box(0, 0, 1, 1, c);
      p.flat(0.06, 0, 0.08, 1, dark(c));
      p.flat(0.3, 0.25, 0.5, 0.12, light(c));
      break;
    case PropDrawing::Cup:
      p.oval(0.92, 0.5, 0.12, 0.2, c);
      p.poly({{0.05, 0.05}, {0.85, 0.05}, {0.78, 0.95}, {0.12, 0.95}}, c);
      p.oval(0.45, 0.05, 0.4, 0.06, dark(c));
      break;
    case PropDrawing::Glass:
      p.poly({{0.05, 0}, {0.95, 0}, {0.8, 1}, {0.2, 1}}, c);
      p.flat(0.2, 0.45, 0.6, 0.5, Rgb{200, 150, 60});
      p.line(0.25, 0.1, 0.3, 0.8, Rgb{255, 255, 255}, th * 1.5);
      break;
    case PropDrawing::Bottle:
      p.box(0.35, 0, 0.3, 0.35, c);
      p.poly({{0.35, 0.3}, {0.65, 0.3}, {0.95, 0.45}, {0.95, 1}, {0.05, 1}, {0.05, 0.45}}, c);
      p.flat(0.15, 0.55, 0.7, 0.25, Rgb{235, 225, 200});
      break;
    case PropDrawing::Umbrella:
      p.line(0.5, 0.3, 0.5, 0.95, kInk, th * 2);
      p.line(0.5, 0.95, 0.6, 0.95, kInk, th * 2);
      p.poly({{0, 0.4}, {0.1, 0.2}, {0.3, 0.06}, {0.5, 0.02}, {0.7, 0.06}, {0.9, 0.2}, {1, 0.4}, {0.83, 0.35}, {0.67, 0.4},
              {0.5, 0.35}, {0.33, 0.4}, {0.17, 0.35}},
             c);
      break;
    case PropDrawing::Sword:
      p.poly({{0.35, 0.75}, {0.35, 0.08}, {0.5, 0}, {0.65, 0.08}, {0.65, 0.75}}, c);
      p.box(0, 0.74, 1, 0.04, Rgb{200, 160, 60});
      p.box(0.38, 0.78, 0.24, 0.17, Rgb{90, 60, 40});
      p.oval(0.5, 0.97, 0.18, 0.025, Rgb{200, 160, 60});
      break;
    case PropDrawing::Spear:
      p.box(0.42, 0.1, 0.16, 0.9, c);
      p.poly({{0.5, 0}, {0.85, 0.08}, {0.5, 0.13}, {0.15, 0.08}}, kSteel);
      break;
    case PropDrawing::Shield:
      p.poly({{0, 0}, {1, 0}, {1, 0.45}, {0.5, 1}, {0, 0.45}}, c);
      p.poly({{0.12, 0.08}, {0.88, 0.08}, {0.88, 0.42}, {0.5, 0.86}, {0.12, 0.42}}, light(c), false);
      break;
    case PropDrawing::Helmet:
      p.poly({{0, 1}, {0, 0.4}, {0.2, 0.08}, {0.5, 0}, {0.8, 0.08}, {1, 0.4}, {1, 1}}, c);
      p.flat(0.12, 0.45, 0.76, 0.1, kInk);
      p.flat(0.46, 0.55, 0.08, 0.4, dark(c));
      break;
    case PropDrawing::Crown:
      p.poly({{0, 1}, {0, 0.1}, {0.25, 0.55}, {0.5, 0}, {0.75, 0.55}, {1, 0.1}, {1, 1}}, c);
      p.oval(0.5, 0.75, 0.08, 0.1, Rgb{40, 90, 200});
      p.oval(0.2, 0.8, 0.05, 0.07, Rgb{200, 40, 50});
      p.oval(0.8, 0.8, 0.05, 0.07, Rgb{200, 40, 50});
      break;
    case PropDrawing::Ring:
      p.oval(0.5, 0.6, 0.45, 0.38, c);
      p.oval(0.5, 0.62, 0.3, 0.24, Rgb{245, 240, 230}, false);
      p.oval(0.5, 0.18, 0.16, 0.16, Rgb{40, 90, 200});
      break;
    case PropDrawing::Wrench:
      p.box(0.35, 0.25, 0.3, 0.75, c);
      p.poly({{0.1, 0.28}, {0.1, 0.05}, {0.35, 0}, {0.4, 0.15}, {0.6, 0.15}, {0.65, 0}, {0.9, 0.05}, {0.9, 0.28}}, c);
      break;
    case PropDrawing::Microphone:
      p.line(0.5, 0.15, 0.5, 0.97, kInk, th * 2);
      p.line(0.2, 1, 0.8, 1, kInk, th * 3);
      p.oval(0.5, 0.08, 0.22, 0.06, kSteel);
      break;
    case PropDrawing::Gun:
      p.box(0, 0.1, 1, 0.3, c);
      p.poly({{0.55, 0.35}, {0.85, 0.35}, {0.95, 1}, {0.65, 1}}, c);
      p.line(0.45, 0.4, 0.5, 0.7, c, th * 2);
      break;
    case PropDrawing::Bag:
      p.line(0.3, 0.2, 0.35, 0, kInk, th * 2);
      p.line(0.35, 0, 0.65, 0, kInk, th * 2);
      p.line(0.65, 0, 0.7, 0.2, kInk, th * 2);
      p.box(0, 0.2, 1, 0.8, c);
      p.flat(0.45, 0.4, 0.1, 0.12, Rgb{200, 170, 80});
      break;
    case PropDrawing::Desk:
      p.box(0, 0, 1, 0.1, c);
      p.box(0.03, 0.1, 0.32, 0.9, dark(c));
      for (double f : {0.3, 0.6}) p.line(0.06, 0.1 + f * 0.9, 0.32, 0.1 + f * 0.9, kInk, th);
      p.box(0.92, 0.1, 0.05, 0.9, dark(c));
      break;
    case PropDrawing::Chair:
      p.box(0.05, 0, 0.15, 1, dark(c));
      p.box(0.05, 0.5, 0.9, 0.1, c);
      p.box(0.8, 0.6, 0.12, 0.4, dark(c));
      p.box(0.05, 0, 0.25, 0.5, c);
      break;
    case PropDrawing::Stool:
      p.oval(0.5, 0.06, 0.5, 0.06, c);
      p.line(0.2, 0.1, 0.05, 1, dark(c), th * 2);
      p.line(0.8, 0.1, 0.95, 1, dark(c), th * 2);
      p.line(0.5, 0.1, 0.5, 1, dark(c), th * 2);
      p.line(0.15, 0.65, 0.85, 0.65, dark(c), th);
      break;
    case PropDrawing::Bench:
      p.box(0, 0, 1, 0.22, c);
      p.box(0.06, 0.22, 0.07, 0.78, dark(c));
      p.box(0.87, 0.22, 0.07, 0.78, dark(c));
      break;
    case PropDrawing::Sofa:
      p.box(0.05, 0, 0.9, 0.55, c);
      p.box(0, 0.4, 1, 0.45, c);
      p.box(0, 0.3, 0.1, 0.55, dark(c));
      p.box(0.9, 0.3, 0.1, 0.55, dark(c));
      p.line(0.5, 0.42, 0.5, 0.6, dark(c), th);
      p.box(0.05, 0.85, 0.06, 0.15, kInk);
      p.box(0.89, 0.85, 0.06, 0.15, kInk);
      break;
    case PropDrawing::Throne:
      p.box(0, 0.92, 1, 0.08, Rgb{120, 40, 40});
      p.poly({{0.2, 0.55}, {0.2, 0.08}, {0.5, 0}, {0.8, 0.08}, {0.8, 0.55}}, c);
      p.flat(0.3, 0.12, 0.4, 0.4, Rgb{150, 40, 50});
      p.box(0.1, 0.55, 0.8, 0.12, c);
      p.box(0.12, 0.67, 0.12, 0.25, dark(c));
      p.box(0.76, 0.67, 0.12, 0.25, dark(c));
      break;
    case PropDrawing::Bed:
      p.box(0, 0.35, 1, 0.45, c);
      p.box(0, 0, 0.06, 1, Rgb{120, 80, 50});
      p.box(0.94, 0.2, 0.06, 0.8, Rgb{120, 80, 50});
      p.oval(0.16, 0.32, 0.09, 0.08, Rgb{250, 250, 250});
      p.box(0.3, 0.3, 0.64, 0.3, Rgb{90, 120, 170});
      break;
    case PropDrawing::Counter:
      p.box(0, 0, 1, 0.1, dark(c));
      p.box(0.01, 0.1, 0.98, 0.9, c);
      for (double f = 0.15; f < 1; f += 0.17) p.line(f, 0.2, f, 0.9, dark(c), th);
      break;
    case PropDrawing::Shelf: {
      p.box(0, 0, 1, 1, c);
      const Rgb items[] = {{160, 50, 50}, {50, 90, 150}, {200, 170, 70}, {60, 120, 70}, {220, 220, 210}};
      for (int row = 0; row < 4; ++row) {
        const double top = 0.04 + row * 0.24;
        p.flat(0.04, top, 0.92, 0.2, dark(c));
        for (int i = 0; i < 8; ++i) p.flat(0.06 + i * 0.11, top + 0.03 + (i % 3) * 0.02, 0.08, 0.17 - (i % 3) * 0.02, items[(row + i) % 5]);
      }
      break;
    }
    case PropDrawing::Piano:
      p.box(0, 0, 1, 0.62, c);
      p.box(0, 0.5, 1, 0.1, Rgb{245, 242, 235});
      for (double f = 0.05; f < 1; f += 0.07) p.flat(f, 0.5, 0.03, 0.06, kInk);
      p.box(0.05, 0.6, 0.08, 0.4, c);
      p.box(0.87, 0.6, 0.08, 0.4, c);
      p.flat(0.15, 0.08, 0.7, 0.3, light(c));
      break;
    case PropDrawing::Screen:
      p.box(0, 0, 1, 0.8, c);
      p.flat(0.06, 0.07, 0.88, 0.64, lit ? Rgb{120, 180, 220} : Rgb{60, 90, 120});
      p.box(0.4, 0.8, 0.2, 0.12, dark(c));
      p.box(0.25, 0.92, 0.5, 0.08, dark(c));
      break;
    case PropDrawing::Console:
      p.poly({{0, 1}, {0, 0.35}, {0.15, 0}, {1, 0}, {1, 1}}, c);
      p.flat(0.25, 0.08, 0.4, 0.25, Rgb{80, 210, 240});
      for (int i = 0; i < 6; ++i) p.oval(0.2 + i * 0.12, 0.5, 0.03, 0.04, i % 2 ? Rgb{240, 80, 60} : Rgb{120, 230, 120}, false);
      for (int i = 0; i < 4; ++i) p.flat(0.72 + (i % 2) * 0.1, 0.1 + (i / 2) * 0.12, 0.06, 0.08, Rgb{240, 200, 80});
      break;
    case PropDrawing::Viewscreen: {
      p.box(0, 0, 1, 1, Rgb{60, 66, 76});
      p.flat(0.04, 0.07, 0.92, 0.86, c);
      uint64_t h = 0x51ed270b27b2d2f7ULL;
      for (int i = 0; i < 40; ++i) {
        h = h * 6364136223846793005ULL + 1442695040888963407ULL;
        p.oval(0.05 + double((h >> 20) % 900) / 1000.0, 0.1 + double((h >> 40) % 800) / 1000.0, 0.003, 0.006, Rgb{240, 240, 255}, false);
      }
      p.oval(0.72, 0.6, 0.14, 0.3, Rgb{210, 150, 90}, false);
      break;
    }
    case PropDrawing::Lamp:
      if (lit) p.glow(0.5, 0.12, 1.2, 0.25, kGlow);
      p.poly({{0.15, 0.25}, {0.3, 0}, {0.7, 0}, {0.85, 0.25}}, lit ? kGlow : c);
      p.line(0.5, 0.25, 0.5, 0.96, kInk, th * 1.5);
      p.oval(0.5, 0.97, 0.3, 0.03, kInk);
      break;
    case PropDrawing::Fan:
      p.oval(0.5, 0.25, 0.48, 0.24, c);
      p.oval(0.5, 0.25, 0.36, 0.18, light(c), false);
      p.line(0.5, 0.08, 0.5, 0.42, dark(c), th * 2);
      p.line(0.2, 0.25, 0.8, 0.25, dark(c), th * 2);
      p.line(0.5, 0.5, 0.5, 0.95, kSteel, th * 2);
      p.oval(0.5, 0.96, 0.3, 0.04, dark(c));
      break;
    case PropDrawing::Crates:
      p.box(0, 0.5, 0.5, 0.5, c);
      p.box(0.5, 0.5, 0.5, 0.5, dark(c));
      p.box(0.22, 0, 0.5, 0.5, c);
      for (auto [x0, y0] : {std::pair{0.0, 0.5}, {0.5, 0.5}, {0.22, 0.0}}) {
        p.line(x0, y0, x0 + 0.5, y0 + 0.5, scale_rgb(c, 0.55), th);
        p.line(x0 + 0.5, y0, x0, y0 + 0.5, scale_rgb(c, 0.55), th);
      }
      break;
    case PropDrawing::Barrel:
      for (double x0 : {0.0, 0.52}) {
        p.poly({{x0 + 0.04, 0}, {x0 + 0.44, 0}, {x0 + 0.48, 0.5}, {x0 + 0.44, 1}, {x0 + 0.04, 1}, {x0, 0.5}}, c);
        for (double f : {0.2, 0.8}) p.line(x0 + 0.02, f, x0 + 0.46, f, kInk, th * 1.5);
      }
      break;
    case PropDrawing::Banner:
      p.line(-0.1, 0, 1.1, 0, kInk, th * 2);
      p.poly({{0, 0}, {1, 0}, {1, 1}, {0.5, 0.85}, {0, 1}}, c);
      p.poly({{0.3, 0.25}, {0.5, 0.15}, {0.7, 0.25}, {0.5, 0.5}}, Rgb{230, 200, 90}, false);
      break;
    case PropDrawing::Door:
      p.box(0, 0, 1, 1, dark(c));
      p.box(0.08, 0.05, 0.84, 0.95, c);
      p.flat(0.16, 0.12, 0.3, 0.35, dark(c));
      p.flat(0.54, 0.12, 0.3, 0.35, dark(c));
      p.oval(0.8, 0.58, 0.04, 0.02, Rgb{200, 160, 60});
      break;
    case PropDrawing::Gate:
      p.box(0, 0, 0.15, 1, Rgb{150, 145, 135});
      p.box(0.85, 0, 0.15, 1, Rgb{150, 145, 135});
      p.box(0, 0, 1, 0.15, Rgb{150, 145, 135});
      p.flat(0.15, 0.15, 0.7, 0.85, Rgb{40, 36, 40});
      for (double f = 0.2; f < 0.85; f += 0.1) p.line(f, 0.15, f, 1, c, th * 2);
      for (double f = 0.3; f < 1; f += 0.2) p.line(0.15, f, 0.85, f, c, th * 2);
      break;
    case PropDrawing::Car:
      p.poly({{0.22, 0.45}, {0.32, 0.05}, {0.7, 0.05}, {0.82, 0.45}}, c);
      p.flat(0.35, 0.12, 0.15, 0.3, lit ? Rgb{70, 80, 100} : Rgb{170, 200, 220});
      p.flat(0.53, 0.12, 0.15, 0.3, lit ? Rgb{70, 80, 100} : Rgb{170, 200, 220});
      p.box(0, 0.42, 1, 0.38, c);
      p.oval(0.2, 0.82, 0.09, 0.18, kInk);
      p.oval(0.8, 0.82, 0.09, 0.18, kInk);
      p.oval(0.98, 0.55, 0.02, 0.06, lit ? kGlow : Rgb{230, 230, 210}, false);
      break;
    case PropDrawing::Boat:
      p.poly({{0, 0.3}, {1, 0.3}, {0.85, 1}, {0.12, 1}}, c);
      p.flat(0.05, 0.35, 0.9, 0.1, light(c));
      p.line(0.5, 0.3, 0.5, -0.9, kInk, th * 1.5);
      break;
    case PropDrawing::Ship:
      p.box(0.3, 0.12, 0.35, 0.33, Rgb{230, 226, 214});
      for (double f = 0.34; f < 0.62; f += 0.06) p.flat(f, 0.2, 0.03, 0.05, lit ? kGlow : Rgb{80, 90, 110});
      p.box(0.45, 0, 0.08, 0.14, Rgb{180, 60, 40});
      p.poly({{0, 0.42}, {1, 0.42}, {0.92, 1}, {0.06, 1}}, c);
      p.flat(0.02, 0.45, 0.96, 0.05, Rgb{180, 60, 40});
      break;
    case PropDrawing::Ladder:
      p.box(0.05, 0, 0.14, 1, c);
      p.box(0.81, 0, 0.14, 1, c);
      for (double f = 0.06; f < 1; f += 0.1) p.box(0.19, f, 0.62, 0.025, dark(c));
      break;
    case PropDrawing::Gangway:
      p.poly({{0, 0.9}, {1, 0.2}, {1, 0.35}, {0, 1}}, c);
      p.line(0, 0.55, 1, -0.15, kInk, th * 1.5);
      for (double f = 0.1; f < 1; f += 0.2) p.line(f, 0.9 - f * 0.7, f, 0.55 - f * 0.7, kInk, th);
      break;
    case PropDrawing::Stall:
      p.box(0.05, 0.55, 0.9, 0.45, Rgb{160, 110, 70});
      p.box(0.08, 0.15, 0.05, 0.4, Rgb{120, 80, 50});
      p.box(0.87, 0.15, 0.05, 0.4, Rgb{120, 80, 50});
      for (int i = 0; i < 6; ++i) p.box(i / 6.0, 0, 1 / 6.0, 0.2, i % 2 ? Rgb{245, 240, 230} : c);
      for (int i = 0; i < 5; ++i) p.oval(0.18 + i * 0.16, 0.52, 0.05, 0.04, i % 2 ? Rgb{230, 120, 60} : Rgb{240, 210, 90});
      if (lit) p.oval(0.5, 0.3, 0.06, 0.06, kGlow);
      break;
    case PropDrawing::Seats:
      for (double x0 : {0.0, 0.5}) {
        p.box(x0 + 0.02, 0, 0.44, 0.6, c);
        p.flat(x0 + 0.06, 0.03, 0.36, 0.12, Rgb{230, 230, 225});
        p.box(x0, 0.55, 0.48, 0.18, dark(c));
        p.box(x0 + 0.2, 0.73, 0.08, 0.27, kSteel);
      }
      break;
    case PropDrawing::StreetLamp:
      if (lit) p.glow(0.5, 0.08, 2.5, 0.12, kGlow);
      p.box(0.4, 0.08, 0.2, 0.92, c);
      p.poly({{0.1, 0.1}, {0.25, 0}, {0.75, 0}, {0.9, 0.1}}, c);
      p.box(0.2, 0.1, 0.6, 0.06, lit ? kGlow : Rgb{220, 225, 230});
      p.box(0.3, 0.94, 0.4, 0.06, c);
      break;
    case PropDrawing::TrafficLight:
      p.box(0.42, 0.3, 0.16, 0.7, c);
      p.box(0.1, 0, 0.8, 0.32, c);
      p.oval(0.5, 0.05, 0.22, 0.035, Rgb{220, 50, 40}, false);
      p.oval(0.5, 0.155, 0.22, 0.035, Rgb{90, 70, 40}, false);
      p.oval(0.5, 0.26, 0.22, 0.035, Rgb{50, 200, 90}, false);
      break;
    case PropDrawing::Torch:
      p.glow(0.5, 0.2, 0.9, 0.3, Rgb{250, 200, 110});
      p.poly({{0.5, 0}, {0.85, 0.28}, {0.5, 0.38}, {0.15, 0.28}}, Rgb{250, 150, 40});
      p.poly({{0.2, 0.36}, {0.8, 0.36}, {0.6, 1}, {0.4, 1}}, c);
      break;
    case PropDrawing::WarningLight:
      p.box(0.1, 0.6, 0.8, 0.4, kInk);
      p.oval(0.5, 0.45, 0.4, 0.4, c);
      p.glow(0.5, 0.45, 1.1, 1.1, c);
      break;
    case PropDrawing::Pipes:
      for (double f : {0.1, 0.35, 0.6}) {
        p.box(0, f, 1, 0.12, c);
        p.flat(0, f + 0.02, 1, 0.03, light(c));
        for (double g = 0.15; g < 1; g += 0.3) p.box(g, f - 0.02, 0.04, 0.16, dark(c));
      }
      p.box(0.8, 0, 0.1, 1, dark(c));
      break;
    case PropDrawing::Valve:
      p.oval(0.5, 0.5, 0.48, 0.48, c);
      p.oval(0.5, 0.5, 0.36, 0.36, Rgb{40, 44, 50}, false);
      p.line(0.14, 0.5, 0.86, 0.5, c, th * 3);
      p.line(0.5, 0.14, 0.5, 0.86, c, th * 3);
      p.oval(0.5, 0.5, 0.1, 0.1, kSteel);
      break;
    case PropDrawing::Reactor:
      p.box(0.1, 0, 0.8, 1, c);
      p.flat(0.1, 0.1, 0.8, 0.05, dark(c));
      p.flat(0.1, 0.85, 0.8, 0.05, dark(c));
      p.box(0.3, 0.25, 0.4, 0.5, Rgb{80, 200, 240});
      p.flat(0.42, 0.3, 0.16, 0.4, Rgb{210, 250, 255});
      break;
    case PropDrawing::Robot:
      p.box(0.25, 0, 0.5, 0.25, c);
      p.flat(0.33, 0.08, 0.34, 0.08, Rgb{80, 220, 250});
      p.box(0.15, 0.28, 0.7, 0.42, c);
      p.box(0, 0.3, 0.12, 0.35, dark(c));
      p.box(0.88, 0.3, 0.12, 0.35, dark(c));
      p.box(0.25, 0.7, 0.18, 0.3, dark(c));
      p.box(0.57, 0.7, 0.18, 0.3, dark(c));
      p.flat(0.35, 0.4, 0.3, 0.12, Rgb{240, 180, 60});
      break;
    case PropDrawing::Horse:
      for (double f : {0.2, 0.3, 0.68, 0.78}) p.box(f, 0.55, 0.07, 0.45, dark(c));
      p.oval(0.5, 0.45, 0.36, 0.18, c);
      p.poly({{0.75, 0.4}, {0.82, 0.05}, {0.98, 0.15}, {1.0, 0.25}, {0.88, 0.25}, {0.84, 0.45}}, c);
      p.poly({{0.78, 0.1}, {0.7, 0.35}, {0.74, 0.38}, {0.83, 0.08}}, kInk, false);
      p.poly({{0.14, 0.38}, {0.02, 0.7}, {0.1, 0.7}, {0.18, 0.45}}, kInk);
      break;
    case PropDrawing::Well:
      p.line(0.12, 0.45, 0.12, 0.1, Rgb{100, 70, 50}, th * 3);
      p.line(0.88, 0.45, 0.88, 0.1, Rgb{100, 70, 50}, th * 3);
      p.poly({{0, 0.15}, {0.5, 0}, {1, 0.15}}, Rgb{110, 70, 50});
      p.box(0.05, 0.45, 0.9, 0.55, c);
      for (double f : {0.63, 0.8}) p.line(0.05, f, 0.95, f, dark(c), th);
      p.flat(0.05, 0.45, 0.9, 0.06, Rgb{245, 248, 255});
      break;
    case PropDrawing::Railing:
      p.box(0, 0, 1, 0.1, c);
      p.box(0, 0.55, 1, 0.06, c);
      for (double f = 0; f <= 1.0; f += 0.125) p.box(f - 0.01, 0, 0.02, 1, dark(c));
      break;
    case PropDrawing::Road:
      p.poly({{0.42, 0}, {0.58, 0}, {1, 1}, {0, 1}}, c, false);
      p.line(0.5, 0.05, 0.5, 0.95, light(c), th);
      break;
    case PropDrawing::Bridge:
      p.poly({{0, 0.6}, {0.2, 0.25}, {0.5, 0.15}, {0.8, 0.25}, {1, 0.6}, {0.9, 0.6}, {0.5, 0.3}, {0.1, 0.6}}, c);
      p.line(0, 0.2, 1, 0.2, dark(c), th * 1.5);
      for (double f = 0.05; f < 1; f += 0.09) p.line(f, 0.2, f, 0.3 - 0.1 * std::fabs(f - 0.5), dark(c), th);
      break;
    case PropDrawing::Suns:
      p.oval(0.3, 0.4, 0.28, 0.28, c, false);
      p.oval(0.3, 0.4, 0.2, 0.2, mix(c, Rgb{255, 255, 255}, 0.6), false);
      p.oval(0.8, 0.7, 0.15, 0.15, mix(c, Rgb{255, 180, 120}, 0.4), false);
      break;
    case PropDrawing::Fireworks:
      for (auto [fx, fy, col] : {std::tuple{0.25, 0.3, Rgb{250, 200, 80}}, {0.7, 0.2, Rgb{240, 90, 120}}, {0.55, 0.6, Rgb{120, 200, 250}}})
        for (int i = 0; i < 12; ++i) {
          const double a = i * kPi / 6;
          p.line(fx + std::cos(a) * 0.04, fy + std::sin(a) * 0.05, fx + std::cos(a) * 0.14, fy + std::sin(a) * 0.17, col, th * 1.5);
        }
      break;
    case PropDrawing::Crane:
      p.box(0.1, 0.2, 0.08, 0.8, c);
      p.poly({{0.05, 0.2}, {1, 0.08}, {1, 0.12}, {0.05, 0.26}}, c);
      p.line(0.85, 0.1, 0.85, 0.55, kInk, th);
      p.box(0.8, 0.55, 0.1, 0.08, Rgb{120, 90, 50});
      p.box(0, 0.9, 0.3, 0.1, dark(c));
      break;
    case PropDrawing::Bollard:
      p.box(0.2, 0.2, 0.6, 0.8, c);
      p.oval(0.5, 0.2, 0.42, 0.15, c);
      break;
    case PropDrawing::Rope:
      for (int i = 0; i < 4; ++i) p.oval(0.5, 0.6 - i * 0.12, 0.5 - i * 0.07, 0.4 - i * 0.05, i % 2 ? dark(c) : c);
      break;
    case PropDrawing::Puddle:
      p.oval(0.5, 0.5, 0.5, 0.5, c, false);
      p.oval(0.45, 0.4, 0.3, 0.2, light(c), false);
      break;
    case PropDrawing::Awning:
      for (int i = 0; i < 8; ++i) p.poly({{i / 8.0, 0}, {(i + 1) / 8.0, 0}, {(i + 1) / 8.0, 1}, {i / 8.0, 0.85}}, i % 2 ? Rgb{240, 236, 225} : c);
      break;
    case PropDrawing::Mirror:
      p.oval(0.5, 0.5, 0.5, 0.5, Rgb{160, 120, 60});
      p.oval(0.5, 0.5, 0.42, 0.43, c, false);
      p.line(0.3, 0.35, 0.45, 0.2, Rgb{250, 250, 255}, th * 2);
      break;
    case PropDrawing::Pillar:
      p.box(0.1, 0, 0.8, 0.06, dark(c));
      p.box(0.2, 0.06, 0.6, 0.88, c);
      for (double f : {0.35, 0.5, 0.65}) p.line(f, 0.08, f, 0.92, dark(c), th);
      p.box(0.1, 0.94, 0.8, 0.06, dark(c));
      break;
    case PropDrawing::Stream:
      p.poly({{0, 0.2}, {0.3, 0}, {0.7, 0.3}, {1, 0.1}, {1, 0.9}, {0.7, 1}, {0.3, 0.7}, {0, 0.9}}, c, false);
      p.line(0.2, 0.45, 0.4, 0.4, light(c), th);
      break;
    case PropDrawing::Grass:
      for (int i = 0; i < 7; ++i) p.poly({{i / 7.0, 1}, {i / 7.0 + 0.07, 0.05 + (i % 3) * 0.2}, {(i + 1) / 7.0, 1}}, c);
      break;
    case PropDrawing::Mat:
      p.poly({{0.1, 0}, {0.9, 0}, {1, 1}, {0, 1}}, c);
      p.line(0.5, 0, 0.5, 1, light(c), th);
      break;
    case PropDrawing::Loudspeaker:
      p.poly({{0, 0.35}, {0.3, 0.35}, {1, 0}, {1, 1}, {0.3, 0.65}, {0, 0.65}}, c);
      p.oval(0.95, 0.5, 0.05, 0.45, dark(c));
      break;
    case PropDrawing::Bush:
      for (auto [fx, fy, r] : {std::tuple{0.25, 0.6, 0.25}, {0.5, 0.4, 0.3}, {0.75, 0.6, 0.25}}) p.oval(fx, fy, r, r * 1.1, c);
      p.flat(0, 0.85, 1, 0.15, dark(c));
      break;
    default:  // every other drawing is an SVG file, drawn above
      break;
  }
}

}  // namespace ekonte::render::world
