// The camera path: eased, going the way each move's row says, with parallax only where the
// camera itself travels (dolly, truck, crane), and nothing moving in a static shot.
#include <doctest/doctest.h>

#include "animatic/camera_path.hpp"
#include "vocabulary/camera.hpp"

using namespace ekonte;
using namespace ekonte::animatic;

TEST_CASE("the ease starts and ends at rest and passes the middle at half way") {
  CHECK(ease_in_out(0) == 0);
  CHECK(ease_in_out(1) == 1);
  CHECK(ease_in_out(0.5) == doctest::Approx(0.5));
  // Slow at the ends: the first tenth of the time covers far less than a tenth of the way.
  CHECK(ease_in_out(0.1) < 0.05);
  CHECK(move_progress(0, 48) == 0);
  CHECK(move_progress(47, 48) == 1);
}

TEST_CASE("a static shot shows its picture unmoved at every frame") {
  for (double p : {0.0, 0.3, 1.0}) CHECK(camera_at(Movement::Static, p, 320, 180).still(320, 180));
}

TEST_CASE("pans and tilts slide the view the way the row says, both layers alike") {
  const CameraAt right0 = camera_at(Movement::PanRight, 0, 320, 180), right1 = camera_at(Movement::PanRight, 1, 320, 180);
  CHECK(right1.front.cx > right0.front.cx);
  CHECK(right0.set.cx == right0.front.cx);
  const CameraAt left1 = camera_at(Movement::PanLeft, 1, 320, 180);
  CHECK(left1.front.cx < 160);
  const CameraAt up0 = camera_at(Movement::TiltUp, 0, 320, 180), up1 = camera_at(Movement::TiltUp, 1, 320, 180);
  CHECK(up1.front.cy < up0.front.cy);  // tilting up shows what is higher in the picture
  // The view stays inside the picture: half the view never passes the picture's edge.
  for (const CameraAt& c : {right0, right1, up0, up1}) {
    CHECK(c.front.cx - 160 / c.front.scale >= -1e-9);
    CHECK(c.front.cx + 160 / c.front.scale <= 320 + 1e-9);
    CHECK(c.front.cy - 90 / c.front.scale >= -1e-9);
    CHECK(c.front.cy + 90 / c.front.scale <= 180 + 1e-9);
  }
}

TEST_CASE("a dolly grows the figures faster than the set; a zoom grows both alike") {
  const CameraAt dolly = camera_at(Movement::DollyIn, 1, 320, 180);
  CHECK(dolly.front.scale == doctest::Approx(1 / vocabulary::row(Movement::DollyIn).amount));
  CHECK(dolly.set.scale > 1);
  CHECK(dolly.set.scale < dolly.front.scale);
  const CameraAt zoom = camera_at(Movement::ZoomIn, 1, 320, 180);
  CHECK(zoom.set.scale == zoom.front.scale);
  // Dolly out starts at the end frame and pulls back to the whole picture.
  CHECK(camera_at(Movement::DollyOut, 0, 320, 180).front.scale > 1);
  CHECK(camera_at(Movement::DollyOut, 1, 320, 180).still(320, 180));
  CHECK(camera_at(Movement::DollyIn, 0, 320, 180).still(320, 180));
}

TEST_CASE("trucks and cranes move the set less than the figures; a follow moves only the set") {
  const CameraAt a = camera_at(Movement::TruckRight, 0, 320, 180), b = camera_at(Movement::TruckRight, 1, 320, 180);
  CHECK(b.front.cx - a.front.cx > 0);
  CHECK(b.set.cx - a.set.cx > 0);
  CHECK(b.set.cx - a.set.cx < b.front.cx - a.front.cx);
  const CameraAt up0 = camera_at(Movement::CraneUp, 0, 320, 180), up1 = camera_at(Movement::CraneUp, 1, 320, 180);
  CHECK(up1.front.cy < up0.front.cy);
  CHECK(up0.front.cy - up1.front.cy > up0.set.cy - up1.set.cy);
  const CameraAt f0 = camera_at(Movement::Follow, 0, 320, 180, 1), f1 = camera_at(Movement::Follow, 1, 320, 180, 1);
  CHECK(f0.front.cx == f1.front.cx);
  CHECK(f0.front.scale == 1);
  CHECK(f1.set.cx > f0.set.cx);
}

TEST_CASE("a push ends on the framed subject, its view inside the picture") {
  // A subject in the upper right: the end frame moves towards it but never past the picture.
  const Focus subject{300, 20};
  const CameraAt end = camera_at(Movement::DollyIn, 1, 320, 180, 1, subject);
  const double half_w = 160 / end.front.scale, half_h = 90 / end.front.scale;
  CHECK(end.front.cx > 160);
  CHECK(end.front.cy < 90);
  CHECK(end.front.cx + half_w <= 320 + 1e-9);
  CHECK(end.front.cy - half_h >= -1e-9);
  CHECK(end.set.cx == end.front.cx);
  // Half way, still inside.
  const CameraAt mid = camera_at(Movement::ZoomIn, 0.5, 320, 180, 1, subject);
  CHECK(mid.front.cx + 160 / mid.front.scale <= 320 + 1e-9);
  CHECK(mid.front.cy - 90 / mid.front.scale >= -1e-9);
  // The start is the whole picture.
  CHECK(camera_at(Movement::DollyIn, 0, 320, 180, 1, subject).still(320, 180));
}
