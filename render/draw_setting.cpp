#include "render/draw_setting.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>

namespace ekonte::render {
namespace {

constexpr double kPi = 3.14159265358979323846;

Rgb pal(const Setting* s, size_t i, Rgb fallback) {
  return s && i < s->palette.size() ? s->palette[i] : fallback;
}

uint64_t hash_text(std::string_view text) {
  uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ULL;
  return h;
}

bool has_prop(const Setting* s, std::string_view name) {
  if (!s) return false;
  for (const auto& p : s->props)
    if (p.find(name) != std::string::npos) return true;
  return false;
}

// Set space: x in [0, 1000] across a wide shot, y in units of the same size, 0 on the
// horizon, positive downwards; the camera maps it to pixels with its zoom around focus_x.
struct SetSpace {
  const SetCamera& cam;
  double unit() const { return cam.width / 1000.0 * cam.zoom; }
  double x(double sx) const { return cam.focus_x * cam.width + (sx - cam.focus_x * 1000.0) * unit(); }
  double y(double sy) const { return cam.horizon_y * cam.height + sy * unit(); }
  double d(double v) const { return v * unit(); }
};

void rect(cairo_t* cr, double x, double y, double w, double h) {
  cairo_new_path(cr);
  cairo_rectangle(cr, x, y, w, h);
}

void torii(Canvas& cv, const SetSpace& ss, double cx, double base, double height, Rgb red) {
  cairo_t* cr = cv.cr();
  const Rgb ink = Canvas::kInk;
  const double w = height * 0.95, post = height * 0.07;
  const double lw = std::max(1.0, ss.d(2));
  for (double sgn : {-1.0, 1.0}) {
    cairo_new_path(cr);
    const double px = cx + sgn * w * 0.36;
    cairo_move_to(cr, ss.x(px - post * 0.5), ss.y(base));
    cairo_line_to(cr, ss.x(px - post * 0.4), ss.y(base - height * 0.85));
    cairo_line_to(cr, ss.x(px + post * 0.4), ss.y(base - height * 0.85));
    cairo_line_to(cr, ss.x(px + post * 0.5), ss.y(base));
    cairo_close_path(cr);
    cv.fill(red, PartLabel::Prop, lw);
    rect(cr, ss.x(px - post * 0.6), ss.y(base - height * 0.06), ss.d(post * 1.2), ss.d(height * 0.06));
    cv.fill(Rgb{30, 28, 32}, PartLabel::Prop, lw);
  }
  rect(cr, ss.x(cx - w * 0.48), ss.y(base - height * 0.72), ss.d(w * 0.96), ss.d(height * 0.06));  // nuki
  cv.fill(red, PartLabel::Prop, lw);
  cairo_new_path(cr);  // kasagi, curving up at the ends
  cairo_move_to(cr, ss.x(cx - w * 0.62), ss.y(base - height * 1.0));
  cairo_curve_to(cr, ss.x(cx - w * 0.3), ss.y(base - height * 0.9), ss.x(cx + w * 0.3), ss.y(base - height * 0.9),
                 ss.x(cx + w * 0.62), ss.y(base - height * 1.0));
  cairo_line_to(cr, ss.x(cx + w * 0.56), ss.y(base - height * 0.88));
  cairo_curve_to(cr, ss.x(cx + w * 0.3), ss.y(base - height * 0.84), ss.x(cx - w * 0.3), ss.y(base - height * 0.84),
                 ss.x(cx - w * 0.56), ss.y(base - height * 0.88));
  cairo_close_path(cr);
  cv.fill(Rgb{32, 28, 34}, PartLabel::Prop, lw);
  rect(cr, ss.x(cx - w * 0.5), ss.y(base - height * 0.86), ss.d(w), ss.d(height * 0.05));
  cv.fill(red, PartLabel::Prop, lw);
}

void paper_lantern(Canvas& cv, double x, double y, double r, Rgb glow, bool lit) {
  cairo_t* cr = cv.cr();
  if (lit) {
    cairo_pattern_t* g = cairo_pattern_create_radial(x, y, r * 0.3, x, y, r * 3.2);
    cairo_pattern_add_color_stop_rgba(g, 0, glow.r / 255.0, glow.g / 255.0, glow.b / 255.0, 0.55);
    cairo_pattern_add_color_stop_rgba(g, 1, glow.r / 255.0, glow.g / 255.0, glow.b / 255.0, 0);
    cairo_new_path(cr);
    cairo_arc(cr, x, y, r * 3.2, 0, 2 * kPi);
    cv.paint_background_source(g);
    cairo_pattern_destroy(g);
  }
  const double lw = std::max(0.8, r * 0.08);
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, r * 0.85, r);
  cairo_arc(cr, 0, 0, 1, 0, 2 * kPi);
  cairo_restore(cr);
  cv.fill(lit ? mix(glow, Rgb{255, 250, 220}, 0.45) : Rgb{200, 70, 50}, PartLabel::Prop, lw);
  for (double f : {-0.5, 0.0, 0.5}) {
    cairo_new_path(cr);
    cairo_move_to(cr, x - r * 0.82 * std::sqrt(1 - f * f), y + f * r);
    cairo_line_to(cr, x + r * 0.82 * std::sqrt(1 - f * f), y + f * r);
    cv.stroke(Rgb{180, 90, 50}, std::max(0.6, r * 0.04), false);
  }
  rect(cr, x - r * 0.45, y - r * 1.12, r * 0.9, r * 0.22);
  cv.fill(Rgb{40, 34, 36}, PartLabel::Prop, lw);
  rect(cr, x - r * 0.45, y + r * 0.9, r * 0.9, r * 0.22);
  cv.fill(Rgb{40, 34, 36}, PartLabel::Prop, lw);
}

void tree(Canvas& cv, const SetSpace& ss, double x, double base, double h, Rgb c) {
  cairo_t* cr = cv.cr();
  rect(cr, ss.x(x - h * 0.03), ss.y(base - h * 0.3), ss.d(h * 0.06), ss.d(h * 0.3));
  cv.fill(scale_rgb(c, 0.7), PartLabel::Prop, 0);
  // A cedar: three stacked, jagged triangles.
  for (int i = 0; i < 3; ++i) {
    const double top = base - h * (1.0 - i * 0.22), bot = base - h * (0.55 - i * 0.2);
    const double w = h * (0.18 + i * 0.08);
    cairo_new_path(cr);
    cairo_move_to(cr, ss.x(x), ss.y(top));
    cairo_line_to(cr, ss.x(x + w), ss.y(bot));
    cairo_line_to(cr, ss.x(x + w * 0.3), ss.y(bot - h * 0.03));
    cairo_line_to(cr, ss.x(x - w * 0.3), ss.y(bot - h * 0.02));
    cairo_line_to(cr, ss.x(x - w), ss.y(bot));
    cairo_close_path(cr);
    cv.fill(mix(c, Rgb{0, 0, 0}, i * 0.08), PartLabel::Prop, std::max(0.8, ss.d(1.2)));
  }
}

void steps(Canvas& cv, const SetSpace& ss, Rgb stone, double ground_bottom) {
  cairo_t* cr = cv.cr();
  // From the bottom of the frame up to the horizon, narrowing with distance.
  const int n = 9;
  for (int i = 0; i < n; ++i) {
    const double t0 = double(i) / n, t1 = double(i + 1) / n;
    const double y0 = ground_bottom * (1 - t0) * (1 - t0), y1 = ground_bottom * (1 - t1) * (1 - t1);
    const double w0 = 330 * (1 - t0 * 0.75), w1 = 330 * (1 - t1 * 0.75);
    cairo_new_path(cr);
    cairo_move_to(cr, ss.x(500 - w0), ss.y(y0));
    cairo_line_to(cr, ss.x(500 + w0), ss.y(y0));
    cairo_line_to(cr, ss.x(500 + w1), ss.y(y1));
    cairo_line_to(cr, ss.x(500 - w1), ss.y(y1));
    cairo_close_path(cr);
    cv.fill(mix(stone, Rgb{0, 0, 0}, 0.1 + 0.25 * t0), PartLabel::Prop, std::max(0.7, ss.d(1.2)));
    rect(cr, ss.x(500 - w1), ss.y(y1), ss.d(2 * w1), ss.d((y0 - y1) * 0.3));
    cv.shade(mix(stone, Rgb{255, 255, 255}, 0.15));
  }
}

void stone_lantern(Canvas& cv, const SetSpace& ss, double x, double base, double h, Rgb stone, Rgb glow, bool lit) {
  cairo_t* cr = cv.cr();
  const double lw = std::max(0.8, ss.d(1.5));
  rect(cr, ss.x(x - h * 0.18), ss.y(base - h * 0.1), ss.d(h * 0.36), ss.d(h * 0.1));
  cv.fill(stone, PartLabel::Prop, lw);
  rect(cr, ss.x(x - h * 0.06), ss.y(base - h * 0.55), ss.d(h * 0.12), ss.d(h * 0.45));
  cv.fill(stone, PartLabel::Prop, lw);
  rect(cr, ss.x(x - h * 0.15), ss.y(base - h * 0.78), ss.d(h * 0.3), ss.d(h * 0.23));
  cv.fill(stone, PartLabel::Prop, lw);
  rect(cr, ss.x(x - h * 0.08), ss.y(base - h * 0.74), ss.d(h * 0.16), ss.d(h * 0.14));
  cv.fill(lit ? glow : scale_rgb(stone, 0.5), PartLabel::Prop, 0);
  cairo_new_path(cr);
  cairo_move_to(cr, ss.x(x - h * 0.26), ss.y(base - h * 0.78));
  cairo_line_to(cr, ss.x(x), ss.y(base - h * 0.98));
  cairo_line_to(cr, ss.x(x + h * 0.26), ss.y(base - h * 0.78));
  cairo_close_path(cr);
  cv.fill(scale_rgb(stone, 0.85), PartLabel::Prop, lw);
}

void labelled_box(Canvas& cv, double x, double y, double w, double h, std::string_view name, Rgb c) {
  cairo_t* cr = cv.cr();
  rect(cr, x, y, w, h);
  cv.fill(c, PartLabel::Prop, std::max(1.0, w * 0.01));
  cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  cairo_set_font_size(cr, std::max(8.0, h * 0.18));
  cairo_text_extents_t te;
  const std::string text(name);
  cairo_text_extents(cr, text.c_str(), &te);
  cairo_move_to(cr, x + (w - te.width) / 2 - te.x_bearing, y + h / 2 + te.height / 2);
  set_source(cr, Canvas::kInk);
  cairo_show_text(cr, text.c_str());
  cairo_new_path(cr);
}

}  // namespace

