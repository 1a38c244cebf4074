#pragma once
// What moves inside a shot besides the camera, where the staging says so. Kept simple and
// deterministic: it is an animatic, not animation.
// - A walker (pose walk or run) crosses the frame, or walks into or out of depth when it faces
//   away from or towards the camera, with a two-pose cycle: its own drawing (the contact pose)
//   and the same shot drawn with it standing (the passing pose), a step every half second.
// - A change (a character who sits, stands or turns in this shot, after another pose or facing
//   in the scene's previous shot) shows the earlier drawing, then dissolves into the still over
//   a few frames that end at the shot's middle, so the pose does not pop.
#include <cstdint>
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"

namespace ekonte::animatic {

enum class WalkPath { Across, Away, Towards };

struct Walker {
  std::string character;  // script id
  uint32_t instance = 0;  // its value in the instance map (landmarks index + 1), found once drawn
  WalkPath path = WalkPath::Across;
  int direction = 1;      // across: +1 to the right, -1 to the left
  bool run = false;
};

struct ShotMotion {
  Movement move = Movement::Static;
  int follow_direction = 1;     // a follow's subject travels this way
  std::vector<Walker> walkers;  // need the passing-pose drawing
  bool change_at_middle = false;  // needs the earlier drawing
  bool any() const { return move != Movement::Static || !walkers.empty() || change_at_middle; }
};

// Where a walker is drawn at a frame, relative to its place in the still: shifted by `dx`
// pixels and scaled by `scale` about its feet; `passing` picks the passing-pose drawing.
struct WalkerAt {
  double dx = 0, scale = 1;
  bool passing = false;
};
WalkerAt walker_at(const Walker& walker, uint32_t frame, uint32_t frames, uint32_t fps, int width);

// The in-between of a change of pose: the frames of the dissolve from the earlier drawing into
// the still (at 24 fps, a sixth of a second: long enough to read as a move, short enough not
// to read as a double exposure, and each in-between costs as much as a new picture to encode), fewer in a short shot.
inline constexpr uint32_t kPoseDissolveFrames = 4;
// The still's share of frame `frame` of a shot whose pose changes: 0 (the earlier drawing)
// before the dissolve, strictly between 0 and 1 in it, 1 from the middle frame on.
double pose_mix(uint32_t frame, uint32_t frames);

// A stable text of the motion, for the clip key.
std::string motion_text(const ShotMotion& motion);

}  // namespace ekonte::animatic
