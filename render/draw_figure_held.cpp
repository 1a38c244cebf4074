// Held props at their real size in the hand, and the shot's extras as background figures.
#include "render/draw_figure_held.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "render/world/world_drawing.hpp"

namespace ekonte::render {
namespace {

using characters::Joint;
using vocabulary::PropDrawing;

constexpr double kPi = 3.14159265358979323846;

// Where the hand holds each drawing, as fractions of its box (render/world/draw_prop_shapes.cpp
// draws into the box): a sword by its hilt, an umbrella by its handle, a bag by its strap, small
// things in the middle of the palm.
Point grip_of(PropDrawing d) {
  switch (d) {
    case PropDrawing::Umbrella: return {0.55, 0.93};
    case PropDrawing::Sword: return {0.5, 0.86};
    case PropDrawing::Spear: return {0.5, 0.55};
    case PropDrawing::Microphone: return {0.5, 0.25};
    case PropDrawing::Bag: case PropDrawing::Bell: return {0.5, 0.06};
    case PropDrawing::Bottle: return {0.5, 0.62};
    case PropDrawing::Wrench: return {0.5, 0.8};
    case PropDrawing::Gun: return {0.3, 0.72};
    default: break;
  }
  // Any other row says where it is held, or is held in the middle of the palm.
  const vocabulary::PropRow& r = vocabulary::row_of_drawing(d);
  if (r.anchor == vocabulary::PropAnchor::Hold) return {r.anchor_x, r.anchor_y};
  return {0.5, 0.5};
}

uint64_t mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}
double unit(uint64_t seed, uint64_t i, uint64_t salt) { return double(mix64(seed ^ (i * 0x9e3779b97f4a7c15ULL) ^ salt) % 10007) / 10006.0; }

}  // namespace

Point joint_px(const FigureGeometry& geo, Joint joint, const FigurePlacement& at) {
  const characters::Vec2 v = geo.skeleton.at[size_t(joint)];
  return Point{at.ox + v.x * at.k, at.oy + v.y * at.k};
}

std::vector<HeldLandmark> draw_held_props(Canvas& cv, const std::vector<HeldInput>& held, const FigureGeometry& geo,
                                          const FigurePlacement& at, bool lit, double tilt_deg, std::optional<Point> grip) {
  std::vector<HeldLandmark> out;
  const Point left = joint_px(geo, Joint::HandL, at), right = joint_px(geo, Joint::HandR, at);
  for (const HeldInput& h : held) {
    if (!h.prop) continue;
    const vocabulary::PropRow& r = vocabulary::row(*h.prop);
    const Point hand = grip ? *grip
                       : h.hand == Hand::Left ? left
                       : h.hand == Hand::Right ? right
                                               : Point{(left.x + right.x) / 2, (left.y + right.y) / 2};
    const double w = r.width_cm * at.k, hh = r.height_cm * at.k;
    const Point g = grip_of(r.drawing);
    const Box box{hand.x - g.x * w, hand.y - g.y * hh, w, hh};
    cv.save();
    if (tilt_deg != 0) {
      cv.translate(hand.x, hand.y);
      cv.rotate(tilt_deg * kPi / 180);
      cv.translate(-hand.x, -hand.y);
    }
    world::draw_prop_shape(cv, r.drawing, box, h.colour.value_or(world::hex(r.colour)), lit);
    cv.restore();
    Box drawn = box;
    if (tilt_deg != 0) {
      // The turned box's bounds.
      const double a = tilt_deg * kPi / 180, c = std::cos(a), s = std::sin(a);
      double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
      for (Point p : {Point{box.x, box.y}, Point{box.x + w, box.y}, Point{box.x, box.y + hh}, Point{box.x + w, box.y + hh}}) {
        const double x = hand.x + (p.x - hand.x) * c - (p.y - hand.y) * s;
        const double y = hand.y + (p.x - hand.x) * s + (p.y - hand.y) * c;
        x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
      }
      drawn = Box{x0, y0, x1 - x0, y1 - y0};
    }
    out.push_back({std::string(r.name), std::string(name_of(h.hand)), drawn});
  }
  return out;
}

