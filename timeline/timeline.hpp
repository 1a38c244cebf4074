#pragma once
// The shot graph laid out in time (docs/animatic.md).
//
// Transitions add time: a dissolve of N frames plays after the outgoing shot's last frame and
// before the incoming shot's first, blending the one into the other; a fade-out plays after the
// shot, a fade-in before it. Cuts (plain, match, smash) take no frames. So every shot shows its
// own picture for exactly its written duration, and
//   total_frames = sum of shot durations + sum of transition lengths.
// Lengths come from vocabulary/transitions.def (given at 24 fps) scaled to the script's fps.
#include <cstdint>
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"

namespace ekonte::timeline {

// A transition segment: frames that belong to no single shot.
struct TransitionSpan {
  Transition kind = Transition::None;
  uint64_t start_frame = 0;
  uint32_t frames = 0;
  // Shot indices it joins: `from` is the shot before (or none for a fade-in at the start of the
  // episode), `to` the shot after (or none for a fade-out at the end).
  static constexpr uint32_t kNone = UINT32_MAX;
  uint32_t from = kNone;
  uint32_t to = kNone;
};

struct ShotSpan {
  uint32_t shot_index = 0;   // into ShotGraph::shots
  uint64_t start_frame = 0;  // first frame showing this shot's own picture
  uint32_t frames = 0;       // its written duration
  uint64_t end_frame() const { return start_frame + frames; }  // one past the last
};

struct Timeline {
  uint32_t fps = 24;
  std::vector<ShotSpan> shots;               // in episode order, one per shot
  std::vector<TransitionSpan> transitions;   // in time order; zero-length cuts are not listed
  uint64_t total_frames = 0;

  double seconds(uint64_t frame) const { return fps ? static_cast<double>(frame) / fps : 0.0; }
  double total_seconds() const { return seconds(total_frames); }
  // The shot whose own picture shows at `frame`, or nullptr inside a transition / past the end.
  const ShotSpan* shot_at(uint64_t frame) const;
  // The transition segment covering `frame`, or nullptr.
  const TransitionSpan* transition_at(uint64_t frame) const;
};

// A transition's length in frames at `fps` (its 24 fps length scaled, rounded to nearest).
uint32_t transition_frames(Transition t, uint32_t fps);

Timeline make_timeline(const ShotGraph& graph);

// SMPTE non-drop timecode "HH:MM:SS:FF" for `frame` at `fps` (EDL, OTIO notes, CSV).
std::string timecode(uint64_t frame, uint32_t fps);

}  // namespace ekonte::timeline
