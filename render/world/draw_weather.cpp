// Weather overlays (weather.def), drawn over the set and its props so they are part of the
// background plate: a cloud bank, rain streaks, snowflakes, fog bands, gusts, blown sand.
#include <algorithm>
#include <cmath>

#include "render/world/world_drawing.hpp"

namespace ekonte::render::world {
namespace {

// A repeatable pseudo-random stream for this setting and weather.
struct Scatter {
  uint64_t h;
  double next(double lo, double hi) {
    h = h * 6364136223846793005ULL + 1442695040888963407ULL;
    return lo + (hi - lo) * double((h >> 11) % 1000000) / 1000000.0;
  }
};

void cloud_bank(Canvas& cv, const SetSpace& ss, double density, Scatter& rnd) {
  cairo_t* cr = cv.cr();
  const int n = int(8 + 24 * density);
  for (int i = 0; i < n; ++i) {
    cairo_new_path(cr);
    cairo_arc(cr, ss.x(rnd.next(-250, 1250)), ss.y(rnd.next(-520, -200)), ss.d(rnd.next(50, 110)), 0, 2 * kPi);
    cv.paint_background(Rgb{150, 154, 164}, 0.55);
  }
}

void rain(Canvas& cv, const SetSpace& ss, const Frame& f, double density, Scatter& rnd) {
  cairo_t* cr = cv.cr();
  const int n = int(120 + 420 * density);
  const double len = ss.d(34), slant = ss.d(9);
  for (int i = 0; i < n; ++i) {
    const double x = f.ox + rnd.next(0, 1) * f.ow, y = f.oy + rnd.next(0, 1) * f.oh;
    cairo_new_path(cr);
    cairo_move_to(cr, x, y);
    cairo_line_to(cr, x - slant, y + len);
    cv.stroke(Rgb{200, 210, 228}, std::max(0.7, ss.d(1.3)), false, 0.55);
  }
}

void snow(Canvas& cv, const SetSpace& ss, const Frame& f, double density, Scatter& rnd) {
  cairo_t* cr = cv.cr();
  const int n = int(100 + 300 * density);
  for (int i = 0; i < n; ++i) {
    cairo_new_path(cr);
    cairo_arc(cr, f.ox + rnd.next(0, 1) * f.ow, f.oy + rnd.next(0, 1) * f.oh, std::max(0.8, ss.d(rnd.next(1.5, 4))), 0, 2 * kPi);
    cv.paint_background(Rgb{252, 252, 255}, 0.9);
  }
}

void fog(Canvas& cv, const SetSpace& ss, const Frame& f, double density) {
  cairo_t* cr = cv.cr();
  // Thickest at the horizon, where the distance disappears.
  cairo_pattern_t* g = cairo_pattern_create_linear(0, ss.y(-400), 0, ss.y(400));
  cairo_pattern_add_color_stop_rgba(g, 0, 0.86, 0.88, 0.9, 0.25 * density);
  cairo_pattern_add_color_stop_rgba(g, 0.5, 0.9, 0.91, 0.93, 0.95 * density);
  cairo_pattern_add_color_stop_rgba(g, 1, 0.86, 0.88, 0.9, 0.3 * density);
  cairo_new_path(cr);
  cairo_rectangle(cr, f.ox, f.oy, f.ow, f.oh);
  cv.paint_background_source(g);
  cairo_pattern_destroy(g);
}

void wind(Canvas& cv, const SetSpace& ss, double density, Scatter& rnd) {
  cairo_t* cr = cv.cr();
  const int gusts = int(4 + 8 * density);
  for (int i = 0; i < gusts; ++i) {
    const double x = rnd.next(-100, 900), y = rnd.next(-400, 200), w = rnd.next(140, 260);
    cairo_new_path(cr);
    cairo_move_to(cr, ss.x(x), ss.y(y));
    cairo_curve_to(cr, ss.x(x + w * 0.3), ss.y(y - 14), ss.x(x + w * 0.7), ss.y(y + 14), ss.x(x + w), ss.y(y));
    cv.stroke(Rgb{245, 245, 240}, std::max(0.8, ss.d(2.2)), false, 0.8);
  }
  for (int i = 0; i < int(10 + 20 * density); ++i) {  // blown leaves
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_translate(cr, ss.x(rnd.next(-100, 1100)), ss.y(rnd.next(-420, 250)));
    cairo_rotate(cr, rnd.next(0, kPi));
    cairo_scale(cr, ss.d(7), ss.d(3));
    cairo_arc(cr, 0, 0, 1, 0, 2 * kPi);
    cairo_restore(cr);
    cv.paint_background(Rgb{120, 140, 70}, 0.9);
  }
}

void sand(Canvas& cv, const SetSpace& ss, const Frame& f, double density, Scatter& rnd) {
  cairo_t* cr = cv.cr();
  cairo_new_path(cr);
  cairo_rectangle(cr, f.ox, f.oy, f.ow, f.oh);
  cv.paint_background(Rgb{206, 160, 100}, 0.55 * density);
  for (int i = 0; i < int(60 + 160 * density); ++i) {
    const double x = f.ox + rnd.next(0, 1) * f.ow, y = f.oy + rnd.next(0, 1) * f.oh;
    cairo_new_path(cr);
    cairo_move_to(cr, x, y);
    cairo_line_to(cr, x + ss.d(40), y + ss.d(4));
    cv.stroke(Rgb{232, 196, 140}, std::max(0.7, ss.d(1.2)), false, 0.6);
  }
}

}  // namespace

void draw_weather(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look) {
  for (Weather w : look.weather) {
    const vocabulary::WeatherRow& r = vocabulary::row(w);
    Scatter rnd{hash_text(look.id) ^ hash_text(r.name)};
    switch (r.overlay) {
      case vocabulary::WeatherOverlay::None: break;
      case vocabulary::WeatherOverlay::Clouds: cloud_bank(cv, ss, r.density, rnd); break;
      case vocabulary::WeatherOverlay::Rain: rain(cv, ss, f, r.density, rnd); break;
      case vocabulary::WeatherOverlay::Snow: snow(cv, ss, f, r.density, rnd); break;
      case vocabulary::WeatherOverlay::Fog: fog(cv, ss, f, r.density); break;
      case vocabulary::WeatherOverlay::Wind: wind(cv, ss, r.density, rnd); break;
      case vocabulary::WeatherOverlay::Sand: sand(cv, ss, f, r.density, rnd); break;
    }
  }
}

}  // namespace ekonte::render::world