void draw_setting(Canvas& cv, const Setting* setting, bool interior, const SetCamera& cam) {
  cairo_t* cr = cv.cr();
  const SetSpace ss{cam};
  const std::string time = setting ? setting->time : "day";
  const bool night = time == "night";
  const bool dusk = time == "dusk" || time == "dawn" || time == "evening";
  const double W = cam.width, H = cam.height;
  const double hy = cam.horizon_y * H;
  // Overscan so a dutch tilt never shows the canvas edge.
  const double ox = -W * 0.3, oy = -H * 0.3, ow = W * 1.6, oh = H * 1.6;

  if (interior) {
    const Rgb wall = pal(setting, 0, Rgb{236, 226, 206});
    const Rgb floor = pal(setting, 1, Rgb{190, 140, 100});
    cairo_new_path(cr);
    cairo_rectangle(cr, ox, oy, ow, hy - oy + ss.d(60));
    cairo_pattern_t* g = cairo_pattern_create_linear(0, oy, 0, hy + ss.d(60));
    cairo_pattern_add_color_stop_rgb(g, 0, wall.r / 255.0 * 0.9, wall.g / 255.0 * 0.9, wall.b / 255.0 * 0.9);
    cairo_pattern_add_color_stop_rgb(g, 1, wall.r / 255.0, wall.g / 255.0, wall.b / 255.0);
    cv.paint_background_source(g);
    cairo_pattern_destroy(g);
    // Wooden pillars at fixed places along the wall.
    for (double px : {80.0, 420.0, 960.0}) {
      rect(cr, ss.x(px), oy, ss.d(26), hy + ss.d(60) - oy);
      cv.paint_background(scale_rgb(floor, 0.8));
    }
    rect(cr, ox, hy + ss.d(40), ow, ss.d(20));
    cv.paint_background(scale_rgb(floor, 0.7));
    rect(cr, ox, hy + ss.d(60), ow, oy + oh - hy);
    cv.paint_background(floor);
    for (int i = -12; i <= 24; ++i) {  // floor boards converging to the centre
      cairo_new_path(cr);
      cairo_move_to(cr, ss.x(500 + i * 40), ss.y(60));
      cairo_line_to(cr, ss.x(500 + i * 140), ss.y(900));
      cv.stroke(scale_rgb(floor, 0.85), std::max(0.6, ss.d(1.5)), false);
    }
    if (has_prop(setting, "window")) {
      const double x = 620, y = -330, w = 220, h = 200;
      rect(cr, ss.x(x - 12), ss.y(y - 12), ss.d(w + 24), ss.d(h + 24));
      cv.fill(Rgb{150, 105, 70}, PartLabel::Prop, std::max(1.0, ss.d(2)));
      rect(cr, ss.x(x), ss.y(y), ss.d(w), ss.d(h));
      cairo_pattern_t* sky = cairo_pattern_create_linear(0, ss.y(y), 0, ss.y(y + h));
      cairo_pattern_add_color_stop_rgb(sky, 0, 0.55, 0.78, 0.98);
      cairo_pattern_add_color_stop_rgb(sky, 1, 0.88, 0.95, 1.0);
      cv.paint_background_source(sky);
      cairo_pattern_destroy(sky);
      const Rgb leaf = pal(setting, 2, Rgb{111, 143, 114});
      cairo_new_path(cr);
      cairo_arc(cr, ss.x(x + 60), ss.y(y + h), ss.d(70), kPi, 2 * kPi);
      cv.paint_background(leaf);
      for (double f : {0.5}) {
        rect(cr, ss.x(x + w * f - 4), ss.y(y), ss.d(8), ss.d(h));
        cv.fill(Rgb{150, 105, 70}, PartLabel::Prop, 0);
        rect(cr, ss.x(x), ss.y(y + h * f - 4), ss.d(w), ss.d(8));
        cv.fill(Rgb{150, 105, 70}, PartLabel::Prop, 0);
      }
      for (double sgn : {-1.0, 1.0}) {  // curtains
        const double cx = sgn < 0 ? x - 30 : x + w - 20;
        rect(cr, ss.x(cx), ss.y(y - 20), ss.d(50), ss.d(h + 60));
        cv.fill(Rgb{245, 240, 225}, PartLabel::Prop, std::max(1.0, ss.d(1.5)));
      }
    }
  } else {
    Rgb top, horizon, ground;
    if (night) {
      top = scale_rgb(pal(setting, 0, Rgb{27, 31, 59}), 0.8);
      horizon = pal(setting, 1, Rgb{60, 47, 90});
      ground = mix(pal(setting, 0, Rgb{27, 31, 59}), Rgb{40, 40, 45}, 0.4);
    } else if (dusk) {
      top = pal(setting, 2, Rgb{46, 42, 79});
      horizon = pal(setting, 0, Rgb{242, 166, 90});
      ground = mix(pal(setting, 2, Rgb{46, 42, 79}), pal(setting, 1, Rgb{122, 78, 126}), 0.5);
    } else {
      top = mix(Rgb{110, 170, 235}, pal(setting, 1, Rgb{110, 170, 235}), 0.15);
      horizon = mix(Rgb{215, 235, 250}, pal(setting, 0, Rgb{215, 235, 250}), 0.2);
      ground = mix(Rgb{140, 160, 110}, pal(setting, 2, Rgb{140, 160, 110}), 0.4);
    }
    cairo_new_path(cr);
    cairo_rectangle(cr, ox, oy, ow, hy - oy + 1);
    cairo_pattern_t* g = cairo_pattern_create_linear(0, std::min(0.0, hy - H), 0, hy);
    cairo_pattern_add_color_stop_rgb(g, 0, top.r / 255.0, top.g / 255.0, top.b / 255.0);
    if (dusk) {
      const Rgb mid = pal(setting, 1, Rgb{122, 78, 126});
      cairo_pattern_add_color_stop_rgb(g, 0.55, mid.r / 255.0, mid.g / 255.0, mid.b / 255.0);
    }
    cairo_pattern_add_color_stop_rgb(g, 1, horizon.r / 255.0, horizon.g / 255.0, horizon.b / 255.0);
    cv.paint_background_source(g);
    cairo_pattern_destroy(g);
    if (night) {
      // Stars at fixed places for this setting (hash of its id), and the moon.
      uint64_t h = hash_text(setting ? setting->id : "night");
      for (int i = 0; i < 90; ++i) {
        h = h * 6364136223846793005ULL + 1442695040888963407ULL;
        const double sx = double((h >> 20) % 1400) - 200, sy = -double((h >> 40) % 700) - 10;
        cairo_new_path(cr);
        cairo_arc(cr, ss.x(sx), ss.y(sy), std::max(0.6, ss.d(0.9 + (h % 3) * 0.5)), 0, 2 * kPi);
        cv.paint_background(Rgb{255, 250, 225}, 0.85);
      }
      cairo_new_path(cr);
      cairo_arc(cr, ss.x(820), ss.y(-420), ss.d(38), 0, 2 * kPi);
      cv.paint_background(Rgb{255, 246, 210});
      cairo_new_path(cr);
      cairo_arc(cr, ss.x(835), ss.y(-430), ss.d(34), 0, 2 * kPi);
      cv.paint_background(top);
    } else if (dusk) {
      cairo_new_path(cr);
      cairo_arc(cr, ss.x(250), ss.y(-30), ss.d(45), 0, 2 * kPi);
      cv.paint_background(mix(horizon, Rgb{255, 240, 200}, 0.6), 0.9);
    } else {
      for (double cx : {180.0, 640.0}) {  // two clouds
        for (double dx : {-40.0, 0.0, 40.0}) {
          cairo_new_path(cr);
          cairo_arc(cr, ss.x(cx + dx), ss.y(-380 + std::fabs(dx) * 0.3), ss.d(38 - std::fabs(dx) * 0.2), 0, 2 * kPi);
          cv.paint_background(Rgb{250, 252, 255}, 0.9);
        }
      }
    }
    // Distant hills.
    cairo_new_path(cr);
    cairo_move_to(cr, ox, hy);
    for (double x = -300; x <= 1300; x += 100)
      cairo_line_to(cr, ss.x(x), ss.y(-40 - 30 * std::sin(x * 0.011) - 20 * std::sin(x * 0.027)));
    cairo_line_to(cr, ox + ow, hy);
    cairo_close_path(cr);
    cv.paint_background(mix(ground, horizon, 0.35));
    rect(cr, ox, hy, ow, oy + oh - hy);
    cv.paint_background(ground);
    cairo_new_path(cr);
    cairo_move_to(cr, ox, hy);
    cairo_line_to(cr, ox + ow, hy);
    cv.stroke(scale_rgb(ground, 0.7), std::max(0.8, ss.d(1.5)), false);
  }

  const Rgb glow = pal(setting, 2, Rgb{232, 176, 75});
  const Rgb stone = night ? Rgb{110, 110, 125} : dusk ? Rgb{150, 135, 140} : Rgb{170, 165, 160};
  const Rgb leaves = night ? Rgb{24, 40, 44} : dusk ? Rgb{48, 52, 70} : Rgb{60, 110, 70};
  const double ground_bottom = (1 - cam.horizon_y) * H / ss.unit() + 50;
  if (!setting) return;
  bool drawn_any = false;
  if (has_prop(setting, "tree")) {
    drawn_any = true;
    for (auto [x, b, h] : {std::tuple{70.0, 60.0, 560.0}, {930.0, 70.0, 600.0}, {210.0, 10.0, 300.0}, {790.0, 12.0, 320.0}})
      tree(cv, ss, x, b, h, leaves);
  }
  if (has_prop(setting, "torii")) {
    drawn_any = true;
    torii(cv, ss, 500, 20, 420, night ? Rgb{190, 60, 45} : Rgb{214, 72, 48});
  }
  if (has_prop(setting, "step")) {
    drawn_any = true;
    steps(cv, ss, stone, ground_bottom);
  }
  if (has_prop(setting, "lantern")) {
    drawn_any = true;
    const bool lit = night || dusk;
    stone_lantern(cv, ss, 300, 30, 150, stone, glow, lit);
    stone_lantern(cv, ss, 700, 30, 150, stone, glow, lit);
    for (auto [x, y, r] : {std::tuple{120.0, -150.0, 26.0}, {880.0, -150.0, 26.0}, {400.0, -70.0, 14.0}, {600.0, -70.0, 14.0}}) {
      cairo_new_path(cv.cr());
      cairo_move_to(cv.cr(), ss.x(x), ss.y(y - r * 1.1));
      cairo_line_to(cv.cr(), ss.x(x), ss.y(y - r * 6));
      cv.stroke(Rgb{40, 34, 36}, std::max(0.6, ss.d(1.5)), false);
      paper_lantern(cv, ss.x(x), ss.y(y), ss.d(r), glow, lit);
    }
  }
  for (const auto& p : setting->props) {
    static const char* kKnown[] = {"tree", "torii", "step", "lantern", "table", "window"};
    bool known = false;
    for (const char* k : kKnown) known = known || p.find(k) != std::string::npos;
    if (known) continue;
    // Generic fallback: a labelled crate at a stable place for this prop name.
    const double x = 80 + double(hash_text(p) % 760);
    labelled_box(cv, ss.x(x), ss.y(-60), ss.d(120), ss.d(90), p, Rgb{190, 170, 140});
    drawn_any = true;
  }
  (void)drawn_any;
}

