// The backdrop of a kind of place (setting_kinds.def): outdoors the ground and what stands on
// the horizon (hills, a wood, house fronts, water, dunes), indoors the wall, the floor and a
// window (a wall prop, showing the sky of the time of day).
#include <algorithm>
#include <cmath>

#include "render/world/world_drawing.hpp"

namespace ekonte::render::world {
namespace {

using vocabulary::kBoards, vocabulary::kBuildings, vocabulary::kDunes, vocabulary::kFlagstones, vocabulary::kHills,
    vocabulary::kPanels, vocabulary::kPaving, vocabulary::kPillars, vocabulary::kTreeLine, vocabulary::kWater;
using vocabulary::Backdrop;

void hills(Canvas& cv, const SetSpace& ss, const Frame& f, Rgb colour) {
  cairo_t* cr = cv.cr();
  cairo_new_path(cr);
  cairo_move_to(cr, f.ox, f.horizon);
  for (double x = -300; x <= 1300; x += 100)
    cairo_line_to(cr, ss.x(x), ss.y(-40 - 30 * std::sin(x * 0.011) - 20 * std::sin(x * 0.027)));
  cairo_line_to(cr, f.ox + f.ow, f.horizon);
  cairo_close_path(cr);
  cv.paint_background(colour);
}

void dunes(Canvas& cv, const SetSpace& ss, const Frame& f, Rgb ground, Rgb horizon) {
  cairo_t* cr = cv.cr();
  for (int layer = 0; layer < 2; ++layer) {  // far ridges, then near ones
    cairo_new_path(cr);
    cairo_move_to(cr, f.ox, f.horizon);
    for (double x = -300; x <= 1300; x += 50)
      cairo_line_to(cr, ss.x(x), ss.y(-(layer ? 18 : 36) - 16 * std::sin(x * (layer ? 0.009 : 0.006) + layer)));
    cairo_line_to(cr, f.ox + f.ow, f.horizon);
    cairo_close_path(cr);
    cv.paint_background(mix(ground, horizon, layer ? 0.15 : 0.4));
  }
}

void tree_line(Canvas& cv, const SetSpace& ss, Rgb foliage, Rgb horizon) {
  cairo_t* cr = cv.cr();
  const Rgb far = mix(foliage, horizon, 0.35);
  for (double x = -300; x <= 1300; x += 34) {
    const double h = 120 + 50 * std::sin(x * 0.05) + 30 * std::sin(x * 0.013);
    cairo_new_path(cr);
    cairo_move_to(cr, ss.x(x - 26), ss.y(2));
    cairo_line_to(cr, ss.x(x), ss.y(-h));
    cairo_line_to(cr, ss.x(x + 26), ss.y(2));
    cairo_close_path(cr);
    cv.paint_background(far);
  }
}

void buildings(Canvas& cv, const SetSpace& ss, Rgb ground, Rgb horizon, bool lamps_lit) {
  cairo_t* cr = cv.cr();
  const Rgb wall = mix(scale_rgb(ground, 0.9), horizon, 0.3);
  const Rgb pane = lamps_lit ? Rgb{250, 214, 130} : mix(horizon, Rgb{255, 255, 255}, 0.3);
  uint64_t h = 0x9e3779b97f4a7c15ULL;
  for (double x = -300; x < 1300;) {
    h = h * 6364136223846793005ULL + 1442695040888963407ULL;
    const double w = 110 + double((h >> 33) % 70), top = 170 + double((h >> 45) % 150);
    const Rgb c = mix(wall, Rgb{0, 0, 0}, double((h >> 20) % 4) * 0.05);
    rect(cr, ss.x(x), ss.y(-top), ss.d(w - 6), ss.d(top + 2));
    cv.paint_background(c);
    rect(cr, ss.x(x - 6), ss.y(-top - 10), ss.d(w + 6), ss.d(12));  // eaves
    cv.paint_background(scale_rgb(c, 0.7));
    for (double wy = -top + 30; wy < -40; wy += 56)
      for (double wx = x + 16; wx + 26 < x + w - 6; wx += 40) {
        rect(cr, ss.x(wx), ss.y(wy), ss.d(22), ss.d(28));
        // The shift stays in 0..16 for windows left of the frame too (a negative shift is undefined).
        cv.paint_background(pane, (h >> ((int(wx) % 17 + 17) % 17)) & 1 ? 1.0 : 0.7);
      }
    x += w;
  }
}

void water(Canvas& cv, const SetSpace& ss, const Frame& f, Rgb top, Rgb horizon) {
  cairo_t* cr = cv.cr();
  const Rgb deep = mix(top, horizon, 0.45);
  rect(cr, f.ox, f.horizon, f.ow, ss.d(70));
  cv.paint_background(deep);
  for (int i = 0; i < 6; ++i) {  // glints, closer together near the horizon
    cairo_new_path(cr);
    const double y = 6 + i * i * 2.0, x0 = 80 + (i * 173) % 700;
    cairo_move_to(cr, ss.x(x0), ss.y(y));
    cairo_line_to(cr, ss.x(x0 + 90 + i * 12), ss.y(y));
    cv.stroke(mix(horizon, Rgb{255, 255, 255}, 0.4), std::max(0.6, ss.d(1.5)), false, 0.8);
  }
}

void paving(Canvas& cv, const SetSpace& ss, Rgb ground) {
  cairo_t* cr = cv.cr();
  const Rgb joint = scale_rgb(ground, 0.8);
  for (int i = -14; i <= 24; ++i) {
    cairo_new_path(cr);
    cairo_move_to(cr, ss.x(500 + i * 50), ss.y(0));
    cairo_line_to(cr, ss.x(500 + i * 170), ss.y(900));
    cv.stroke(joint, std::max(0.6, ss.d(1.2)), false);
  }
  for (double y = 8; y < 900; y *= 1.6) {
    cairo_new_path(cr);
    cairo_move_to(cr, ss.x(-400), ss.y(y));
    cairo_line_to(cr, ss.x(1400), ss.y(y));
    cv.stroke(joint, std::max(0.6, ss.d(1.2)), false);
  }
}

}  // namespace

void draw_exterior_backdrop(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky) {
  cairo_t* cr = cv.cr();
  const vocabulary::TimeRow& t = vocabulary::row(look.time);
  const vocabulary::Backdrop backdrop = vocabulary::row(look.kind).backdrop;
  if (backdrop & kHills) hills(cv, ss, f, mix(sky.ground, sky.horizon, 0.35));
  if (backdrop & kDunes) dunes(cv, ss, f, sky.ground, sky.horizon);
  if (backdrop & kTreeLine) tree_line(cv, ss, hex(t.foliage), sky.horizon);
  draw_far_elements(cv, ss, f, look, sky);
  if (backdrop & kBuildings) buildings(cv, ss, sky.ground, sky.horizon, t.lamps_lit);
  rect(cr, f.ox, f.horizon, f.ow, f.oy + f.oh - f.horizon);
  cv.paint_background(sky.ground);
  if (overhead(f)) {
    // Snow lies on the ground under the trees and roofs seen from above, so it comes first.
    draw_weather_ground(cv, ss, f, look, sky);
    draw_ground_plan(cv, ss, f, look, sky);
    return;
  }
  if (backdrop & kWater) water(cv, ss, f, sky.top, sky.horizon);
  if (backdrop & kPaving) paving(cv, ss, sky.ground);
  draw_ground_elements(cv, ss, f, look, sky);
  cairo_new_path(cr);
  cairo_move_to(cr, f.ox, f.horizon);
  cairo_line_to(cr, f.ox + f.ow, f.horizon);
  cv.stroke(scale_rgb(sky.ground, 0.7), std::max(0.8, ss.d(1.5)), false);
  draw_weather_ground(cv, ss, f, look, sky);
  draw_near_elements(cv, ss, f, look, sky);
}

void draw_interior_backdrop(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look) {
  cairo_t* cr = cv.cr();
  const vocabulary::SettingKindRow& k = vocabulary::row(look.kind);
  // An outdoor kind drawn indoors (an `INT.` heading) gets the plain room of the generic row.
  vocabulary::Backdrop backdrop = k.backdrop & vocabulary::kInteriorBackdrop;
  if (!backdrop) backdrop = vocabulary::row(SettingKind::Generic).backdrop & vocabulary::kInteriorBackdrop;
  const Rgb wall = pal(look, 0, hex(k.wall));
  const Rgb floor = pal(look, 1, hex(k.floor));
  const RoomColours colours{wall, floor, pal(look, 2, hex(k.accent))};
  const double hy = f.horizon;
  if (overhead(f)) {
    draw_floor_plan(cv, ss, f, look, colours);
    return;
  }
  cairo_new_path(cr);
  cairo_rectangle(cr, f.ox, f.oy, f.ow, hy - f.oy + ss.d(60));
  cairo_pattern_t* g = cairo_pattern_create_linear(0, f.oy, 0, hy + ss.d(60));
  cairo_pattern_add_color_stop_rgb(g, 0, wall.r / 255.0 * 0.9, wall.g / 255.0 * 0.9, wall.b / 255.0 * 0.9);
  cairo_pattern_add_color_stop_rgb(g, 1, wall.r / 255.0, wall.g / 255.0, wall.b / 255.0);
  cv.paint_background_source(g);
  cairo_pattern_destroy(g);
  if (backdrop & kPanels) {
    // Wall panels with a lamp (palette 2) over each joint.
    for (double px = -300; px < 1300; px += 180) {
      rect(cr, ss.x(px + 8), ss.y(-420), ss.d(164), ss.d(440));
      cv.paint_background(scale_rgb(wall, 1.08));
      cairo_new_path(cr);
      cairo_arc(cr, ss.x(px), ss.y(-300), ss.d(9), 0, 2 * kPi);
      cv.paint_background(pal(look, 2, Rgb{250, 214, 130}));
    }
  }
  draw_ceiling(cv, ss, f, look, colours);
  if (backdrop & kPillars) {
    for (double px : {80.0, 420.0, 960.0}) {  // wooden pillars at fixed places along the wall
      rect(cr, ss.x(px), f.oy, ss.d(26), hy + ss.d(60) - f.oy);
      cv.paint_background(scale_rgb(floor, 0.8));
    }
  }
  rect(cr, f.ox, hy + ss.d(40), f.ow, ss.d(20));
  cv.paint_background(scale_rgb(floor, 0.7));
  rect(cr, f.ox, hy + ss.d(60), f.ow, f.oy + f.oh - hy);
  cv.paint_background(floor);
  if (backdrop & kBoards) {
    for (int i = -12; i <= 24; ++i) {  // floor boards converging to the centre
      cairo_new_path(cr);
      cairo_move_to(cr, ss.x(500 + i * 40), ss.y(60));
      cairo_line_to(cr, ss.x(500 + i * 140), ss.y(900));
      cv.stroke(scale_rgb(floor, 0.85), std::max(0.6, ss.d(1.5)), false);
    }
  }
  if (backdrop & kFlagstones) {
    for (int i = -8; i <= 16; ++i) {
      cairo_new_path(cr);
      cairo_move_to(cr, ss.x(500 + i * 70), ss.y(60));
      cairo_line_to(cr, ss.x(500 + i * 220), ss.y(900));
      cv.stroke(scale_rgb(floor, 0.75), std::max(0.6, ss.d(1.5)), false);
    }
    for (double y = 75; y < 900; y *= 1.45) {
      cairo_new_path(cr);
      cairo_move_to(cr, ss.x(-400), ss.y(y));
      cairo_line_to(cr, ss.x(1400), ss.y(y));
      cv.stroke(scale_rgb(floor, 0.75), std::max(0.6, ss.d(1.5)), false);
    }
  }
  draw_wall_features(cv, ss, f, look, colours);
  draw_floor_features(cv, ss, f, look, colours);
  if (has_prop(look, PropKind::Window) && !(backdrop & (vocabulary::kWindows | vocabulary::kWideWindows)))
    sky_window(cv, ss, look, 620, -330, 220, 200, true);
}

}  // namespace ekonte::render::world
