#pragma once
// The camera of a moving shot, frame by frame. A move goes from its start framing to its end
// framing (vocabulary/camera_moves.def: travel and amount) with an ease-in/out, so the camera
// starts and stops gently as a camera operator would. Only scale and translation: a dutch angle
// is already drawn into the picture and holds its tilt.
#include <cstdint>

#include "compiler/shot_graph.hpp"

namespace ekonte::animatic {

// Where a layer's picture lies in the output frame: the picture point at the frame's centre
// (pixels of the picture, continuous) and the magnification.
struct LayerView {
  double cx = 0, cy = 0;
  double scale = 1;
};

// The set behind the figures and the figures in front may move at different rates (parallax).
struct CameraAt {
  LayerView set, front;
  bool still(int width, int height) const;  // both views show the picture as it is
};

// Sine ease-in/out of t in [0, 1].
double ease_in_out(double t);

// Where a push (dolly, zoom) ends: the end frame is centred on the framed subject as far as the
// picture allows, so a dolly in ends on the faces rather than on the middle of the frame.
struct Focus {
  double x = -1, y = -1;  // picture pixels; negative: the frame's centre
};

// The camera of `move` at `progress` in [0, 1] (already eased) over a `width` x `height` picture.
// `follow_dir` is the subject's travel for a follow (+1 right, -1 left).
CameraAt camera_at(Movement move, double progress, int width, int height, int follow_dir = 1, Focus focus = {});

// Progress of frame `frame` of a shot of `frames` frames: 0 at the first, 1 at the last, eased.
double move_progress(uint32_t frame, uint32_t frames);

}  // namespace ekonte::animatic
