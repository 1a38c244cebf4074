// Legs, arms, torso, the garment parts outfits are made of (vocabulary/outfits.def) and the
// accessories worn on the body.
#include "render/figure_painter.hpp"

namespace ekonte::render::figure {

void Painter::leg(Joint hip, Joint knee, Joint foot) {
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
  if (m.footwear && vocabulary::row(*m.footwear).shaft > 0) boot(k, f);
  if (wears_plates()) greave(k, f);
}

void Painter::hand(Vec2 at) {
  ellipse(cr, at.x, at.y, 0.14 * u, 0.17 * u);
  fill(m.skin, PartLabel::Skin);
}

void Painter::wide_sleeve(Vec2 a, Vec2 e, Vec2 h) {
  // A tube widening to the wrist with a pouch hanging below it (furisode style).
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
}

// Gloves over the hand and, long ones, the forearm; the hand is drawn in the glove's colour.
void Painter::gloves(Vec2 e, Vec2 h) {
  const characters::Worn* g = worn_of(vocabulary::AccessoryDrawing::Gloves);
  const double t = m.proportions.limb_scale;
  capsule(cr, lerp(e, h, 0.3), h, 0.155 * u * t, 0.125 * u * t);
  fill(g->color, PartLabel::Accessory);
  ellipse(cr, h.x, h.y, 0.14 * u, 0.17 * u);
  fill(g->color, PartLabel::Accessory);
}

void Painter::arm(Joint sh, Joint el, Joint ha) {
  using vocabulary::Sleeve;
  const double t = m.proportions.limb_scale;
  const Vec2 a = J(sh), e = J(el), h = J(ha);
  const Sleeve sleeve = outfit().sleeve;
  const bool gloved = worn_of(vocabulary::AccessoryDrawing::Gloves) != nullptr;
  if (sleeve == Sleeve::Wide) {
    wide_sleeve(a, e, h);
    if (sleeved_layer()) outer_sleeve(a, e, h);
    gloved ? gloves(e, h) : hand(h);
    return;
  }
  const bool long_sleeve = sleeve == Sleeve::Long;
  capsule(cr, e, h, 0.15 * u * t, 0.12 * u * t);
  fill(long_sleeve ? top_color() : m.skin, long_sleeve ? top_label() : PartLabel::Skin);
  if (sleeve == Sleeve::None) {
    capsule(cr, a, e, 0.19 * u * t, 0.16 * u * t);
    fill(m.skin, PartLabel::Skin);
  } else if (sleeve == Sleeve::Puffed) {
    capsule(cr, a, lerp(a, e, 0.45), 0.26 * u * t, 0.23 * u * t);
    fill(top_color(), top_label());
    capsule(cr, lerp(a, e, 0.45), e, 0.16 * u * t, 0.15 * u * t);
    fill(m.skin, PartLabel::Skin);
  } else {
    capsule(cr, a, e, 0.19 * u * t, 0.16 * u * t);
    fill(top_color(), top_label());
    if (outfit().cuff_stripe) {
      capsule(cr, lerp(a, e, 0.78), lerp(a, e, 0.92), 0.19 * u * t, 0.18 * u * t);
      fill(outfit().top == vocabulary::Paint::Secondary ? m.outfit_primary : m.outfit_secondary,
           outfit().top == vocabulary::Paint::Secondary ? PartLabel::OutfitPrimary : PartLabel::OutfitSecondary, lw * 0.6);
    }
  }
  if (sleeved_layer()) outer_sleeve(a, e, h);
  gloved ? gloves(e, h) : hand(h);
}

void Painter::torso() {
  const TorsoLevels t = torso_levels();
  // Neck.
  const Vec2 nk = J(Joint::Neck), hc = J(Joint::HeadCenter);
  const double thick = m.proportions.neck_radius / 0.14;  // 1 for the teen reference
  capsule(cr, nk, lerp(nk, hc, 0.6), 0.14 * u * thick, 0.12 * u * thick);
  fill(m.skin, PartLabel::Skin);
  polygon(cr, {nk + Vec2{-0.2 * u, -0.45 * u}, nk + Vec2{0.2 * u, -0.45 * u}, nk + Vec2{0.2 * u, -0.1 * u},
               nk + Vec2{-0.2 * u, 0.0}});
  shade_with(shadow(m.skin));

  if (!trousers()) skirt(t);

  // Upper body.
  polygon(cr, torso_outline(t, 0, 3));
  fill(top_color(), top_label());
  polygon(cr, {t.c[0] + t.n * (t.hw[0] * 0.3), t.c[0] + t.n * (t.hw[0] * 2), t.c[3] + t.n * (t.hw[3] * 2),
               t.c[3] + t.n * (t.hw[3] * 0.45)});
  shade_with(shadow(top_color()));

  garment_parts(t);
  outer_layers(t);
}

void Painter::skirt(const TorsoLevels& t) {
  // Skirts and robes cover the thighs whatever the legs do.
  const vocabulary::OutfitRow& o = lower_garment();
  const Rgb cloth = lower_primary();
  std::vector<Vec2> pts = {t.c[2] - t.n * t.hw[2], t.c[2] + t.n * t.hw[2], t.c[3] - t.n * (t.hw[3] * 1.1),
                           t.c[3] + t.n * (t.hw[3] * 1.1)};
  for (auto [hip, knee, foot] : {std::tuple{Joint::HipL, Joint::KneeL, Joint::FootL},
                                 std::tuple{Joint::HipR, Joint::KneeR, Joint::FootR}}) {
    const Vec2 h = J(hip), k = J(knee), f = J(foot);
    const double flare = o.hem_flare * u;
    const Vec2 end = o.hem_from == vocabulary::HemFrom::Knee ? lerp(k, f, o.hem_at) : lerp(h, k, o.hem_at);
    const double side = (end.x - t.c[3].x) >= 0 ? 1 : -1;
    pts.push_back(end + Vec2{side * flare, 0});
    pts.push_back(end + Vec2{-side * flare * 0.3, 0});
  }
  polygon(cr, hull(pts));
  fill(cloth, PartLabel::OutfitPrimary);
  // One cel-shadow tone on the side away from the light (light from the upper left).
  const Vec2 c3 = t.c[3];
  polygon(cr, {c3 + Vec2{t.hw[3] * 0.35, -0.3 * u}, c3 + Vec2{3 * u, -0.3 * u}, c3 + Vec2{3 * u, 4 * u},
               c3 + Vec2{t.hw[3] * 0.2, 4 * u}});
  shade_with(shadow(cloth));
  if (o.pleats > 0) {
    for (double f : {-0.5, 0.0, 0.5}) {
      cairo_new_path(cr);
      const Vec2 top = c3 + t.n * (t.hw[3] * f);
      cairo_move_to(cr, top.x, top.y + 0.1 * u);
      cairo_line_to(cr, top.x + f * 0.35 * u, top.y + o.pleats * u);
      line(shadow(cloth), lw * 0.55);
    }
  }
}

// The parts are drawn in this order whatever the outfit, so a new outfit made of known parts
// needs no drawing code.
void Painter::garment_parts(const TorsoLevels& t) {
  const vocabulary::OutfitRow& o = outfit();
  if (o.hood) hood_fold(t);
  switch (o.collar) {
    case vocabulary::Collar::None: break;
    case vocabulary::Collar::Sailor: sailor_collar(t); break;
    case vocabulary::Collar::Crossed: crossed_collar(t); break;
    case vocabulary::Collar::Rounded: rounded_collar(t); break;
    case vocabulary::Collar::Lapels: lapels(t); break;
  }
  switch (o.waist) {
    case vocabulary::Waist::None: break;
    case vocabulary::Waist::Band: waist_band(t); break;
    case vocabulary::Waist::Obi: obi(t); break;
  }
  if (o.pocket) front_pocket(t);
  if (o.hood) hood_strings(t);
}

void Painter::sailor_collar(const TorsoLevels& t) {
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
  // A white stripe is paint, not ink: it stays out of the line art.
  cv.stroke(tone(kWhite), lw * 0.8, /*lineart=*/false);
  // Blouse visible inside the V.
  polygon(cr, {t.c[0] - t.n * (t.hw[0] * 0.35) + Vec2{off, 0}, t.c[0] + t.n * (t.hw[0] * 0.35) + Vec2{off, 0},
               tip + Vec2{0, -0.35 * u}});
  fill(m.outfit_secondary, PartLabel::OutfitSecondary, lw * 0.6);
}

void Painter::crossed_collar(const TorsoLevels& t) {
  // Left over right, with the white under-collar; hidden from behind.
  if (s.back) return;
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
  // The under-collar is a white band of cloth, not ink: it stays out of the line art.
  cv.stroke(tone(Rgb{250, 250, 250}), 0.12 * u * px_per_cm(), /*lineart=*/false);
  cairo_new_path(cr);
  cairo_move_to(cr, top.x - 0.42 * u, top.y);
  cairo_line_to(cr, cross.x + 0.1 * u, cross.y);
  line(Canvas::kInk, lw * 0.6);
}

void Painter::obi(const TorsoLevels& t) {
  // The sash in the second colour, tied in a bow on the back.
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
    polygon(cr, {mid + Vec2{-0.6 * u, -0.35 * u}, mid + Vec2{0.6 * u, -0.35 * u}, mid + Vec2{0.45 * u, 0.45 * u},
                 mid + Vec2{-0.45 * u, 0.45 * u}});
    fill(m.outfit_secondary, PartLabel::OutfitSecondary);
  }
}

