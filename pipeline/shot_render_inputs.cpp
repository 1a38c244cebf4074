#include "pipeline/shot_render_inputs.hpp"

#include "characters/dress_for_shot.hpp"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <fstream>
#include <iterator>
#include <memory>

#include "support/text.hpp"
#include "vocabulary/world.hpp"
#include "render/cache/content_hash.hpp"
#include "render/image/image_file.hpp"
#include "render/rig_renderer.hpp"
#include "render/shot_generator.hpp"

namespace ekonte::pipeline {
namespace {

std::string character_id(const ShotGraph& graph, CharacterId id) {
  return id.valid() && id.value < graph.characters.size() ? graph.characters[id.value].id : std::string();
}

std::string sheet_digest(const Character& c) {
  if (c.sheet_resolved.empty()) return {};
  std::ifstream f(c.sheet_resolved, std::ios::binary);
  if (!f) return "missing";
  return render::cache::digest_of(std::string(std::istreambuf_iterator<char>(f), {}));
}

// A seat noun: a props.def row, or the floor or ground (any noun that names no row: "floor",
// "ground", "the edge").
render::SeatInput seat_input(const std::string& noun) {
  render::SeatInput seat;
  if (noun.empty()) return seat;
  seat.named = true;
  if (const auto m = vocabulary::match_prop(noun)) seat.prop = m->value;
  return seat;
}

render::ExtrasInput extras_input(const Shot& shot, const Extras& e) {
  render::ExtrasInput out;
  out.count = e.count;
  out.props = render::extras_props(shot, e);
  std::string word;
  for (char c : e.description + " ") {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'') {
      word.push_back(char(std::tolower(static_cast<unsigned char>(c))));
    } else if (!word.empty()) {
      out.words.push_back(word);
      word.clear();
    }
  }
  return out;
}

// A setting's or a shot's `background:` picture, decoded; none when it has none or it cannot be
// read (the compile step has reported why: pipeline/check_sheet_images.hpp).
render::BackgroundInput background_of(const std::string& resolved, double horizon, double floor) {
  render::BackgroundInput b;
  if (resolved.empty()) return b;
  std::ifstream f(resolved, std::ios::binary);
  if (!f) return b;
  b.digest = render::cache::digest_of(std::string(std::istreambuf_iterator<char>(f), {}));
  auto picture = std::make_shared<render::ImageRgba>();
  std::string problem;
  if (render::read_image(resolved, picture.get(), &problem)) b.picture = std::move(picture);
  if (horizon >= 0) b.horizon = horizon;
  if (floor >= 0) b.floor = floor;
  return b;
}

}  // namespace

render::SizeInput frame_size(const ScriptMeta& meta, int width, int height) {
  render::SizeInput size;
  size.width = width > 0 ? width : 1280;
  if (height > 0) {
    size.height = height;
  } else {
    const double aw = meta.aspect_w ? meta.aspect_w : 16, ah = meta.aspect_h ? meta.aspect_h : 9;
    size.height = std::max(1, int(std::lround(size.width * ah / aw)));
  }
  return size;
}

RenderContext make_render_context(const ShotGraph& graph, const std::vector<characters::CharacterModel>& models,
                                  const render::GeneratorInput& generator, render::SizeInput size) {
  RenderContext c;
  c.graph = &graph;
  c.models = &models;
  for (const Character& character : graph.characters) c.sheet_digests.push_back(sheet_digest(character));
  for (const Setting& setting : graph.settings)
    c.backgrounds.push_back(background_of(setting.background_resolved, setting.horizon, setting.floor));
  // Shots that share a picture share its decoding.
  for (const Shot& shot : graph.shots) {
    render::BackgroundInput b;
    for (size_t i = 0; i < c.shot_backgrounds.size() && !shot.background.empty(); ++i)
      if (graph.shots[i].background_resolved == shot.background_resolved && c.shot_backgrounds[i].picture) {
        b = c.shot_backgrounds[i];
        b.horizon = shot.horizon >= 0 ? shot.horizon : 0.5;
        b.floor = shot.floor >= 0 ? shot.floor : 0.9;
        break;
      }
    if (!b.picture) b = background_of(shot.background_resolved, shot.horizon, shot.floor);
    c.shot_backgrounds.push_back(std::move(b));
  }
  c.generator = generator;
  c.size = size;
  return c;
}

