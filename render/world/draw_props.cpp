// The drawings of the prop table's `drawing` column (props.def): set pieces behind the figures,
// the table in front of them, and the close views of insert shots.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <tuple>

#include "render/world/prop_svg.hpp"
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

void record_prop(std::vector<PropLandmark>* drawn, Canvas& cv, std::string_view name, Box box) {
  if (!drawn) return;
  double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
  for (auto [cx, cy] : {std::pair{box.x, box.y}, {box.x + box.w, box.y}, {box.x, box.y + box.h}, {box.x + box.w, box.y + box.h}}) {
    cairo_user_to_device(cv.cr(), &cx, &cy);
    x0 = std::min(x0, cx), y0 = std::min(y0, cy), x1 = std::max(x1, cx), y1 = std::max(y1, cy);
  }
  drawn->push_back({std::string(name), Box{x0, y0, x1 - x0, y1 - y0}});
}

namespace {
double plan_foot_y(const SetSpace& ss, double base);
}  // namespace

void draw_set_props(Canvas& cv, const SetSpace& ss, const SettingLook& look, std::vector<PropLandmark>* drawn) {
  const vocabulary::TimeRow& t = vocabulary::row(look.time);
  const Rgb glow = pal(look, 2, Rgb{232, 176, 75});
  const Rgb stone = hex(t.stone);
  const double ground_bottom = (1 - ss.cam.horizon_y) * ss.cam.height / ss.unit() + 50;
  auto has = [&](PropDrawing d) {
    return std::any_of(look.props.begin(), look.props.end(), [d](PropKind p) { return vocabulary::row(p).drawing == d; });
  };
  // A set piece's box in set units: left, top, right, bottom.
  auto record = [&](PropKind p, double l, double top, double r, double bottom) {
    record_prop(drawn, cv, vocabulary::row(p).name, Box{ss.x(l), ss.y(top), ss.d(r - l), ss.d(bottom - top)});
  };
  // Seen from high above, each set piece stands at its place on the floor plan, foreshortened: the
  // drawing is moved from its row to the plan and squashed about its foot.
  const bool plan = ss.cam.horizon_y < 0;
  const double squash = std::cos(ss.cam.pitch_deg * kPi / 180);
  auto on_plan = [&](double base) {
    if (!plan) return;
    cv.save();
    cairo_translate(cv.cr(), 0, plan_foot_y(ss, base));
    cairo_scale(cv.cr(), 1, squash);
    cairo_translate(cv.cr(), 0, -ss.y(base));
  };
  auto off_plan = [&] {
    if (plan) cv.restore();
  };
  // A fixed order, far to near, whatever order the script lists them in.
  if (has(PropDrawing::Trees)) {
    on_plan(60);
    for (auto [x, b, h] : {std::tuple{70.0, 60.0, 560.0}, {930.0, 70.0, 600.0}, {210.0, 10.0, 300.0}, {790.0, 12.0, 320.0}})
      tree(cv, ss, x, b, h, hex(t.foliage));
    record(PropKind::Trees, 70 - 560 * 0.26, 70 - 600, 930 + 600 * 0.26, 70);
    off_plan();
  }
  if (has(PropDrawing::Torii)) {
    on_plan(20);
    torii(cv, ss, 500, 20, 420, hex(t.lacquer));
    record(PropKind::Torii, 500 - 420 * 0.95 * 0.62, 20 - 420, 500 + 420 * 0.95 * 0.62, 20);
    off_plan();
  }
  if (has(PropDrawing::StoneSteps)) {
    steps(cv, ss, stone, ground_bottom);
    record(PropKind::StoneSteps, 500 - 330, 0, 500 + 330, ground_bottom);
  }
  if (has(PropDrawing::Lanterns)) {
    on_plan(30);
    lanterns(cv, ss, stone, glow, t.lamps_lit);
    record(PropKind::Lanterns, 120 - 26, -150 - 26 * 6, 880 + 26, 30);
    off_plan();
  }
  if (has(PropDrawing::Rocks)) {
    on_plan(95);
    rocks(cv, ss, stone);
    record(PropKind::Rocks, 150 - 55, 50 - 42, 905 + 30, 95);
    off_plan();
  }
  if (has(PropDrawing::Cushions)) {
    on_plan(185);
    cushions(cv, ss, pal(look, 2, Rgb{178, 72, 64}));
    record(PropKind::Cushions, 260 - 70, 140, 740 + 70, 185);
    off_plan();
  }
  draw_slot_props(cv, ss, look, drawn);
}

