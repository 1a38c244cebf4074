#pragma once
// ShotGraph + character models -> one render::ShotRenderInput per shot: everything the
// generators read, resolved to plain values (the insert prop to a word, the setting by value,
// the characters in frame with their models and the digest of their sheet pictures).
#include <string>
#include <vector>

#include "characters/character_model.hpp"
#include "compiler/shot_graph.hpp"
#include "render/shot_render.hpp"
#include "render/shot_render_input.hpp"

namespace ekonte::pipeline {

// What every shot's input shares, computed once per build.
struct RenderContext {
  const ShotGraph* graph = nullptr;
  const std::vector<characters::CharacterModel>* models = nullptr;  // by CharacterId::value
  std::vector<std::string> sheet_digests;  // by CharacterId::value; see render::CharacterInput
  std::vector<render::BackgroundInput> backgrounds;  // by SettingId::value; decoded once per build
  std::vector<render::BackgroundInput> shot_backgrounds;  // by ShotId::value: a shot's own `background:`
  render::GeneratorInput generator;
  render::SizeInput size;
};

// `width` x `height` pixels; a height of 0 follows the script's aspect (1280x720 for 16:9).
render::SizeInput frame_size(const ScriptMeta& meta, int width, int height = 0);
RenderContext make_render_context(const ShotGraph& graph, const std::vector<characters::CharacterModel>& models,
                                  const render::GeneratorInput& generator, render::SizeInput size);

render::ShotRenderInput shot_render_input(const RenderContext& context, const Shot& shot);
std::vector<render::ShotRenderInput> shot_render_inputs(const RenderContext& context);

// What the renderer leaves to the pipeline: the shot id and the shot graph's CharacterIds.
void name_landmarks(render::ShotLandmarks& landmarks, const ShotGraph& graph, const Shot& shot);

// One shot through the rig renderer straight from the graph (tests, tools).
render::ShotRender render_with_rig(const ShotGraph& graph, const Shot& shot,
                                   const std::vector<characters::CharacterModel>& models, int width,
                                   bool control_maps = true);

}  // namespace ekonte::pipeline
