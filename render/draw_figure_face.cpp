// Hair beyond the fringe templates (shoulder length, braids, afro, bald, balding, buzz, swept,
// parted, mohawk, curls), facial hair, face details and the marks of age. Head space: unit = head
// height, crown at -0.55, chin at +0.45.
#include <algorithm>

#include "render/figure_painter.hpp"

namespace ekonte::render::figure {

void Painter::shoulder_back() {
  const Rgb hc = m.hair_color;
  const double bx = -fd * 0.08;
  smooth_closed(cr, {{bx - 0.56, -0.12}, {bx, -0.64}, {bx + 0.56, -0.12}, {bx + 0.62, 0.5}, {bx + 0.66, 1.0},
                     {bx + 0.3, 0.92}, {bx, 1.0}, {bx - 0.3, 0.92}, {bx - 0.66, 1.0}, {bx - 0.62, 0.5}});
  fill(hc, PartLabel::Hair);
  ellipse(cr, bx, 0.55, 0.45, 0.45);
  shade_with(shadow(hc));
}

void Painter::braid_back(bool twin) {
  const Rgb hc = m.hair_color;
  // Knots of a braid: overlapping ovals down the back (one) or in front of the shoulders (two).
  const auto braid = [&](double x0, double y0, int knots, double dx) {
    for (int i = 0; i < knots; ++i) {
      ellipse(cr, x0 + dx * i, y0 + 0.2 * i, 0.11 - 0.004 * i, 0.13);
      fill(hc, PartLabel::Hair, lw * 0.7);
    }
    ellipse(cr, x0 + dx * knots, y0 + 0.2 * knots - 0.05, 0.05, 0.05);
    fill(kHairTie, PartLabel::Accessory, lw * 0.5);
  };
  if (twin) {
    for (double side : {-1.0, 1.0}) {
      if (profile && side * fd > 0) continue;
      braid(side * 0.45 - fd * 0.05, 0.3, 6, side * 0.01);
    }
    return;
  }
  const double b = profile ? -fd * 0.45 : -fd * 0.1;
  braid(b, 0.2, 11, profile ? -fd * 0.02 : 0.0);
}

void Painter::afro_back() {
  const Rgb hc = m.hair_color;
  const double v = hair().volume;
  std::vector<Vec2> pts;
  for (int i = 0; i < 18; ++i) {
    const double a = i * 2 * kPi / 18, r = (i % 2 ? 0.56 : 0.62) + v;
    pts.push_back({-fd * 0.06 + r * std::cos(a), -0.2 + r * 0.9 * std::sin(a)});
  }
  smooth_closed(cr, pts);
  fill(hc, PartLabel::Hair);
  ellipse(cr, -fd * 0.06 + 0.2, 0.05, 0.5, 0.5);
  shade_with(shadow(hc));
}

void Painter::curls_outline() {
  // Curls: bumps round the crown and down the sides, under the fringe's cap.
  const Rgb hc = m.hair_color;
  const double v = hair().volume;
  for (int i = 0; i <= 8; ++i) {
    const double a = kPi * (1.0 + i / 8.0);
    const double r = 0.5 + v;
    ellipse(cr, fd * 0.04 + r * std::cos(a), -0.12 + r * 0.95 * std::sin(a), 0.12 + v * 0.4, 0.12 + v * 0.4);
    fill(hc, PartLabel::Hair, lw * 0.7);
  }
}

bool Painter::special_cap() {
  using vocabulary::HairCap;
  const HairCap cap = hair().cap;
  if (cap == HairCap::Full) return false;
  const Rgb hc = m.hair_color;
  const double p = fd * 0.08;
  switch (cap) {
    case HairCap::Full: break;
    case HairCap::None: {
      // A bald head's sheen.
      ellipse(cr, -0.12 + fd * 0.1, -0.36, 0.12, 0.06, -0.3);
      shade_with(characters::highlight_tone(m.skin), 0.8);
      break;
    }
    case HairCap::Shaved: {
      cairo_new_path(cr);
      if (s.back) {
        ellipse(cr, 0, -0.12, 0.47, 0.46);
      } else {
        cairo_move_to(cr, -0.47 + p * 0.3, 0.0);
        cairo_curve_to(cr, -0.5, -0.7, 0.5, -0.7, 0.47 + p * 0.3, 0.0);
        cairo_line_to(cr, 0.4 + p, -0.02);
        cairo_curve_to(cr, 0.3 + p, -0.3, -0.3 + p, -0.3, -0.4 + p, -0.02);
        cairo_close_path(cr);
      }
      cv.fill(tone(hc), PartLabel::Hair, 0, tone(Canvas::kInk));
      break;
    }
    case HairCap::Sides: {
      // Balding: hair round the sides and back, the crown bare.
      for (double side : {-1.0, 1.0}) {
        if (profile && side * fd > 0) continue;
        const double x = profile ? -fd * 0.3 : side * 0.42;
        smooth_closed(cr, {{x - side * 0.12, -0.25}, {x + side * 0.08, -0.22}, {x + side * 0.1, 0.12},
                           {x - side * 0.02, 0.2}, {x - side * 0.1, 0.0}});
        fill(hc, PartLabel::Hair);
      }
      if (s.back) {
        smooth_closed(cr, {{-0.48, -0.15}, {0, -0.22}, {0.48, -0.15}, {0.44, 0.15}, {0, 0.22}, {-0.44, 0.15}});
        fill(hc, PartLabel::Hair);
      }
      ellipse(cr, -0.1 + fd * 0.1, -0.4, 0.1, 0.05, -0.3);
      shade_with(characters::highlight_tone(m.skin), 0.8);
      break;
    }
    case HairCap::Swept:
    case HairCap::Parted: {
      std::vector<Vec2> pts;
      if (s.back) {
        pts = {{-0.5, 0.0}, {-0.48, -0.4}, {0, -0.62}, {0.48, -0.4}, {0.5, 0.0}, {0.46, hair().nape}, {-0.46, hair().nape}};
      } else if (profile) {
        const double f = fd;
        pts = {{f * 0.42, -0.22}, {f * 0.3, -0.5}, {-f * 0.1, -0.62}, {-f * 0.48, -0.4}, {-f * 0.52, 0.0},
               {-f * 0.3, 0.12}, {-f * 0.18, -0.05}, {f * 0.2, -0.2}};
      } else if (cap == HairCap::Swept) {
        // Combed straight back: a hairline high on the forehead.
        pts = {{-0.49 + p, 0.0}, {-0.45 + p * 0.5, -0.42}, {p, -0.62}, {0.45 + p * 0.5, -0.42}, {0.49 + p, 0.0},
               {0.42 + p, -0.02}, {0.36 + p, -0.24}, {p, -0.3}, {-0.36 + p, -0.24}, {-0.42 + p, -0.02}};
      } else {
        // Parted on the character's left and combed over: a sweep across the brow.
        pts = {{-0.49 + p, 0.0}, {-0.45 + p * 0.5, -0.42}, {p, -0.62}, {0.45 + p * 0.5, -0.42}, {0.49 + p, 0.0},
               {0.42 + p, 0.0}, {0.38 + p, -0.12}, {0.2 + p, -0.36}, {-0.1 + p, -0.2}, {-0.38 + p, -0.1},
               {-0.42 + p, 0.02}};
      }
      smooth_closed(cr, pts);
      fill(hc, PartLabel::Hair);
      if (!s.back) {
        cairo_new_path(cr);
        cairo_move_to(cr, 0.22 + p, -0.58);
        cairo_curve_to(cr, 0.0 + p, -0.5, -0.2 + p, -0.35, -0.3 + p, -0.15);
        line(shadow(hc), lw * 0.7);
        hair_sheen();
      }
      break;
    }
    case HairCap::Crest: {
      // Shaved sides (a shadow) and a ridge of spikes from the brow to the nape.
      ellipse(cr, 0, -0.12, 0.47, 0.46);
      set_source(cr, tone(hc), 0.35);
      cairo_fill(cr);
      std::vector<Vec2> ridge;
      const double w = profile ? 1.0 : 0.25;
      for (int i = 0; i <= 6; ++i) {
        const double a = kPi * (1.05 + 0.9 * i / 6.0);
        const double r = i % 2 ? 0.58 : 0.78;
        ridge.push_back({(profile ? 1.0 : w) * r * std::cos(a) * (profile ? -fd : 1.0), -0.1 + r * std::sin(a)});
      }
      if (!profile)
        ridge = {{-0.2, -0.42}, {-0.3, -0.8}, {-0.1, -0.62}, {0.0, -0.95}, {0.1, -0.62}, {0.3, -0.8}, {0.2, -0.42}};
      else ridge.push_back({0, -0.45});
      polygon(cr, ridge);
      fill(hc, PartLabel::Hair);
      break;
    }
  }
  return true;
}

void Painter::facial_hair() {
  if (m.facial_hair == characters::FacialHair::None || s.back) return;
  const vocabulary::FacialHairRow& r = vocabulary::row(m.facial_hair);
  const Rgb c = tone(m.facial_hair_color);
  const double cx = profile ? fd * 0.3 : fd * 0.17;
  const double jaw_w = 0.43 + 0.04 * m.proportions.jaw;
  const double ch = m.proportions.chin;  // a grown face's longer chin (characters/)
  if (r.shadow) {
    // Stubble: a translucent shadow over the jaw, chin and upper lip.
    cairo_new_path(cr);
    if (profile) {
      const double f = fd;
      cairo_move_to(cr, -f * 0.15, 0.1);
      cairo_curve_to(cr, f * 0.1, 0.25, f * 0.3, 0.28, f * 0.44, 0.25);
      cairo_curve_to(cr, f * 0.44, 0.36, f * 0.38, 0.45 + ch, f * 0.18, 0.44 + ch);
      cairo_curve_to(cr, f * 0.0, 0.4, -f * 0.12, 0.3, -f * 0.15, 0.1);
    } else {
      cairo_move_to(cr, -jaw_w + fd * 0.04, 0.08);
      cairo_curve_to(cr, -jaw_w + 0.05, 0.3, cx - 0.15, 0.45 + ch, cx, 0.46 + ch);
      cairo_curve_to(cr, cx + 0.15, 0.45 + ch, jaw_w - 0.05, 0.3, jaw_w + fd * 0.04, 0.08);
      cairo_line_to(cr, cx + 0.28, 0.18);
      cairo_curve_to(cr, cx + 0.2, 0.25, cx - 0.2, 0.25, cx - 0.28, 0.18);
    }
    cairo_close_path(cr);
    set_source(cr, c, 0.35);
    cairo_fill(cr);
    return;
  }
  const double len = r.length + ch;
  if (r.cheeks || r.chin) {
    cairo_new_path(cr);
    if (profile) {
      const double f = fd;
      cairo_move_to(cr, -f * 0.18, 0.0);
      cairo_curve_to(cr, f * 0.0, 0.2, f * 0.25, 0.3, f * 0.43, 0.34);
      cairo_curve_to(cr, f * 0.46, 0.45 + len * 0.5, f * 0.3, 0.5 + len, f * 0.1, 0.45 + len);
      cairo_curve_to(cr, -f * 0.1, 0.4 + len * 0.5, -f * 0.2, 0.2, -f * 0.18, 0.0);
    } else if (r.cheeks) {
      const double w = jaw_w + 0.03;
      cairo_move_to(cr, -w, 0.02);
      cairo_curve_to(cr, -w, 0.35 + len * 0.4, cx - 0.25, 0.5 + len, cx, 0.55 + len);
      cairo_curve_to(cr, cx + 0.25, 0.5 + len, w, 0.35 + len * 0.4, w, 0.02);
      cairo_line_to(cr, w - 0.08, 0.05);
      // Leave the mouth clear.
      cairo_curve_to(cr, w - 0.12, 0.26, cx + 0.16, 0.3, cx + 0.12, 0.31);
      cairo_line_to(cr, cx + 0.14, 0.39);
      cairo_curve_to(cr, cx + 0.05, 0.42, cx - 0.05, 0.42, cx - 0.14, 0.39);
      cairo_line_to(cr, cx - 0.12, 0.31);
      cairo_curve_to(cr, cx - 0.16, 0.3, -w + 0.12, 0.26, -w + 0.08, 0.05);
    } else {
      cairo_move_to(cr, cx - 0.1, 0.38);
      cairo_curve_to(cr, cx - 0.1, 0.46 + len, cx + 0.1, 0.46 + len, cx + 0.1, 0.38);
      cairo_curve_to(cr, cx + 0.05, 0.4, cx - 0.05, 0.4, cx - 0.1, 0.38);
    }
    cairo_close_path(cr);
    fill(m.facial_hair_color, PartLabel::Hair, lw * 0.8);
  }
  if (r.moustache) {
    const double mx = profile ? fd * 0.4 : cx + fd * 0.03 - 0.03 * fd;
    const double w = profile ? 0.06 : 0.13;
    cairo_new_path(cr);
    cairo_move_to(cr, mx - w, 0.33);
    cairo_curve_to(cr, mx - w * 0.6, 0.27, mx - 0.02, 0.27, mx, 0.29);
    cairo_curve_to(cr, mx + 0.02, 0.27, mx + w * 0.6, 0.27, mx + w, 0.33);
    cairo_curve_to(cr, mx + w * 0.5, 0.31, mx - w * 0.5, 0.31, mx - w, 0.33);
    cairo_close_path(cr);
    fill(m.facial_hair_color, PartLabel::Hair, lw * 0.6);
  }
}

void Painter::eye_details() {
  if (s.back) return;
  const double ey = eye_line();
  const double cx = profile ? fd * 0.3 : fd * 0.2, gap = profile ? 0.0 : eye_gap();
  for (characters::EyeDetail d : m.eye_details) {
    switch (d) {
      case characters::EyeDetail::Scar: {
        const double x = profile ? cx : cx - gap;
        cairo_new_path(cr);
        cairo_move_to(cr, x - 0.06, ey - 0.2);
        cairo_line_to(cr, x + 0.05, ey + 0.16);
        line(shadow(shadow(m.skin)), std::max(lw * 1.1, 1.2));
        for (double t : {0.3, 0.6}) {
          cairo_new_path(cr);
          const double px = x - 0.06 + 0.11 * t, py = ey - 0.2 + 0.36 * t;
          cairo_move_to(cr, px - 0.03, py);
          cairo_line_to(cr, px + 0.03, py - 0.01);
          line(shadow(shadow(m.skin)), std::max(lw * 0.6, 0.8));
        }
        break;
      }
      case characters::EyeDetail::Freckles:
        for (double sgn : {-1.0, 1.0}) {
          if (profile && sgn * fd < 0) continue;
          const double x = profile ? cx - fd * 0.02 : cx + sgn * (gap + 0.02);
          for (auto [dx, dy] : {std::pair{-0.05, 0.0}, {0.0, 0.03}, {0.05, 0.0}, {-0.02, 0.05}, {0.03, 0.06}}) {
            ellipse(cr, x + dx, ey + 0.16 + dy, 0.012, 0.012);
            set_source(cr, tone(Rgb{170, 100, 70}), 0.8);
            cairo_fill(cr);
          }
        }
        break;
      case characters::EyeDetail::Blush:
        for (double sgn : {-1.0, 1.0}) {
          if (profile && sgn * fd < 0) continue;
          const double x = profile ? cx - fd * 0.02 : cx + sgn * (gap + 0.04);
          ellipse(cr, x, ey + 0.14, 0.08, 0.03);
          set_source(cr, tone(kBlush), 0.45);
          cairo_fill(cr);
        }
        break;
      case characters::EyeDetail::Glowing:
        for (double sgn : {-1.0, 1.0}) {
          if (profile && sgn * fd < 0) continue;
          const double x = profile ? cx : cx + sgn * gap;
          ellipse(cr, x, ey, 0.16, 0.13);
          set_source(cr, tone(m.eye_color), 0.3);
          cairo_fill(cr);
        }
        break;
      case characters::EyeDetail::AgeLines: break;  // age_lines() draws them
      case characters::EyeDetail::BagsUnder:
        for (double sgn : {-1.0, 1.0}) {
          if (profile && sgn * fd < 0) continue;
          const double x = profile ? cx : cx + sgn * gap;
          ellipse(cr, x, ey + 0.11, 0.09, 0.03);
          set_source(cr, tone(shadow(m.skin)), 0.7);
          cairo_fill(cr);
        }
        break;
    }
  }
}

// From middle age the face shows its years: lines at the outer corners of the eyes, from the
// nose to the mouth, and (from 60) across the forehead; written as `eyes: ..., age lines` too.
void Painter::age_lines() {
  if (s.back) return;
  const bool asked = std::find(m.eye_details.begin(), m.eye_details.end(), characters::EyeDetail::AgeLines) !=
                     m.eye_details.end();
  const bool aged = m.age >= 40 && m.age <= 120;
  if (!asked && !aged) return;
  const int years = asked ? std::max(m.age, 60) : m.age;
  const Rgb ink = shadow(m.skin);
  const double w = std::max(lw * 0.6, 0.7);
  const double ey = eye_line();
  if (profile) {
    const double f = fd;
    for (double dy : {-0.02, 0.03}) {
      cairo_new_path(cr);
      cairo_move_to(cr, f * 0.2, ey + dy);
      cairo_line_to(cr, f * 0.14, ey + dy * 1.6);
      line(ink, w);
    }
    cairo_new_path(cr);
    cairo_move_to(cr, f * 0.42, 0.22);
    cairo_curve_to(cr, f * 0.36, 0.26, f * 0.35, 0.3, f * 0.37, 0.33);
    line(ink, w);
    return;
  }
  const double cx = fd * 0.2, gap = eye_gap();
  for (double sgn : {-1.0, 1.0}) {
    const double ox = cx + sgn * (gap + 0.13);
    // Crow's feet: two or three short strokes fanning from the outer corner.
    const int strokes = years >= 60 ? 3 : 2;
    for (int i = 0; i < strokes; ++i) {
      const double dy = -0.03 + 0.035 * i;
      cairo_new_path(cr);
      cairo_move_to(cr, ox, ey + dy * 0.5);
      cairo_line_to(cr, ox + sgn * 0.06, ey + dy);
      line(ink, w);
    }
    // Nose to the corner of the mouth.
    cairo_new_path(cr);
    cairo_move_to(cr, cx + sgn * 0.1 + fd * 0.03, 0.21);
    cairo_curve_to(cr, cx + sgn * 0.16, 0.26, cx + sgn * 0.16, 0.3, cx + sgn * 0.14 + fd * 0.02, 0.34);
    line(ink, w);
  }
  if (years >= 60) {
    for (double y : {-0.2, -0.15}) {
      cairo_new_path(cr);
      cairo_move_to(cr, cx - 0.16, y);
      cairo_curve_to(cr, cx - 0.05, y - 0.015, cx + 0.05, y - 0.015, cx + 0.16, y);
      line(ink, w);
    }
  }
}

}  // namespace ekonte::render::figure