namespace {

PropKind kind_of(const vocabulary::PropRow& r) { return PropKind(&r - vocabulary::kPropRows); }

// A prop in the slot layout: its row (null: an unknown prop, a labelled silhouette), its size
// and how many are drawn side by side (a prop written in the plural: "bottles").
struct Slotted {
  const vocabulary::PropRow* row;
  std::string_view label;
  double w_cm, h_cm;
  int copies = 1;
  const CustomPropLook* custom = nullptr;  // a writer's own prop (row is null)
  double span_cm() const { return w_cm * copies + (copies - 1) * w_cm * 0.08; }
};

// Where the rows of the layout stand, in set units below the horizon. A prop's scale is its
// depth over the eye height (150 cm): figures of a wide shot stand near y = 225.
constexpr double kEyeCm = 150, kBackRowY = 60, kGroundRowY = 130, kWallY = 60;
// The middle of the ground row is kept clear for the figures.
constexpr double kClearLeft = 360, kClearRight = 640, kGap = 14;
// A row that is full moves on to a row further back; the frame of a wide shot spans 0..1000.
constexpr double kFrameLeft = 10, kFrameRight = 990;
// Ceiling pieces hang with their top this far above the horizon (set units at wall depth).
constexpr double kCeilingTopY = -230, kCeilingScale = 0.7;
// Props that give a top for table-top things to stand on.
bool has_top(const vocabulary::PropRow& r) {
  using vocabulary::PropDrawing;
  return r.drawing == PropDrawing::Desk || r.drawing == PropDrawing::Counter || r.drawing == PropDrawing::Console ||
         r.drawing == PropDrawing::Piano;
}
// The height of a surface's top, as a fraction of its box from the top.
constexpr double kTopAt = 0.04;

// Seen from high above (the horizon over the frame) the props lie on the floor plan around the
// figures: the depth of a row becomes a place up the picture, kPlanDepth pixels per set unit
// of depth, the figures' row (kFigureRowY) on the camera's plan ground line; every prop is drawn
// at the figures' scale (kPlanScale set units per cm), its height foreshortened by the pitch.
constexpr double kFigureRowY = 225, kPlanScale = kFigureRowY / kEyeCm, kPlanDepth = 1.6;
// A camera on the ground (the horizon near the frame's bottom) sees the floor edge-on: the rows'
// feet rise to just under the horizon, by this fraction of their depth.
constexpr double kLowRise = 0.12, kGroundCameraHorizon = 0.9;

// Where the props of a layout stand on the picture for the camera: the foot of a prop at depth
// row `base` (set units below the horizon) raised `lift` set units (a cup on a desk), and the top
// of one `h` set units tall, in pixels.
struct Stand {
  const SetSpace& ss;
  bool plan = false, low = false;
  double squash = 1;  // heights seen from above
  double foot(double base, double lift) const {
    if (plan) return plan_foot_y(ss, base) - ss.d(lift) * squash;
    return ss.y((low ? base * kLowRise : base) - lift);
  }
  double top(double base, double lift, double h) const {
    if (plan) return foot(base, lift) - ss.d(h) * squash;
    return ss.y((low ? base * kLowRise : base) - lift - h);
  }
  double row_scale(double y) const { return plan ? kPlanScale : y / kEyeCm; }
};

double plan_foot_y(const SetSpace& ss, double base) {
  return ss.cam.plan_ground_y * ss.cam.height - (kFigureRowY - base) * ss.unit() * kPlanDepth;
}

Stand stand_for(const SetSpace& ss) {
  Stand st{ss};
  st.plan = ss.cam.horizon_y < 0;
  st.low = ss.cam.horizon_y > kGroundCameraHorizon;
  st.squash = std::cos(ss.cam.pitch_deg * kPi / 180);
  return st;
}

}  // namespace

