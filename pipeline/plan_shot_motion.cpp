#include "pipeline/plan_shot_motion.hpp"

#include <functional>

namespace ekonte::pipeline {

namespace {

bool from_the_script(Origin o) { return o == Origin::Action || o == Origin::Stage || o == Origin::Header; }

bool walking(Pose p) { return p == Pose::Walk || p == Pose::Run; }

int side(ScreenPosition p) { return p == ScreenPosition::Left ? -1 : p == ScreenPosition::Right ? 1 : 0; }

// The scene's previous shot that stages `character`, or -1.
int previous_appearance(const ShotGraph& graph, size_t shot, CharacterId character) {
  const Shot& here = graph.shots[shot];
  for (size_t j = shot; j-- > 0;) {
    const Shot& s = graph.shots[j];
    if (s.scene != here.scene) return -1;
    for (const Staging& st : s.characters)
      if (st.character == character) return int(j);
  }
  return -1;
}

}  // namespace

MotionPlan plan_shot_motion(const ShotGraph& graph, size_t i, const render::ShotRenderInput& input,
                            const std::function<render::ShotRenderInput(size_t)>& inputs) {
  MotionPlan plan;
  const Shot& shot = graph.shots[i];
  plan.motion.move = shot.movement.value;
  const Framing f = shot.framing.value;
  const bool close = f == Framing::CloseUp || f == Framing::ExtremeCloseUp || f == Framing::Insert ||
                     f == Framing::MediumCloseUp || f == Framing::Pov;

  render::ShotRenderInput passing = input, before = input;
  bool changed = false;
  for (size_t k = 0; k < shot.characters.size() && k < input.staging.size(); ++k) {
    const Staging& st = shot.characters[k];
    render::StagingInput& drawn = passing.staging[k];
    if (walking(drawn.pose)) {
      if (close || (f == Framing::OverTheShoulder && st.character == shot.subject)) continue;
      animatic::Walker w;
      w.character = drawn.character;
      w.run = drawn.pose == Pose::Run;
      switch (drawn.facing) {
        case Facing::Away: w.path = animatic::WalkPath::Away; break;
        case Facing::Camera: w.path = animatic::WalkPath::Towards; break;
        case Facing::ScreenLeft: w.direction = -1; break;
        case Facing::Character: {
          // Towards whom it faces: the other side of the frame.
          for (const render::StagingInput& other : input.staging)
            if (other.character == drawn.facing_target)
              w.direction = side(other.position) < side(drawn.position) ? -1 : 1;
          break;
        }
        default: break;
      }
      if (plan.motion.move == Movement::Follow) plan.motion.follow_direction = w.direction;
      plan.motion.walkers.push_back(w);
      drawn.pose = Pose::Stand;
      continue;
    }
    // A change the prose gives this shot: the earlier drawing until the middle.
    const bool pose_said = from_the_script(st.pose.origin), facing_said = from_the_script(st.facing.origin);
    if (!pose_said && !facing_said) continue;
    const int j = previous_appearance(graph, i, st.character);
    if (j < 0) continue;
    const render::ShotRenderInput earlier = inputs(size_t(j));
    for (const render::StagingInput& e : earlier.staging) {
      if (e.character != drawn.character) continue;
      render::StagingInput& b = before.staging[k];
      const bool pose_changes = pose_said && e.pose != b.pose && !walking(e.pose);
      const bool facing_changes = facing_said && (e.facing != b.facing || e.view != b.view);
      if (pose_changes) {
        b.pose = e.pose;
        b.seat = e.seat;
        b.action = e.action;
        changed = true;
      }
      if (facing_changes) {
        b.facing = e.facing;
        b.facing_target = e.facing_target;
        b.view = e.view;
        b.look_target = e.look_target;
        changed = true;
      }
    }
  }
  if (!plan.motion.walkers.empty()) plan.passing = std::move(passing);
  if (changed) {
    plan.motion.change_at_middle = true;
    plan.before = std::move(before);
  }
  return plan;
}

}  // namespace ekonte::pipeline