std::vector<PropLandmark> draw_viewer_held(Canvas& cv, const std::vector<HeldInput>& held, Rgb skin, int width,
                                           int height, bool lit) {
  std::vector<PropLandmark> out;
  std::vector<const HeldInput*> shown;
  for (const HeldInput& h : held)
    if (h.prop) shown.push_back(&h);
  cairo_t* cr = cv.cr();
  const double W = width, H = height;
  for (size_t i = 0; i < shown.size(); ++i) {
    const vocabulary::PropRow& r = vocabulary::row(*shown[i]->prop);
    // Held up to be looked at: about half the frame high, and never wider than the half of the
    // frame its hand holds it in.
    const double aspect = std::clamp(r.height_cm / std::max(1.0, r.width_cm), 0.08, 12.0);
    const double room = shown.size() > 1 ? 0.44 : 0.7;
    double h = H * 0.62, w = h / aspect;
    if (w > W * room) w = W * room, h = w * aspect;
    const double cx = shown.size() > 1 ? W * (i == 0 ? 0.3 : 0.7) : W * 0.5;
    const Box box{cx - w / 2, H * 1.04 - h, w, h};
    world::draw_prop_shape(cv, r.drawing, box, shown[i]->colour.value_or(world::hex(r.colour)), lit);
    out.push_back({std::string(r.name), box});
    // A thing held in both hands (wider than a hand) shows a hand at each side, else one at its grip.
    std::vector<Point> hands;
    if (r.width_cm > 25) {
      hands = {{box.x + w * 0.04, box.y + h * 0.72}, {box.x + w * 0.96, box.y + h * 0.72}};
    } else {
      const Point g = grip_of(r.drawing);
      hands = {{box.x + w * g.x, box.y + h * g.y}};
    }
    const double hr = std::clamp(H * 0.07, 4.0, std::max(4.0, w * 0.3));
    for (Point p : hands) {
      cairo_new_path(cr);
      cairo_save(cr);
      cairo_translate(cr, p.x, p.y);
      cairo_scale(cr, hr * 0.8, hr);
      cairo_arc(cr, 0, 0, 1, 0, 2 * kPi);
      cairo_restore(cr);
      cv.fill(skin, PartLabel::Skin, std::max(1.0, H * 0.004));
      // The wrist, running out of the bottom of the frame.
      cairo_new_path(cr);
      cairo_rectangle(cr, p.x - hr * 0.55, p.y + hr * 0.5, hr * 1.1, H);
      cv.fill(skin, PartLabel::Skin, std::max(1.0, H * 0.004));
    }
  }
  return out;
}

