#include "timeline/timeline.hpp"

#include <algorithm>
#include <cstdio>

#include "vocabulary/transitions.hpp"

namespace ekonte::timeline {

uint32_t transition_frames(Transition t, uint32_t fps) {
  const int at24 = vocabulary::row(t).frames_at_24fps;
  if (at24 <= 0 || fps == 0) return 0;
  return static_cast<uint32_t>((static_cast<uint64_t>(at24) * fps + 12) / 24);
}

Timeline make_timeline(const ShotGraph& graph) {
  Timeline tl;
  tl.fps = graph.meta.fps ? graph.meta.fps : 24;
  uint64_t frame = 0;
  const auto add_transition = [&](Transition kind, uint32_t from, uint32_t to) {
    const uint32_t n = transition_frames(kind, tl.fps);
    if (n == 0) return;
    tl.transitions.push_back({kind, frame, n, from, to});
    frame += n;
  };
  const uint32_t count = static_cast<uint32_t>(graph.shots.size());
  // The compiler stores a transition mark twice: as `transition_out` of the shot before it and
  // `transition_in` of the shot after it. An opening kind (fade in) plays before the shot it
  // opens; a closing kind (dissolve, fade out) after the shot it closes.
  const auto opens = [](Transition t) {
    return t != Transition::None && vocabulary::row(t).place == vocabulary::TransitionPlace::Opening;
  };
  for (uint32_t i = 0; i < count; ++i) {
    const Shot& shot = graph.shots[i];
    if (opens(shot.transition_in)) add_transition(shot.transition_in, TransitionSpan::kNone, i);
    tl.shots.push_back({i, frame, shot.duration_frames});
    frame += shot.duration_frames;
    if (shot.transition_out != Transition::None && !opens(shot.transition_out)) {
      const bool to_black = shot.transition_out == Transition::FadeOut || i + 1 >= count;
      add_transition(shot.transition_out, i, to_black ? TransitionSpan::kNone : i + 1);
    }
  }
  tl.total_frames = frame;
  return tl;
}

const ShotSpan* Timeline::shot_at(uint64_t frame) const {
  auto it = std::upper_bound(shots.begin(), shots.end(), frame,
                             [](uint64_t f, const ShotSpan& s) { return f < s.start_frame; });
  if (it == shots.begin()) return nullptr;
  --it;
  return frame < it->end_frame() ? &*it : nullptr;
}

const TransitionSpan* Timeline::transition_at(uint64_t frame) const {
  for (const auto& t : transitions)
    if (frame >= t.start_frame && frame < t.start_frame + t.frames) return &t;
  return nullptr;
}

std::string timecode(uint64_t frame, uint32_t fps) {
  if (fps == 0) fps = 24;
  const uint64_t ff = frame % fps, total_s = frame / fps;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02llu:%02llu:%02llu:%02llu", static_cast<unsigned long long>(total_s / 3600),
                static_cast<unsigned long long>(total_s / 60 % 60), static_cast<unsigned long long>(total_s % 60),
                static_cast<unsigned long long>(ff));
  return buf;
}

}  // namespace ekonte::timeline