void draw_setting_foreground(Canvas& cv, const Setting* setting, const SetCamera& cam, double ground_y,
                             double center_x, double k) {
  if (!has_prop(setting, "table")) return;
  cairo_t* cr = cv.cr();
  // A low chabudai table: 35 cm high, 110 cm wide.
  const double w = 110 * k, h = 35 * k, top = 14 * k;
  const double x = center_x - w / 2, y = ground_y - h;
  const Rgb wood{150, 96, 60};
  const double lw = std::max(1.0, k * 0.5);
  for (double lx : {x + w * 0.08, x + w * 0.86}) {
    rect(cr, lx, y, w * 0.06, h);
    cv.fill(scale_rgb(wood, 0.8), PartLabel::Prop, lw);
  }
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, center_x, y);
  cairo_scale(cr, w * 0.55, top);
  cairo_arc(cr, 0, 0, 1, 0, 2 * kPi);
  cairo_restore(cr);
  cv.fill(wood, PartLabel::Prop, lw);
  rect(cr, x, y, w, top * 0.4);
  cv.shade(scale_rgb(wood, 1.15));
  (void)cam;
}

SeatKind seat_for(const Setting* setting, bool interior, Pose pose) {
  if (pose != Pose::Sit && pose != Pose::Kneel) return SeatKind::None;
  if (has_prop(setting, "step")) return SeatKind::StoneStep;
  if (interior || has_prop(setting, "table")) return SeatKind::Cushion;
  return pose == Pose::Sit ? SeatKind::Rock : SeatKind::FlatStone;
}

