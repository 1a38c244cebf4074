#pragma once
// The painter that draws one figure: shared by draw_figure.cpp (the pass order and boxes),
// draw_figure_body.cpp (legs, arms, torso, outfits) and draw_figure_head.cpp (hair, face,
// head accessories). Internal to render/.
#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

#include "render/draw_figure.hpp"
#include "vocabulary/character_words.hpp"

namespace ekonte::render::figure {

using characters::CharacterModel;
using characters::Joint;
using characters::PosedSkeleton;
using characters::Vec2;

inline constexpr double kPi = 3.14159265358979323846;
inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
inline Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
inline Vec2 lerp(Vec2 a, Vec2 b, double t) { return a + (b - a) * t; }
inline double len(Vec2 a) { return std::hypot(a.x, a.y); }

// Tones every renderer agrees on; the consistency tests read them from characters::.
inline const Rgb kWhite{255, 255, 255};
inline const Rgb kMouthDark{120, 34, 42};
inline const Rgb kTongue{222, 110, 110};
inline const Rgb kTear{170, 215, 255};
inline const Rgb kBlush{240, 120, 130};
inline const Rgb kHairTie{232, 69, 122};

// Convex hull (monotone chain), for skirts and robes that must cover whatever the legs do.
inline std::vector<Vec2> hull(std::vector<Vec2> p) {
  std::sort(p.begin(), p.end(), [](Vec2 a, Vec2 b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
  if (p.size() < 3) return p;
  auto cross = [](Vec2 o, Vec2 a, Vec2 b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); };
  std::vector<Vec2> h(2 * p.size());
  size_t k = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    while (k >= 2 && cross(h[k - 2], h[k - 1], p[i]) <= 0) --k;
    h[k++] = p[i];
  }
  for (size_t i = p.size() - 1, t = k + 1; i > 0; --i) {
    while (k >= t && cross(h[k - 2], h[k - 1], p[i - 1]) <= 0) --k;
    h[k++] = p[i - 1];
  }
  h.resize(k - 1);
  return h;
}

inline void polygon(cairo_t* cr, const std::vector<Vec2>& pts) {
  cairo_new_path(cr);
  for (size_t i = 0; i < pts.size(); ++i)
    i == 0 ? cairo_move_to(cr, pts[i].x, pts[i].y) : cairo_line_to(cr, pts[i].x, pts[i].y);
  cairo_close_path(cr);
}

// A closed smooth curve through `pts` (Catmull-Rom as Béziers).
inline void smooth_closed(cairo_t* cr, const std::vector<Vec2>& pts) {
  const size_t n = pts.size();
  cairo_new_path(cr);
  if (n < 3) return polygon(cr, pts);
  cairo_move_to(cr, pts[0].x, pts[0].y);
  for (size_t i = 0; i < n; ++i) {
    const Vec2 p0 = pts[(i + n - 1) % n], p1 = pts[i], p2 = pts[(i + 1) % n], p3 = pts[(i + 2) % n];
    const Vec2 c1 = p1 + (p2 - p0) * (1.0 / 6), c2 = p2 - (p3 - p1) * (1.0 / 6);
    cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p2.x, p2.y);
  }
  cairo_close_path(cr);
}

inline void capsule(cairo_t* cr, Vec2 a, Vec2 b, double ra, double rb) {
  cairo_new_path(cr);
  Vec2 d = b - a;
  const double l = len(d);
  if (l < 1e-6) {
    cairo_arc(cr, a.x, a.y, std::max(ra, rb), 0, 2 * kPi);
    return;
  }
  const double ang = std::atan2(d.y, d.x);
  cairo_arc(cr, b.x, b.y, rb, ang - kPi / 2, ang + kPi / 2);
  cairo_arc(cr, a.x, a.y, ra, ang + kPi / 2, ang + 3 * kPi / 2);
  cairo_close_path(cr);
}

inline void ellipse(cairo_t* cr, double cx, double cy, double rx, double ry, double rot = 0) {
  cairo_new_path(cr);
  cairo_save(cr);
  cairo_translate(cr, cx, cy);
  cairo_rotate(cr, rot);
  cairo_scale(cr, rx, ry);
  cairo_arc(cr, 0, 0, 1, 0, 2 * kPi);
  cairo_restore(cr);
}

struct Painter {
  Canvas& cv;
  cairo_t* cr;
  const CharacterModel& m;
  const FigureParams& fp;
  PosedSkeleton s;
  double u;      // head height, cm
  double lw;     // outline width, px
  double fd;     // face direction on screen, -1..1
  bool profile;
  bool draw = true;
  // How square and wide the jaw is, 0..1: the body's jaw and the years (characters/).
  double jaw() const { return m.proportions.jaw; }
  // The eye line in head space: the face's age (characters/), raised as the head looks up.
  double eye_line() const { return m.proportions.eye_line - s.look_up * 0.05; }
  FigureGeometry geo;

