#pragma once
// A character as the renderers need it: proportions, style templates and colours, derived
// from a `character` block of the shot graph (or drawn at random for training data).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "vocabulary/character_words.hpp"

namespace ekonte::characters {

// HairStyle, EyeShape, OutfitKind, AccessoryKind and Build, with their names, phrases and drawing
// parameters, are rows of the vocabulary tables (vocabulary/character_words.hpp).
std::string_view name_of(HairStyle);
std::string_view name_of(EyeShape);
std::string_view name_of(OutfitKind);
std::string_view name_of(AccessoryKind);
std::string_view name_of(Build);
std::string_view name_of(OuterwearKind);
std::string_view name_of(HeadwearKind);
std::string_view name_of(FootwearKind);
std::string_view name_of(FacialHair);
std::string_view name_of(EyeDetail);
std::string_view name_of(BodyType);

// Every length is in centimetres of the standing figure.
struct Proportions {
  double height_cm = 160;
  double head_count = 6.5;      // standing height / head height (chin to crown)
  double head_cm = 24.6;        // height_cm / head_count
  double neck_cm = 6;
  double torso_cm = 50;         // neck base to hip joints
  double leg_cm = 76;           // hip joint to sole
  double upper_arm_cm = 28, forearm_cm = 24, hand_cm = 9;
  double shoulder_width_cm = 34, hip_width_cm = 28, chest_depth_cm = 18;
  double limb_scale = 1.0;      // thickness multiplier from build
  double stoop_deg = 0;         // forward lean of the elderly
  double waist_scale = 1.0;     // waist and belly width multiplier (a heavy build's belly)
  double jaw = 0.0;             // 0 a small pointed chin .. 1 a wide square jaw (body and years)
  // The face's age, in head heights; a teen's face is the reference (1, 0.10, 0.14, 0). Between 17
  // and 23 a face grows up: the eyes get smaller and sit higher, the lower face lengthens, the
  // jaw squares and the neck thickens. From 70 the eyes are smaller still and the neck thins.
  double eye_scale = 1.0;       // eye height multiplier
  double eye_line = 0.10;       // eye centre below the head centre
  double neck_radius = 0.14;    // neck radius at the shoulders
  double chin = 0.0;            // how much lower the jaw's corners and the chin come than a teen's
};

// A layer worn over the top or one-piece (outerwear.def), in the order written.
struct Layer {
  OuterwearKind kind = OuterwearKind::Coat;
  Rgb primary, secondary;
  bool operator==(const Layer&) const = default;
};

// An accessory (accessories.def) and its colour.
struct Worn {
  AccessoryKind kind = AccessoryKind::None;
  Rgb color;
  bool operator==(const Worn&) const = default;
};

struct CharacterModel {
  std::string id;            // script id, "HARU"; "rand-<seed>" for random identities
  std::string display_name;
  int age = 16;
  Build build = Build::Average;
  BodyType body = BodyType::Neutral;
  Proportions proportions;
  HairStyle hair = HairStyle::Short;
  Rgb hair_color{40, 40, 50};
  FacialHair facial_hair = FacialHair::None;
  Rgb facial_hair_color{40, 40, 50};
  EyeShape eyes = EyeShape::Round;
  Rgb eye_color{60, 90, 160};
  std::vector<EyeDetail> eye_details;
  Rgb skin{243, 214, 193};
  // The wardrobe in slots: the top or one-piece (`outfit`), a bottom when the top is not a
  // one-piece, any number of outer layers, one headwear, one footwear, any number of accessories.
  OutfitKind outfit = OutfitKind::SailorUniform;
  Rgb outfit_primary{30, 43, 76};
  Rgb outfit_secondary{244, 244, 244};
  std::optional<OutfitKind> bottom;
  Rgb bottom_primary{58, 58, 68};
  Rgb bottom_secondary{244, 244, 244};
  std::vector<Layer> outerwear;
  std::optional<HeadwearKind> headwear;
  Rgb headwear_color{200, 170, 110};
  std::optional<FootwearKind> footwear;
  Rgb footwear_color{42, 36, 32};
  std::vector<Worn> accessories;
  // Drawn wet (vocabulary/wetness.def): the shot's prose says so; none: dry. The colours above are
  // already darkened by the row; the drawing adds slicked hair and drops.
  std::optional<Wetness> wet;

  bool wears(AccessoryKind a) const;
};

// Head count for an age: a 9-year-old is about 5 heads tall, a teen 6.5, an adult 7 to 7.5;
// ages beyond a human life (spirits) get the idealised 7.5.
double head_count_for_age(int age);
// How far a face has grown from a teen's into an adult's: 0 up to 17, 1 from 23.
double adulthood(int age);
// Fills every length of Proportions from height, age, build and body.
Proportions make_proportions(double height_cm, int age, Build build, BodyType body = BodyType::Neutral);

// Builds the model of `character`. Unknown style words are reported to `sink` (when not null)
// as W0501 UnknownStyleWord and replaced by the nearest template; never throws.
CharacterModel model_from_character(const Character& character, DiagnosticSink* sink,
                                    const std::string& file = {});
// All characters of a graph, in graph order (index = CharacterId::value).
std::vector<CharacterModel> models_from_graph(const ShotGraph& graph, DiagnosticSink* sink,
                                              const std::string& file = {});

// A plausible random identity (styles, colours, age, height) for training data; the same seed
// always gives the same model.
// `full_wardrobe` false draws from the tables as they were when the shipped generator weights
// were trained (five outfits, six accessories and a hat, three builds, seven hair styles, four eye
// shapes), with the same draws, so those weights keep meeting the identities they learned.
CharacterModel random_identity(uint64_t seed, bool full_wardrobe = true);

// Derived tones used by every renderer; tests check pixels against these.
// The cel shadow: the base colour multiplied by kShadowFactor and pulled slightly to blue-violet.
Rgb shadow_tone(Rgb base);
// The hair sheen band: the base colour mixed with white by kHighlightMix.
Rgb highlight_tone(Rgb base);
inline constexpr double kShadowFactor = 0.72;
inline constexpr double kHighlightMix = 0.35;

// Parses words to the row of one table; `exact` tells whether they were a known phrase of a row
// (see characters/read_words.hpp for how unknown words are read).
HairStyle hair_style_from_words(std::string_view words, bool* exact = nullptr);
EyeShape eye_shape_from_words(std::string_view words, bool* exact = nullptr);
OutfitKind outfit_from_words(std::string_view words, bool* exact = nullptr);
AccessoryKind accessory_from_words(std::string_view words, bool* exact = nullptr);
Build build_from_words(std::string_view words, bool* exact = nullptr);

std::string hex_of(Rgb c);  // "#rrggbb"
inline Rgb rgb_of(vocabulary::Colour c) { return Rgb{c.r, c.g, c.b}; }

}  // namespace ekonte::characters