void draw_slot_props(Canvas& cv, const SetSpace& ss, const SettingLook& look, std::vector<PropLandmark>* drawn) {
  using vocabulary::PropPlacement;
  const bool lit = vocabulary::row(look.time).lamps_lit;
  std::vector<Slotted> back, ground, wall, sky, ceiling, table_top;
  for (PropKind p : look.props) {
    const vocabulary::PropRow& r = vocabulary::row(p);
    if (vocabulary::is_fixed_set_piece(r.drawing) || r.category == vocabulary::PropCategory::Effect) continue;
    // Hand props shown in a set are laid out larger than life, so they read at board size.
    double blow_up = r.placement == PropPlacement::Hand ? 3.0 : 1.0;
    // Small things are drawn at least kMinCm across, or a board shows nothing of them; things
    // on a table top stand at the table's own scale.
    const double min_cm = r.placement == PropPlacement::TableTop ? 45 : r.placement == PropPlacement::Ceiling ? 90 : 60;
    blow_up = std::max(blow_up, min_cm / std::max(1.0, std::max(r.width_cm, r.height_cm)));
    const bool several = std::find(look.several.begin(), look.several.end(), p) != look.several.end();
    const Slotted s{&r, r.name, r.width_cm * blow_up, r.height_cm * blow_up, several ? 3 : 1};
    switch (r.placement) {
      case PropPlacement::Sky: sky.push_back(s); break;
      case PropPlacement::Wall: (look.interior ? wall : back).push_back(s); break;
      case PropPlacement::Ceiling: (look.interior ? ceiling : ground).push_back(s); break;
      case PropPlacement::TableTop: table_top.push_back(s); break;
      case PropPlacement::Back: back.push_back(s); break;
      default: ground.push_back(s); break;
    }
  }
  for (const CustomPropLook& c : look.custom_props) {
    using vocabulary::PropUse;
    const double blow_up = c.kind == PropUse::Handheld ? std::max(3.0, 60 / std::max(1.0, std::max(c.width_cm, c.height_cm))) : 1.0;
    const Slotted s{nullptr, c.id, c.width_cm * blow_up, c.height_cm * blow_up, 1, &c};
    switch (c.kind) {
      case PropUse::Wall: (look.interior ? wall : back).push_back(s); break;
      case PropUse::Ceiling: (look.interior ? ceiling : back).push_back(s); break;
      case PropUse::TableTop: table_top.push_back(s); break;
      case PropUse::Vehicle:
      case PropUse::LargeExterior: back.push_back(s); break;
      default: ground.push_back(s); break;
    }
  }
  for (const std::string& u : look.unknown_props) ground.push_back({nullptr, u, 80, 80});
  // Largest first, so the big pieces get the best places and the small ones fill in.
  auto by_size = [](const Slotted& a, const Slotted& b) { return a.w_cm * a.h_cm > b.w_cm * b.h_cm; };
  for (auto* v : {&back, &ground, &wall}) std::stable_sort(v->begin(), v->end(), by_size);

  // Surfaces drawn so far, in set units: left, right, top, scale.
  struct Top {
    double left, right, top, scale, used;
    double base, lift;  // the surface's own row and its height over it (set units)
  };
  std::vector<Top> tops;
  const Stand stand = stand_for(ss);
  // Seen from above a prop's contact shadow is a pool around its foot.
  auto shadow = [&](double left, double w, double base, double lift, double scale) {
    if (!stand.plan) {
      rect(cv.cr(), ss.x(left), stand.foot(base, lift + 3 * scale), ss.d(w), ss.d(6 * scale));
    } else {
      cairo_new_path(cv.cr());
      cairo_save(cv.cr());
      cairo_translate(cv.cr(), ss.x(left + w / 2), stand.foot(base, lift));
      cairo_scale(cv.cr(), ss.d(w * 0.6), ss.d(w * 0.25));
      cairo_arc(cv.cr(), 0, 0, 1, 0, 2 * kPi);
      cairo_restore(cv.cr());
    }
    cv.paint_background(Rgb{0, 0, 0}, stand.plan ? 0.22 : 0.18);
  };
  auto draw = [&](const Slotted& s, double x, double base, double scale, double lift = 0) {
    const double w = s.w_cm * scale, h = s.h_cm * scale, span = s.span_cm() * scale;
    // The prop's box on the picture: its foot on its row, its height as the camera sees it.
    const double box_top = stand.top(base, lift, h), box_h = stand.plan ? ss.d(h) * stand.squash : ss.d(h);
    if (s.custom) {
      const Box box{ss.x(x - w / 2), box_top, ss.d(w), std::max(box_h, ss.d(1.0))};
      shadow(x - w * 0.45, w * 0.9, base, lift, scale);
      if (!draw_svg(cv, s.custom->svg, box, Rgb{150, 150, 158}, PartLabel::Prop, lit))
        labelled_box(cv, box.x, box.y, box.w, box.h, s.label, Rgb{214, 214, 220});
      record_prop(drawn, cv, s.label, box);
      return;
    }
    if (!s.row) {
      // A silhouette, not a box that could be taken for a drawing: a rounded grey shape with
      // the writer's word on it.
      const Box box{ss.x(x - w / 2), box_top, ss.d(w), box_h};
      cairo_t* cr = cv.cr();
      const double r = std::min(box.w, box.h) * 0.3;
      cairo_new_path(cr);
      cairo_arc(cr, box.x + r, box.y + r, r, kPi, 1.5 * kPi);
      cairo_arc(cr, box.x + box.w - r, box.y + r, r, 1.5 * kPi, 2 * kPi);
      cairo_line_to(cr, box.x + box.w, box.y + box.h);
      cairo_line_to(cr, box.x, box.y + box.h);
      cairo_close_path(cr);
      cv.fill(Rgb{150, 150, 158}, PartLabel::Prop, std::max(1.0, box.w * 0.01));
      labelled_box(cv, box.x + box.w * 0.1, box.y + box.h * 0.35, box.w * 0.8, box.h * 0.3, s.label, Rgb{214, 214, 220});
      record_prop(drawn, cv, s.label, box);
      return;
    }
    double left = x - span / 2;
    for (int c = 0; c < s.copies; ++c, left += w * 1.08) {
      const Box box{ss.x(left), box_top, ss.d(w), std::max(box_h, ss.d(1.0))};
      shadow(left + w * 0.05, w * 0.9, base, lift, scale);
      draw_prop_shape(cv, s.row->drawing, box, colour_of(look.prop_colours, kind_of(*s.row)), lit);
      if (has_top(*s.row)) tops.push_back({left, left + w, base - h * (1 - kTopAt), scale, 0, base, lift + h * (1 - kTopAt)});
    }
    record_prop(drawn, cv, s.label, Box{ss.x(x - span / 2), box_top, ss.d(span), std::max(box_h, ss.d(1.0))});
  };
  // The ground rows are planned before anything is drawn: each prop takes the first free stretch
  // of floor beside the figures' middle, in the nearest row where it fits; no two ground props
  // share a stretch (a further row only fills what the nearer rows left), and what fits in no
  // row joins the back row.
  const bool any_top = std::any_of(look.props.begin(), look.props.end(), [](PropKind p) { return has_top(vocabulary::row(p)); });
  if (!any_top) ground.insert(ground.end(), table_top.begin(), table_top.end());
  struct Planned {
    Slotted item;
    double x, y, scale;
  };
  std::vector<Planned> ground_plan;
  {
    constexpr double kRowsY[] = {kGroundRowY, 100, 80};
    std::vector<std::pair<double, double>> taken;  // stretches of x, set units
    // The free stretch of width w nearest the middle on one side, or none.
    auto find_slot = [&](double w, bool left_side) -> std::optional<double> {
      double edge = left_side ? kClearLeft : kClearRight;
      for (int guard = 0; guard < 64; ++guard) {
        const double a = left_side ? edge - w : edge, b = left_side ? edge : edge + w;
        if (a < kFrameLeft || b > kFrameRight) return std::nullopt;
        bool clash = false;
        for (auto [ta, tb] : taken)
          if (a < tb + kGap && ta - kGap < b) {
            edge = left_side ? ta - kGap : tb + kGap;
            clash = true;
            break;
          }
        if (!clash) return (a + b) / 2;
      }
      return std::nullopt;
    };
    std::vector<Slotted> todo = ground;
    for (size_t row = 0; row < std::size(kRowsY) && !todo.empty(); ++row) {
      const double y = kRowsY[row], scale = stand.row_scale(y);
      std::vector<Slotted> later;
      size_t placed = 0;
      for (const Slotted& item : todo) {
        const double w = item.span_cm() * scale;
        const bool left_first = placed % 2 == 0;
        std::optional<double> x = find_slot(w, left_first);
        if (!x) x = find_slot(w, !left_first);
        if (!x) {
          later.push_back(item);
          continue;
        }
        taken.push_back({*x - w / 2, *x + w / 2});
        ground_plan.push_back({item, *x, y, scale});
        ++placed;
      }
      todo = std::move(later);
    }
    back.insert(back.end(), todo.begin(), todo.end());
  }
  // The back row fills from the middle outwards; a prop too wide for its depth stands further
  // back (outdoors) or is shrunk to fit (indoors, where the wall stops it). When the row is full
  // to the frame's edges the rest stand in a second row further back.
  {
    constexpr double kRowsY[] = {kBackRowY, 40, 28};
    std::vector<Slotted> todo = back;
    for (size_t row = 0; row < std::size(kRowsY) && !todo.empty(); ++row) {
      std::vector<Slotted> later;
      double left = 500, right = 500;
      size_t placed = 0;
      const bool last_row = row + 1 == std::size(kRowsY);
      for (const Slotted& s : todo) {
        double y = kRowsY[row], scale = stand.row_scale(y);
        constexpr double kMaxWidth = 380;
        if (s.span_cm() * scale > kMaxWidth) {
          if (look.interior || stand.plan) scale = kMaxWidth / s.span_cm();
          else y = std::max(8.0, kEyeCm * kMaxWidth / s.span_cm()), scale = y / kEyeCm;
        }
        const double w = s.span_cm() * scale;
        if (placed == 0) {
          left = 500 - w / 2 - kGap, right = 500 + w / 2 + kGap;
          draw(s, 500, y, scale);
          ++placed;
          continue;
        }
        const bool fits_left = left - w >= kFrameLeft, fits_right = right + w <= kFrameRight;
        bool go_right = placed % 2 == 1;
        if (go_right && !fits_right && fits_left) go_right = false;
        else if (!go_right && !fits_left && fits_right) go_right = true;
        if (!last_row && !(go_right ? fits_right : fits_left)) {
          later.push_back(s);
          continue;
        }
        if (go_right) draw(s, right + w / 2, y, scale), right += w + kGap;
        else draw(s, left - w / 2, y, scale), left -= w + kGap;
        ++placed;
      }
      todo = std::move(later);
    }
  }
  {
    // Wall pieces hang along the wall at its depth, left to right, around the window; a full
    // wall goes on in a second line higher up.
    const double scale = kWallY / kEyeCm;
    double x = 40, lift = 0;
    for (const Slotted& s : wall) {
      const double w = s.span_cm() * scale;
      if (has_prop(look, PropKind::Window) && x + w > 590 && x < 870) x = 870;
      if (x + w > kFrameRight && x > 40) x = 40, lift += 110 * scale + 40;
      const double base = (s.h_cm >= 150 ? kWallY : kWallY - 100 * scale) - lift;
      draw(s, x + w / 2, base, scale);
      x += w + kGap;
    }
  }
  {
    // Ceiling pieces hang on cords from above the frame, spread across the room.
    // They hang near the camera, at the scale of the figures' own depth.
    const double scale = kCeilingScale;
    for (size_t i = 0; i < ceiling.size(); ++i) {
      const Slotted& s = ceiling[i];
      const double x = 1000.0 * (i + 1) / (ceiling.size() + 1), top = kCeilingTopY;
      cairo_new_path(cv.cr());
      cairo_move_to(cv.cr(), ss.x(x), ss.y(top - 2000));
      cairo_line_to(cv.cr(), ss.x(x), ss.y(top));
      cv.stroke(Rgb{40, 34, 36}, std::max(0.6, ss.d(1.5)), false);
      draw(s, x, top + s.h_cm * scale, scale);
    }
  }
  // Nearest rows last, so nearer things stand in front of further ones.
  for (auto it = ground_plan.rbegin(); it != ground_plan.rend(); ++it) draw(it->item, it->x, it->y, it->scale);
  for (const Slotted& s : table_top) {
    if (!any_top || tops.empty()) break;
    Top* top = &tops.back();  // a full set of tops: the last one takes the rest
    for (Top& t : tops)
      if (t.left + t.used + s.span_cm() * t.scale <= t.right) {
        top = &t;
        break;
      }
    const double w = s.span_cm() * top->scale;
    if (stand.plan || stand.low) draw(s, top->left + top->used + w / 2 + 2 * top->scale, top->base, top->scale, top->lift);
    else draw(s, top->left + top->used + w / 2 + 2 * top->scale, top->top, top->scale);
    top->used += w + 6 * top->scale;
  }
  if (!look.interior)
    for (size_t i = 0; i < sky.size(); ++i) {
      const Slotted& s = sky[i];
      const double aspect = std::clamp(s.h_cm / std::max(1.0, s.w_cm), 0.1, 2.0);
      const double w = 320, h = std::min(200.0, w * aspect), x = 580 - i * 360;
      const Box box{ss.x(x), ss.y(-250), ss.d(w), ss.d(h)};
      draw_prop_shape(cv, s.row->drawing, box, colour_of(look.prop_colours, kind_of(*s.row)), lit);
      record_prop(drawn, cv, s.label, box);
    }
}

}  // namespace world

