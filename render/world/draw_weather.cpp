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

void lightning(Canvas& cv, const SetSpace& ss, Scatter& rnd) {
  cairo_t* cr = cv.cr();
  double x = rnd.next(150, 850), y = -700;
  cairo_new_path(cr);
  cairo_move_to(cr, ss.x(x), ss.y(y));
  while (y < -120) {
    x += rnd.next(-45, 45), y += rnd.next(50, 90);
    cairo_line_to(cr, ss.x(x), ss.y(y));
  }
  cv.stroke(Rgb{255, 255, 235}, std::max(1.0, ss.d(4)), false, 0.95);
}

bool falls(const SettingLook& look, vocabulary::WeatherOverlay o, double* density) {
  for (Weather w : look.weather)
    if (vocabulary::row(w).overlay == o) {
      *density = vocabulary::row(w).density;
      return true;
    }
  return false;
}

}  // namespace

void draw_weather_ground(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky) {
  cairo_t* cr = cv.cr();
  double density = 0;
  const double ground_top = std::max(f.horizon, f.oy);
  if (falls(look, vocabulary::WeatherOverlay::Rain, &density)) {
    // Wet ground: darker, with the lights and the sky mirrored in long vertical smears and puddles.
    rect(cr, f.ox, ground_top, f.ow, f.oy + f.oh - ground_top);
    cv.paint_background(Rgb{30, 34, 48}, 0.25 + 0.15 * density);
    Scatter rnd{hash_text(look.id) ^ 0x3e7};
    const Rgb shine = vocabulary::row(look.time).lamps_lit ? Rgb{250, 214, 130} : mix(sky.horizon, Rgb{255, 255, 255}, 0.3);
    for (int i = 0; i < 26; ++i) {
      const double x = rnd.next(-300, 1300), y = rnd.next(4, 80), len = rnd.next(60, 220);
      cairo_new_path(cr);
      cairo_move_to(cr, ss.x(x), ss.y(y));
      cairo_line_to(cr, ss.x(x), ss.y(y + len));
      cv.stroke(shine, std::max(1.0, ss.d(rnd.next(3, 9))), false, 0.35);
    }
    for (int i = 0; i < 8; ++i) {
      const double x = rnd.next(-200, 1200), y = rnd.next(60, 500), w = 40 + y * 0.3;
      cairo_new_path(cr);
      cairo_save(cr);
      cairo_translate(cr, ss.x(x), ss.y(y));
      cairo_scale(cr, ss.d(w), ss.d(w * 0.12));
      cairo_arc(cr, 0, 0, 1, 0, 2 * kPi);
      cairo_restore(cr);
      cv.paint_background(mix(sky.horizon, Rgb{255, 255, 255}, 0.2), 0.45);
    }
  }
  if (falls(look, vocabulary::WeatherOverlay::Snow, &density)) {
    // Snow lying on the ground: whiter towards the camera, with blue shadows in the hollows.
    cairo_pattern_t* g = cairo_pattern_create_linear(0, ground_top, 0, f.oy + f.oh);
    cairo_pattern_add_color_stop_rgba(g, 0, 0.93, 0.95, 0.98, 0.55 + 0.3 * density);
    cairo_pattern_add_color_stop_rgba(g, 1, 0.97, 0.98, 1.0, 0.75 + 0.2 * density);
    rect(cr, f.ox, ground_top, f.ow, f.oy + f.oh - ground_top);
    cv.paint_background_source(g);
    cairo_pattern_destroy(g);
    Scatter rnd{hash_text(look.id) ^ 0x5e0};
    for (int i = 0; i < 10; ++i) {
      const double x = rnd.next(-300, 1300), y = rnd.next(10, 500), w = 50 + y * 0.5;
      cairo_new_path(cr);
      cairo_save(cr);
      cairo_translate(cr, ss.x(x), ss.y(y));
      cairo_scale(cr, ss.d(w), ss.d(w * 0.1));
      cairo_arc(cr, 0, 0, 1, 0, kPi);
      cairo_restore(cr);
      cv.stroke(Rgb{170, 186, 214}, std::max(0.8, ss.d(2)), false, 0.7);
    }
  }
}

void draw_weather(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look) {
  for (Weather w : look.weather) {
    const vocabulary::WeatherRow& r = vocabulary::row(w);
    Scatter rnd{hash_text(look.id) ^ hash_text(r.name)};
    switch (r.overlay) {
      case vocabulary::WeatherOverlay::None: break;
      case vocabulary::WeatherOverlay::Clouds: cloud_bank(cv, ss, r.density, rnd); break;
      case vocabulary::WeatherOverlay::Rain:
        rain(cv, ss, f, r.density, rnd);
        if (r.density >= 1.0 && !overhead(f)) lightning(cv, ss, rnd);
        break;
      case vocabulary::WeatherOverlay::Snow: snow(cv, ss, f, r.density, rnd); break;
      case vocabulary::WeatherOverlay::Fog: fog(cv, ss, f, r.density); break;
      case vocabulary::WeatherOverlay::Wind: wind(cv, ss, r.density, rnd); break;
      case vocabulary::WeatherOverlay::Sand: sand(cv, ss, f, r.density, rnd); break;
    }
  }
}

}  // namespace ekonte::render::world

