#include "render/draw_figure.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <tuple>
#include <vector>

namespace ekonte::render {

using characters::AccessoryKind;
using characters::CharacterModel;
using characters::EyeShape;
using characters::HairStyle;
using characters::Joint;
using characters::OutfitKind;
using characters::PosedSkeleton;
using characters::Vec2;

namespace {

constexpr double kPi = 3.14159265358979323846;
Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
Vec2 lerp(Vec2 a, Vec2 b, double t) { return a + (b - a) * t; }
double len(Vec2 a) { return std::hypot(a.x, a.y); }

// Tones every renderer agrees on; the consistency tests read them from characters::.
const Rgb kWhite{255, 255, 255};
const Rgb kMouthDark{120, 34, 42};
const Rgb kTongue{222, 110, 110};
const Rgb kTear{170, 215, 255};
const Rgb kBlush{240, 120, 130};
const Rgb kHairTie{232, 69, 122};

// Convex hull (monotone chain), for skirts and robes that must cover whatever the legs do.
std::vector<Vec2> hull(std::vector<Vec2> p) {
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

void polygon(cairo_t* cr, const std::vector<Vec2>& pts) {
  cairo_new_path(cr);
  for (size_t i = 0; i < pts.size(); ++i)
    i == 0 ? cairo_move_to(cr, pts[i].x, pts[i].y) : cairo_line_to(cr, pts[i].x, pts[i].y);
  cairo_close_path(cr);
}

// A closed smooth curve through `pts` (Catmull-Rom as Béziers).
void smooth_closed(cairo_t* cr, const std::vector<Vec2>& pts) {
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

void capsule(cairo_t* cr, Vec2 a, Vec2 b, double ra, double rb) {
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

void ellipse(cairo_t* cr, double cx, double cy, double rx, double ry, double rot = 0) {
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
  FigureGeometry geo;

  Rgb tone(Rgb c) const { return fp.darken > 0 ? mix(c, Rgb{30, 28, 48}, fp.darken) : c; }
  Rgb shadow(Rgb c) const { return tone(characters::shadow_tone(c)); }
  Vec2 J(Joint j) const { return s.at[size_t(j)]; }
  double D(Joint j) const { return s.depth[size_t(j)]; }

  void fill(Rgb c, PartLabel l, double w = -1) { cv.fill(tone(c), l, w < 0 ? lw : w, tone(Canvas::kInk)); }
  void fill_in(Rgb c, PartLabel l, double w = 0) { cv.fill_inside(tone(c), l, w, tone(Canvas::kInk)); }
  void shade_with(Rgb c, double a = 1.0) { cv.shade(tone(c), a); }
  void line(Rgb c, double w) { cv.stroke(tone(c), w); }

  // ---- body ------------------------------------------------------------------------------
  bool trousers() const { return m.outfit == OutfitKind::HoodieJeans || m.outfit == OutfitKind::Suit; }
  bool long_sleeves() const {
    return m.outfit == OutfitKind::HoodieJeans || m.outfit == OutfitKind::Suit || m.outfit == OutfitKind::Kimono;
  }
  Rgb top_color() const {
    switch (m.outfit) {
      case OutfitKind::SailorUniform: return m.outfit_secondary;
      default: return m.outfit_primary;
    }
  }
  PartLabel top_label() const {
    return m.outfit == OutfitKind::SailorUniform ? PartLabel::OutfitSecondary : PartLabel::OutfitPrimary;
  }
  Rgb leg_color(bool lower) const {
    if (m.outfit == OutfitKind::HoodieJeans) return m.outfit_secondary;
    if (m.outfit == OutfitKind::Suit) return m.outfit_primary;
    if (m.outfit == OutfitKind::SailorUniform && lower) return Rgb{40, 40, 56};  // knee socks
    if (m.outfit == OutfitKind::Kimono && lower) return Rgb{246, 244, 240};     // tabi
    return m.skin;
  }
  PartLabel leg_label(bool lower) const {
    if (m.outfit == OutfitKind::HoodieJeans) return PartLabel::OutfitSecondary;
    if (m.outfit == OutfitKind::Suit) return PartLabel::OutfitPrimary;
    if ((m.outfit == OutfitKind::SailorUniform || m.outfit == OutfitKind::Kimono) && lower)
      return PartLabel::OutfitSecondary;
    return PartLabel::Skin;
  }
  Rgb shoe_color() const {
    switch (m.outfit) {
      case OutfitKind::SailorUniform: return {92, 58, 40};
      case OutfitKind::Kimono: return {150, 50, 40};
      case OutfitKind::Dress: return {200, 70, 60};
      case OutfitKind::HoodieJeans: return {236, 236, 236};
      case OutfitKind::Suit: return {30, 30, 34};
    }
    return {60, 50, 40};
  }

  void leg(Joint hip, Joint knee, Joint foot) {
    const double t = m.proportions.limb_scale;
    const Vec2 h = J(hip), k = J(knee), f = J(foot);
    capsule(cr, k, f, 0.19 * u * t, 0.13 * u * t);
    fill(leg_color(true), leg_label(true));
    capsule(cr, h, k, 0.3 * u * t, 0.2 * u * t);
    fill(leg_color(false), leg_label(false));
    if (trousers()) {
      capsule(cr, h + Vec2{0.06 * u, 0}, k + Vec2{0.05 * u, 0}, 0.08 * u, 0.05 * u);
      shade_with(shadow(leg_color(false)));
    }
    // Shoe: pointing to the face side in profile, a rounded toe cap from the front.
    const double along = std::fabs(fd);
    const double dir = fd >= 0 ? 1 : -1;
    const double lx = 0.12 * u + 0.16 * u * along;
    ellipse(cr, f.x + dir * 0.1 * u * along, f.y + 0.01 * u, lx, 0.085 * u);
    fill(shoe_color(), PartLabel::OutfitSecondary);
  }

  void hand(Vec2 at) {
    ellipse(cr, at.x, at.y, 0.14 * u, 0.17 * u);
    fill(m.skin, PartLabel::Skin);
  }

  void arm(Joint sh, Joint el, Joint ha) {
    const double t = m.proportions.limb_scale;
    const Vec2 a = J(sh), e = J(el), h = J(ha);
    if (m.outfit == OutfitKind::Kimono) {
      // Wide furisode-style sleeve: a tube widening to the wrist with a pouch hanging below it.
      Vec2 dir = h - a;
      const double l = std::max(len(dir), 1e-6);
      Vec2 n{-dir.y / l, dir.x / l};
      const Vec2 w = lerp(e, h, 0.8);
      const double r0 = 0.16 * u, r1 = 0.34 * u;
      polygon(cr, hull({a + n * r0, a - n * r0, e + n * (r1 * 0.8), e - n * (r1 * 0.8), w + n * r1, w - n * r1,
                        w + n * r1 + Vec2{0, 0.45 * u}, w - n * r1 + Vec2{0, 0.45 * u}}));
      fill(m.outfit_primary, PartLabel::OutfitPrimary);
      capsule(cr, lerp(a, w, 0.5) + n * (r1 * 0.4), w + n * (r1 * 0.5) + Vec2{0, 0.3 * u}, 0.12 * u, 0.16 * u);
      shade_with(shadow(m.outfit_primary));
      hand(h);
      return;
    }
    capsule(cr, e, h, 0.15 * u * t, 0.12 * u * t);
    fill(long_sleeves() ? top_color() : m.skin, long_sleeves() ? top_label() : PartLabel::Skin);
    const bool puffy = m.outfit == OutfitKind::Dress;
    capsule(cr, a, e, (puffy ? 0.25 : 0.19) * u * t, (puffy ? 0.18 : 0.16) * u * t);
    if (m.outfit == OutfitKind::Dress) {
      capsule(cr, a, lerp(a, e, 0.45), 0.26 * u * t, 0.23 * u * t);
      fill(top_color(), top_label());
      capsule(cr, lerp(a, e, 0.45), e, 0.16 * u * t, 0.15 * u * t);
      fill(m.skin, PartLabel::Skin);
    } else {
      fill(top_color(), top_label());
      if (m.outfit == OutfitKind::SailorUniform) {
        // Navy cuff stripe on the short sleeve.
        capsule(cr, lerp(a, e, 0.78), lerp(a, e, 0.92), 0.19 * u * t, 0.18 * u * t);
        fill(m.outfit_primary, PartLabel::OutfitPrimary, lw * 0.6);
      }
    }
    hand(h);
  }

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
    const double widths[4] = {p.shoulder_width_cm * 0.92, p.shoulder_width_cm * 0.8, p.shoulder_width_cm * 0.62,
                              p.hip_width_cm};
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

  void torso() {
    const TorsoLevels t = torso_levels();
    // Neck.
    const Vec2 nk = J(Joint::Neck), hc = J(Joint::HeadCenter);
    capsule(cr, nk, lerp(nk, hc, 0.6), 0.14 * u, 0.12 * u);
    fill(m.skin, PartLabel::Skin);
    polygon(cr, {nk + Vec2{-0.2 * u, -0.45 * u}, nk + Vec2{0.2 * u, -0.45 * u}, nk + Vec2{0.2 * u, -0.1 * u},
                 nk + Vec2{-0.2 * u, 0.0}});
    shade_with(shadow(m.skin));

    // Skirts and robes cover the thighs whatever the legs do.
    if (!trousers()) {
      double reach = 0.85;  // along hip -> knee
      if (m.outfit == OutfitKind::Dress) reach = 1.05;
      std::vector<Vec2> pts = {t.c[2] - t.n * t.hw[2], t.c[2] + t.n * t.hw[2], t.c[3] - t.n * (t.hw[3] * 1.1),
                               t.c[3] + t.n * (t.hw[3] * 1.1)};
      for (auto [hip, knee, foot] : {std::tuple{Joint::HipL, Joint::KneeL, Joint::FootL},
                                     std::tuple{Joint::HipR, Joint::KneeR, Joint::FootR}}) {
        const Vec2 h = J(hip), k = J(knee), f = J(foot);
        const double flare = m.outfit == OutfitKind::Kimono ? 0.22 * u : 0.42 * u;
        const Vec2 end = m.outfit == OutfitKind::Kimono ? lerp(k, f, 0.88) : lerp(h, k, reach);
        const double side = (end.x - t.c[3].x) >= 0 ? 1 : -1;
        pts.push_back(end + Vec2{side * flare, 0});
        pts.push_back(end + Vec2{-side * flare * 0.3, 0});
      }
      polygon(cr, hull(pts));
      fill(m.outfit_primary, PartLabel::OutfitPrimary);
      cairo_path_t* skirt = cairo_copy_path(cr);
      (void)skirt;
      cairo_path_destroy(skirt);
      // One cel-shadow tone on the side away from the light (light from the upper left).
      const Vec2 c3 = t.c[3];
      polygon(cr, {c3 + Vec2{t.hw[3] * 0.35, -0.3 * u}, c3 + Vec2{3 * u, -0.3 * u}, c3 + Vec2{3 * u, 4 * u},
                   c3 + Vec2{t.hw[3] * 0.2, 4 * u}});
      shade_with(shadow(m.outfit_primary));
      if (m.outfit == OutfitKind::SailorUniform || m.outfit == OutfitKind::Dress) {
        // Pleats / folds.
        for (double f : {-0.5, 0.0, 0.5}) {
          cairo_new_path(cr);
          const Vec2 top = c3 + t.n * (t.hw[3] * f);
          cairo_move_to(cr, top.x, top.y + 0.1 * u);
          cairo_line_to(cr, top.x + f * 0.35 * u, top.y + (m.outfit == OutfitKind::Dress ? 1.1 : 0.8) * u);
          line(shadow(m.outfit_primary), lw * 0.55);
        }
      }
    }

    // Upper body.
    polygon(cr, torso_outline(t, 0, 3));
    fill(top_color(), top_label());
    polygon(cr, {t.c[0] + t.n * (t.hw[0] * 0.3), t.c[0] + t.n * (t.hw[0] * 2), t.c[3] + t.n * (t.hw[3] * 2),
                 t.c[3] + t.n * (t.hw[3] * 0.45)});
    shade_with(shadow(top_color()));

    switch (m.outfit) {
      case OutfitKind::SailorUniform: sailor_details(t); break;
      case OutfitKind::Kimono: kimono_details(t); break;
      case OutfitKind::Dress: dress_details(t); break;
      case OutfitKind::HoodieJeans: hoodie_details(t); break;
      case OutfitKind::Suit: suit_details(t); break;
    }
  }

  void sailor_details(const TorsoLevels& t) {
    const Rgb navy = m.outfit_primary;
    if (s.back) {
      // The square collar flap on the back.
      polygon(cr, {t.c[0] - t.n * (t.hw[0] * 0.95), t.c[0] + t.n * (t.hw[0] * 0.95),
                   lerp(t.c[1], t.c[2], 0.3) + t.n * (t.hw[1] * 0.9), lerp(t.c[1], t.c[2], 0.3) - t.n * (t.hw[1] * 0.9)});
      fill(navy, PartLabel::OutfitPrimary);
      return;
    }
    // Front: the navy V collar with a white stripe, ends on the shoulders.
    const double off = fd * t.hw[0] * 0.25;
    const Vec2 tip = lerp(t.c[1], t.c[2], 0.35) + Vec2{off, 0};
    polygon(cr, {t.c[0] - t.n * (t.hw[0] * 0.98), t.c[0] + t.n * (t.hw[0] * 0.98), tip + t.n * (0.05 * u),
                 tip - t.n * (0.05 * u)});
    fill(navy, PartLabel::OutfitPrimary);
    cairo_new_path(cr);
    const Vec2 l0 = t.c[0] - t.n * (t.hw[0] * 0.8), r0 = t.c[0] + t.n * (t.hw[0] * 0.8);
    cairo_move_to(cr, l0.x, l0.y);
    cairo_line_to(cr, tip.x, tip.y - 0.22 * u);
    cairo_line_to(cr, r0.x, r0.y);
    line(kWhite, lw * 0.8);
    // Blouse visible inside the V.
    polygon(cr, {t.c[0] - t.n * (t.hw[0] * 0.35) + Vec2{off, 0}, t.c[0] + t.n * (t.hw[0] * 0.35) + Vec2{off, 0},
                 tip + Vec2{0, -0.35 * u}});
    fill(m.outfit_secondary, PartLabel::OutfitSecondary, lw * 0.6);
  }

  void kimono_details(const TorsoLevels& t) {
    // Crossed collar (left over right) with the white under-collar.
    if (!s.back) {
      const double off = fd * t.hw[0] * 0.2;
      const Vec2 top = t.c[0] + Vec2{off, -0.05 * u};
      const Vec2 cross = lerp(t.c[1], t.c[2], 0.55) + Vec2{off, 0};
      polygon(cr, {top - t.n * (0.32 * u), top + t.n * (0.32 * u), cross});
      fill(m.skin, PartLabel::Skin, 0);
      cairo_new_path(cr);
      cairo_move_to(cr, top.x - 0.34 * u, top.y);
      cairo_line_to(cr, cross.x + 0.05 * u, cross.y);
      cairo_move_to(cr, top.x + 0.34 * u, top.y);
      cairo_line_to(cr, cross.x - 0.02 * u, cross.y - 0.15 * u);
      line(Rgb{250, 250, 250}, 0.12 * u * px_per_cm());
      cairo_new_path(cr);
      cairo_move_to(cr, top.x - 0.42 * u, top.y);
      cairo_line_to(cr, cross.x + 0.1 * u, cross.y);
      line(Canvas::kInk, lw * 0.6);
    }
    // Obi sash in the second colour.
    const Vec2 a = lerp(t.c[1], t.c[2], 0.55), b = lerp(t.c[2], t.c[3], 0.45);
    const double hw = std::max(t.hw[1], t.hw[2]) * 1.04;
    polygon(cr, {a - t.n * hw, a + t.n * hw, b + t.n * (t.hw[3] * 1.0), b - t.n * (t.hw[3] * 1.0)});
    fill(m.outfit_secondary, PartLabel::OutfitSecondary);
    const Vec2 mid = lerp(a, b, 0.5);
    cairo_new_path(cr);
    cairo_move_to(cr, (mid - t.n * hw).x, mid.y);
    cairo_line_to(cr, (mid + t.n * hw).x, mid.y);
    line(characters::shadow_tone(m.outfit_secondary), lw * 0.7);
    if (s.back) {
      // Obi bow on the back.
      polygon(cr, {mid + Vec2{-0.6 * u, -0.35 * u}, mid + Vec2{0.6 * u, -0.35 * u}, mid + Vec2{0.45 * u, 0.45 * u},
                   mid + Vec2{-0.45 * u, 0.45 * u}});
      fill(m.outfit_secondary, PartLabel::OutfitSecondary);
    }
  }

  void dress_details(const TorsoLevels& t) {
    if (s.back) return;
    const double off = fd * t.hw[0] * 0.25;
    for (double side : {-1.0, 1.0}) {
      ellipse(cr, t.c[0].x + off + side * 0.16 * u, t.c[0].y + 0.06 * u, 0.17 * u, 0.1 * u, side * 0.35);
      fill(m.outfit_secondary, PartLabel::OutfitSecondary, lw * 0.7);
    }
    // Waist band.
    const Vec2 w = lerp(t.c[2], t.c[3], 0.25);
    polygon(cr, {w - t.n * (t.hw[2] * 1.05) + Vec2{0, -0.08 * u}, w + t.n * (t.hw[2] * 1.05) + Vec2{0, -0.08 * u},
                 w + t.n * (t.hw[2] * 1.1) + Vec2{0, 0.08 * u}, w - t.n * (t.hw[2] * 1.1) + Vec2{0, 0.08 * u}});
    fill(characters::shadow_tone(m.outfit_primary), PartLabel::OutfitPrimary, lw * 0.6);
  }

  void hoodie_details(const TorsoLevels& t) {
    // Hood folded behind the neck.
    const Vec2 c0 = t.c[0];
    ellipse(cr, c0.x, c0.y - 0.02 * u, t.hw[0] * 0.75, 0.2 * u);
    fill(characters::shadow_tone(m.outfit_primary), PartLabel::OutfitPrimary);
    if (s.back) return;
    const Vec2 p = lerp(t.c[2], t.c[3], 0.5);
    polygon(cr, {p + Vec2{-0.35 * u, -0.2 * u}, p + Vec2{0.35 * u, -0.2 * u}, p + Vec2{0.45 * u, 0.25 * u},
                 p + Vec2{-0.45 * u, 0.25 * u}});
    fill(m.outfit_primary, PartLabel::OutfitPrimary, lw * 0.7);
    for (double sx : {-0.1, 0.1}) {
      cairo_new_path(cr);
      cairo_move_to(cr, c0.x + sx * u, c0.y + 0.05 * u);
      cairo_line_to(cr, c0.x + sx * u * 1.2, c0.y + 0.6 * u);
      line(kWhite, lw * 0.7);
    }
  }

  void suit_details(const TorsoLevels& t) {
    if (s.back) return;
    const double off = fd * t.hw[0] * 0.25;
    const Vec2 top = t.c[0] + Vec2{off, 0};
    const Vec2 v = lerp(t.c[1], t.c[2], 0.6) + Vec2{off, 0};
    polygon(cr, {top - t.n * (0.28 * u), top + t.n * (0.28 * u), v});
    fill(m.outfit_secondary, PartLabel::OutfitSecondary, lw * 0.7);
    polygon(cr, {top + Vec2{-0.06 * u, 0.02 * u}, top + Vec2{0.06 * u, 0.02 * u}, v + Vec2{0.07 * u, -0.1 * u},
                 v + Vec2{0, 0.05 * u}, v + Vec2{-0.07 * u, -0.1 * u}});
    fill(Rgb{150, 40, 50}, PartLabel::Accessory, lw * 0.5);
  }

  double px_per_cm() const {
    cairo_matrix_t mtx;
    cairo_get_matrix(cr, &mtx);
    return std::sqrt(std::fabs(mtx.xx * mtx.yy - mtx.xy * mtx.yx));
  }

  // ---- head ------------------------------------------------------------------------------
  // Head-local frame: origin at the head centre, unit = head height, y down; crown at -0.55,
  // chin at +0.45.
  void enter_head() {
    const Vec2 hc = J(Joint::HeadCenter);
    cv.save();
    cv.translate(hc.x, hc.y);
    cv.rotate(s.head_tilt_deg * kPi / 180);
    cv.scale(u, u);
  }
  void leave_head() { cv.restore(); }

  double side_len() const {
    switch (m.hair) {
      case HairStyle::Bob: return 0.4;
      case HairStyle::Long: return 0.62;
      case HairStyle::Short: case HairStyle::Spiky: return 0.06;
      default: return 0.18;
    }
  }

  void back_hair() {
    const Rgb hc = m.hair_color;
    const double bx = -fd * 0.08;  // volume sits behind the face
    switch (m.hair) {
      case HairStyle::Bob:
        smooth_closed(cr, {{bx - 0.56, -0.12}, {bx, -0.64}, {bx + 0.56, -0.12}, {bx + 0.58, 0.3}, {bx + 0.5, 0.5},
                           {bx, 0.42}, {bx - 0.5, 0.5}, {bx - 0.58, 0.3}});
        fill(hc, PartLabel::Hair);
        ellipse(cr, bx, 0.25, 0.46, 0.3);
        shade_with(shadow(hc));
        break;
      case HairStyle::Long: {
        // Hangs behind the shoulders to the waist (2.6 heads below the head centre).
        const double w = 0.62;
        std::vector<Vec2> pts = {{bx - 0.55, -0.15}, {bx, -0.64}, {bx + 0.55, -0.15}, {bx + w + 0.02, 0.6},
                                 {bx + w + 0.12, 1.6}, {bx + w + 0.1, 2.5}, {bx + 0.4, 2.35}, {bx + 0.2, 2.6},
                                 {bx - 0.05, 2.4}, {bx - 0.3, 2.62}, {bx - 0.5, 2.4}, {bx - w - 0.1, 2.5},
                                 {bx - w - 0.12, 1.6}, {bx - w - 0.02, 0.6}};
        if (profile) {
          const double b = -fd;  // the back of the head
          pts = {{-b * 0.3, -0.5}, {b * 0.3, -0.6}, {b * 0.62, -0.1}, {b * 0.7, 0.8}, {b * 0.72, 2.5},
                 {b * 0.45, 2.38}, {b * 0.25, 2.55}, {b * 0.05, 2.2}, {b * 0.0, 1.0}, {-b * 0.1, 0.3}};
        }
        smooth_closed(cr, pts);
        fill(hc, PartLabel::Hair);
        ellipse(cr, bx, 1.2, 0.45, 1.4);
        shade_with(shadow(hc));
        break;
      }
      case HairStyle::Ponytail: {
        const double b = profile ? -fd : 0.55;
        smooth_closed(cr, {{b * 0.6, -0.35}, {b * 0.95, -0.1}, {b * 1.05, 0.6}, {b * 0.9, 1.3}, {b * 0.75, 0.7},
                           {b * 0.62, 0.1}});
        fill(hc, PartLabel::Hair);
        break;
      }
      case HairStyle::TwinTails:
        for (double side : {-1.0, 1.0}) {
          if (profile && side * fd > 0) continue;  // the far tail hides behind the head
          const double sx = profile ? -fd * 0.1 : 0;
          smooth_closed(cr, {{sx + side * 0.45, -0.32}, {sx + side * 0.75, -0.12}, {sx + side * 0.92, 0.5},
                             {sx + side * 0.88, 1.3}, {sx + side * 0.7, 1.75}, {sx + side * 0.72, 1.2},
                             {sx + side * 0.62, 0.45}, {sx + side * 0.5, -0.05}});
          fill(hc, PartLabel::Hair);
          ellipse(cr, sx + side * 0.78, 0.7, 0.05, 0.5);
          shade_with(shadow(hc));
        }
        break;
      case HairStyle::Bun:
        ellipse(cr, -fd * 0.12, profile ? -0.45 : -0.6, 0.23, 0.2);
        fill(hc, PartLabel::Hair);
        ellipse(cr, -fd * 0.12 + 0.05, (profile ? -0.45 : -0.6) + 0.08, 0.15, 0.08);
        shade_with(shadow(hc));
        break;
      case HairStyle::Short:
      case HairStyle::Spiky:
        break;
    }
  }

  void twin_tail_ties() {
    if (m.hair != HairStyle::TwinTails) return;
    for (double side : {-1.0, 1.0}) {
      if (profile && side * fd > 0) continue;
      const double sx = profile ? -fd * 0.1 : 0;
      ellipse(cr, sx + side * 0.53, -0.24, 0.08, 0.1);
      fill(kHairTie, PartLabel::Accessory, lw * 0.7);
    }
  }

  void head_skin() {
    const Rgb sk = m.skin;
    if (s.back) {
      ellipse(cr, 0, -0.05, 0.46, 0.5);
      fill(sk, PartLabel::Skin);
      return;
    }
    if (profile) {
      const double f = fd;
      cairo_new_path(cr);
      cairo_move_to(cr, f * 0.3, -0.42);
      cairo_curve_to(cr, f * 0.4, -0.3, f * 0.42, -0.1, f * 0.41, 0.04);     // forehead
      cairo_curve_to(cr, f * 0.43, 0.1, f * 0.52, 0.16, f * 0.49, 0.2);       // nose
      cairo_curve_to(cr, f * 0.46, 0.23, f * 0.43, 0.24, f * 0.43, 0.27);     // upper lip
      cairo_curve_to(cr, f * 0.44, 0.31, f * 0.41, 0.33, f * 0.4, 0.36);      // chin
      cairo_curve_to(cr, f * 0.38, 0.44, f * 0.3, 0.46, f * 0.18, 0.44);
      cairo_curve_to(cr, f * 0.0, 0.4, -f * 0.12, 0.3, -f * 0.2, 0.22);      // jaw to neck
      cairo_curve_to(cr, -f * 0.5, 0.15, -f * 0.5, -0.45, f * 0.0, -0.5);
      cairo_curve_to(cr, f * 0.12, -0.52, f * 0.22, -0.48, f * 0.3, -0.42);
      cairo_close_path(cr);
      fill(sk, PartLabel::Skin);
      ellipse(cr, -f * 0.08, 0.12, 0.07, 0.1);
      fill(sk, PartLabel::Skin, lw * 0.7);
      return;
    }
    const double cx = fd * 0.12;
    const double chin_x = fd * 0.17;
    // Cranium and jaw: wide cheeks, a small pointed chin.
    cairo_new_path(cr);
    cairo_arc(cr, 0, -0.08, 0.44, kPi * 0.92, kPi * 2.08);
    const double near_r = 0.43 + 0.02 * std::fabs(fd);
    const double left = fd < 0 ? -near_r : -0.43 + 0.06 * fd;
    const double right = fd > 0 ? near_r : 0.43 + 0.06 * fd;
    cairo_curve_to(cr, right, 0.12, right - 0.02, 0.2, cx + 0.22 + fd * 0.08, 0.34);
    cairo_curve_to(cr, chin_x + 0.14, 0.41, chin_x + 0.06, 0.45, chin_x, 0.455);
    cairo_curve_to(cr, chin_x - 0.06, 0.45, chin_x - 0.14, 0.41, cx - 0.22 + fd * 0.08, 0.34);
    cairo_curve_to(cr, left + 0.02, 0.2, left, 0.12, -0.436, 0.0);
    cairo_close_path(cr);
    fill(sk, PartLabel::Skin);
    // Ear on the side away from the face.
    if (std::fabs(fd) > 0.2) {
      ellipse(cr, -fd * 0.42, 0.1, 0.06, 0.1);
      fill(sk, PartLabel::Skin, lw * 0.7);
    }
  }

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
  void eye(double ex, double ey, double out, double sx) {
    const EyeStyle st = eye_style();
    double w = 0.2 * sx, h = 0.22;
    double outer_lift = 0;
    switch (m.eyes) {
      case EyeShape::Round: break;
      case EyeShape::Narrow: h = 0.14; w *= 1.08; break;
      case EyeShape::Sharp: h = 0.17; outer_lift = -0.05; break;
      case EyeShape::Droopy: h = 0.19; outer_lift = 0.05; break;
    }
    if (m.age >= 70) h *= 0.75;
    // In head space px_per_cm() is pixels per head height.
    const double ink_w = std::max(lw * 1.1, 0.022 * px_per_cm());
    const double in_x = ex - out * w * 0.5, out_x = ex + out * w * 0.5;
    if (st.happy_arc) {
      cairo_new_path(cr);
      cairo_move_to(cr, in_x, ey + 0.03);
      cairo_curve_to(cr, in_x + out * w * 0.2, ey - 0.07, out_x - out * w * 0.2, ey - 0.07, out_x, ey + 0.03);
      line(Canvas::kInk, ink_w * 1.1);
      return;
    }
    h *= st.open;
    const double top = ey - h * 0.55, bottom = ey + h * 0.45;
    const double tilt = st.lid_tilt * h * 0.5;
    // Eye white.
    cairo_new_path(cr);
    cairo_move_to(cr, in_x, ey + tilt * 0.6);
    cairo_curve_to(cr, in_x, top + tilt, out_x - out * w * 0.15, top - tilt * 0.3 + outer_lift, out_x,
                   ey + outer_lift * 1.2 - h * 0.05);
    cairo_curve_to(cr, out_x, bottom, in_x + out * w * 0.1, bottom, in_x, ey + tilt * 0.6);
    cairo_close_path(cr);
    fill(kWhite, PartLabel::EyeWhite, 0);
    // Iris, its upper shadow, pupil and two highlights.
    const double look_x = out * 0.0 + fd * 0.02;
    const double look_y = -s.look_up * 0.04;
    const double irx = w * 0.36 * st.iris, iry = 0.105 * st.iris * (m.eyes == EyeShape::Narrow ? 0.8 : 1.0);
    const double icx = ex + look_x, icy = ey + 0.01 + look_y;
    ellipse(cr, icx, icy, irx, iry);
    fill_in(m.eye_color, PartLabel::Eyes);
    ellipse(cr, icx, icy - iry * 0.55, irx * 1.1, iry * 0.6);
    shade_with(characters::shadow_tone(m.eye_color));
    ellipse(cr, icx, icy + iry * 0.05, irx * 0.45, iry * 0.5);
    fill_in(scale_rgb(characters::shadow_tone(m.eye_color), 0.45), PartLabel::Eyes);
    ellipse(cr, icx + irx * 0.35 * -out, icy - iry * 0.4, irx * 0.32, iry * 0.3);
    fill_in(kWhite, PartLabel::Eyes);
    ellipse(cr, icx - irx * 0.3 * -out, icy + iry * 0.45, irx * 0.14, iry * 0.12);
    fill_in(kWhite, PartLabel::Eyes);
    // Upper lash line with a flick at the outer corner; thin lower lid.
    cairo_new_path(cr);
    cairo_move_to(cr, in_x - out * 0.01, ey + tilt * 0.6 + 0.01);
    cairo_curve_to(cr, in_x, top + tilt, out_x - out * w * 0.15, top - tilt * 0.3 + outer_lift, out_x + out * 0.03,
                   ey + outer_lift * 1.2 - h * 0.12);
    line(Canvas::kInk, ink_w);
    cairo_new_path(cr);
    cairo_move_to(cr, out_x - out * w * 0.25, bottom - 0.005);
    cairo_line_to(cr, out_x - out * w * 0.6, bottom + 0.005);
    line(Canvas::kInk, ink_w * 0.35);
  }

  void brow(double bx, double by, double out, double sx) {
    double inner_dy = 0, outer_dy = 0, raise = 0;
    switch (fp.expression) {
      case Expression::Angry: inner_dy = 0.06; outer_dy = -0.03; break;
      case Expression::Determined: inner_dy = 0.035; outer_dy = -0.01; break;
      case Expression::Sad: case Expression::Crying: case Expression::Worried: inner_dy = -0.05; outer_dy = 0.02; break;
      case Expression::Scared: inner_dy = -0.06; outer_dy = 0.0; raise = -0.03; break;
      case Expression::Surprised: raise = -0.06; break;
      case Expression::Happy: case Expression::Laugh: raise = -0.02; break;
      default: break;
    }
    const double w = 0.18 * sx;
    cairo_new_path(cr);
    cairo_move_to(cr, bx - out * w * 0.5, by + raise + inner_dy);
    cairo_curve_to(cr, bx - out * w * 0.1, by + raise - 0.025 + inner_dy * 0.5, bx + out * w * 0.2,
                   by + raise - 0.03 + outer_dy * 0.5, bx + out * w * 0.5, by + raise + outer_dy + 0.01);
    line(characters::shadow_tone(characters::shadow_tone(m.hair_color)), std::max(lw * 0.9, 1.0));
  }

  void mouth(double mx, double my, double w) {
    const Rgb ink = Canvas::kInk;
    const double t = std::max(lw * 0.8, 1.0);
    cairo_new_path(cr);
    switch (fp.expression) {
      case Expression::Neutral:
        cairo_move_to(cr, mx - w * 0.35, my);
        cairo_curve_to(cr, mx - w * 0.1, my + 0.01, mx + w * 0.1, my + 0.01, mx + w * 0.35, my);
        line(ink, t);
        break;
      case Expression::Happy:
        cairo_move_to(cr, mx - w * 0.5, my - 0.015);
        cairo_curve_to(cr, mx - w * 0.2, my + 0.04, mx + w * 0.2, my + 0.04, mx + w * 0.5, my - 0.015);
        line(ink, t);
        break;
      case Expression::Laugh:
      case Expression::Angry:
      case Expression::Crying: {
        const bool down = fp.expression != Expression::Laugh;
        const double ww = fp.expression == Expression::Angry ? w * 0.6 : w * 0.55;
        const double hh = fp.expression == Expression::Laugh ? 0.1 : 0.08;
        if (down) {
          cairo_move_to(cr, mx - ww, my + hh * 0.6);
          cairo_curve_to(cr, mx - ww * 0.6, my - hh * 0.6, mx + ww * 0.6, my - hh * 0.6, mx + ww, my + hh * 0.6);
          cairo_curve_to(cr, mx + ww * 0.5, my + hh * 0.9, mx - ww * 0.5, my + hh * 0.9, mx - ww, my + hh * 0.6);
        } else {
          cairo_move_to(cr, mx - ww, my - hh * 0.3);
          cairo_line_to(cr, mx + ww, my - hh * 0.3);
          cairo_curve_to(cr, mx + ww * 0.8, my + hh, mx - ww * 0.8, my + hh, mx - ww, my - hh * 0.3);
        }
        cairo_close_path(cr);
        fill(kMouthDark, PartLabel::Mouth, t);
        if (fp.expression == Expression::Angry) {
          ellipse(cr, mx, my - hh * 0.35, ww, hh * 0.3);
          fill_in(kWhite, PartLabel::Mouth);
        } else {
          ellipse(cr, mx, my + hh * 0.7, ww * 0.55, hh * 0.35);
          fill_in(kTongue, PartLabel::Mouth);
        }
        break;
      }
      case Expression::Sad:
      case Expression::Determined:
        cairo_move_to(cr, mx - w * 0.4, my + (fp.expression == Expression::Sad ? 0.02 : 0.01));
        cairo_curve_to(cr, mx - w * 0.1, my - 0.015, mx + w * 0.1, my - 0.015, mx + w * 0.4,
                       my + (fp.expression == Expression::Sad ? 0.02 : 0.01));
        line(ink, t);
        break;
      case Expression::Surprised:
        ellipse(cr, mx, my + 0.01, w * 0.2, 0.045);
        fill(kMouthDark, PartLabel::Mouth, t);
        break;
      case Expression::Scared:
        cairo_move_to(cr, mx - w * 0.4, my + 0.01);
        cairo_curve_to(cr, mx - w * 0.25, my - 0.03, mx - w * 0.1, my - 0.03, mx, my + 0.01);
        cairo_curve_to(cr, mx + w * 0.1, my + 0.05, mx + w * 0.25, my + 0.05, mx + w * 0.4, my + 0.0);
        cairo_curve_to(cr, mx + w * 0.2, my + 0.06, mx - w * 0.2, my + 0.06, mx - w * 0.4, my + 0.01);
        cairo_close_path(cr);
        fill(kMouthDark, PartLabel::Mouth, t);
        break;
      case Expression::Worried:
        cairo_move_to(cr, mx - w * 0.35, my + 0.01);
        cairo_curve_to(cr, mx - w * 0.15, my - 0.02, mx - w * 0.05, my - 0.02, mx + w * 0.05, my + 0.005);
        cairo_curve_to(cr, mx + w * 0.15, my + 0.02, mx + w * 0.25, my + 0.02, mx + w * 0.35, my);
        line(ink, t);
        break;
    }
  }

  void face() {
    if (s.back) return;
    const double ey = 0.1 - s.look_up * 0.05;
    if (profile) {
      const double f = fd;
      eye(f * 0.3, ey, f, 0.55);
      brow(f * 0.3, ey - 0.17, f, 0.6);
      mouth(f * 0.37, 0.31, 0.12);
      geo.mouth = to_fig(f * 0.37, 0.31);
      geo.eyes = to_fig(f * 0.3, ey);
      geo.face_center = to_fig(f * 0.25, 0.12);
      extras(f * 0.3, ey, 0, true);
      return;
    }
    const double cx = fd * 0.2;
    const double gap = 0.21 * (1 - 0.18 * std::fabs(fd));
    const double near_sx = 1.0, far_sx = 1 - 0.45 * std::fabs(fd);
    // A face turned down (a bow) seen from the front: the features slide down and flatten,
    // so more of the crown and fringe shows above them.
    const double down = std::max(0.0, -s.look_up);
    const double drop = 0.1 * down, squash = 1 - 0.15 * down;
    auto fy = [&](double y) { return drop + y * squash; };
    cv.save();
    cv.translate(0, drop);
    cv.scale(1, squash);
    // Screen-left eye: outer corner to the left.
    const double left_sx = fd < 0 ? far_sx : near_sx, right_sx = fd > 0 ? far_sx : near_sx;
    eye(cx - gap, ey, -1, left_sx);
    eye(cx + gap, ey, 1, right_sx);
    brow(cx - gap, ey - 0.17, -1, left_sx);
    brow(cx + gap, ey - 0.17, 1, right_sx);
    // Nose: a small shade stroke.
    cairo_new_path(cr);
    cairo_move_to(cr, cx + fd * 0.05, 0.22);
    cairo_line_to(cr, cx + fd * 0.07 - 0.01, 0.245);
    line(characters::shadow_tone(m.skin), std::max(lw * 0.7, 0.8));
    const double mx = cx + fd * 0.03, my = 0.335;
    mouth(mx, my, 0.16);
    extras(cx, ey, gap, false);
    cv.restore();
    geo.mouth = to_fig(mx, fy(my));
    geo.eyes = to_fig(cx, fy(ey));
    geo.face_center = to_fig(cx, fy(0.15));
  }

  void extras(double cx, double ey, double gap, bool side) {
    const Expression e = fp.expression;
    if (e == Expression::Happy || e == Expression::Laugh || e == Expression::Crying) {
      for (double sgn : {-1.0, 1.0}) {
        if (side && sgn * fd < 0) continue;
        const double x = side ? cx - fd * 0.02 : cx + sgn * (gap + 0.04);
        ellipse(cr, x, ey + 0.14, 0.08, 0.03);
        set_source(cr, tone(kBlush), 0.55);
        cairo_fill(cr);
      }
    }
    if (e == Expression::Crying) {
      for (double sgn : {-1.0, 1.0}) {
        if (side && sgn * fd < 0) continue;
        const double x = side ? cx : cx + sgn * gap;
        cairo_new_path(cr);
        cairo_move_to(cr, x + sgn * 0.04, ey + 0.08);
        cairo_curve_to(cr, x + sgn * 0.06, ey + 0.18, x + sgn * 0.03, ey + 0.26, x + sgn * 0.05, ey + 0.34);
        line(kTear, std::max(lw * 1.6, 2.0));
      }
    }
    if (e == Expression::Worried || e == Expression::Scared) {
      const double x = side ? -fd * 0.1 : (fd >= 0 ? 0.36 : -0.36);
      cairo_new_path(cr);
      cairo_move_to(cr, x, -0.12);
      cairo_curve_to(cr, x - 0.05, -0.03, x - 0.04, 0.02, x, 0.02);
      cairo_curve_to(cr, x + 0.04, 0.02, x + 0.05, -0.03, x, -0.12);
      cairo_close_path(cr);
      fill(kTear, PartLabel::Skin, lw * 0.6);
    }
    if (e == Expression::Scared && !side) {
      for (double x : {-0.15, -0.05, 0.05, 0.15}) {
        cairo_new_path(cr);
        cairo_move_to(cr, cx + x, -0.2);
        cairo_line_to(cr, cx + x, -0.07);
        cv.stroke(tone(Rgb{110, 110, 170}), std::max(lw * 0.6, 0.8), false, 0.6);
      }
    }
  }

  void front_hair() {
    const Rgb hc = m.hair_color;
    const double sl = side_len();
    const double p = fd * 0.08;  // parting moves with the face
    std::vector<Vec2> pts;
    if (s.back) {
      // The whole back of the head.
      double low = m.hair == HairStyle::Bob ? 0.45 : (m.hair == HairStyle::Short || m.hair == HairStyle::Spiky) ? 0.2 : 0.3;
      pts = {{-0.5, 0.0}, {-0.48, -0.4}, {0, -0.62}, {0.48, -0.4}, {0.5, 0.0}, {0.46, low}, {0, low + 0.04}, {-0.46, low}};
      if (m.hair == HairStyle::Spiky)
        pts = {{-0.52, 0.0}, {-0.62, -0.3}, {-0.4, -0.42}, {-0.35, -0.7}, {-0.1, -0.6}, {0.1, -0.75}, {0.25, -0.58},
               {0.55, -0.55}, {0.48, -0.25}, {0.62, 0.05}, {0.4, 0.2}, {0, 0.24}, {-0.4, 0.2}};
      smooth_closed(cr, pts);
      fill(hc, PartLabel::Hair);
      ellipse(cr, 0, 0.15, 0.45, 0.15);
      shade_with(shadow(hc));
      return;
    }
    if (profile) {
      const double f = fd;
      pts = {{f * 0.44, -0.02}, {f * 0.36, -0.3}, {f * 0.05, -0.6}, {-f * 0.4, -0.45}, {-f * 0.54, -0.05},
             {-f * 0.5, sl + 0.05}, {-f * 0.28, sl}, {-f * 0.2, 0.05}, {f * 0.05, -0.05}, {f * 0.2, 0.06}, {f * 0.28, -0.1}};
      if (m.hair == HairStyle::Spiky)
        pts = {{f * 0.48, -0.05}, {f * 0.55, -0.3}, {f * 0.2, -0.68}, {-f * 0.2, -0.6}, {-f * 0.65, -0.4},
               {-f * 0.52, -0.1}, {-f * 0.62, 0.1}, {-f * 0.3, 0.1}, {-f * 0.2, 0.05}, {f * 0.1, -0.05}, {f * 0.25, 0.05}};
      smooth_closed(cr, pts);
      fill(hc, PartLabel::Hair);
      hair_sheen();
      return;
    }
    // Cap over the cranium, side locks by the cheeks, then the fringe from right to left.
    pts.push_back({-0.49 + p, -0.1});
    pts.push_back({-0.42 + p * 0.5, -0.42});
    pts.push_back({0 + p, -0.6});
    pts.push_back({0.42 + p * 0.5, -0.42});
    pts.push_back({0.49 + p, -0.1});
    pts.push_back({0.5 + p * 0.3, sl});
    pts.push_back({0.4 + p * 0.3, sl - 0.02});
    pts.push_back({0.38 + p, 0.02});
    const bool blunt = m.hair == HairStyle::Bob;
    const int strands = m.hair == HairStyle::Spiky ? 4 : 5;
    for (int i = strands; i >= 0; --i) {
      const double x = -0.36 + 0.72 * i / strands + p * 1.6;
      const double tip = blunt ? 0.015 : (i % 2 ? 0.04 : -0.01);
      if (i < strands) pts.push_back({x + 0.36 / strands, blunt ? -0.03 : -0.12});
      pts.push_back({x, tip});
    }
    pts.push_back({-0.38 + p, 0.02});
    pts.push_back({-0.4 + p * 0.3, sl - 0.02});
    pts.push_back({-0.5 + p * 0.3, sl});
    if (m.hair == HairStyle::Spiky) {
      // Spikes on the silhouette.
      pts.insert(pts.begin() + 1, {-0.66 + p, -0.35});
      pts.insert(pts.begin() + 3, {-0.3 + p, -0.75});
      pts.insert(pts.begin() + 5, {0.3 + p, -0.74});
      pts.insert(pts.begin() + 7, {0.67 + p, -0.3});
    }
    polygon(cr, pts);
    fill(hc, PartLabel::Hair);
    // Shadow tone in the roots of the fringe.
    polygon(cr, {{-0.6, -0.2}, {0.6, -0.2}, {0.6, -0.08}, {-0.6, -0.08}});
    shade_with(shadow(hc));
    hair_sheen();
  }

  void hair_sheen() {
    // The "angel ring": a band of the highlight tone across the crown.
    cairo_new_path(cr);
    const double y = -0.36;
    cairo_move_to(cr, -0.34 + fd * 0.1, y + 0.06);
    cairo_curve_to(cr, -0.2, y - 0.06, 0.2, y - 0.06, 0.34 + fd * 0.1, y + 0.06);
    cairo_line_to(cr, 0.3 + fd * 0.1, y + 0.11);
    for (double x = 0.25; x >= -0.3; x -= 0.11) cairo_line_to(cr, x + fd * 0.1, y + (int(x * 100) % 2 ? 0.03 : 0.07));
    cairo_close_path(cr);
    shade_with(characters::highlight_tone(m.hair_color));
  }

  void accessories_on_head() {
    const Rgb ac = m.accessory_color;
    switch (m.accessory) {
      case AccessoryKind::Glasses: {
        if (s.back) break;
        const double ey = 0.1 - s.look_up * 0.05;
        const Rgb frame{70, 55, 50};
        if (profile) {
          ellipse(cr, fd * 0.32, ey, 0.08, 0.08);
          line(frame, std::max(lw, 1.2));
          cairo_new_path(cr);
          cairo_move_to(cr, fd * 0.24, ey - 0.03);
          cairo_line_to(cr, -fd * 0.05, ey - 0.02);
          line(frame, std::max(lw * 0.8, 1.0));
          break;
        }
        const double cx = fd * 0.2, gap = 0.21 * (1 - 0.18 * std::fabs(fd));
        // The glasses follow the eyes when the face is turned down (see face()).
        const double down = std::max(0.0, -s.look_up);
        const double gy = 0.1 * down + ey * (1 - 0.15 * down);
        for (double sgn : {-1.0, 1.0}) {
          const double sx = (sgn * fd > 0) ? 1 - 0.45 * std::fabs(fd) : 1.0;
          cairo_new_path(cr);
          cairo_rectangle(cr, cx + sgn * gap - 0.12 * sx, gy - 0.09, 0.24 * sx, 0.17);
          set_source(cr, tone(Rgb{200, 225, 245}), 0.25);
          cairo_fill_preserve(cr);
          line(frame, std::max(lw * 0.9, 1.1));
        }
        cairo_new_path(cr);
        cairo_move_to(cr, cx - gap + 0.12, gy - 0.02);
        cairo_line_to(cr, cx + gap - 0.12, gy - 0.02);
        line(frame, std::max(lw * 0.9, 1.1));
        break;
      }
      case AccessoryKind::Ribbon: {
        const double x = s.back ? -0.3 : 0.32;
        for (double sgn : {-1.0, 1.0}) {
          polygon(cr, {{x, -0.45}, {x + sgn * 0.2, -0.58}, {x + sgn * 0.2, -0.32}});
          fill(ac, PartLabel::Accessory);
        }
        ellipse(cr, x, -0.45, 0.05, 0.05);
        fill(ac, PartLabel::Accessory);
        break;
      }
      case AccessoryKind::Hat:
        ellipse(cr, 0, -0.36, 0.78, 0.12);
        fill(ac, PartLabel::Accessory);
        cairo_new_path(cr);
        cairo_move_to(cr, -0.42, -0.38);
        cairo_curve_to(cr, -0.42, -0.85, 0.42, -0.85, 0.42, -0.38);
        cairo_close_path(cr);
        fill(ac, PartLabel::Accessory);
        polygon(cr, {{-0.43, -0.46}, {0.43, -0.46}, {0.43, -0.38}, {-0.43, -0.38}});
        fill(Rgb{160, 50, 50}, PartLabel::Accessory, lw * 0.6);
        break;
      case AccessoryKind::FoxMask: {
        // Worn at the side of the head, tilted: white fox face, red markings.
        const double x = profile ? -fd * 0.3 : (s.back ? -0.46 : 0.46 - fd * 0.1);
        cv.save();
        cv.translate(x, -0.32);
        cv.rotate(0.35);
        cv.scale(0.42, 0.42);
        cairo_new_path(cr);
        cairo_move_to(cr, -0.55, -0.55);
        cairo_line_to(cr, -0.3, -0.2);
        cairo_line_to(cr, 0.3, -0.2);
        cairo_line_to(cr, 0.55, -0.55);
        cairo_line_to(cr, 0.55, 0.05);
        cairo_curve_to(cr, 0.5, 0.4, 0.15, 0.55, 0.0, 0.75);
        cairo_curve_to(cr, -0.15, 0.55, -0.5, 0.4, -0.55, 0.05);
        cairo_close_path(cr);
        fill(ac, PartLabel::Accessory);
        const Rgb red{200, 40, 40};
        for (double sgn : {-1.0, 1.0}) {
          cairo_new_path(cr);
          cairo_move_to(cr, sgn * 0.12, 0.08);
          cairo_line_to(cr, sgn * 0.38, -0.02);
          line(red, std::max(lw * 1.2, 1.2));
          cairo_new_path(cr);
          cairo_move_to(cr, sgn * 0.45, -0.42);
          cairo_line_to(cr, sgn * 0.34, -0.24);
          line(red, std::max(lw * 1.4, 1.2));
        }
        ellipse(cr, 0, 0.68, 0.07, 0.05);
        fill(Canvas::kInk, PartLabel::Accessory, 0);
        cv.restore();
        break;
      }
      default: break;
    }
  }

  void scarf() {
    if (m.accessory != AccessoryKind::Scarf) return;
    const Vec2 nk = J(Joint::Neck);
    const Rgb c = m.accessory_color;
    const double w = m.proportions.shoulder_width_cm * 0.26 * (1 - 0.3 * std::fabs(fd)) + 0.06 * u;
    // Tail hanging from the knot on the character's left.
    const double tx = profile ? fd * 0.15 * u : (s.back ? -0.25 * u : 0.22 * u);
    polygon(cr, {nk + Vec2{tx - 0.14 * u, -0.05 * u}, nk + Vec2{tx + 0.16 * u, -0.05 * u}, nk + Vec2{tx + 0.2 * u, 1.1 * u},
                 nk + Vec2{tx + 0.1 * u, 1.05 * u}, nk + Vec2{tx + 0.02 * u, 1.12 * u}, nk + Vec2{tx - 0.1 * u, 1.05 * u}});
    fill(c, PartLabel::Accessory);
    polygon(cr, {nk + Vec2{tx + 0.03 * u, 0}, nk + Vec2{tx + 0.4 * u, 0}, nk + Vec2{tx + 0.4 * u, 1.3 * u},
                 nk + Vec2{tx + 0.05 * u, 1.3 * u}});
    shade_with(shadow(c));
    smooth_closed(cr, {nk + Vec2{-w, -0.08 * u}, nk + Vec2{0, -0.14 * u}, nk + Vec2{w, -0.08 * u},
                       nk + Vec2{w * 1.05, 0.1 * u}, nk + Vec2{0, 0.2 * u}, nk + Vec2{-w * 1.05, 0.1 * u}});
    fill(c, PartLabel::Accessory);
    smooth_closed(cr, {nk + Vec2{-w, 0.0}, nk + Vec2{w, 0.0}, nk + Vec2{w, 0.2 * u}, nk + Vec2{-w, 0.2 * u}});
    shade_with(shadow(c));
  }

  void bag() {
    if (m.accessory != AccessoryKind::Bag) return;
    const Vec2 sh = J(Joint::ShoulderR), hip = J(Joint::HipL);
    cairo_new_path(cr);
    cairo_move_to(cr, sh.x, sh.y);
    cairo_line_to(cr, hip.x + 0.2 * u, hip.y);
    line(m.accessory_color, std::max(lw * 1.5, 1.5));
    cairo_new_path(cr);
    cairo_rectangle(cr, hip.x, hip.y - 0.1 * u, 0.55 * u, 0.45 * u);
    fill(m.accessory_color, PartLabel::Accessory);
  }

  Point to_fig(double hx, double hy) const {
    const Vec2 hc = J(Joint::HeadCenter);
    const double a = s.head_tilt_deg * kPi / 180;
    const double x = hx * u, y = hy * u;
    return Point{hc.x + x * std::cos(a) - y * std::sin(a), hc.y + x * std::sin(a) + y * std::cos(a)};
  }

  void compute_boxes() {
    const Vec2 hc = J(Joint::HeadCenter);
    const double hw = 0.58 * u, top = 0.64 * u;
    geo.head = Box{hc.x - hw, hc.y - top, 2 * hw, top + 0.47 * u};
    if (s.body_rotation_deg != 0) geo.head = Box{hc.x - 0.62 * u, hc.y - 0.62 * u, 1.24 * u, 1.24 * u};
    double x0 = geo.head.x, y0 = geo.head.y, x1 = geo.head.x + geo.head.w, y1 = geo.head.y + geo.head.h;
    for (const Vec2& p : s.at) {
      x0 = std::min(x0, p.x - 0.3 * u), x1 = std::max(x1, p.x + 0.3 * u);
      y0 = std::min(y0, p.y - 0.2 * u), y1 = std::max(y1, p.y + 0.1 * u);
    }
    geo.body = Box{x0, y0, x1 - x0, y1 - y0};
    geo.chin_y = to_fig(0, 0.45).y;
    if (s.back) {
      geo.face_center = to_fig(0, 0.1);
      geo.mouth = to_fig(0, 0.33);
      geo.eyes = to_fig(0, 0.1);
    }
  }

  void run() {
    compute_boxes();
    if (!draw) {
      if (!s.back) {
        const double cx = profile ? fd * 0.25 : fd * 0.2;
        geo.face_center = to_fig(cx, 0.15);
        geo.mouth = to_fig(profile ? fd * 0.37 : cx + fd * 0.03, profile ? 0.31 : 0.335);
        geo.eyes = to_fig(profile ? fd * 0.3 : cx, 0.1);
      }
      return;
    }
    lw = std::clamp(fp.outline_px * px_per_cm() / 4.0, 0.6, fp.outline_px * 1.6);
    // Depth-sorted limbs: far ones behind the torso.
    struct Limb {
      double depth;
      bool is_arm;
      Joint a, b, c;
    };
    std::vector<Limb> limbs = {
        {(D(Joint::ElbowL) + D(Joint::HandL)) * 0.5, true, Joint::ShoulderL, Joint::ElbowL, Joint::HandL},
        {(D(Joint::ElbowR) + D(Joint::HandR)) * 0.5, true, Joint::ShoulderR, Joint::ElbowR, Joint::HandR},
        {(D(Joint::KneeL) + D(Joint::FootL)) * 0.5, false, Joint::HipL, Joint::KneeL, Joint::FootL},
        {(D(Joint::KneeR) + D(Joint::FootR)) * 0.5, false, Joint::HipR, Joint::KneeR, Joint::FootR}};
    std::stable_sort(limbs.begin(), limbs.end(), [](const Limb& x, const Limb& y) { return x.depth < y.depth; });
    auto draw_limb = [&](const Limb& l) { l.is_arm ? arm(l.a, l.b, l.c) : leg(l.a, l.b, l.c); };

    if (!s.back) {
      enter_head();
      back_hair();
      leave_head();
    }
    const double far = -0.1 * u;
    for (const Limb& l : limbs)
      if (l.depth < far || !l.is_arm) draw_limb(l);
    torso();
    bag();
    if (s.back) scarf();
    for (const Limb& l : limbs)
      if (l.depth >= far && l.is_arm) draw_limb(l);
    if (!s.back) scarf();
    enter_head();
    head_skin();
    face();
    if (s.back) back_hair();
    front_hair();
    twin_tail_ties();
    accessories_on_head();
    leave_head();
  }
};

}  // namespace

static FigureGeometry run_painter(Canvas* canvas, cairo_t* scratch, const CharacterModel& model,
                                  const FigureParams& params) {
  Canvas* cv = canvas;
  std::unique_ptr<Canvas> tmp;
  if (!cv) {
    tmp = std::make_unique<Canvas>(scratch);
    cv = tmp.get();
  }
  Painter p{*cv, cv->cr(), model, params, {}, 0, 1, 0, false, canvas != nullptr, {}};
  p.s = characters::pose_skeleton(model, params.pose, params.view, params.foreshortening, params.look_up);
  p.u = p.s.head_cm;
  p.fd = p.s.back ? 0 : p.s.face_dir;
  p.profile = std::fabs(p.fd) > 0.95;
  p.geo.skeleton = p.s;
  p.run();
  return p.geo;
}

FigureGeometry figure_geometry(const CharacterModel& model, const FigureParams& params) {
  static thread_local cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1);
  cairo_t* cr = cairo_create(surface);
  FigureGeometry g = run_painter(nullptr, cr, model, params);
  cairo_destroy(cr);
  return g;
}

FigureGeometry draw_figure(Canvas& canvas, const CharacterModel& model, const FigureParams& params) {
  return run_painter(&canvas, nullptr, model, params);
}

}  // namespace ekonte::render