bool has_foreground_props(const SettingLook& look) {
  return std::any_of(look.props.begin(), look.props.end(),
                     [](PropKind p) { return vocabulary::row(p).placement == vocabulary::PropPlacement::Front; });
}

namespace {

// Effects (props.def category Effect) are drawn over the figures: sparks where two figures meet,
// at the height of their hands; frost creeping in from the lower corners of the frame.
void draw_effects(Canvas& cv, const SettingLook& look, const SetCamera& cam, double ground_y, double center_x, double k) {
  const bool lit = vocabulary::row(look.time).lamps_lit;
  for (PropKind p : look.props) {
    const vocabulary::PropRow& r = vocabulary::row(p);
    if (r.category != vocabulary::PropCategory::Effect) continue;
    if (r.drawing == vocabulary::PropDrawing::Frost) {
      const double w = cam.width * 0.34, h = w * r.height_cm / r.width_cm;
      for (int side : {-1, 1}) {
        cv.save();
        if (side > 0) {
          cv.translate(cam.width, 0);
          cv.scale(-1, 1);
        }
        const Box box{-w * 0.08, cam.height - h * 0.92, w, h};
        world::draw_prop_shape(cv, r.drawing, box, colour_of(look.prop_colours, p), lit);
        cv.restore();
      }
      continue;
    }
    // At hand height (a metre up) and at least a sixth of the frame across, so a wide shot
    // still shows them.
    const double scale = std::max(k, cam.width * 0.16 / r.width_cm);
    const double w = r.width_cm * scale, h = r.height_cm * scale;
    world::draw_prop_shape(cv, r.drawing, Box{center_x - w / 2, ground_y - 100 * k - h * 0.6, w, h}, colour_of(look.prop_colours, p), lit);
  }
}

}  // namespace

void draw_setting_foreground(Canvas& cv, const SettingLook& look, const SetCamera& cam, double ground_y, double center_x,
                             double k) {
  draw_effects(cv, look, cam, ground_y, center_x, k);
  if (!has_prop(look, PropKind::Table)) return;
  cairo_t* cr = cv.cr();
  // A low chabudai table: 35 cm high. From high above its legs are short and its top round.
  const double w = vocabulary::row(PropKind::Table).width_cm * k;
  const double h = cam.pitch_deg > 0 ? 35 * k * std::cos(cam.pitch_deg * world::kPi / 180) : 35 * k;
  const double top = cam.pitch_deg > 0 ? w * 0.55 * std::sin(cam.pitch_deg * world::kPi / 180) : 14 * k;
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