  Rgb tone(Rgb c) const { return fp.darken > 0 ? mix(c, Rgb{30, 28, 48}, fp.darken) : c; }
  Rgb shadow(Rgb c) const { return tone(characters::shadow_tone(c)); }
  Rgb highlight_tone_of(Rgb c) const { return tone(characters::highlight_tone(c)); }
  Vec2 J(Joint j) const { return s.at[size_t(j)]; }
  double D(Joint j) const { return s.depth[size_t(j)]; }

  void fill(Rgb c, PartLabel l, double w = -1) { cv.fill(tone(c), l, w < 0 ? lw : w, tone(Canvas::kInk)); }
  void fill_in(Rgb c, PartLabel l, double w = 0, Tone t = Tone::Base) {
    cv.fill_inside(tone(c), l, w, tone(Canvas::kInk), t);
  }
  void shade_with(Rgb c, double a = 1.0) { cv.shade(tone(c), a); }
  void line(Rgb c, double w) { cv.stroke(tone(c), w); }

  // The rows the figure is drawn from (vocabulary/*.def): every difference between two hair
  // styles, eye shapes, outfits or accessories is a column of these rows.
  const vocabulary::HairRow& hair() const { return vocabulary::row(m.hair); }
  const vocabulary::EyeRow& eyes() const { return vocabulary::row(m.eyes); }
  // The top or one-piece; the garment on the legs (the bottom, else the one-piece).
  const vocabulary::OutfitRow& outfit() const { return vocabulary::row(m.outfit); }
  const vocabulary::OutfitRow& lower_garment() const { return vocabulary::row(m.bottom ? *m.bottom : m.outfit); }
  Rgb lower_primary() const { return m.bottom ? m.bottom_primary : m.outfit_primary; }
  Rgb lower_secondary() const { return m.bottom ? m.bottom_secondary : m.outfit_secondary; }
  // The accessory being drawn and its colour (accessory_at sets them for each one worn).
  const vocabulary::AccessoryRow* worn = nullptr;
  Rgb ac;
  const vocabulary::AccessoryRow& accessory() const { return *worn; }

  // ---- body ------------------------------------------------------------------------------
  bool trousers() const { return lower_garment().lower == vocabulary::Lower::Trousers; }
  Rgb paint_color(vocabulary::Paint p, bool legs = false) const {
    switch (p) {
      case vocabulary::Paint::Skin: return m.skin;
      case vocabulary::Paint::Primary: return legs ? lower_primary() : m.outfit_primary;
      case vocabulary::Paint::Secondary: return legs ? lower_secondary() : m.outfit_secondary;
      case vocabulary::Paint::Hosiery: return characters::rgb_of((legs ? lower_garment() : outfit()).hosiery);
    }
    return m.skin;
  }
  // Socks and tabi are labelled with the outfit's second colour: the part the generator keeps apart
  // from the main garment.
  static PartLabel paint_label(vocabulary::Paint p) {
    switch (p) {
      case vocabulary::Paint::Skin: return PartLabel::Skin;
      case vocabulary::Paint::Primary: return PartLabel::OutfitPrimary;
      case vocabulary::Paint::Secondary: case vocabulary::Paint::Hosiery: return PartLabel::OutfitSecondary;
    }
    return PartLabel::Skin;
  }
  Rgb top_color() const { return paint_color(outfit().top); }
  PartLabel top_label() const { return paint_label(outfit().top); }
  Rgb leg_color(bool lower) const { return paint_color(lower ? lower_garment().shin : lower_garment().thigh, true); }
  PartLabel leg_label(bool lower) const { return paint_label(lower ? lower_garment().shin : lower_garment().thigh); }
  Rgb shoe_color() const { return m.footwear ? m.footwear_color : characters::rgb_of(lower_garment().shoes); }
  bool wears_plates() const {
    for (const characters::Layer& l : m.outerwear)
      if (vocabulary::row(l.kind).plates) return true;
    return false;
  }
  // The outermost layer with sleeves, or none.
  const characters::Layer* sleeved_layer() const {
    for (size_t i = m.outerwear.size(); i-- > 0;)
      if (vocabulary::row(m.outerwear[i].kind).sleeves == vocabulary::OuterSleeves::Long) return &m.outerwear[i];
    return nullptr;
  }
  const characters::Worn* worn_of(vocabulary::AccessoryDrawing d) const {
    for (const characters::Worn& w : m.accessories)
      if (vocabulary::row(w.kind).drawing == d) return &w;
    return nullptr;
  }

