#pragma once
// The clip cache's keys (docs/animatic.md). A shot's clip is a pure function of its drawings
// (named by their render keys), its length, its move and motion, the frame size and fps and
// the encoder; a transition's segment of the two clips it joins (their last and first frames),
// its kind and length. Each input goes in under its own tag after a format version, as the
// render key does, so a changed input is a miss and an unchanged shot is never encoded again
// (rewording a line changes no clip: the audio is encoded whole at every build).
#include <cstdint>
#include <string>

#include "animatic/shot_motion.hpp"
#include "compiler/shot_graph.hpp"

namespace ekonte::animatic {

// Bump whenever the frames drawn from the same inputs change (camera path, compositing, motion).
inline constexpr const char* kClipKeyVersion = "ekonte-clip-key-v2";
// The cache extra's kind: the segment's byte format (video_segment.cpp) goes with it.
inline constexpr const char* kClipCacheKind = "animatic-seg1";

struct ClipKeyInputs {
  std::string still;    // render key of the shot's picture
  std::string before;   // render key of the earlier pose's picture; empty: none
  std::string passing;  // render key of the walkers' passing pose; empty: none
  uint32_t frames = 0;
  uint32_t fps = 24;
  int width = 0, height = 0;
  ShotMotion motion;
  std::string encoder;   // encoder_identity()
  std::string overlay;   // what is drawn over the picture (burnt-in subtitles); empty: nothing
};
std::string clip_key(const ClipKeyInputs& inputs);

std::string transition_key(Transition kind, uint32_t frames, const std::string& from_clip, const std::string& to_clip,
                           const std::string& encoder);

}  // namespace ekonte::animatic
