#pragma once
// The rig renderer: the default generator. A parametric anime character per model, posed,
// framed and lit per shot, with its control maps and landmarks. Deterministic: the same input
// gives byte-identical images.
#include <optional>
#include <vector>

#include "characters/character_model.hpp"
#include "render/shot_render.hpp"
#include "render/shot_render_input.hpp"

namespace ekonte::render {

// What to produce besides the picture; what the picture shows is all in ShotRenderInput.
struct RigRenderOptions {
  bool control_maps = true;   // lineart, parts and instance maps
  bool background_plate = true;
};

// The landmarks name characters by script id (CharacterLandmarks::character_id) and leave the
// shot id and the shot graph's CharacterIds to the pipeline, which knows them.
ShotRender render_rig_shot(const ShotRenderInput& input, const RigRenderOptions& options = {});

// One character without a script: training data, model sheets, tests.
struct FigureShot {
  Pose pose = Pose::Stand;
  View view = View::Front;
  Expression expression = Expression::Neutral;
  Framing framing = Framing::Full;
  Angle angle = Angle::EyeLevel;
  Facing facing = Facing::Camera;
  int width = 512, height = 512;
  Rgb paper{246, 243, 236};          // plain background
  const Setting* setting = nullptr;  // or a set
  bool interior = false;
};
ShotRender render_figure(const characters::CharacterModel& model, const FigureShot& shot);

}  // namespace ekonte::render