  void leg(Joint hip, Joint knee, Joint foot);

  void hand(Vec2 at);

  void arm(Joint sh, Joint el, Joint ha);
  void wide_sleeve(Vec2 a, Vec2 e, Vec2 h);

  // Torso outline points: left side top to bottom, then right side bottom to top.
  struct TorsoLevels {
    Vec2 c[4];
    double hw[4];
    Vec2 n;  // perpendicular to the spine
  };
  TorsoLevels torso_levels() const {
    TorsoLevels t;
    const double cy = std::cos(s.yaw_deg * kPi / 180), sy = std::sin(s.yaw_deg * kPi / 180);
    const auto& p = m.proportions;
    // A heavy build's belly widens the waist (waist_scale 1 for the usual builds).
    const double widths[4] = {p.shoulder_width_cm * 0.92, p.shoulder_width_cm * 0.8,
                              p.shoulder_width_cm * 0.62 * p.waist_scale, p.hip_width_cm};
    const double depths[4] = {p.chest_depth_cm * 0.8, p.chest_depth_cm, p.chest_depth_cm * 0.8,
                              p.chest_depth_cm * 0.95};
    const Vec2 nk = J(Joint::Neck), pel = J(Joint::Pelvis);
    t.c[0] = lerp(nk, pel, 0.06);
    t.c[1] = J(Joint::Chest);
    t.c[2] = J(Joint::Waist);
    t.c[3] = pel;
    for (int i = 0; i < 4; ++i) t.hw[i] = 0.5 * (std::fabs(widths[i] * cy) + std::fabs(depths[i] * sy));
    Vec2 sp = pel - nk;
    const double l = std::max(len(sp), 1e-6);
    t.n = Vec2{-sp.y / l, sp.x / l};
    if (t.n.x < 0) t.n = t.n * -1;
    return t;
  }

  std::vector<Vec2> torso_outline(const TorsoLevels& t, int from, int to, double grow = 1.0) const {
    std::vector<Vec2> pts;
    for (int i = from; i <= to; ++i) pts.push_back(t.c[i] - t.n * (t.hw[i] * grow));
    for (int i = to; i >= from; --i) pts.push_back(t.c[i] + t.n * (t.hw[i] * grow));
    return pts;
  }

  void torso();
  // Outerwear (render/draw_figure_outerwear.cpp): layers over the torso, their sleeves over the
  // arms, plates over the legs, capes behind the body.
  void outer_layers(const TorsoLevels& t);
  void outer_layer(const TorsoLevels& t, const characters::Layer& l);
  void outer_sleeve(Vec2 a, Vec2 e, Vec2 h);
  void greave(Vec2 k, Vec2 f);
  void boot(Vec2 k, Vec2 f);
  void capes(bool behind);
  void gloves(Vec2 e, Vec2 h);

  void skirt(const TorsoLevels& t);
  // One drawing per garment part (the outfit row's collar, waist, hood and pocket columns).
  void garment_parts(const TorsoLevels& t);
  void sailor_collar(const TorsoLevels& t);
  void crossed_collar(const TorsoLevels& t);
  void rounded_collar(const TorsoLevels& t);
  void lapels(const TorsoLevels& t);
  void waist_band(const TorsoLevels& t);
  void obi(const TorsoLevels& t);
  void hood_fold(const TorsoLevels& t);
  void hood_strings(const TorsoLevels& t);
  void front_pocket(const TorsoLevels& t);

  double px_per_cm() const {
    cairo_matrix_t mtx;
    cairo_get_matrix(cr, &mtx);
    return std::sqrt(std::fabs(mtx.xx * mtx.yy - mtx.xy * mtx.yx));
  }

  // ---- head ------------------------------------------------------------------------------
  // Head-local frame: origin at the head centre, unit = head height, y down; crown at -0.55,
  // chin at +0.45.
  void enter_head();
  void leave_head() { cv.restore(); }

  double side_len() const { return hair().side_locks; }

  void back_hair();
  void bob_back();
  void long_back();
  void ponytail_back();
  void twin_tails_back();
  void bun_back();

  void twin_tail_ties();

  void head_skin();