Pose seated_pose(SeatKind seat, Pose pose) {
  return seat == SeatKind::Cushion && pose == Pose::Sit ? Pose::Kneel : pose;
}

void draw_seat(Canvas& cv, SeatKind seat, const characters::PosedSkeleton& s, double ox, double oy, double k,
               const Setting* setting) {
  if (seat == SeatKind::None) return;
  using characters::Joint;
  cairo_t* cr = cv.cr();
  const bool night = setting && setting->time == "night";
  const bool dusk = setting && (setting->time == "dusk" || setting->time == "dawn" || setting->time == "evening");
  const Rgb stone = night ? Rgb{110, 110, 125} : dusk ? Rgb{150, 135, 140} : Rgb{170, 165, 160};
  const double u = s.head_cm;  // sizes scale with the figure
  const double lw = std::max(0.8, k * 0.45);
  // Figure centimetres to pixels.
  auto X = [&](double x) { return ox + x * k; };
  auto Y = [&](double y) { return oy + y * k; };
  // The seat sits under the pelvis and reaches back, away from where the figure faces.
  const double fd = s.back ? 0 : s.face_dir;
  const double hip_y = std::max(s.at[size_t(Joint::HipL)].y, s.at[size_t(Joint::HipR)].y);
  switch (seat) {
    case SeatKind::StoneStep: case SeatKind::FlatStone: {
      // Sitting: the step's top meets the underside of the thighs and the feet rest on the
      // step below (the ground); behind the figure the flight goes on up, so a medium framing
      // still shows the step she sits on. Kneeling: the figure kneels on the step's top.
      const bool sitting = hip_y < -u * 1.2;
      const double top = sitting ? hip_y + u * 0.32 : 0.0;
      const double bottom = sitting ? 0.0 : u * 0.55;
      const double half = seat == SeatKind::StoneStep ? u * 5.5 : u * 2.2;
      const double cx = -fd * u * 0.9;
      const double tread = u * 0.7;   // a top face, seen from a little above
      const double riser = u * 0.85;  // the next step up
      const int flight = seat == SeatKind::StoneStep && sitting ? 1 : 0;
      for (int i = flight; i >= 0; --i) {
        // Step i counts up from the seat; higher steps are farther and a little narrower.
        const double t = top - i * (tread + riser), b = i == 0 ? bottom : t + riser;
        const double hw = half * (1 - 0.04 * i);
        cairo_new_path(cr);
        cairo_move_to(cr, X(cx - hw * 0.97), Y(t - tread));
        cairo_line_to(cr, X(cx + hw * 0.97), Y(t - tread));
        cairo_line_to(cr, X(cx + hw), Y(t));
        cairo_line_to(cr, X(cx - hw), Y(t));
        cairo_close_path(cr);
        cv.fill(mix(stone, Rgb{255, 255, 255}, 0.12), PartLabel::Prop, lw);
        cairo_new_path(cr);
        cairo_rectangle(cr, X(cx - hw), Y(t), hw * 2 * k, (b - t) * k);
        cv.fill(mix(stone, Rgb{0, 0, 0}, 0.12 + 0.05 * i), PartLabel::Prop, lw);
        // The shadow under the lip.
        cairo_new_path(cr);
        cairo_rectangle(cr, X(cx - hw), Y(t), hw * 2 * k, (b - t) * 0.18 * k);
        cv.shade(mix(stone, Rgb{0, 0, 0}, 0.3));
      }
      break;
    }
    case SeatKind::Cushion: {
      // A zabuton: about 55 cm square, 8 cm thick, on the floor under the knees and heels.
      const Rgb cloth = setting && setting->palette.size() > 2 ? setting->palette[2] : Rgb{178, 72, 64};
      const double kx = (s.at[size_t(Joint::KneeL)].x + s.at[size_t(Joint::KneeR)].x) * 0.5;
      const double cx = kx * 0.5;
      const double half = 30 + 8 * (1 - std::fabs(fd));
      const double top = -9, face = -3, bottom = 2;
      cairo_new_path(cr);
      cairo_move_to(cr, X(cx - half + 5), Y(top));
      cairo_curve_to(cr, X(cx - half * 0.3), Y(top - 2), X(cx + half * 0.3), Y(top - 2), X(cx + half - 5), Y(top));
      cairo_curve_to(cr, X(cx + half + 2), Y(top + 2), X(cx + half + 2), Y(bottom - 2), X(cx + half - 3), Y(bottom));
      cairo_curve_to(cr, X(cx + half * 0.3), Y(bottom + 1.5), X(cx - half * 0.3), Y(bottom + 1.5), X(cx - half + 3), Y(bottom));
      cairo_curve_to(cr, X(cx - half - 2), Y(bottom - 2), X(cx - half - 2), Y(top + 2), X(cx - half + 5), Y(top));
      cairo_close_path(cr);
      cv.fill(cloth, PartLabel::Prop, lw);
      cairo_new_path(cr);
      cairo_rectangle(cr, X(cx - half - 3), Y(face), (half * 2 + 6) * k, (bottom + 2 - face) * k);
      cv.shade(scale_rgb(cloth, 0.78));
      // The tuft at the centre of a zabuton.
      cairo_new_path(cr);
      cairo_arc(cr, X(cx), Y((top + face) * 0.5), std::max(0.8, 1.6 * k), 0, 2 * kPi);
      cv.shade(scale_rgb(cloth, 0.6));
      break;
    }
    case SeatKind::Rock: {
      const double top = hip_y + u * 0.3;
      const double cx = -fd * u * 0.6;
      const double half = u * 1.9;
      cairo_new_path(cr);
      cairo_move_to(cr, X(cx - half), Y(u * 0.1));
      cairo_curve_to(cr, X(cx - half * 1.05), Y(top * 0.6), X(cx - half * 0.7), Y(top - u * 0.12), X(cx - half * 0.1),
                     Y(top - u * 0.1));
      cairo_curve_to(cr, X(cx + half * 0.5), Y(top - u * 0.08), X(cx + half * 1.05), Y(top * 0.7), X(cx + half),
                     Y(u * 0.1));
      cairo_close_path(cr);
      cv.fill(mix(stone, Rgb{90, 100, 80}, 0.15), PartLabel::Prop, lw);
      cairo_new_path(cr);
      cairo_rectangle(cr, X(cx - half * 1.1), Y(top * 0.45), half * 2.2 * k, -top * 0.6 * k);
      cv.shade(mix(stone, Rgb{0, 0, 0}, 0.25));
      break;
    }
    case SeatKind::None: break;
  }
}

