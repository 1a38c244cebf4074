// The outdoor sky: a gradient from the time of day's row and the palette, then stars, moon, a
// low sun or clouds as the row says; weather dims it and hides what a cloud cover would.
#include <algorithm>
#include <cmath>

#include "render/world/world_drawing.hpp"

namespace ekonte::render::world {
namespace {
constexpr Rgb kStormGrey{92, 96, 108};  // what a fully darkened sky turns to
// From this darkening on the sky is covered: no stars, moon or sun.
constexpr double kOvercast = 0.25;
}  // namespace

double weather_darkening(const SettingLook& look) {
  double d = 0;
  for (Weather w : look.weather) d = std::max(d, vocabulary::row(w).sky_darkening);
  return d;
}

SkyColours sky_colours(const SettingLook& look) {
  const vocabulary::TimeRow& t = vocabulary::row(look.time);
  const Rgb top = hex(t.sky_top), mid = hex(t.sky_middle), hor = hex(t.horizon), ground = hex(t.ground);
  SkyColours c{};
  // How the palette combines with the row depends on the kind of sky (see times.def).
  switch (t.sky) {
    case vocabulary::SkyLook::Night:
      c.top = scale_rgb(pal(look, 0, top), 0.8);
      c.horizon = pal(look, 1, hor);
      c.ground = mix(pal(look, 0, top), ground, 0.4);
      c.middle = c.top;
      break;
    case vocabulary::SkyLook::LowSun:
      c.top = pal(look, 2, top);
      c.horizon = pal(look, 0, hor);
      c.middle = pal(look, 1, mid);
      c.ground = mix(pal(look, 2, top), pal(look, 1, mid), 0.5);
      c.three_stops = true;
      break;
    case vocabulary::SkyLook::Daylight:
      c.top = mix(top, pal(look, 1, top), 0.15);
      c.horizon = mix(hor, pal(look, 0, hor), 0.2);
      c.ground = mix(ground, pal(look, 2, ground), 0.4);
      c.middle = c.top;
      break;
  }
  const vocabulary::SettingKindRow& k = vocabulary::row(look.kind);
  if (k.ground_tint > 0) c.ground = mix(c.ground, hex(k.ground), k.ground_tint);
  if (const double d = weather_darkening(look); d > 0) {
    c.top = mix(c.top, kStormGrey, d);
    c.middle = mix(c.middle, kStormGrey, d);
    c.horizon = mix(c.horizon, kStormGrey, d * 0.8);
    c.ground = mix(c.ground, scale_rgb(kStormGrey, 0.8), d * 0.5);
  }
  return c;
}

void draw_sky(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& c) {
  cairo_t* cr = cv.cr();
  const vocabulary::TimeRow& t = vocabulary::row(look.time);
  const double H = ss.cam.height;
  cairo_new_path(cr);
  cairo_rectangle(cr, f.ox, f.oy, f.ow, f.horizon - f.oy + 1);
  cairo_pattern_t* g = cairo_pattern_create_linear(0, std::min(0.0, f.horizon - H), 0, f.horizon);
  cairo_pattern_add_color_stop_rgb(g, 0, c.top.r / 255.0, c.top.g / 255.0, c.top.b / 255.0);
  if (c.three_stops) cairo_pattern_add_color_stop_rgb(g, 0.55, c.middle.r / 255.0, c.middle.g / 255.0, c.middle.b / 255.0);
  cairo_pattern_add_color_stop_rgb(g, 1, c.horizon.r / 255.0, c.horizon.g / 255.0, c.horizon.b / 255.0);
  cv.paint_background_source(g);
  cairo_pattern_destroy(g);

  const bool covered = weather_darkening(look) >= kOvercast;
  if (t.stars && !covered) {
    // Stars at fixed places for this setting (hash of its id).
    uint64_t h = hash_text(look.has_setting ? look.id : "night");
    for (int i = 0; i < 90; ++i) {
      h = h * 6364136223846793005ULL + 1442695040888963407ULL;
      const double sx = double((h >> 20) % 1400) - 200, sy = -double((h >> 40) % 700) - 10;
      cairo_new_path(cr);
      cairo_arc(cr, ss.x(sx), ss.y(sy), std::max(0.6, ss.d(0.9 + (h % 3) * 0.5)), 0, 2 * kPi);
      cv.paint_background(Rgb{255, 250, 225}, 0.85);
    }
  }
  if (t.moon && !covered) {  // a crescent: a disc cut by a disc of the sky colour
    cairo_new_path(cr);
    cairo_arc(cr, ss.x(820), ss.y(-420), ss.d(38), 0, 2 * kPi);
    cv.paint_background(Rgb{255, 246, 210});
    cairo_new_path(cr);
    cairo_arc(cr, ss.x(835), ss.y(-430), ss.d(34), 0, 2 * kPi);
    cv.paint_background(c.top);
  }
  if (t.sun_x > 0 && !covered) {
    cairo_new_path(cr);
    cairo_arc(cr, ss.x(t.sun_x), ss.y(-30), ss.d(45), 0, 2 * kPi);
    cv.paint_background(mix(c.horizon, Rgb{255, 240, 200}, 0.6), 0.9);
  }
  if (t.clouds) {
    const Rgb cloud = mix(Rgb{250, 252, 255}, Rgb{170, 174, 184}, weather_darkening(look));
    for (double cx : {180.0, 640.0}) {  // two clouds
      for (double dx : {-40.0, 0.0, 40.0}) {
        cairo_new_path(cr);
        cairo_arc(cr, ss.x(cx + dx), ss.y(-380 + std::fabs(dx) * 0.3), ss.d(38 - std::fabs(dx) * 0.2), 0, 2 * kPi);
        cv.paint_background(cloud, 0.9);
      }
    }
  }
}

}  // namespace ekonte::render::world
