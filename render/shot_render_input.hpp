#pragma once
// Everything a generator reads to draw one shot, and nothing else: the pipeline builds one per
// shot from the shot graph (pipeline/shot_render_inputs.hpp), the generators render from it
// (render/shot_generator.hpp) and the render key is its hash (render/cache/render_key.hpp), so
// an input a generator reads can never be missing from the key. Plain values, no ids into the
// shot graph: characters are named by their script id and carried by value.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "characters/character_model.hpp"
#include "compiler/shot_graph.hpp"
#include "render/image/image.hpp"
#include "render/world/setting_look.hpp"

namespace ekonte::render {

struct CameraInput {
  Framing framing = Framing::Medium;
  Framing size = Framing::Medium;  // how tight; see Shot::size
  Angle angle = Angle::EyeLevel;
  Movement movement = Movement::Static;
  std::string subject;      // script id of the framed character; empty when none
  InsertProp insert_prop;   // insert shots: the prop drawn (render/world/setting_look.hpp)
};

// A prop in a character's hand: the props.def row it resolves to (none: a noun with no drawing,
// e.g. "scarf", which is not drawn) and which hand holds it.
struct HeldInput {
  std::optional<PropKind> prop;
  Hand hand = Hand::Right;
  std::optional<Rgb> colour;  // the colour the shot's words give it ("a red umbrella"); none: its row's
};

// What a sitting, lying or riding character rests on. `named` is false when the staging names no
// seat (the renderer then chooses one from the set, as before); with `named` and no `prop` the
// figure is on the floor or the ground.
struct SeatInput {
  bool named = false;
  std::optional<PropKind> prop;
};

// One character in frame, in screen order left to right.
struct StagingInput {
  std::string character;  // script id
  ScreenPosition position = ScreenPosition::Center;
  Depth depth = Depth::Midground;
  Pose pose = Pose::Stand;
  Facing facing = Facing::Camera;
  std::string facing_target;  // script id when facing == Character, else empty
  Expression expression = Expression::Neutral;
  View view = View::Front;
  Action action = Action::Stand;      // the action class whose row chose the pose
  std::vector<HeldInput> held;        // at most one per hand
  SeatInput seat;
  std::vector<std::string> contacts;  // script ids of the characters this one touches
  std::string look_target;            // script id of whom the character looks at; empty: no one
};

// Unnamed people in the background ("two guards", "strangers with umbrellas"): how many and the
// description's words, lowercase.
struct ExtrasInput {
  uint32_t count = 0;
  std::vector<std::string> words;
  std::vector<PropKind> props;  // what the sentence naming them puts in their hands (render::extras_props)
};

// The artist's own picture of a setting (`background:`), drawn instead of the kind's backdrop.
struct BackgroundInput {
  std::shared_ptr<const ImageRgba> picture;  // decoded once per setting; null: none
  std::string digest;                        // of the picture file's bytes; it is what the key hashes
  double horizon = 0.5, floor = 0.9;         // fractions of the picture's height from the top
};

struct SettingInput {
  SettingLook look;          // the scene's setting resolved to vocabulary rows (no setting: a studio backdrop)
  std::optional<Rgb> paper;  // a flat backdrop instead of any setting (model sheets)
  BackgroundInput background;
};

// A character the shot shows or refers to (subject, staged, looked at).
struct CharacterInput {
  characters::CharacterModel model;
  std::string sheet_digest;  // digest of the `sheet:` picture's bytes; "missing"; empty: no sheet
  std::string sheet_path;    // where the neural generator reads that picture; its bytes are the digest
};

struct GeneratorInput {
  std::string name;     // "rig", "neural"
  std::string version;  // changes whenever the pictures would change
  std::vector<std::pair<std::string, std::string>> cache_inputs;  // e.g. {"weights", digest}
};

struct SeedInput {
  uint32_t take = 1;
  uint64_t seed = 0;  // 0: no sideways nudge, no dutch-tilt side (model sheets)
};

struct SizeInput {
  int width = 1280, height = 720;  // pixels of the picture
};

struct ShotRenderInput {
  CameraInput camera;
  std::vector<StagingInput> staging;
  SettingInput setting;
  std::vector<CharacterInput> characters;  // each character named in camera or staging, once
  GeneratorInput generator;
  SeedInput seed;
  SizeInput size;
  std::vector<ExtrasInput> extras;

  // The model of script id `id`, or null.
  const CharacterInput* character(const std::string& id) const;
};

}  // namespace ekonte::render
