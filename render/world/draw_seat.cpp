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

SeatKind seat_for(const SettingLook& look, Pose pose, bool named, std::optional<PropKind> prop) {
  const bool sits = pose == Pose::Sit || pose == Pose::Kneel;
  const bool lies = pose == Pose::Lie || pose == Pose::Sleep;
  if (pose == Pose::Ride) return SeatKind::Horse;
  if (!named || (!sits && !lies)) return seat_for(look, pose);
  if (!prop) return sits ? SeatKind::Floor : SeatKind::None;
  switch (vocabulary::row(*prop).drawing) {
    case vocabulary::PropDrawing::Chair: case vocabulary::PropDrawing::Desk: return sits ? SeatKind::Chair : SeatKind::None;
    case vocabulary::PropDrawing::Stool: return sits ? SeatKind::Stool : SeatKind::None;
    case vocabulary::PropDrawing::Bench: return SeatKind::Bench;
    case vocabulary::PropDrawing::Sofa: return SeatKind::Sofa;
    case vocabulary::PropDrawing::Throne: return sits ? SeatKind::Throne : SeatKind::None;
    case vocabulary::PropDrawing::Seats: return sits ? SeatKind::TrainSeat : SeatKind::None;
    case vocabulary::PropDrawing::Bed: return SeatKind::Bed;
    case vocabulary::PropDrawing::Horse: return sits ? SeatKind::Horse : SeatKind::None;
    case vocabulary::PropDrawing::Grass: case vocabulary::PropDrawing::Mat: return sits ? SeatKind::Grass : SeatKind::None;
    case vocabulary::PropDrawing::StoneSteps: return sits ? SeatKind::StoneStep : SeatKind::None;
    case vocabulary::PropDrawing::Cushions: return sits ? SeatKind::Cushion : SeatKind::None;
    case vocabulary::PropDrawing::Rocks: return sits ? (pose == Pose::Sit ? SeatKind::Rock : SeatKind::FlatStone) : SeatKind::None;
    default: return sits ? seat_for(look, pose) : SeatKind::None;
  }
}

Pose seated_pose(SeatKind seat, Pose pose) {
  // On a floor cushion, the floor or the grass a sitting figure kneels (seiza): the sit drawing
  // needs something under its hips.
  const bool on_floor = seat == SeatKind::Cushion || seat == SeatKind::Floor || seat == SeatKind::Grass;
  return on_floor && pose == Pose::Sit ? Pose::Kneel : pose;
}

namespace {

// Where a props.def seat is sat on: the top of its seat as a fraction of the drawing's height
// from the top (render/world/draw_prop_shapes.cpp), and the prop whose row gives its real size.
struct SeatShape {
  PropKind prop;
  double seat_from_top;
};
std::optional<SeatShape> seat_shape(SeatKind seat) {
  switch (seat) {
    case SeatKind::Chair: return SeatShape{PropKind::Chair, 0.5};
    case SeatKind::Stool: return SeatShape{PropKind::Stool, 0.02};
    case SeatKind::Bench: return SeatShape{PropKind::Bench, 0.0};
    case SeatKind::Sofa: return SeatShape{PropKind::Sofa, 0.42};
    case SeatKind::Throne: return SeatShape{PropKind::Throne, 0.55};
    case SeatKind::TrainSeat: return SeatShape{PropKind::Seats, 0.56};
    case SeatKind::Bed: return SeatShape{PropKind::Bed, 0.34};
    case SeatKind::Horse: return SeatShape{PropKind::Horse, 0.3};
    case SeatKind::Grass: return SeatShape{PropKind::Grass, 1.0};
    default: return std::nullopt;
  }
}

}  // namespace

double seat_height_cm(SeatKind seat) {
  const auto shape = seat_shape(seat);
  if (!shape) return 0;
  return vocabulary::row(shape->prop).height_cm * (1 - shape->seat_from_top);
}

Box draw_prop_seat(Canvas& cv, SeatKind seat, double pelvis_x, double ground_y, double k, double face_dir,
                   const SettingLook& look) {
  const auto shape = seat_shape(seat);
  if (!shape) return Box{pelvis_x, ground_y, 0, 0};
  const vocabulary::PropRow& r = vocabulary::row(shape->prop);
  const bool lit = is_night(look);
  const double w = r.width_cm * k, h = r.height_cm * k;
  // The drawings face screen right (a chair's back on the left, a horse's head on the right):
  // the seat turns with the figure, its back behind the figure, so mirror for a figure facing left.
  const bool mirror = face_dir < -0.1;
  // The back of a chair or throne is behind the sitter: the seat's middle sits under the hips.
  const double back = seat == SeatKind::Chair || seat == SeatKind::TrainSeat ? 0.25 : 0.0;
  const double cx = pelvis_x + (mirror ? 1 : -1) * back * w * 0.5;
  Box box{cx - w / 2, ground_y - h, w, h};
  if (seat == SeatKind::Grass) box = Box{pelvis_x - w, ground_y - h * 0.7, 2 * w, h};
  cv.save();
  if (mirror) {
    cv.translate(2 * (box.x + box.w / 2), 0);
    cv.scale(-1, 1);
  }
  world::draw_prop_shape(cv, r.drawing, box, colour_of(look.prop_colours, shape->prop), lit);
  cv.restore();
  return box;
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
    default: break;
  }
}

}  // namespace ekonte::render