std::vector<ExtraLandmark> draw_extras(Canvas& cv, const std::vector<ExtrasInput>& extras, const ExtrasStage& st) {
  std::vector<ExtraLandmark> out;
  uint32_t total = 0;
  for (const ExtrasInput& e : extras) total += e.count;
  total = std::min(total, kMaxExtras);
  if (total == 0) return out;
  cairo_t* cr = cv.cr();
  // Muted clothing tones, varied per figure and faded towards the backdrop: they must read as
  // people without competing with the named characters.
  static constexpr Rgb kCloth[] = {{92, 96, 120}, {120, 90, 80}, {80, 110, 96}, {130, 120, 100}, {70, 74, 86}, {140, 100, 110}};
  const int per_row = 7;
  uint32_t drawn = 0;
  for (size_t group = 0; group < extras.size() && drawn < total; ++group) {
    const ExtrasInput& e = extras[group];
    std::string words;
    for (const std::string& w : e.words) words += (words.empty() ? "" : " ") + w;
    const auto m = vocabulary::match_prop(words);
    // What the sentence puts in their hands, else a hand prop their own words name.
    std::vector<PropKind> props = e.props;
    if (props.empty() && m && vocabulary::row(m->value).category == vocabulary::PropCategory::HandProp) props = {m->value};
    for (uint32_t i = 0; i < e.count && drawn < total; ++i, ++drawn) {
      const int row = int(drawn) / per_row, col = int(drawn) % per_row;
      const int in_row = int(std::min<uint32_t>(per_row, total - uint32_t(row) * per_row));
      // Rows further back are smaller and higher; each figure is nudged by the seed.
      const double scale = st.k * (0.5 - 0.08 * row) * (0.92 + 0.16 * unit(st.seed, drawn, 1));
      const double span = st.width * 0.84;
      const double x = st.width * 0.08 + span * (col + 0.5 + (row % 2) * 0.5) / in_row +
                       (unit(st.seed, drawn, 2) - 0.5) * span / in_row * 0.5;
      const double feet = st.ground_y - st.height * (0.12 + 0.05 * row);
      const double hgt = 165 * scale, head = hgt * 0.14;
      const Rgb cloth = mix(kCloth[mix64(st.seed + drawn * 7) % 6], st.backdrop, 0.35 + 0.1 * row);
      const Rgb skin = mix(Rgb{214, 170, 140}, st.backdrop, 0.35 + 0.1 * row);
      const double sh = hgt * 0.13, hip = hgt * 0.1;
      // Legs, body, head: a silhouette with one flat fill each.
      cairo_new_path(cr);
      cairo_move_to(cr, x - hip, feet - hgt * 0.47);
      cairo_line_to(cr, x - hip * 0.9, feet);
      cairo_line_to(cr, x - hip * 0.1, feet);
      cairo_line_to(cr, x, feet - hgt * 0.36);
      cairo_line_to(cr, x + hip * 0.1, feet);
      cairo_line_to(cr, x + hip * 0.9, feet);
      cairo_line_to(cr, x + hip, feet - hgt * 0.47);
      cairo_close_path(cr);
      cv.fill(scale_rgb(cloth, 0.8), PartLabel::Background, std::max(0.5, scale * 0.6), mix(Canvas::kInk, st.backdrop, 0.5));
      cairo_new_path(cr);
      cairo_move_to(cr, x - sh, feet - hgt * 0.8);
      cairo_curve_to(cr, x - sh * 0.4, feet - hgt * 0.84, x + sh * 0.4, feet - hgt * 0.84, x + sh, feet - hgt * 0.8);
      cairo_line_to(cr, x + hip * 1.1, feet - hgt * 0.45);
      cairo_line_to(cr, x - hip * 1.1, feet - hgt * 0.45);
      cairo_close_path(cr);
      cv.fill(cloth, PartLabel::Background, std::max(0.5, scale * 0.6), mix(Canvas::kInk, st.backdrop, 0.5));
      cairo_new_path(cr);
      cairo_arc(cr, x, feet - hgt * 0.84 - head * 0.5, head * 0.5, 0, 2 * kPi);
      cv.fill(skin, PartLabel::Background, std::max(0.5, scale * 0.6), mix(Canvas::kInk, st.backdrop, 0.5));
      Box body{x - sh, feet - hgt * 0.84 - head, 2 * sh, hgt * 0.84 + head};
      ExtraLandmark lm{body, ""};
      for (size_t j = 0; j < props.size(); ++j) {
        const vocabulary::PropRow& r = vocabulary::row(props[j]);
        const Rgb c = mix(world::hex(r.colour), st.backdrop, 0.35);
        const double w = r.width_cm * scale, h = r.height_cm * scale;
        const Point g = grip_of(r.drawing);
        // A second thing goes in the other hand.
        const double side = ((mix64(st.seed + drawn) & 1) ? 1 : -1) * (j == 0 ? 1 : -1);
        Point hand{x + side * sh * 1.1, feet - hgt * 0.5};
        Box pb{hand.x - g.x * w, hand.y - g.y * h, w, h};
        if (r.drawing == PropDrawing::Helmet) pb = Box{x - head * 0.6, feet - hgt * 0.84 - head * 1.05, head * 1.2, head * 0.8};
        if (r.drawing == PropDrawing::Umbrella) hand = Point{x, feet - hgt * 0.55}, pb = Box{x - g.x * w, hand.y - g.y * h, w, h};
        world::draw_prop_shape(cv, r.drawing, pb, c, st.lit);
        lm.prop += (lm.prop.empty() ? "" : ", ") + std::string(r.name);
        const Box was = lm.body;
        lm.body = Box{std::min(was.x, pb.x), std::min(was.y, pb.y), 0, 0};
        lm.body.w = std::max(was.x + was.w, pb.x + pb.w) - lm.body.x;
        lm.body.h = std::max(was.y + was.h, pb.y + pb.h) - lm.body.y;
      }
      out.push_back(lm);
    }
  }
  return out;
}

}  // namespace ekonte::render