  struct EyeStyle {
    double open = 1.0;       // 0 closed arc, 1 open
    double iris = 1.0;       // iris scale
    double lid_tilt = 0;     // inner corner down (angry) > 0, up (sad) < 0
    bool happy_arc = false;  // ^ ^
  };
  EyeStyle eye_style() const {
    EyeStyle e;
    switch (fp.expression) {
      case Expression::Neutral: break;
      case Expression::Happy: e.open = 0.8; break;
      case Expression::Laugh: e.happy_arc = true; break;
      case Expression::Sad: e.open = 0.7; e.lid_tilt = -0.3; break;
      case Expression::Crying: e.open = 0.75; e.lid_tilt = -0.3; break;
      case Expression::Angry: e.open = 0.72; e.lid_tilt = 0.45; break;
      case Expression::Surprised: e.open = 1.1; e.iris = 0.62; break;
      case Expression::Scared: e.open = 1.05; e.iris = 0.55; e.lid_tilt = -0.15; break;
      case Expression::Worried: e.open = 0.85; e.lid_tilt = -0.25; break;
      case Expression::Determined: e.open = 0.78; e.lid_tilt = 0.25; break;
    }
    return e;
  }

  // One eye at (ex, ey); `out` = +1 when the outer corner is to screen right. Width scale `sx`
  // narrows the far eye of a three-quarter view.
  void eye(double ex, double ey, double out, double sx);

  void brow(double bx, double by, double out, double sx);

  void mouth(double mx, double my, double w);

  void face();

  void extras(double cx, double ey, double gap, bool side);

  void front_hair();

  void hair_sheen();

  // Draws the accessories whose row's place is `place` (the pass run() is in).
  void accessory_at(vocabulary::AccessoryPlace place);
  void accessory(vocabulary::AccessoryDrawing d);
  void scarf();
  void bag();
  void glasses();
  void ribbon();
  void fox_mask();
  // render/draw_figure_accessories.cpp
  Vec2 near_hand() const;
  Vec2 far_hand() const;
  double ground_y() const;
  void case_in_hand();
  void backpack();
  void eyepatch();
  void goggles();
  void monocle();
  void sunglasses();
  void earrings();
  void hair_clip();
  void face_mask();
  void necktie();
  void bow_tie();
  void necklace();
  void badge();
  void belt(bool tools);
  void sword();
  void staff();
  void umbrella();
  void shield();
  void hook();
  void watch();
  void lantern();
  void camera();
  void headphones();
  void flower();
  // Eye positions in head space as face() places them (front view).
  double eye_gap() const { return 0.21 * (1 - 0.18 * std::fabs(fd)); }
  double eye_y() const {
    const double ey = eye_line(), down = std::max(0.0, -s.look_up);
    return 0.1 * down + ey * (1 - 0.15 * down);
  }

  // Headwear (render/draw_figure_headwear.cpp): drawn over the hair; a hood's back behind the head.
  void headwear();
  // Wet (render/draw_figure_wet.cpp): slicked hair and falling drops.
  void wet_drops();
  void hood_back();
  void brimmed_hat(const vocabulary::HeadwearRow& r, Rgb c, Rgb band);
  void top_hat(const vocabulary::HeadwearRow& r, Rgb c, Rgb band);
  void tricorn(const vocabulary::HeadwearRow& r, Rgb c, Rgb band);
  void cap(const vocabulary::HeadwearRow& r, Rgb c, Rgb band);
  void beret(const vocabulary::HeadwearRow& r, Rgb c, Rgb band);
  void beanie(const vocabulary::HeadwearRow& r, Rgb c, Rgb band);
  void helmet(const vocabulary::HeadwearRow& r, Rgb c, Rgb band);
  void crown(const vocabulary::HeadwearRow& r, Rgb c, Rgb band);
  void tiara(const vocabulary::HeadwearRow& r, Rgb c, Rgb band);
  void hood_front(const vocabulary::HeadwearRow& r, Rgb c, Rgb band);
  void hairband(const vocabulary::HeadwearRow& r, Rgb c, Rgb band);

  // Hair beyond the fringe templates, facial hair, face details and age
  // (render/draw_figure_face.cpp).
  void shoulder_back();
  void braid_back(bool twin);
  void afro_back();
  bool special_cap();  // draws the cap of a bald, balding, buzz, swept, parted or crest style
  void curls_outline();
  void facial_hair();
  void eye_details();
  void age_lines();

  Point to_fig(double hx, double hy) const {
    const Vec2 hc = J(Joint::HeadCenter);
    const double a = s.head_tilt_deg * kPi / 180;
    const double x = hx * u, y = hy * u;
    return Point{hc.x + x * std::cos(a) - y * std::sin(a), hc.y + x * std::sin(a) + y * std::cos(a)};
  }

  void compute_boxes();

  void run();
};

}  // namespace ekonte::render::figure
