#include "animatic/shot_motion.hpp"

#include <algorithm>
#include <cmath>

namespace ekonte::animatic {

namespace {

// How far a walker crosses the frame over its shot (fractions of the frame's width), and how
// much it shrinks or grows walking away or towards: a walk is slower than a run.
constexpr double kWalkAcross = 0.30, kRunAcross = 0.55;
constexpr double kWalkDepth = 0.22, kRunDepth = 0.35;
// Seconds per step (one contact pose and one passing pose): a brisk walk, a run.
constexpr double kWalkStep = 0.5, kRunStep = 0.33;

}  // namespace

WalkerAt walker_at(const Walker& w, uint32_t frame, uint32_t frames, uint32_t fps, int width) {
  WalkerAt at;
  // Walking is even, not eased; the middle frame shows the walker where the still has it.
  const double s = frames > 1 ? (double(frame) - double(frames / 2)) / double(frames - 1) : 0.0;
  switch (w.path) {
    case WalkPath::Across: at.dx = w.direction * s * (w.run ? kRunAcross : kWalkAcross) * width; break;
    case WalkPath::Away: at.scale = 1 - s * (w.run ? kRunDepth : kWalkDepth); break;
    case WalkPath::Towards: at.scale = 1 + s * (w.run ? kRunDepth : kWalkDepth); break;
  }
  const int64_t step = std::max<int64_t>(2, std::llround((w.run ? kRunStep : kWalkStep) * fps));
  const int64_t since_middle = int64_t(frame) - int64_t(frames / 2);
  const int64_t phase = ((since_middle % step) + step) % step;
  at.passing = phase >= step / 2;
  return at;
}

double pose_mix(uint32_t frame, uint32_t frames) {
  const uint32_t middle = frames / 2;
  const uint32_t n = std::min(kPoseDissolveFrames, frames / 4);
  if (frame >= middle) return 1;
  if (frame + n < middle) return 0;
  return double(frame + n + 1 - middle) / double(n + 1);
}

std::string motion_text(const ShotMotion& m) {
  std::string t = "move=" + std::string(name_of(m.move)) + ";follow=" + std::to_string(m.follow_direction) +
                  ";change=" + (m.change_at_middle ? "dissolve" + std::to_string(kPoseDissolveFrames) : "0");
  for (const Walker& w : m.walkers)
    t += ";walker=" + w.character + "," + std::to_string(int(w.path)) + "," +
         std::to_string(w.direction) + "," + (w.run ? "run" : "walk");
  return t;
}

}  // namespace ekonte::animatic