namespace ekonte::render {

void draw_weather_front(Canvas& cv, const SettingLook& look, const SetCamera& cam) {
  using world::Scatter;
  if (!look.has_setting || look.interior) return;
  const world::SetSpace ss{cam};
  const world::Frame f = world::frame_of(cam);
  cairo_t* cr = cv.cr();
  // Near the camera things are big and few: scale by the frame, not by the set's zoom.
  const double u = cam.width / 1000.0;
  for (Weather w : look.weather) {
    const vocabulary::WeatherRow& r = vocabulary::row(w);
    Scatter rnd{world::hash_text(look.id) ^ world::hash_text(r.name) ^ 0xf407};
    switch (r.overlay) {
      case vocabulary::WeatherOverlay::Rain:
        for (int i = 0; i < int(30 + 90 * r.density); ++i) {
          const double x = f.ox + rnd.next(0, 1) * f.ow, y = f.oy + rnd.next(0, 1) * f.oh, len = u * rnd.next(50, 90);
          cairo_new_path(cr);
          cairo_move_to(cr, x, y);
          cairo_line_to(cr, x - len * 0.25, y + len);
          cv.stroke(Rgb{214, 224, 240}, std::max(1.0, u * 1.8), false, 0.45);
        }
        break;
      case vocabulary::WeatherOverlay::Snow:
        for (int i = 0; i < int(20 + 50 * r.density); ++i) {
          cairo_new_path(cr);
          cairo_arc(cr, f.ox + rnd.next(0, 1) * f.ow, f.oy + rnd.next(0, 1) * f.oh, u * rnd.next(3, 7), 0, 2 * world::kPi);
          cv.paint_background(Rgb{255, 255, 255}, 0.85);
        }
        break;
      case vocabulary::WeatherOverlay::Fog: {
        // Thickest at the horizon, where the figures furthest back stand; thin at the bottom.
        cairo_pattern_t* g = cairo_pattern_create_linear(0, f.oy, 0, f.oy + f.oh);
        const double h = std::clamp((f.horizon - f.oy) / f.oh, 0.0, 1.0);
        cairo_pattern_add_color_stop_rgba(g, 0, 0.88, 0.9, 0.92, 0.3 * r.density);
        cairo_pattern_add_color_stop_rgba(g, h, 0.9, 0.91, 0.93, 0.55 * r.density);
        cairo_pattern_add_color_stop_rgba(g, std::min(1.0, h + 0.35), 0.9, 0.91, 0.93, 0.12 * r.density);
        cairo_pattern_add_color_stop_rgba(g, 1, 0.9, 0.91, 0.93, 0.05 * r.density);
        cairo_new_path(cr);
        cairo_rectangle(cr, f.ox, f.oy, f.ow, f.oh);
        cv.paint_background_source(g);
        cairo_pattern_destroy(g);
        break;
      }
      case vocabulary::WeatherOverlay::Wind:
        for (int i = 0; i < int(6 + 10 * r.density); ++i) {
          cairo_new_path(cr);
          cairo_save(cr);
          cairo_translate(cr, f.ox + rnd.next(0, 1) * f.ow, f.oy + rnd.next(0, 1) * f.oh);
          cairo_rotate(cr, rnd.next(0, world::kPi));
          cairo_scale(cr, u * 12, u * 5);
          cairo_arc(cr, 0, 0, 1, 0, 2 * world::kPi);
          cairo_restore(cr);
          cv.paint_background(Rgb{130, 150, 70}, 0.9);
        }
        break;
      case vocabulary::WeatherOverlay::Sand: {
        cairo_new_path(cr);
        cairo_rectangle(cr, f.ox, f.oy, f.ow, f.oh);
        cv.paint_background(Rgb{206, 160, 100}, 0.25 * r.density);
        for (int i = 0; i < int(30 + 60 * r.density); ++i) {
          const double x = f.ox + rnd.next(0, 1) * f.ow, y = f.oy + rnd.next(0, 1) * f.oh;
          cairo_new_path(cr);
          cairo_move_to(cr, x, y);
          cairo_line_to(cr, x + u * 70, y + u * 6);
          cv.stroke(Rgb{236, 204, 150}, std::max(1.0, u * 2), false, 0.5);
        }
        break;
      }
      case vocabulary::WeatherOverlay::None:
      case vocabulary::WeatherOverlay::Clouds: break;
    }
  }
  (void)ss;
}

}  // namespace ekonte::render
