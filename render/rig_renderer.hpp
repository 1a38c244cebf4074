#pragma once
// The rig renderer: the default generator. A parametric anime character per model, posed,
// framed and lit per shot, with its control maps and landmarks. Deterministic: the same input
// gives byte-identical images.
#include <optional>
#include <vector>

#include "characters/character_model.hpp"
#include "compiler/shot_graph.hpp"
#include "render/shot_render.hpp"

namespace ekonte::render {

struct RigRenderOptions {
  int width = 1280;
  int height = 0;             // 0: from the script's aspect
  bool control_maps = true;   // lineart, parts and instance maps
  bool background_plate = true;
  std::optional<Rgb> paper;   // a flat backdrop instead of the setting (model sheets)
};

// Frame size for `options` and the script's aspect (1280x720 for 16:9 by default).
void frame_size(const ScriptMeta& meta, const RigRenderOptions& options, int* width, int* height);

// `models` are indexed by CharacterId::value (see characters::models_from_graph).
ShotRender render_rig_shot(const ShotGraph& graph, const Shot& shot,
                           const std::vector<characters::CharacterModel>& models, const RigRenderOptions& options);

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
