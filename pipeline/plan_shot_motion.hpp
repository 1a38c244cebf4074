#pragma once
// What moves in each shot of the animatic, read from the shot graph: the camera move, the
// walkers (pose walk or run, not in a close framing) and a change of pose or facing the prose
// gives this shot after another one in the scene's previous shot. The extra drawings a motion
// needs are render inputs like any other, so they are cached under their own render keys.
#include <functional>
#include <optional>
#include <vector>

#include "animatic/shot_motion.hpp"
#include "pipeline/shot_render_inputs.hpp"

namespace ekonte::pipeline {

struct MotionPlan {
  animatic::ShotMotion motion;
  std::optional<render::ShotRenderInput> before;   // the drawing until the shot's middle
  std::optional<render::ShotRenderInput> passing;  // the walkers standing: the walk cycle's other pose
};

// `inputs(i)` is shot i's render input.
MotionPlan plan_shot_motion(const ShotGraph& graph, size_t shot, const render::ShotRenderInput& input,
                            const std::function<render::ShotRenderInput(size_t)>& inputs);

}  // namespace ekonte::pipeline
