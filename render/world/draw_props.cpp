// The drawings of the prop table's `drawing` column (props.def): set pieces behind the figures,
// the table in front of them, and the close views of insert shots.
#include <algorithm>
#include <cmath>
#include <string>
#include <tuple>

#include "render/world/world_drawing.hpp"

namespace ekonte::render {
namespace world {
namespace {

using vocabulary::PropDrawing;

void torii(Canvas& cv, const SetSpace& ss, double cx, double base, double height, Rgb red) {
  cairo_t* cr = cv.cr();
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

void lanterns(Canvas& cv, const SetSpace& ss, Rgb stone, Rgb glow, bool lit) {
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

void rocks(Canvas& cv, const SetSpace& ss, Rgb stone) {
  cairo_t* cr = cv.cr();
  const Rgb rock = mix(stone, Rgb{90, 100, 80}, 0.15);
  for (auto [x, y, r] : {std::tuple{150.0, 70.0, 55.0}, {840.0, 50.0, 42.0}, {905.0, 95.0, 30.0}}) {
    cairo_new_path(cr);
    cairo_move_to(cr, ss.x(x - r), ss.y(y));
    cairo_curve_to(cr, ss.x(x - r), ss.y(y - r * 0.9), ss.x(x + r * 0.6), ss.y(y - r), ss.x(x + r), ss.y(y));
    cairo_close_path(cr);
    cv.fill(rock, PartLabel::Prop, std::max(0.8, ss.d(1.5)));
    rect(cr, ss.x(x - r), ss.y(y - r * 0.3), ss.d(2 * r), ss.d(r * 0.3));
    cv.shade(mix(rock, Rgb{0, 0, 0}, 0.25));
  }
}

void cushions(Canvas& cv, const SetSpace& ss, Rgb cloth) {
  cairo_t* cr = cv.cr();
  for (double x : {260.0, 740.0}) {  // two zabuton on the floor, seen from a little above
    cairo_new_path(cr);
    cairo_move_to(cr, ss.x(x - 60), ss.y(140));
    cairo_line_to(cr, ss.x(x + 60), ss.y(140));
    cairo_line_to(cr, ss.x(x + 70), ss.y(175));
    cairo_line_to(cr, ss.x(x - 70), ss.y(175));
    cairo_close_path(cr);
    cv.fill(cloth, PartLabel::Prop, std::max(0.8, ss.d(1.5)));
    rect(cr, ss.x(x - 70), ss.y(175), ss.d(140), ss.d(10));
    cv.fill(scale_rgb(cloth, 0.78), PartLabel::Prop, std::max(0.8, ss.d(1.5)));
  }
}

}  // namespace

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

void draw_set_props(Canvas& cv, const SetSpace& ss, const SettingLook& look) {
  const vocabulary::TimeRow& t = vocabulary::row(look.time);
  const Rgb glow = pal(look, 2, Rgb{232, 176, 75});
  const Rgb stone = hex(t.stone);
  const double ground_bottom = (1 - ss.cam.horizon_y) * ss.cam.height / ss.unit() + 50;
  auto has = [&](PropDrawing d) {
    return std::any_of(look.props.begin(), look.props.end(), [d](PropKind p) { return vocabulary::row(p).drawing == d; });
  };
  // A fixed order, far to near, whatever order the script lists them in.
  if (has(PropDrawing::Trees))
    for (auto [x, b, h] : {std::tuple{70.0, 60.0, 560.0}, {930.0, 70.0, 600.0}, {210.0, 10.0, 300.0}, {790.0, 12.0, 320.0}})
      tree(cv, ss, x, b, h, hex(t.foliage));
  if (has(PropDrawing::Torii)) torii(cv, ss, 500, 20, 420, hex(t.lacquer));
  if (has(PropDrawing::StoneSteps)) steps(cv, ss, stone, ground_bottom);
  if (has(PropDrawing::Lanterns)) lanterns(cv, ss, stone, glow, t.lamps_lit);
  if (has(PropDrawing::Rocks)) rocks(cv, ss, stone);
  if (has(PropDrawing::Cushions)) cushions(cv, ss, pal(look, 2, Rgb{178, 72, 64}));
  draw_slot_props(cv, ss, look);
}

namespace {

// A prop in the slot layout: its row (null: an unknown prop, a labelled silhouette) and size.
struct Slotted {
  const vocabulary::PropRow* row;
  std::string_view label;
  double w_cm, h_cm;
};

// Where the rows of the layout stand, in set units below the horizon. A prop's scale is its
// depth over the eye height (150 cm): figures of a wide shot stand near y = 225.
constexpr double kEyeCm = 150, kBackRowY = 60, kGroundRowY = 130, kWallY = 60;
// The middle of the ground row is kept clear for the figures.
constexpr double kClearLeft = 360, kClearRight = 640, kGap = 14;

}  // namespace

void draw_slot_props(Canvas& cv, const SetSpace& ss, const SettingLook& look) {
  using vocabulary::PropPlacement;
  const bool lit = vocabulary::row(look.time).lamps_lit;
  std::vector<Slotted> back, ground, wall, sky;
  for (PropKind p : look.props) {
    const vocabulary::PropRow& r = vocabulary::row(p);
    if (vocabulary::is_fixed_set_piece(r.drawing)) continue;
    // Hand props shown in a set are laid out larger than life, so they read at board size.
    double blow_up = r.placement == PropPlacement::Hand ? 3.0 : 1.0;
    // Small things are drawn at least kMinCm across, or a board shows nothing of them.
    constexpr double kMinCm = 60;
    blow_up = std::max(blow_up, kMinCm / std::max(1.0, std::max(r.width_cm, r.height_cm)));
    const Slotted s{&r, r.name, r.width_cm * blow_up, r.height_cm * blow_up};
    switch (r.placement) {
      case PropPlacement::Sky: sky.push_back(s); break;
      case PropPlacement::Wall: (look.interior ? wall : back).push_back(s); break;
      case PropPlacement::Back: back.push_back(s); break;
      default: ground.push_back(s); break;
    }
  }
  for (const std::string& u : look.unknown_props) ground.push_back({nullptr, u, 80, 80});
  // Largest first, so the big pieces get the best places and the small ones fill in.
  auto by_size = [](const Slotted& a, const Slotted& b) { return a.w_cm * a.h_cm > b.w_cm * b.h_cm; };
  for (auto* v : {&back, &ground, &wall}) std::stable_sort(v->begin(), v->end(), by_size);

  auto draw = [&](const Slotted& s, double x, double base, double scale) {
    const double w = s.w_cm * scale, h = s.h_cm * scale;
    if (!s.row) {
      labelled_box(cv, ss.x(x - w / 2), ss.y(base - h), ss.d(w), ss.d(h), s.label, Rgb{170, 170, 176});
      return;
    }
    const Box box{ss.x(x - w / 2), ss.y(base - h), ss.d(w), ss.d(std::max(h, 1.0))};
    rect(cv.cr(), ss.x(x - w * 0.45), ss.y(base - 3 * scale), ss.d(w * 0.9), ss.d(6 * scale));  // contact shadow
    cv.paint_background(Rgb{0, 0, 0}, 0.18);
    draw_prop_shape(cv, s.row->drawing, box, hex(s.row->colour), lit);
  };
  // The back row fills from the middle outwards; a prop too wide for its depth stands further
  // back (outdoors) or is shrunk to fit (indoors, where the wall stops it).
  {
    double left = 500, right = 500;
    for (size_t i = 0; i < back.size(); ++i) {
      const Slotted& s = back[i];
      double y = kBackRowY, scale = y / kEyeCm;
      constexpr double kMaxWidth = 380;
      if (s.w_cm * scale > kMaxWidth) {
        if (look.interior) scale = kMaxWidth / s.w_cm;
        else y = std::max(8.0, kEyeCm * kMaxWidth / s.w_cm), scale = y / kEyeCm;
      }
      const double w = s.w_cm * scale;
      double x;
      if (i == 0) x = 500, left = 500 - w / 2 - kGap, right = 500 + w / 2 + kGap;
      else if (i % 2) x = right + w / 2, right += w + kGap;
      else x = left - w / 2, left -= w + kGap;
      draw(s, x, y, scale);
    }
  }
  {
    // Wall pieces hang along the wall at its depth, left to right, around the window.
    const double scale = kWallY / kEyeCm;
    double x = 40;
    for (const Slotted& s : wall) {
      const double w = s.w_cm * scale;
      if (has_prop(look, PropKind::Window) && x + w > 590 && x < 870) x = 870;
      const double base = s.h_cm >= 150 ? kWallY : kWallY - 100 * scale;
      draw(s, x + w / 2, base, scale);
      x += w + kGap;
    }
  }
  {
    const double scale = kGroundRowY / kEyeCm;
    double left = kClearLeft, right = kClearRight;
    for (size_t i = 0; i < ground.size(); ++i) {
      const double w = ground[i].w_cm * scale;
      if (i % 2 == 0) draw(ground[i], left - w / 2, kGroundRowY, scale), left -= w + kGap;
      else draw(ground[i], right + w / 2, kGroundRowY, scale), right += w + kGap;
    }
  }
  if (!look.interior)
    for (const Slotted& s : sky) {
      const Box box{ss.x(580), ss.y(-250), ss.d(320), ss.d(200)};
      draw_prop_shape(cv, s.row->drawing, box, hex(s.row->colour), lit);
    }
}

}  // namespace world

bool has_foreground_props(const SettingLook& look) {
  return std::any_of(look.props.begin(), look.props.end(),
                     [](PropKind p) { return vocabulary::row(p).placement == vocabulary::PropPlacement::Front; });
}

void draw_setting_foreground(Canvas& cv, const SettingLook& look, const SetCamera&, double ground_y, double center_x,
                             double k) {
  if (!has_prop(look, PropKind::Table)) return;
  cairo_t* cr = cv.cr();
  // A low chabudai table: 35 cm high.
  const double w = vocabulary::row(PropKind::Table).width_cm * k, h = 35 * k, top = 14 * k;
  const double x = center_x - w / 2, y = ground_y - h;
  const Rgb wood{150, 96, 60};
  const double lw = std::max(1.0, k * 0.5);
  for (double lx : {x + w * 0.08, x + w * 0.86}) {
    world::rect(cr, lx, y, w * 0.06, h);
    cv.fill(scale_rgb(wood, 0.8), PartLabel::Prop, lw);
  }
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, center_x, y);
  cairo_scale(cr, w * 0.55, top);
  cairo_arc(cr, 0, 0, 1, 0, 2 * world::kPi);
  cairo_restore(cr);
  cv.fill(wood, PartLabel::Prop, lw);
  world::rect(cr, x, y, w, top * 0.4);
  cv.shade(scale_rgb(wood, 1.15));
}

}  // namespace ekonte::render