void Painter::rounded_collar(const TorsoLevels& t) {
  if (s.back) return;
  const double off = fd * t.hw[0] * 0.25;
  for (double side : {-1.0, 1.0}) {
    ellipse(cr, t.c[0].x + off + side * 0.16 * u, t.c[0].y + 0.06 * u, 0.17 * u, 0.1 * u, side * 0.35);
    fill(m.outfit_secondary, PartLabel::OutfitSecondary, lw * 0.7);
  }
}

void Painter::waist_band(const TorsoLevels& t) {
  if (s.back) return;
  const Vec2 w = lerp(t.c[2], t.c[3], 0.25);
  polygon(cr, {w - t.n * (t.hw[2] * 1.05) + Vec2{0, -0.08 * u}, w + t.n * (t.hw[2] * 1.05) + Vec2{0, -0.08 * u},
               w + t.n * (t.hw[2] * 1.1) + Vec2{0, 0.08 * u}, w - t.n * (t.hw[2] * 1.1) + Vec2{0, 0.08 * u}});
  fill(characters::shadow_tone(m.outfit_primary), PartLabel::OutfitPrimary, lw * 0.6);
}

void Painter::hood_fold(const TorsoLevels& t) {
  // The hood lies folded behind the neck, seen from every side.
  const Vec2 c0 = t.c[0];
  ellipse(cr, c0.x, c0.y - 0.02 * u, t.hw[0] * 0.75, 0.2 * u);
  fill(characters::shadow_tone(m.outfit_primary), PartLabel::OutfitPrimary);
}

