// Head, hair, face (eyes, brows, mouth, expression marks) and head accessories of a figure.
#include "render/figure_painter.hpp"

namespace ekonte::render::figure {

void Painter::enter_head() {
  const Vec2 hc = J(Joint::HeadCenter);
  cv.save();
  cv.translate(hc.x, hc.y);
  cv.rotate(s.head_tilt_deg * kPi / 180);
  cv.scale(u, u);
}

void Painter::back_hair() {
  switch (hair().back) {
    case vocabulary::HairBack::None: break;
    case vocabulary::HairBack::Bob: bob_back(); break;
    case vocabulary::HairBack::Long: long_back(); break;
    case vocabulary::HairBack::Ponytail: ponytail_back(); break;
    case vocabulary::HairBack::TwinTails: twin_tails_back(); break;
    case vocabulary::HairBack::Bun: bun_back(); break;
    case vocabulary::HairBack::Shoulder: shoulder_back(); break;
    case vocabulary::HairBack::Braid: braid_back(false); break;
    case vocabulary::HairBack::TwinBraids: braid_back(true); break;
    case vocabulary::HairBack::Afro: afro_back(); break;
  }
}

void Painter::bob_back() {
  const Rgb hc = m.hair_color;
  const double bx = -fd * 0.08;  // volume sits behind the face
  smooth_closed(cr, {{bx - 0.56, -0.12}, {bx, -0.64}, {bx + 0.56, -0.12}, {bx + 0.58, 0.3}, {bx + 0.5, 0.5},
                     {bx, 0.42}, {bx - 0.5, 0.5}, {bx - 0.58, 0.3}});
  fill(hc, PartLabel::Hair);
  ellipse(cr, bx, 0.25, 0.46, 0.3);
  shade_with(shadow(hc));
}

void Painter::long_back() {
  // Hangs behind the shoulders to the waist (2.6 heads below the head centre).
  const Rgb hc = m.hair_color;
  const double bx = -fd * 0.08;
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
}

void Painter::ponytail_back() {
  const double b = profile ? -fd : 0.55;
  smooth_closed(cr, {{b * 0.6, -0.35}, {b * 0.95, -0.1}, {b * 1.05, 0.6}, {b * 0.9, 1.3}, {b * 0.75, 0.7},
                     {b * 0.62, 0.1}});
  fill(m.hair_color, PartLabel::Hair);
}

void Painter::twin_tails_back() {
  const Rgb hc = m.hair_color;
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
}

void Painter::bun_back() {
  const Rgb hc = m.hair_color;
  ellipse(cr, -fd * 0.12, profile ? -0.45 : -0.6, 0.23, 0.2);
  fill(hc, PartLabel::Hair);
  ellipse(cr, -fd * 0.12 + 0.05, (profile ? -0.45 : -0.6) + 0.08, 0.15, 0.08);
  shade_with(shadow(hc));
}

void Painter::twin_tail_ties() {
  if (!hair().ties) return;
  for (double side : {-1.0, 1.0}) {
    if (profile && side * fd > 0) continue;
    const double sx = profile ? -fd * 0.1 : 0;
    ellipse(cr, sx + side * 0.53, -0.24, 0.08, 0.1);
    fill(kHairTie, PartLabel::Accessory, lw * 0.7);
  }
}

void Painter::head_skin() {
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
    const double ch = m.proportions.chin;
    cairo_curve_to(cr, f * 0.44, 0.31, f * 0.41, 0.33 + ch * 0.5, f * 0.4, 0.36 + ch);  // chin
    cairo_curve_to(cr, f * 0.38, 0.44 + ch, f * 0.3, 0.46 + ch, f * 0.18, 0.44 + ch);
    cairo_curve_to(cr, f * 0.0, 0.4 + ch, -f * 0.12, 0.3, -f * 0.2, 0.22);           // jaw to neck
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
  // A wider jaw moves its corners out and squares the chin.
  const double j = jaw();
  const double corner = 0.22 + 0.07 * j, chin_w = 0.06 + 0.07 * j;
  // A grown face is longer below the mouth: the jaw's corners and the chin come lower.
  const double ch = m.proportions.chin;
  cairo_curve_to(cr, right, 0.12, right - 0.02, 0.2 + ch * 0.5, cx + corner + fd * 0.08, 0.34 + 0.03 * j + ch * 0.7);
  cairo_curve_to(cr, chin_x + 0.14 + 0.04 * j, 0.41 + 0.02 * j + ch, chin_x + chin_w, 0.45 + 0.01 * j + ch, chin_x,
                 0.455 + 0.01 * j + ch);
  cairo_curve_to(cr, chin_x - chin_w, 0.45 + 0.01 * j + ch, chin_x - 0.14 - 0.04 * j, 0.41 + 0.02 * j + ch,
                 cx - corner + fd * 0.08, 0.34 + 0.03 * j + ch * 0.7);
  cairo_curve_to(cr, left + 0.02, 0.2 + ch * 0.5, left, 0.12, -0.436, 0.0);
  cairo_close_path(cr);
  fill(sk, PartLabel::Skin);
  // Ear on the side away from the face.
  if (std::fabs(fd) > 0.2) {
    ellipse(cr, -fd * 0.42, 0.1, 0.06, 0.1);
    fill(sk, PartLabel::Skin, lw * 0.7);
  }
}

void Painter::eye(double ex, double ey, double out, double sx) {
  const EyeStyle st = eye_style();
  const vocabulary::EyeRow& shape = eyes();
  const double w = 0.2 * sx * shape.width;
  double h = shape.height;
  const double outer_lift = shape.outer_corner;
  // Eyes are smaller in an adult face than a child's or a teen's, smaller still from 70.
  h *= m.proportions.eye_scale;
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
  if (fp.pose == Pose::Sleep) {
    // Asleep: the closed lid, a curve sagging down.
    cairo_new_path(cr);
    cairo_move_to(cr, in_x, ey);
    cairo_curve_to(cr, in_x + out * w * 0.25, ey + 0.06, out_x - out * w * 0.25, ey + 0.06, out_x, ey - 0.005);
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
  const double irx = w * 0.36 * st.iris, iry = 0.105 * st.iris * shape.iris_height;
  const double icx = ex + look_x, icy = ey + 0.01 + look_y;
  ellipse(cr, icx, icy, irx, iry);
  fill_in(m.eye_color, PartLabel::Eyes);
  ellipse(cr, icx, icy - iry * 0.55, irx * 1.1, iry * 0.6);
  shade_with(characters::shadow_tone(m.eye_color));
  ellipse(cr, icx, icy + iry * 0.05, irx * 0.45, iry * 0.5);
  fill_in(scale_rgb(characters::shadow_tone(m.eye_color), 0.45), PartLabel::Eyes, 0, Tone::Pupil);
  ellipse(cr, icx + irx * 0.35 * -out, icy - iry * 0.4, irx * 0.32, iry * 0.3);
  fill_in(kWhite, PartLabel::Eyes, 0, Tone::EyeHighlight);
  ellipse(cr, icx - irx * 0.3 * -out, icy + iry * 0.45, irx * 0.14, iry * 0.12);
  fill_in(kWhite, PartLabel::Eyes, 0, Tone::EyeHighlight);
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

void Painter::brow(double bx, double by, double out, double sx) {
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

void Painter::mouth(double mx, double my, double w) {
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

void Painter::face() {
  if (s.back) return;
  const double ey = eye_line();
  if (profile) {
    const double f = fd;
    eye(f * 0.3, ey, f, 0.55);
    brow(f * 0.3, ey - 0.17, f, 0.6);
    mouth(f * 0.37, 0.31, 0.12);
    geo.mouth = to_fig(f * 0.37, 0.31);
    geo.eyes = to_fig(f * 0.3, ey);
    geo.face_center = to_fig(f * 0.25, 0.12);
    extras(f * 0.3, ey, 0, true);
    age_lines();
    eye_details();
    facial_hair();
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
  age_lines();
  eye_details();
  facial_hair();
  cv.restore();
  geo.mouth = to_fig(mx, fy(my));
  geo.eyes = to_fig(cx, fy(ey));
  geo.face_center = to_fig(cx, fy(0.15));
}

void Painter::extras(double cx, double ey, double gap, bool side) {
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

void Painter::front_hair() {
  if (special_cap()) return;
  const Rgb hc = m.hair_color;
  const double sl = side_len();
  const double p = fd * 0.08;  // parting moves with the face
  std::vector<Vec2> pts;
  if (s.back) {
    // The whole back of the head.
    const double low = hair().nape;
    pts = {{-0.5, 0.0}, {-0.48, -0.4}, {0, -0.62}, {0.48, -0.4}, {0.5, 0.0}, {0.46, low}, {0, low + 0.04}, {-0.46, low}};
    if (hair().spikes)
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
    if (hair().spikes)
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
  const bool blunt = hair().fringe == vocabulary::Fringe::Blunt;
  const int strands = hair().fringe_locks;
  for (int i = strands; i >= 0; --i) {
    const double x = -0.36 + 0.72 * i / strands + p * 1.6;
    const double tip = blunt ? 0.015 : (i % 2 ? 0.04 : -0.01);
    if (i < strands) pts.push_back({x + 0.36 / strands, blunt ? -0.03 : -0.12});
    pts.push_back({x, tip});
  }
  pts.push_back({-0.38 + p, 0.02});
  pts.push_back({-0.4 + p * 0.3, sl - 0.02});
  pts.push_back({-0.5 + p * 0.3, sl});
  if (hair().spikes) {
    // Spikes on the silhouette.
    pts.insert(pts.begin() + 1, {-0.66 + p, -0.35});
    pts.insert(pts.begin() + 3, {-0.3 + p, -0.75});
    pts.insert(pts.begin() + 5, {0.3 + p, -0.74});
    pts.insert(pts.begin() + 7, {0.67 + p, -0.3});
  }
  if (hair().curls) curls_outline();
  polygon(cr, pts);
  fill(hc, PartLabel::Hair);
  // Shadow tone in the roots of the fringe.
  polygon(cr, {{-0.6, -0.2}, {0.6, -0.2}, {0.6, -0.08}, {-0.6, -0.08}});
  shade_with(shadow(hc));
  hair_sheen();
}

void Painter::hair_sheen() {
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

void Painter::glasses() {
  if (s.back) return;
  const double ey = eye_line();
  const Rgb frame{70, 55, 50};
  if (profile) {
    ellipse(cr, fd * 0.32, ey, 0.08, 0.08);
    line(frame, std::max(lw, 1.2));
    cairo_new_path(cr);
    cairo_move_to(cr, fd * 0.24, ey - 0.03);
    cairo_line_to(cr, -fd * 0.05, ey - 0.02);
    line(frame, std::max(lw * 0.8, 1.0));
    return;
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
}

void Painter::ribbon() {
  const double x = s.back ? -0.3 : 0.32;
  for (double sgn : {-1.0, 1.0}) {
    polygon(cr, {{x, -0.45}, {x + sgn * 0.2, -0.58}, {x + sgn * 0.2, -0.32}});
    fill(ac, PartLabel::Accessory);
  }
  ellipse(cr, x, -0.45, 0.05, 0.05);
  fill(ac, PartLabel::Accessory);
}

// Worn at the side of the head, tilted: white fox face, red markings.
void Painter::fox_mask() {
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
}

}  // namespace ekonte::render::figure