void draw_insert_prop(Canvas& cv, std::string_view words, Box area, bool night) {
  cairo_t* cr = cv.cr();
  const double cx = area.x + area.w / 2, cy = area.y + area.h / 2, s = std::min(area.w, area.h);
  if (words == "lantern") {
    cairo_new_path(cr);
    cairo_move_to(cr, cx, area.y - s);
    cairo_line_to(cr, cx, cy - s * 0.35);
    cv.stroke(Rgb{40, 34, 36}, std::max(2.0, s * 0.01));
    paper_lantern(cv, cx, cy, s * 0.32, Rgb{232, 176, 75}, false);
    // Smoke curling up from the wick that just went out.
    for (int i = 0; i < 3; ++i) {
      cairo_new_path(cr);
      const double x0 = cx + (i - 1) * s * 0.06;
      cairo_move_to(cr, x0, cy - s * 0.38);
      cairo_curve_to(cr, x0 + s * 0.08, cy - s * 0.5, x0 - s * 0.08, cy - s * 0.6, x0 + s * 0.04, cy - s * 0.75);
      cv.stroke(Rgb{200, 200, 215}, std::max(1.5, s * 0.012), true, 0.7);
    }
    return;
  }
  if (words == "charm") {
    // An open palm holding a small fox charm on a red string.
    const Rgb skin{236, 207, 184};
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_translate(cr, cx, cy + s * 0.12);
    cairo_scale(cr, s * 0.42, s * 0.26);
    cairo_arc(cr, 0, 0, 1, 0, 2 * kPi);
    cairo_restore(cr);
    cv.fill(skin, PartLabel::Skin, std::max(2.0, s * 0.008));
    for (int i = 0; i < 4; ++i) {
      const double fx = cx - s * 0.28 + i * s * 0.17;
      cairo_new_path(cr);
      cairo_save(cr);
      cairo_translate(cr, fx, cy - s * 0.12);
      cairo_scale(cr, s * 0.07, s * 0.2);
      cairo_arc(cr, 0, 0, 1, 0, 2 * kPi);
      cairo_restore(cr);
      cv.fill(skin, PartLabel::Skin, std::max(2.0, s * 0.008));
    }
    cairo_new_path(cr);
    cairo_move_to(cr, cx - s * 0.3, cy + s * 0.2);
    cairo_curve_to(cr, cx - s * 0.1, cy + s * 0.3, cx + s * 0.1, cy + s * 0.25, cx + s * 0.02, cy + s * 0.08);
    cv.stroke(Rgb{200, 40, 45}, std::max(2.0, s * 0.014));
    cairo_new_path(cr);
    const double fx = cx + s * 0.02, fy = cy + s * 0.02, r = s * 0.09;
    cairo_move_to(cr, fx - r, fy - r * 1.1);
    cairo_line_to(cr, fx - r * 0.45, fy - r * 0.35);
    cairo_line_to(cr, fx + r * 0.45, fy - r * 0.35);
    cairo_line_to(cr, fx + r, fy - r * 1.1);
    cairo_line_to(cr, fx + r, fy);
    cairo_line_to(cr, fx, fy + r * 1.1);
    cairo_line_to(cr, fx - r, fy);
    cairo_close_path(cr);
    cv.fill(Rgb{250, 246, 236}, PartLabel::Prop, std::max(2.0, s * 0.008));
    cairo_new_path(cr);
    cairo_move_to(cr, fx - r * 0.6, fy - r * 0.1);
    cairo_line_to(cr, fx - r * 0.2, fy);
    cairo_move_to(cr, fx + r * 0.6, fy - r * 0.1);
    cairo_line_to(cr, fx + r * 0.2, fy);
    cv.stroke(Rgb{200, 40, 45}, std::max(1.5, s * 0.008));
    return;
  }
  labelled_box(cv, cx - s * 0.35, cy - s * 0.25, s * 0.7, s * 0.5, words, night ? Rgb{150, 140, 170} : Rgb{210, 190, 150});
}

}  // namespace ekonte::render
