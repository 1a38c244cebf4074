#include "animatic/camera_path.hpp"

#include <algorithm>
#include <cmath>

#include "vocabulary/camera.hpp"

namespace ekonte::animatic {

namespace {

constexpr double kPi = 3.14159265358979323846;
// How far the set moves for each unit the figures move in a dolly, truck or crane: the set is
// several times further from the camera than the figures, so it slides and grows less.
constexpr double kSetParallax = 0.45;

LayerView centred(int w, int h, double scale = 1) { return {w / 2.0, h / 2.0, scale}; }

}  // namespace

bool CameraAt::still(int w, int h) const {
  const auto at_rest = [&](const LayerView& v) { return v.scale == 1 && v.cx == w / 2.0 && v.cy == h / 2.0; };
  return at_rest(set) && at_rest(front);
}

double ease_in_out(double t) {
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  return (1 - std::cos(kPi * t)) / 2;
}

double move_progress(uint32_t frame, uint32_t frames) {
  if (frames <= 1) return 0.5;
  return ease_in_out(double(frame) / double(frames - 1));
}

CameraAt camera_at(Movement move, double p, int w, int h, int follow_dir, Focus focus) {
  const vocabulary::MoveRow& row = vocabulary::row(move);
  const double a = row.amount;
  const int d = row.direction;
  CameraAt c{centred(w, h), centred(w, h)};
  // Sliding moves see the picture slightly enlarged, so there is picture beyond the frame to
  // slide onto; the view travels `a` of the frame, from one side of the middle to the other.
  const double slide_scale = 1 / (1 - a);
  const double s = p - 0.5;  // -0.5 .. 0.5 through the move
  switch (row.travel) {
    case vocabulary::MoveTravel::Hold: break;
    case vocabulary::MoveTravel::Pan:
      c.set = c.front = {w / 2.0 + d * s * a * w, h / 2.0, slide_scale};
      break;
    case vocabulary::MoveTravel::Tilt:
      c.set = c.front = {w / 2.0, h / 2.0 + d * s * a * h, slide_scale};
      break;
    case vocabulary::MoveTravel::Lens:
    case vocabulary::MoveTravel::Dolly: {
      // In: from the whole frame to the end frame (`a` of it); out: the reverse. The scale runs
      // geometrically, so the push feels even.
      const double end = 1 / a;
      const double t = d > 0 ? p : 1 - p;
      const double front = std::exp(t * std::log(end));
      c.front.scale = front;
      c.set.scale = row.travel == vocabulary::MoveTravel::Lens ? front : 1 + (front - 1) * kSetParallax;
      // The view's centre travels towards the subject as the view narrows (a ≤ half-view ≤ 1),
      // staying inside the picture.
      const double fx = focus.x < 0 ? w / 2.0 : std::clamp(focus.x, w * a / 2, w - w * a / 2);
      const double fy = focus.y < 0 ? h / 2.0 : std::clamp(focus.y, h * a / 2, h - h * a / 2);
      const double reach = (1 - 1 / front) / (1 - a);  // 0 at the whole frame, 1 at the end frame
      for (LayerView* v : {&c.front, &c.set}) {
        v->cx = w / 2.0 + (fx - w / 2.0) * reach;
        v->cy = h / 2.0 + (fy - h / 2.0) * reach;
      }
      break;
    }
    case vocabulary::MoveTravel::Truck:
      c.front = {w / 2.0 + d * s * a * w, h / 2.0, slide_scale};
      c.set = {w / 2.0 + d * s * a * w * kSetParallax, h / 2.0, slide_scale};
      break;
    case vocabulary::MoveTravel::Crane:
      // Up: the camera rises, so the picture sinks in the frame: the view climbs.
      c.front = {w / 2.0, h / 2.0 - d * s * a * h, slide_scale};
      c.set = {w / 2.0, h / 2.0 - d * s * a * h * kSetParallax, slide_scale};
      break;
    case vocabulary::MoveTravel::Follow:
      // The figures keep their place; the set slides the other way behind them.
      c.set = {w / 2.0 + follow_dir * s * a * w, h / 2.0, slide_scale};
      break;
  }
  return c;
}

}  // namespace ekonte::animatic