render::ShotRenderInput shot_render_input(const RenderContext& context, const Shot& shot) {
  const ShotGraph& graph = *context.graph;
  render::ShotRenderInput in;
  in.camera.framing = shot.framing.value;
  in.camera.size = shot.size;
  in.camera.angle = shot.angle.value;
  in.camera.movement = shot.movement.value;
  in.camera.subject = character_id(graph, shot.subject);
  if (shot.framing.value == Framing::Insert) in.camera.insert_prop = render::resolve_insert_prop(shot);

  std::vector<CharacterId> named;  // every character the shot names, once, in first-named order
  auto name = [&](CharacterId id) {
    if (id.valid() && id.value < graph.characters.size() && std::find(named.begin(), named.end(), id) == named.end())
      named.push_back(id);
  };
  name(shot.subject);
  for (const Staging& s : shot.characters) {
    if (!s.character.valid() || s.character.value >= graph.characters.size()) continue;
    render::StagingInput st;
    st.character = character_id(graph, s.character);
    st.position = s.position.value;
    st.depth = s.depth.value;
    st.pose = vocabulary::drawn_pose(s.pose.value);  // poses without a drawing of their own take the nearest
    st.facing = s.facing.value;
    st.facing_target = character_id(graph, s.facing_target);
    st.expression = s.expression.value;
    st.view = s.view.value;
    st.action = s.action.value;
    for (const auto& h : s.held) {
      // A colour the prop got where it was picked up goes with it ("opens a red umbrella", then
      // "walks on" in the next shot).
      render::HeldInput held{render::prop_in_hand(h.value.noun), h.value.hand, h.value.colour};
      // "She opens a red umbrella": the shot's colour words colour what is held.
      for (const PropColour& c : shot.prop_colours)
        if (held.prop == c.prop && !held.colour) held.colour = c.colour;
      st.held.push_back(held);
    }
    st.seat = seat_input(s.seat.value);
    for (const auto& c : s.contacts)
      if (c.value.valid() && c.value.value < graph.characters.size()) st.contacts.push_back(character_id(graph, c.value));
    st.look_target = st.facing_target;
    in.staging.push_back(std::move(st));
    name(s.character);
    name(s.facing_target);
  }
  for (CharacterId id : named) {
    characters::CharacterModel model = context.models->at(id.value);
    // Dressed as the scene's prose has it by this shot: a sou'wester put on, a coat thrown off,
    // soaked through (compiler/staging/read_wardrobe.hpp).
    for (const Staging& s : shot.characters)
      if (s.character == id && (!s.wardrobe.empty() || s.wet)) {
        std::vector<WardrobeChange> changes;
        for (const auto& w : s.wardrobe) changes.push_back(w.value);
        model = characters::dress_for_shot(std::move(model), changes,
                                           s.wet ? std::optional<Wetness>(s.wet->value) : std::nullopt);
      }
    in.characters.push_back({std::move(model), context.sheet_digests.at(id.value), graph.characters[id.value].sheet_resolved});
  }

  in.setting.look = render::resolve_shot_setting(graph, shot);
  if (shot.setting.valid() && shot.setting.value < context.backgrounds.size() &&
      context.backgrounds[shot.setting.value].picture)
    in.setting.background = context.backgrounds[shot.setting.value];
  // The shot's own picture overrides the setting's backdrop and background.
  if (shot.index < context.shot_backgrounds.size() && context.shot_backgrounds[shot.index].picture)
    in.setting.background = context.shot_backgrounds[shot.index];

  in.generator = context.generator;
  in.seed = {shot.take, shot.seed};
  in.size = context.size;
  for (const Extras& e : shot.extras)
    if (e.count > 0) in.extras.push_back(extras_input(shot, e));
  return in;
}

std::vector<render::ShotRenderInput> shot_render_inputs(const RenderContext& context) {
  std::vector<render::ShotRenderInput> out;
  out.reserve(context.graph->shots.size());
  for (const Shot& shot : context.graph->shots) out.push_back(shot_render_input(context, shot));
  return out;
}

void name_landmarks(render::ShotLandmarks& landmarks, const ShotGraph& graph, const Shot& shot) {
  landmarks.shot_id = shot.id;
  for (render::CharacterLandmarks& c : landmarks.characters) c.character = graph.find_character(c.character_id);
}

render::ShotRender render_with_rig(const ShotGraph& graph, const Shot& shot,
                                   const std::vector<characters::CharacterModel>& models, int width,
                                   bool control_maps) {
  const auto rig = render::make_rig_generator();
  const RenderContext context = make_render_context(graph, models, rig->input(), frame_size(graph.meta, width));
  render::RigRenderOptions options;
  options.control_maps = control_maps;
  render::ShotRender r = render::render_rig_shot(shot_render_input(context, shot), options);
  name_landmarks(r.landmarks, graph, shot);
  return r;
}

}  // namespace ekonte::pipeline