void Painter::front_pocket(const TorsoLevels& t) {
  if (s.back) return;
  const Vec2 p = lerp(t.c[2], t.c[3], 0.5);
  polygon(cr, {p + Vec2{-0.35 * u, -0.2 * u}, p + Vec2{0.35 * u, -0.2 * u}, p + Vec2{0.45 * u, 0.25 * u},
               p + Vec2{-0.45 * u, 0.25 * u}});
  fill(m.outfit_primary, PartLabel::OutfitPrimary, lw * 0.7);
}

void Painter::hood_strings(const TorsoLevels& t) {
  if (s.back) return;
  const Vec2 c0 = t.c[0];
  for (double sx : {-0.1, 0.1}) {
    cairo_new_path(cr);
    cairo_move_to(cr, c0.x + sx * u, c0.y + 0.05 * u);
    cairo_line_to(cr, c0.x + sx * u * 1.2, c0.y + 0.6 * u);
    line(kWhite, lw * 0.7);
  }
}

void Painter::lapels(const TorsoLevels& t) {
  // The jacket open over a shirt in the second colour, and a tie.
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

void Painter::accessory_at(vocabulary::AccessoryPlace place) {
  for (const characters::Worn& w : m.accessories) {
    const vocabulary::AccessoryRow& a = vocabulary::row(w.kind);
    if (a.place != place) continue;
    worn = &a;
    ac = w.color;
    accessory(a.drawing);
  }
  worn = nullptr;
}

void Painter::scarf() {
  const Vec2 nk = J(Joint::Neck);
  const Rgb c = ac;
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

void Painter::bag() {
  const Vec2 sh = J(Joint::ShoulderR), hip = J(Joint::HipL);
  cairo_new_path(cr);
  cairo_move_to(cr, sh.x, sh.y);
  cairo_line_to(cr, hip.x + 0.2 * u, hip.y);
  line(ac, std::max(lw * 1.5, 1.5));
  cairo_new_path(cr);
  // The sample's satchel is 0.55 heads wide; a tote bag is larger.
  const double w = accessory().size, hgt = w * (0.45 / 0.55);
  cairo_rectangle(cr, hip.x, hip.y - 0.1 * u, w * u, hgt * u);
  fill(ac, PartLabel::Accessory);
}

}  // namespace ekonte::render::figure
