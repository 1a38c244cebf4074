#pragma once
// The 2D skeleton: a pose from the pose library applied to a model's proportions, seen from
// a view. Joints are computed in 3D (body frame) and projected orthographically, so every
// pose works from every view.
#include <array>

#include "characters/character_model.hpp"
#include "compiler/shot_graph.hpp"

namespace ekonte::characters {

struct Vec2 {
  double x = 0, y = 0;
};

// Left/Right are the character's own sides.
enum class Joint {
  HeadCenter, Neck, Chest, Waist, Pelvis,
  ShoulderL, ElbowL, HandL, ShoulderR, ElbowR, HandR,
  HipL, KneeL, FootL, HipR, KneeR, FootR,
  Count
};
inline constexpr int kJointCount = int(Joint::Count);

// Camera-dependent distortion of proportions: low angles lengthen the legs and shrink the
// head, high angles the opposite.
struct Foreshortening {
  double head = 1.0;
  double legs = 1.0;
  // How steeply the camera looks down on the figure (degrees; 0 from the side): heights shrink
  // by its cosine and what is nearer the camera moves down the picture, so from high above the
  // crown and shoulders cover a short body.
  double pitch_deg = 0;
};

struct PosedSkeleton {
  // Figure space: centimetres, x to screen right, y down, origin on the ground under the body.
  std::array<Vec2, kJointCount> at{};
  // Towards the camera is positive; draw order of limbs.
  std::array<double, kJointCount> depth{};
  double yaw_deg = 0;        // 0 front, +90 profile facing screen left, 180 back
  double face_dir = 0;       // screen-x direction of the face, -1 (left) .. 1 (right)
  bool back = false;         // the camera sees the back of the head
  double head_tilt_deg = 0;  // head rotation on screen, positive clockwise
  double body_rotation_deg = 0;  // whole-figure rotation (lying down)
  double head_cm = 0;        // drawn head height (after foreshortening)
  Vec2 head_top;             // crown (without hair volume)
  double lowest_y = 0;       // ground contact (0 after normalisation)
  double look_up = 0;        // -1..1, eyes and face turned up (negative: down, as in a bow)
};

double yaw_of(View view);
// The pose's joints for `model`, seen from `view`, standing on y = 0.
PosedSkeleton pose_skeleton(const CharacterModel& model, Pose pose, View view,
                            const Foreshortening& fs = {}, double look_up = 0);

}  // namespace ekonte::characters
