#pragma once
// One drawing of a shot split for the camera: the whole picture, the set alone (the rig's
// background plate, drawn before any figure) and which pixels lie in front of the set. Moving
// the two at different rates is the parallax of a dolly or a truck; moving one figure's pixels
// alone is a walk across the frame.
#include <cstdint>

#include "render/image/image.hpp"
#include "render/shot_render.hpp"

namespace ekonte::animatic {

struct ShotLayers {
  render::ImageRgba picture;    // the still, as the storyboard shows it
  render::ImageRgba plate;      // the set alone; empty: the picture moves as one layer
  render::ImageGray front;      // 255 where the picture is not the plate: figures, held props, foreground pieces
  render::ImageGray instances;  // the rig's instance map: i + 1 = landmarks.characters[i]; may be empty
  double focus_x = -1, focus_y = -1;  // the framed subject's centre (landmarks.subject), where a push ends; negative: none
  bool has_plate() const { return !plate.pixels.empty(); }
};

// Takes the picture, plate and instance map out of `render`.
ShotLayers layers_from_render(render::ShotRender&& render);

}  // namespace ekonte::animatic
