// Accessories (vocabulary/accessories.def) beyond the sample's scarf, bag, glasses, ribbon and
// fox mask: things worn on the face and neck, at the waist, on the back and in the hands.
#include "render/figure_painter.hpp"

namespace ekonte::render::figure {

using vocabulary::AccessoryDrawing;

void Painter::accessory(AccessoryDrawing d) {
  switch (d) {
    case AccessoryDrawing::None: break;
    case AccessoryDrawing::Scarf: scarf(); break;
    case AccessoryDrawing::Bag: bag(); break;
    case AccessoryDrawing::Glasses: glasses(); break;
    case AccessoryDrawing::Ribbon: ribbon(); break;
    case AccessoryDrawing::FoxMask: fox_mask(); break;
    case AccessoryDrawing::Case: case_in_hand(); break;
    case AccessoryDrawing::Backpack: backpack(); break;
    case AccessoryDrawing::Eyepatch: eyepatch(); break;
    case AccessoryDrawing::Goggles: goggles(); break;
    case AccessoryDrawing::Monocle: monocle(); break;
    case AccessoryDrawing::Sunglasses: sunglasses(); break;
    case AccessoryDrawing::Earrings: earrings(); break;
    case AccessoryDrawing::HairClip: hair_clip(); break;
    case AccessoryDrawing::FaceMask: face_mask(); break;
    case AccessoryDrawing::Necktie: necktie(); break;
    case AccessoryDrawing::BowTie: bow_tie(); break;
    case AccessoryDrawing::Necklace: necklace(); break;
    case AccessoryDrawing::Badge: badge(); break;
    case AccessoryDrawing::Belt: belt(false); break;
    case AccessoryDrawing::ToolBelt: belt(true); break;
    case AccessoryDrawing::Sword: sword(); break;
    case AccessoryDrawing::Staff: staff(); break;
    case AccessoryDrawing::Umbrella: umbrella(); break;
    case AccessoryDrawing::Shield: shield(); break;
    case AccessoryDrawing::Gloves: break;  // drawn with the arms
    case AccessoryDrawing::Hook: hook(); break;
    case AccessoryDrawing::Watch: watch(); break;
    case AccessoryDrawing::Lantern: lantern(); break;
    case AccessoryDrawing::Camera: camera(); break;
    case AccessoryDrawing::Headphones: headphones(); break;
    case AccessoryDrawing::Flower: flower(); break;
  }
}

Vec2 Painter::near_hand() const { return D(Joint::HandL) >= D(Joint::HandR) ? J(Joint::HandL) : J(Joint::HandR); }
Vec2 Painter::far_hand() const { return D(Joint::HandL) >= D(Joint::HandR) ? J(Joint::HandR) : J(Joint::HandL); }
double Painter::ground_y() const { return std::max(J(Joint::FootL).y, J(Joint::FootR).y) + 0.05 * u; }

void Painter::case_in_hand() {
  // A case or book hangs below the hand by its handle.
  const Vec2 h = near_hand();
  const double w = accessory().size * u, hh = w * 0.72;
  cairo_new_path(cr);
  cairo_rectangle(cr, h.x - w / 2, h.y + 0.12 * u, w, hh);
  fill(ac, PartLabel::Accessory);
  cairo_new_path(cr);
  cairo_move_to(cr, h.x - w / 2, h.y + 0.12 * u + hh * 0.35);
  cairo_line_to(cr, h.x + w / 2, h.y + 0.12 * u + hh * 0.35);
  line(shadow(ac), lw * 0.6);
  ellipse(cr, h.x, h.y, 0.14 * u, 0.17 * u);
  fill(m.skin, PartLabel::Skin);
}

void Painter::backpack() {
  const TorsoLevels t = torso_levels();
  if (s.back) {
    const Vec2 c = lerp(t.c[1], t.c[2], 0.5);
    smooth_closed(cr, {c + Vec2{-t.hw[1] * 0.8, -0.6 * u}, c + Vec2{t.hw[1] * 0.8, -0.6 * u},
                       c + Vec2{t.hw[1] * 0.85, 0.8 * u}, c + Vec2{-t.hw[1] * 0.85, 0.8 * u}});
    fill(ac, PartLabel::Accessory);
    return;
  }
  if (std::fabs(fd) > 0.3) {
    const Vec2 c = lerp(t.c[1], t.c[2], 0.5) + Vec2{-fd * (t.hw[1] + 0.3 * u), 0};
    smooth_closed(cr, {c + Vec2{-0.3 * u, -0.6 * u}, c + Vec2{0.3 * u, -0.6 * u}, c + Vec2{0.32 * u, 0.8 * u},
                       c + Vec2{-0.32 * u, 0.8 * u}});
    fill(ac, PartLabel::Accessory);
  }
  for (double side : {-1.0, 1.0}) {
    cairo_new_path(cr);
    const Vec2 a = t.c[0] + t.n * (side * t.hw[0] * 0.6), b = lerp(t.c[1], t.c[2], 0.6) + t.n * (side * t.hw[1] * 0.75);
    cairo_move_to(cr, a.x, a.y);
    cairo_line_to(cr, b.x, b.y);
    line(ac, std::max(lw * 2.2, 2.0));
  }
}

void Painter::eyepatch() {
  if (s.back) return;
  const double gy = eye_y();
  // Over the character's right eye: screen left from the front.
  const double x = profile ? (fd > 0 ? -10 : fd * 0.3) : fd * 0.2 - eye_gap();
  cairo_new_path(cr);
  cairo_move_to(cr, -0.46, gy - 0.2);
  cairo_line_to(cr, 0.46, gy - 0.28);
  line(ac, std::max(lw * 0.9, 1.0));
  if (x < -5) return;  // the patch is on the far side in this profile
  ellipse(cr, x, gy, 0.12, 0.1);
  fill(ac, PartLabel::Accessory);
}

void Painter::goggles() {
  // Pushed up on the forehead, over the hair.
  const double y = -0.3;
  cairo_new_path(cr);
  cairo_move_to(cr, -0.5, y);
  cairo_line_to(cr, 0.5, y);
  line(ac, std::max(lw * 2.5, 2.0));
  if (s.back) return;
  for (double sgn : {-1.0, 1.0}) {
    if (profile && sgn * fd < 0) continue;
    const double x = profile ? fd * 0.32 : fd * 0.2 + sgn * 0.19;
    ellipse(cr, x, y, 0.13, 0.11);
    fill(ac, PartLabel::Accessory);
    ellipse(cr, x, y, 0.09, 0.075);
    fill_in(Rgb{150, 190, 200}, PartLabel::Accessory);
    ellipse(cr, x - 0.03, y - 0.03, 0.03, 0.02);
    fill_in(kWhite, PartLabel::Accessory);
  }
}

void Painter::monocle() {
  if (s.back) return;
  const double x = profile ? fd * 0.3 : fd * 0.2 + eye_gap(), gy = eye_y();
  cairo_new_path(cr);
  cairo_arc(cr, x, gy, 0.11, 0, 2 * kPi);
  line(ac, std::max(lw * 1.1, 1.2));
  cairo_new_path(cr);
  cairo_move_to(cr, x + 0.08, gy + 0.08);
  cairo_curve_to(cr, x + 0.15, gy + 0.3, x + 0.2, gy + 0.4, x + 0.1, gy + 0.55);
  line(ac, std::max(lw * 0.6, 0.8));
}

void Painter::sunglasses() {
  if (s.back) return;
  const double gy = eye_y();
  if (profile) {
    ellipse(cr, fd * 0.32, gy, 0.09, 0.08);
    fill(ac, PartLabel::Accessory);
    cairo_new_path(cr);
    cairo_move_to(cr, fd * 0.24, gy - 0.03);
    cairo_line_to(cr, -fd * 0.05, gy - 0.02);
    line(ac, std::max(lw * 0.8, 1.0));
    return;
  }
  const double cx = fd * 0.2, gap = eye_gap();
  for (double sgn : {-1.0, 1.0}) {
    const double sx = (sgn * fd > 0) ? 1 - 0.45 * std::fabs(fd) : 1.0;
    ellipse(cr, cx + sgn * gap, gy, 0.13 * sx, 0.09);
    fill(ac, PartLabel::Accessory);
  }
  cairo_new_path(cr);
  cairo_move_to(cr, cx - gap + 0.12, gy - 0.03);
  cairo_line_to(cr, cx + gap - 0.12, gy - 0.03);
  line(ac, std::max(lw * 0.9, 1.1));
}

void Painter::earrings() {
  for (double sgn : {-1.0, 1.0}) {
    if (profile && sgn * fd > 0) continue;
    const double x = profile ? -fd * 0.08 : (s.back ? sgn * 0.46 : sgn * 0.45 + fd * 0.05);
    if (!profile && !s.back && std::fabs(fd) > 0.2 && sgn * fd > 0) continue;
    ellipse(cr, x, 0.24, 0.035, 0.045);
    fill(ac, PartLabel::Accessory, lw * 0.5);
  }
}

void Painter::hair_clip() {
  const double x = s.back ? -0.3 : 0.3 + fd * 0.05;
  cv.save();
  cv.translate(x, -0.3);
  cv.rotate(-0.5);
  cairo_new_path(cr);
  cairo_rectangle(cr, -0.1, -0.03, 0.2, 0.06);
  fill(ac, PartLabel::Accessory, lw * 0.6);
  cv.restore();
}

void Painter::face_mask() {
  if (s.back) {
    cairo_new_path(cr);
    cairo_move_to(cr, -0.45, 0.18);
    cairo_line_to(cr, 0.45, 0.18);
    line(ac, std::max(lw * 0.8, 1.0));
    return;
  }
  const double cx = profile ? fd * 0.3 : fd * 0.2;
  smooth_closed(cr, {{cx - 0.3, 0.17}, {cx, 0.14}, {cx + 0.3, 0.17}, {cx + 0.26, 0.38}, {cx, 0.44}, {cx - 0.26, 0.38}});
  fill(ac, PartLabel::Accessory);
  for (double y : {0.24, 0.32}) {
    cairo_new_path(cr);
    cairo_move_to(cr, cx - 0.2, y);
    cairo_line_to(cr, cx + 0.2, y);
    line(shadow(ac), lw * 0.5);
  }
}

void Painter::necktie() {
  if (s.back) return;
  const TorsoLevels t = torso_levels();
  const double off = fd * t.hw[0] * 0.25;
  const Vec2 top = t.c[0] + Vec2{off, 0.02 * u}, v = lerp(t.c[1], t.c[2], 0.85) + Vec2{off, 0};
  polygon(cr, {top + Vec2{-0.07 * u, 0}, top + Vec2{0.07 * u, 0}, v + Vec2{0.09 * u, -0.1 * u}, v + Vec2{0, 0.06 * u},
               v + Vec2{-0.09 * u, -0.1 * u}});
  fill(ac, PartLabel::Accessory, lw * 0.5);
}

void Painter::bow_tie() {
  if (s.back) return;
  const TorsoLevels t = torso_levels();
  const Vec2 c = t.c[0] + Vec2{fd * t.hw[0] * 0.25, 0.05 * u};
  for (double sgn : {-1.0, 1.0}) {
    polygon(cr, {c, c + Vec2{sgn * 0.2 * u, -0.09 * u}, c + Vec2{sgn * 0.2 * u, 0.09 * u}});
    fill(ac, PartLabel::Accessory, lw * 0.5);
  }
}

void Painter::necklace() {
  if (s.back) return;
  const Vec2 nk = J(Joint::Neck);
  const double w = m.proportions.shoulder_width_cm * 0.22 * (1 - 0.3 * std::fabs(fd));
  cairo_new_path(cr);
  cairo_move_to(cr, nk.x - w, nk.y - 0.05 * u);
  cairo_curve_to(cr, nk.x - w * 0.7, nk.y + 0.5 * u, nk.x + w * 0.7, nk.y + 0.5 * u, nk.x + w, nk.y - 0.05 * u);
  line(ac, std::max(lw * 0.9, 1.0));
  ellipse(cr, nk.x + fd * 0.05 * u, nk.y + 0.42 * u, 0.07 * u, 0.09 * u);
  fill(ac, PartLabel::Accessory, lw * 0.5);
}

void Painter::badge() {
  if (s.back) return;
  const TorsoLevels t = torso_levels();
  // On the character's left breast: screen right from the front.
  const Vec2 p = lerp(t.c[0], t.c[1], 0.7) + t.n * (t.hw[1] * 0.5) + Vec2{fd * t.hw[1] * 0.2, 0};
  polygon(cr, {p + Vec2{0, -0.12 * u}, p + Vec2{0.1 * u, 0}, p + Vec2{0, 0.12 * u}, p + Vec2{-0.1 * u, 0}});
  fill(ac, PartLabel::Accessory, lw * 0.5);
}

void Painter::belt(bool tools) {
  const TorsoLevels t = torso_levels();
  const Vec2 w = lerp(t.c[2], t.c[3], 0.55);
  const double hw = std::max(t.hw[2], t.hw[3]) * 1.12;
  polygon(cr, {w - t.n * hw + Vec2{0, -0.08 * u}, w + t.n * hw + Vec2{0, -0.08 * u}, w + t.n * hw + Vec2{0, 0.08 * u},
               w - t.n * hw + Vec2{0, 0.08 * u}});
  fill(ac, PartLabel::Accessory, lw * 0.6);
  if (!s.back) {
    cairo_new_path(cr);
    cairo_rectangle(cr, w.x + fd * hw * 0.3 - 0.08 * u, w.y - 0.1 * u, 0.16 * u, 0.2 * u);
    fill(Rgb{200, 170, 80}, PartLabel::Accessory, lw * 0.5);
  }
  if (!tools) return;
  for (double side : {-1.0, 1.0}) {
    const Vec2 p = w + t.n * (side * hw * 0.7) + Vec2{0, 0.08 * u};
    cairo_new_path(cr);
    cairo_rectangle(cr, p.x - 0.16 * u, p.y, 0.32 * u, 0.34 * u);
    fill(ac, PartLabel::Accessory, lw * 0.6);
  }
  // A wrench's handle standing out of the near pouch.
  const Vec2 p = w + t.n * (hw * 0.7);
  capsule(cr, p + Vec2{0.05 * u, 0.05 * u}, p + Vec2{0.1 * u, -0.35 * u}, 0.035 * u, 0.035 * u);
  fill(Rgb{150, 155, 160}, PartLabel::Accessory, lw * 0.5);
}

void Painter::sword() {
  // The scabbard slants back from the hip on the character's left.
  const Vec2 hip = J(Joint::HipL) + Vec2{0, -0.05 * u};
  const double back = profile ? -fd : 1.0;
  const double len = accessory().size * u;
  const Vec2 tip = hip + Vec2{back * len * 0.45, len * 0.88};
  capsule(cr, hip, tip, 0.07 * u, 0.05 * u);
  fill(shadow(Rgb{70, 50, 40}), PartLabel::Accessory);
  // The guard and the grip above it.
  const Vec2 dir = (tip - hip) * (1.0 / std::max(len, 1e-6));
  const Vec2 n{-dir.y, dir.x};
  capsule(cr, hip - n * (0.18 * u), hip + n * (0.18 * u), 0.035 * u, 0.035 * u);
  fill(ac, PartLabel::Accessory, lw * 0.5);
  capsule(cr, hip, hip - dir * (0.35 * u), 0.04 * u, 0.04 * u);
  fill(Rgb{90, 60, 40}, PartLabel::Accessory, lw * 0.5);
}

void Painter::staff() {
  // Upright from the ground through the near hand; a staff stands well above the head.
  const Vec2 h = near_hand();
  const double bottom = ground_y(), top = bottom - accessory().size * u;
  capsule(cr, Vec2{h.x, std::min(top, h.y - 0.1 * u)}, Vec2{h.x, bottom}, 0.06 * u, 0.05 * u);
  fill(ac, PartLabel::Accessory);
  if (accessory().size < 5) {
    // A cane's crook over the hand.
    cairo_new_path(cr);
    cairo_arc(cr, h.x + 0.12 * u, h.y - 0.1 * u, 0.12 * u, kPi, 2 * kPi);
    line(ac, 0.1 * u * px_per_cm());
  }
  ellipse(cr, h.x, h.y, 0.14 * u, 0.17 * u);
  fill(m.skin, PartLabel::Skin);
}

void Painter::umbrella() {
  const Vec2 h = near_hand();
  const double bottom = ground_y();
  polygon(cr, {Vec2{h.x - 0.16 * u, h.y + 0.4 * u}, Vec2{h.x + 0.16 * u, h.y + 0.4 * u}, Vec2{h.x, bottom - 0.1 * u}});
  fill(ac, PartLabel::Accessory);
  capsule(cr, Vec2{h.x, h.y - 0.05 * u}, Vec2{h.x, bottom}, 0.03 * u, 0.03 * u);
  fill(Rgb{90, 70, 50}, PartLabel::Accessory, lw * 0.5);
  ellipse(cr, h.x, h.y, 0.14 * u, 0.17 * u);
  fill(m.skin, PartLabel::Skin);
}

void Painter::shield() {
  // Carried on the far arm, its face to the viewer.
  const Vec2 h = far_hand();
  const Vec2 c = lerp(h, J(D(Joint::ElbowL) >= D(Joint::ElbowR) ? Joint::ElbowR : Joint::ElbowL), 0.4);
  const double hh = accessory().size * u, w = hh * 0.42 * (1 - 0.4 * std::fabs(fd));
  smooth_closed(cr, {c + Vec2{-w, -hh * 0.45}, c + Vec2{w, -hh * 0.45}, c + Vec2{w * 0.9, hh * 0.1},
                     c + Vec2{0, hh * 0.55}, c + Vec2{-w * 0.9, hh * 0.1}});
  fill(ac, PartLabel::Accessory);
  cairo_new_path(cr);
  cairo_move_to(cr, c.x, c.y - hh * 0.4);
  cairo_line_to(cr, c.x, c.y + hh * 0.45);
  cairo_move_to(cr, c.x - w * 0.85, c.y - hh * 0.1);
  cairo_line_to(cr, c.x + w * 0.85, c.y - hh * 0.1);
  line(shadow(ac), lw * 1.5);
}

void Painter::hook() {
  const Vec2 h = near_hand();
  capsule(cr, h + Vec2{0, -0.1 * u}, h + Vec2{0, 0.2 * u}, 0.07 * u, 0.07 * u);
  fill(Rgb{110, 80, 50}, PartLabel::Accessory, lw * 0.5);
  cairo_new_path(cr);
  cairo_move_to(cr, h.x, h.y + 0.2 * u);
  cairo_line_to(cr, h.x, h.y + accessory().size * u * 0.6);
  cairo_arc(cr, h.x + 0.14 * u, h.y + accessory().size * u * 0.6, 0.14 * u, kPi, kPi * 2.2);
  line(ac, 0.06 * u * px_per_cm());
  ellipse(cr, h.x, h.y, 0.14 * u, 0.17 * u);
  fill(m.skin, PartLabel::Skin);
}

void Painter::watch() {
  const bool left = D(Joint::HandL) >= D(Joint::HandR);
  const Vec2 e = J(left ? Joint::ElbowL : Joint::ElbowR), h = J(left ? Joint::HandL : Joint::HandR);
  capsule(cr, lerp(e, h, 0.8), lerp(e, h, 0.86), 0.14 * u, 0.14 * u);
  fill(ac, PartLabel::Accessory, lw * 0.5);
}

void Painter::lantern() {
  const Vec2 h = near_hand();
  const double w = accessory().size * u;
  cairo_new_path(cr);
  cairo_rectangle(cr, h.x - w / 2, h.y + 0.15 * u, w, w * 1.3);
  fill(Rgb{60, 50, 40}, PartLabel::Accessory);
  cairo_new_path(cr);
  cairo_rectangle(cr, h.x - w * 0.35, h.y + 0.15 * u + w * 0.15, w * 0.7, w);
  fill(ac, PartLabel::Accessory, 0);
  ellipse(cr, h.x, h.y, 0.14 * u, 0.17 * u);
  fill(m.skin, PartLabel::Skin);
}

void Painter::camera() {
  if (s.back) return;
  const TorsoLevels t = torso_levels();
  const Vec2 p = lerp(t.c[1], t.c[2], 0.3);
  cairo_new_path(cr);
  cairo_move_to(cr, (t.c[0] - t.n * (t.hw[0] * 0.5)).x, t.c[0].y);
  cairo_line_to(cr, p.x, p.y);
  cairo_line_to(cr, (t.c[0] + t.n * (t.hw[0] * 0.5)).x, t.c[0].y);
  line(ac, std::max(lw, 1.0));
  cairo_new_path(cr);
  cairo_rectangle(cr, p.x - 0.3 * u, p.y - 0.15 * u, 0.6 * u, 0.38 * u);
  fill(ac, PartLabel::Accessory);
  ellipse(cr, p.x, p.y + 0.04 * u, 0.12 * u, 0.12 * u);
  fill(Rgb{60, 70, 90}, PartLabel::Accessory, lw * 0.5);
}

void Painter::headphones() {
  cairo_new_path(cr);
  cairo_move_to(cr, -0.5, 0.0);
  cairo_curve_to(cr, -0.56, -0.8, 0.56, -0.8, 0.5, 0.0);
  line(ac, std::max(lw * 2.2, 2.0));
  for (double sgn : {-1.0, 1.0}) {
    if (profile && sgn * fd > 0) continue;
    const double x = profile ? -fd * 0.1 : sgn * 0.5;
    ellipse(cr, x, 0.08, 0.1, 0.15);
    fill(ac, PartLabel::Accessory);
  }
}

void Painter::flower() {
  const double x = s.back ? -0.32 : 0.34, y = -0.38;
  for (int i = 0; i < 5; ++i) {
    const double a = i * 2 * kPi / 5;
    ellipse(cr, x + 0.07 * std::cos(a), y + 0.07 * std::sin(a), 0.06, 0.06);
    fill(ac, PartLabel::Accessory, lw * 0.4);
  }
  ellipse(cr, x, y, 0.035, 0.035);
  fill(Rgb{245, 210, 80}, PartLabel::Accessory, 0);
}

}  // namespace ekonte::render::figure
