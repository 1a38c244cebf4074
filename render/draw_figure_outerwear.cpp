// Outerwear (vocabulary/outerwear.def): coats, jackets, vests, capes and armour over the top or
// one-piece, and boots. Each column of a row is one part of the drawing below.
#include "render/figure_painter.hpp"

namespace ekonte::render::figure {

using vocabulary::Length;

namespace {
// Where a hem ends along the leg: a fraction from the hip to the knee, or from the knee to the foot.
struct Hem {
  bool below_knee;
  double at;
};
Hem hem_of(Length l) {
  switch (l) {
    case Length::Waist: return {false, -0.15};
    case Length::Hip: return {false, 0.05};
    case Length::Thigh: return {false, 0.55};
    case Length::Knee: return {false, 1.0};
    case Length::Ankle: return {true, 0.85};
  }
  return {false, 0};
}
}  // namespace

void Painter::outer_layers(const TorsoLevels& t) {
  for (const characters::Layer& l : m.outerwear)
    if (!vocabulary::row(l.kind).cape) outer_layer(t, l);
  // A cape's collar and the ends over the shoulders show in front.
  if (s.back) return;
  for (const characters::Layer& l : m.outerwear) {
    const auto& r = vocabulary::row(l.kind);
    if (!r.cape) continue;
    for (double side : {-1.0, 1.0}) {
      const Vec2 top = t.c[0] + t.n * (side * t.hw[0] * 1.02);
      polygon(cr, {top, top + t.n * (side * 0.12 * u), lerp(t.c[0], t.c[1], 0.9) + t.n * (side * t.hw[1] * 1.12),
                   lerp(t.c[0], t.c[1], 0.9) + t.n * (side * t.hw[1] * 0.8)});
      fill(l.primary, PartLabel::OutfitPrimary);
    }
    if (r.collar == vocabulary::OuterCollar::Fur || r.collar == vocabulary::OuterCollar::High) {
      smooth_closed(cr, {t.c[0] + t.n * (-t.hw[0] * 1.05) + Vec2{0, 0.05 * u}, t.c[0] + Vec2{0, -0.3 * u},
                         t.c[0] + t.n * (t.hw[0] * 1.05) + Vec2{0, 0.05 * u}, t.c[0] + Vec2{0, 0.28 * u}});
      const bool fur = r.collar == vocabulary::OuterCollar::Fur;
      fill(fur ? l.secondary : l.primary, fur ? PartLabel::OutfitSecondary : PartLabel::OutfitPrimary);
    }
  }
}

void Painter::outer_layer(const TorsoLevels& t, const characters::Layer& l) {
  const vocabulary::OuterwearRow& r = vocabulary::row(l.kind);
  const Hem hem = hem_of(r.length);
  const Rgb c = l.primary;
  // The skirts of a coat cover the thighs whatever the legs do, like a skirt.
  if (hem.at > 0.3 || hem.below_knee) {
    std::vector<Vec2> pts = {t.c[2] - t.n * (t.hw[2] * 1.08), t.c[2] + t.n * (t.hw[2] * 1.08),
                             t.c[3] - t.n * (t.hw[3] * 1.12), t.c[3] + t.n * (t.hw[3] * 1.12)};
    for (auto [hip, knee, foot] : {std::tuple{Joint::HipL, Joint::KneeL, Joint::FootL},
                                   std::tuple{Joint::HipR, Joint::KneeR, Joint::FootR}}) {
      const Vec2 h = J(hip), k = J(knee), f = J(foot);
      const Vec2 end = hem.below_knee ? lerp(k, f, hem.at) : lerp(h, k, hem.at);
      const double side = (end.x - t.c[3].x) >= 0 ? 1 : -1;
      pts.push_back(end + Vec2{side * 0.3 * u, 0});
      pts.push_back(end + Vec2{-side * 0.05 * u, 0});
    }
    polygon(cr, hull(pts));
    fill(c, PartLabel::OutfitPrimary);
    const Vec2 c3 = t.c[3];
    polygon(cr, {c3 + Vec2{t.hw[3] * 0.4, -0.3 * u}, c3 + Vec2{3 * u, -0.3 * u}, c3 + Vec2{3 * u, 5 * u},
                 c3 + Vec2{t.hw[3] * 0.25, 5 * u}});
    shade_with(shadow(c));
    if (r.front == vocabulary::Front::Open && !s.back) {
      // The opening down the front, where the coat's edges meet below the belt.
      cairo_new_path(cr);
      const Vec2 top = t.c[3], bottom = lerp(J(Joint::KneeL), J(Joint::KneeR), 0.5);
      const Vec2 end = hem.below_knee ? lerp(bottom, lerp(J(Joint::FootL), J(Joint::FootR), 0.5), hem.at) : bottom;
      cairo_move_to(cr, top.x + fd * 0.1 * u, top.y);
      cairo_line_to(cr, end.x + fd * 0.1 * u, end.y);
      line(Canvas::kInk, lw * 0.7);
    }
  }
  // The body of the layer, a little wider than the torso.
  const int last = r.length == Length::Waist ? 2 : 3;
  std::vector<Vec2> body = torso_outline(t, 0, last, 1.08);
  if (r.length == Length::Waist) {
    body.insert(body.begin() + 3, lerp(t.c[2], t.c[3], 0.5) - t.n * (t.hw[2] * 1.1));
    body.insert(body.begin() + 4, lerp(t.c[2], t.c[3], 0.5) + t.n * (t.hw[2] * 1.1));
  }
  polygon(cr, body);
  fill(c, PartLabel::OutfitPrimary);
  polygon(cr, {t.c[0] + t.n * (t.hw[0] * 0.3), t.c[0] + t.n * (t.hw[0] * 2), t.c[3] + t.n * (t.hw[3] * 2),
               t.c[3] + t.n * (t.hw[3] * 0.45)});
  shade_with(shadow(c));
  if (s.back) {
    if (r.belt) {
      const Vec2 w = lerp(t.c[2], t.c[3], 0.3);
      polygon(cr, {w - t.n * (t.hw[2] * 1.12) + Vec2{0, -0.07 * u}, w + t.n * (t.hw[2] * 1.12) + Vec2{0, -0.07 * u},
                   w + t.n * (t.hw[2] * 1.14) + Vec2{0, 0.07 * u}, w - t.n * (t.hw[2] * 1.14) + Vec2{0, 0.07 * u}});
      fill(l.secondary, PartLabel::OutfitSecondary, lw * 0.6);
    }
    return;
  }
  const double off = fd * t.hw[0] * 0.25;
  const Vec2 top = t.c[0] + Vec2{off, 0};
  const Vec2 v = lerp(t.c[1], t.c[2], 0.7) + Vec2{off, 0};
  if (r.front == vocabulary::Front::Open) {
    // The layer below shows down the middle.
    const Vec2 low = (last == 3 ? t.c[3] : lerp(t.c[2], t.c[3], 0.5)) + Vec2{off, 0};
    polygon(cr, {top - t.n * (0.3 * u), top + t.n * (0.3 * u), v + t.n * (0.12 * u), low + t.n * (0.05 * u),
                 low - t.n * (0.05 * u), v - t.n * (0.12 * u)});
    fill(top_color(), top_label(), lw * 0.7);
    if (outfit().collar == vocabulary::Collar::Lapels) lapels(t);
  }
  switch (r.collar) {
    case vocabulary::OuterCollar::None: break;
    case vocabulary::OuterCollar::Lapels:
      for (double side : {-1.0, 1.0}) {
        polygon(cr, {top + t.n * (side * 0.3 * u), top + t.n * (side * 0.62 * u) + Vec2{0, 0.25 * u},
                     lerp(top, v, 0.75) + t.n * (side * 0.14 * u)});
        fill(shadow(c), PartLabel::OutfitPrimary, lw * 0.6);
      }
      break;
    case vocabulary::OuterCollar::Fur:
      smooth_closed(cr, {t.c[0] + t.n * (-t.hw[0] * 1.05), t.c[0] + Vec2{0, -0.25 * u}, t.c[0] + t.n * (t.hw[0] * 1.05),
                         t.c[0] + t.n * (t.hw[0] * 0.6) + Vec2{0, 0.3 * u}, t.c[0] + Vec2{0, 0.4 * u},
                         t.c[0] + t.n * (-t.hw[0] * 0.6) + Vec2{0, 0.3 * u}});
      fill(l.secondary, PartLabel::OutfitSecondary);
      break;
    case vocabulary::OuterCollar::High:
      for (double side : {-1.0, 1.0}) {
        polygon(cr, {top + t.n * (side * 0.22 * u) + Vec2{0, -0.35 * u}, top + t.n * (side * 0.5 * u) + Vec2{0, -0.15 * u},
                     top + t.n * (side * 0.45 * u) + Vec2{0, 0.12 * u}, top + t.n * (side * 0.18 * u) + Vec2{0, 0.05 * u}});
        fill(c, PartLabel::OutfitPrimary, lw * 0.7);
      }
      break;
  }
  if (r.plates) {
    // Plate lines across the breastplate and a pauldron on each shoulder.
    for (double f : {0.35, 0.7}) {
      const Vec2 a = lerp(t.c[1], t.c[3], f);
      cairo_new_path(cr);
      cairo_move_to(cr, (a - t.n * (t.hw[2] * 1.0)).x, a.y);
      cairo_curve_to(cr, a.x - 0.2 * u, a.y + 0.12 * u, a.x + 0.2 * u, a.y + 0.12 * u, (a + t.n * (t.hw[2] * 1.0)).x, a.y);
      line(shadow(shadow(c)), lw * 0.8);
    }
    cairo_new_path(cr);
    cairo_move_to(cr, top.x, top.y + 0.1 * u);
    cairo_line_to(cr, v.x, v.y + 0.3 * u);
    line(highlight_tone_of(c), lw * 1.2);
    for (Joint sh : {Joint::ShoulderL, Joint::ShoulderR}) {
      const Vec2 p = J(sh);
      ellipse(cr, p.x, p.y + 0.05 * u, 0.32 * u, 0.24 * u);
      fill(c, PartLabel::OutfitPrimary);
    }
  }
  if (r.belt) {
    const Vec2 w = lerp(t.c[2], t.c[3], 0.3);
    polygon(cr, {w - t.n * (t.hw[2] * 1.12) + Vec2{0, -0.07 * u}, w + t.n * (t.hw[2] * 1.12) + Vec2{0, -0.07 * u},
                 w + t.n * (t.hw[2] * 1.14) + Vec2{0, 0.07 * u}, w - t.n * (t.hw[2] * 1.14) + Vec2{0, 0.07 * u}});
    fill(l.secondary, PartLabel::OutfitSecondary, lw * 0.6);
    cairo_new_path(cr);
    cairo_rectangle(cr, w.x + off - 0.08 * u, w.y - 0.09 * u, 0.16 * u, 0.18 * u);
    fill(Rgb{200, 170, 80}, PartLabel::OutfitSecondary, lw * 0.5);
  }
}

void Painter::outer_sleeve(Vec2 a, Vec2 e, Vec2 h) {
  const characters::Layer* l = sleeved_layer();
  const double t = m.proportions.limb_scale * 1.08;
  const Vec2 cuff = lerp(e, h, 0.85);
  capsule(cr, e, cuff, 0.17 * u * t, 0.15 * u * t);
  fill(l->primary, PartLabel::OutfitPrimary);
  capsule(cr, a, e, 0.21 * u * t, 0.18 * u * t);
  fill(l->primary, PartLabel::OutfitPrimary);
  if (vocabulary::row(l->kind).plates) {
    cairo_new_path(cr);
    const Vec2 mid = lerp(e, cuff, 0.5);
    cairo_arc(cr, e.x, e.y, 0.14 * u, 0, 2 * kPi);
    line(shadow(shadow(l->primary)), lw * 0.7);
    cairo_new_path(cr);
    cairo_move_to(cr, mid.x - 0.15 * u, mid.y);
    cairo_line_to(cr, mid.x + 0.15 * u, mid.y);
    line(shadow(shadow(l->primary)), lw * 0.7);
  }
}

void Painter::greave(Vec2 k, Vec2 f) {
  const characters::Layer* plate = nullptr;
  for (const characters::Layer& l : m.outerwear)
    if (vocabulary::row(l.kind).plates) plate = &l;
  const double t = m.proportions.limb_scale * 1.1;
  capsule(cr, k, lerp(k, f, 0.9), 0.2 * u * t, 0.15 * u * t);
  fill(plate->primary, PartLabel::OutfitPrimary);
  ellipse(cr, k.x, k.y, 0.19 * u * t, 0.15 * u * t);
  fill(plate->primary, PartLabel::OutfitPrimary);
  capsule(cr, lerp(k, f, 0.2), lerp(k, f, 0.8), 0.03 * u, 0.03 * u);
  shade_with(highlight_tone_of(plate->primary));
}

void Painter::boot(Vec2 k, Vec2 f) {
  const double t = m.proportions.limb_scale * 1.06;
  const double shaft = vocabulary::row(*m.footwear).shaft;
  capsule(cr, lerp(f, k, shaft), f, 0.17 * u * t, 0.14 * u * t);
  fill(m.footwear_color, PartLabel::OutfitSecondary);
}

// Capes hang behind the body: drawn first from the front, over the back from behind.
void Painter::capes(bool behind) {
  for (const characters::Layer& l : m.outerwear) {
    const auto& r = vocabulary::row(l.kind);
    if (!r.cape) continue;
    const TorsoLevels t = torso_levels();
    const Hem hem = hem_of(r.length);
    const Vec2 k = lerp(J(Joint::KneeL), J(Joint::KneeR), 0.5), f = lerp(J(Joint::FootL), J(Joint::FootR), 0.5);
    const Vec2 end = hem.below_knee ? lerp(k, f, hem.at) : lerp(t.c[3], k, hem.at);
    const double spread = std::max(t.hw[3], t.hw[0]) * 1.25 + 0.2 * u;
    std::vector<Vec2> pts = {t.c[0] - t.n * (t.hw[0] * 1.1) + Vec2{0, -0.05 * u},
                             t.c[0] + t.n * (t.hw[0] * 1.1) + Vec2{0, -0.05 * u},
                             end + Vec2{spread, 0}, end + Vec2{spread * 0.3, 0.08 * u}, end + Vec2{-spread * 0.3, 0.08 * u},
                             end + Vec2{-spread, 0}};
    smooth_closed(cr, pts);
    fill(behind ? shadow(l.primary) : l.primary, PartLabel::OutfitPrimary);
    if (!behind) {
      for (double x : {-0.35, 0.35}) {
        cairo_new_path(cr);
        cairo_move_to(cr, t.c[1].x + x * spread, t.c[1].y);
        cairo_line_to(cr, end.x + x * spread * 1.3, end.y - 0.1 * u);
        line(shadow(l.primary), lw * 0.6);
      }
    }
  }
}

}  // namespace ekonte::render::figure
