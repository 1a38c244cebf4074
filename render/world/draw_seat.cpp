// Seats under sitting and kneeling figures, chosen from the set's props and place.
#include <algorithm>
#include <cmath>

#include "render/world/world_drawing.hpp"

namespace ekonte::render {

SeatKind seat_for(const SettingLook& look, Pose pose) {
  if (pose != Pose::Sit && pose != Pose::Kneel) return SeatKind::None;
  if (has_prop(look, PropKind::StoneSteps)) return SeatKind::StoneStep;
  if (has_prop(look, PropKind::Cushions)) return SeatKind::Cushion;
  if (has_prop(look, PropKind::Rocks)) return pose == Pose::Sit ? SeatKind::Rock : SeatKind::FlatStone;
  if (look.interior || has_prop(look, PropKind::Table)) return SeatKind::Cushion;
  return pose == Pose::Sit ? SeatKind::Rock : SeatKind::FlatStone;
}

Pose seated_pose(SeatKind seat, Pose pose) {
  return seat == SeatKind::Cushion && pose == Pose::Sit ? Pose::Kneel : pose;
}

void draw_seat(Canvas& cv, SeatKind seat, const characters::PosedSkeleton& s, double ox, double oy, double k,
               const SettingLook& look) {
  if (seat == SeatKind::None) return;
  using characters::Joint;
  cairo_t* cr = cv.cr();
  const Rgb stone = world::hex(vocabulary::row(look.time).stone);
  const double u = s.head_cm;  // sizes scale with the figure
  const double lw = std::max(0.8, k * 0.45);
  // Figure centimetres to pixels.
  auto X = [&](double x) { return ox + x * k; };
  auto Y = [&](double y) { return oy + y * k; };
  // The seat sits under the pelvis and reaches back, away from where the figure faces.
  const double fd = s.back ? 0 : s.face_dir;
  const double hip_y = std::max(s.at[size_t(Joint::HipL)].y, s.at[size_t(Joint::HipR)].y);
  switch (seat) {
    case SeatKind::StoneStep: case SeatKind::FlatStone: {
      // Sitting: the step's top meets the underside of the thighs and the feet rest on the
      // step below (the ground); behind the figure the flight goes on up, so a medium framing
      // still shows the step she sits on. Kneeling: the figure kneels on the step's top.
      const bool sitting = hip_y < -u * 1.2;
      const double top = sitting ? hip_y + u * 0.32 : 0.0;
      const double bottom = sitting ? 0.0 : u * 0.55;
      const double half = seat == SeatKind::StoneStep ? u * 5.5 : u * 2.2;
      const double cx = -fd * u * 0.9;
      const double tread = u * 0.7;   // a top face, seen from a little above
      const double riser = u * 0.85;  // the next step up
      const int flight = seat == SeatKind::StoneStep && sitting ? 1 : 0;
      for (int i = flight; i >= 0; --i) {
        // Step i counts up from the seat; higher steps are farther and a little narrower.
        const double t = top - i * (tread + riser), b = i == 0 ? bottom : t + riser;
        const double hw = half * (1 - 0.04 * i);
        cairo_new_path(cr);
        cairo_move_to(cr, X(cx - hw * 0.97), Y(t - tread));
        cairo_line_to(cr, X(cx + hw * 0.97), Y(t - tread));
        cairo_line_to(cr, X(cx + hw), Y(t));
        cairo_line_to(cr, X(cx - hw), Y(t));
        cairo_close_path(cr);
        cv.fill(mix(stone, Rgb{255, 255, 255}, 0.12), PartLabel::Prop, lw);
        cairo_new_path(cr);
        cairo_rectangle(cr, X(cx - hw), Y(t), hw * 2 * k, (b - t) * k);
        cv.fill(mix(stone, Rgb{0, 0, 0}, 0.12 + 0.05 * i), PartLabel::Prop, lw);
        // The shadow under the lip.
        cairo_new_path(cr);
        cairo_rectangle(cr, X(cx - hw), Y(t), hw * 2 * k, (b - t) * 0.18 * k);
        cv.shade(mix(stone, Rgb{0, 0, 0}, 0.3));
      }
      break;
    }
    case SeatKind::Cushion: {
      // A zabuton: about 55 cm square, 8 cm thick, on the floor under the knees and heels.
      const Rgb cloth = world::pal(look, 2, Rgb{178, 72, 64});
      const double kx = (s.at[size_t(Joint::KneeL)].x + s.at[size_t(Joint::KneeR)].x) * 0.5;
      const double cx = kx * 0.5;
      const double half = 30 + 8 * (1 - std::fabs(fd));
      const double top = -9, face = -3, bottom = 2;
      cairo_new_path(cr);
      cairo_move_to(cr, X(cx - half + 5), Y(top));
      cairo_curve_to(cr, X(cx - half * 0.3), Y(top - 2), X(cx + half * 0.3), Y(top - 2), X(cx + half - 5), Y(top));
      cairo_curve_to(cr, X(cx + half + 2), Y(top + 2), X(cx + half + 2), Y(bottom - 2), X(cx + half - 3), Y(bottom));
      cairo_curve_to(cr, X(cx + half * 0.3), Y(bottom + 1.5), X(cx - half * 0.3), Y(bottom + 1.5), X(cx - half + 3), Y(bottom));
      cairo_curve_to(cr, X(cx - half - 2), Y(bottom - 2), X(cx - half - 2), Y(top + 2), X(cx - half + 5), Y(top));
      cairo_close_path(cr);
      cv.fill(cloth, PartLabel::Prop, lw);
      cairo_new_path(cr);
      cairo_rectangle(cr, X(cx - half - 3), Y(face), (half * 2 + 6) * k, (bottom + 2 - face) * k);
      cv.shade(scale_rgb(cloth, 0.78));
      // The tuft at the centre of a zabuton.
      cairo_new_path(cr);
      cairo_arc(cr, X(cx), Y((top + face) * 0.5), std::max(0.8, 1.6 * k), 0, 2 * world::kPi);
      cv.shade(scale_rgb(cloth, 0.6));
      break;
    }
    case SeatKind::Rock: {
      const double top = hip_y + u * 0.3;
      const double cx = -fd * u * 0.6;
      const double half = u * 1.9;
      cairo_new_path(cr);
      cairo_move_to(cr, X(cx - half), Y(u * 0.1));
      cairo_curve_to(cr, X(cx - half * 1.05), Y(top * 0.6), X(cx - half * 0.7), Y(top - u * 0.12), X(cx - half * 0.1),
                     Y(top - u * 0.1));
      cairo_curve_to(cr, X(cx + half * 0.5), Y(top - u * 0.08), X(cx + half * 1.05), Y(top * 0.7), X(cx + half),
                     Y(u * 0.1));
      cairo_close_path(cr);
      cv.fill(mix(stone, Rgb{90, 100, 80}, 0.15), PartLabel::Prop, lw);
      cairo_new_path(cr);
      cairo_rectangle(cr, X(cx - half * 1.1), Y(top * 0.45), half * 2.2 * k, -top * 0.6 * k);
      cv.shade(mix(stone, Rgb{0, 0, 0}, 0.25));
      break;
    }
    case SeatKind::None: break;
  }
}

}  // namespace ekonte::render
