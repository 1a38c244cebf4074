#pragma once
// The character vocabulary (hair styles, eye shapes, outfits, accessories, builds) from
// hair_styles.def, eye_shapes.def, outfits.def, accessories.def and builds.def: the enums a
// CharacterModel holds and, per word, the parameters the figure painter draws it with.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ekonte::characters {

enum class HairStyle {
#define EKONTE_HAIR(id, ...) id,
#include "vocabulary/hair_styles.def"
#undef EKONTE_HAIR
};

enum class EyeShape {
#define EKONTE_EYE(id, ...) id,
#include "vocabulary/eye_shapes.def"
#undef EKONTE_EYE
};

enum class OutfitKind {
#define EKONTE_OUTFIT(id, ...) id,
#include "vocabulary/outfits.def"
#undef EKONTE_OUTFIT
};

enum class AccessoryKind {
#define EKONTE_ACCESSORY(id, ...) id,
#include "vocabulary/accessories.def"
#undef EKONTE_ACCESSORY
};

enum class Build {
#define EKONTE_BUILD(id, ...) id,
#include "vocabulary/builds.def"
#undef EKONTE_BUILD
};

}  // namespace ekonte::characters

namespace ekonte::vocabulary {

// A colour written 0xrrggbb in a table (the vocabulary depends on nothing, so not ekonte::Rgb).
struct Colour {
  uint8_t r, g, b;
  static constexpr Colour hex(uint32_t v) { return {uint8_t(v >> 16), uint8_t(v >> 8), uint8_t(v)}; }
};

// ---- hair ----------------------------------------------------------------------------------
enum class HairCategory { Short, Medium, Long, Tied };
enum class HairBack { None, Bob, Long, Ponytail, TwinTails, Bun };
enum class Fringe { Strands, Blunt };
struct HairRow {
  std::string_view name, phrases;
  HairCategory category;
  HairBack back;
  double side_locks;  // head heights below the head centre
  double nape;        // head heights below the head centre, seen from behind
  Fringe fringe;
  int fringe_locks;
  bool spikes;
  bool ties;
  std::string_view description;
};

inline constexpr HairRow kHairRows[] = {
#define EKONTE_HAIR(id, name, phrases, category, back, side, nape, fringe, locks, spikes, ties, desc) \
  {name, phrases, HairCategory::category, HairBack::back, side, nape, Fringe::fringe, locks, spikes, ties, desc},
#include "vocabulary/hair_styles.def"
#undef EKONTE_HAIR
};

// ---- eyes ----------------------------------------------------------------------------------
enum class EyeCategory { Level, Upturned, Downturned };
struct EyeRow {
  std::string_view name, phrases;
  EyeCategory category;
  double height;        // head heights
  double width;         // multiplier
  double outer_corner;  // head heights, negative up
  double iris_height;   // multiplier
  std::string_view description;
};

inline constexpr EyeRow kEyeRows[] = {
#define EKONTE_EYE(id, name, phrases, category, height, width, outer, iris, desc) \
  {name, phrases, EyeCategory::category, height, width, outer, iris, desc},
#include "vocabulary/eye_shapes.def"
#undef EKONTE_EYE
};

// ---- outfits -------------------------------------------------------------------------------
enum class OutfitCategory { Uniform, Traditional, Casual, Formal };
enum class Paint { Skin, Primary, Secondary, Hosiery };
enum class Sleeve { Short, Puffed, Long, Wide };
enum class Lower { Skirt, Trousers };
enum class HemFrom { Hip, Knee };
enum class Collar { None, Sailor, Crossed, Rounded, Lapels };
enum class Waist { None, Band, Obi };
struct OutfitRow {
  std::string_view name, phrases;
  OutfitCategory category;
  Paint top, thigh, shin;
  Colour hosiery, shoes, default_secondary;
  Sleeve sleeve;
  bool cuff_stripe;
  Lower lower;
  HemFrom hem_from;
  double hem_at;     // fraction along the leg from hem_from
  double hem_flare;  // head heights
  double pleats;     // head heights; 0: none
  Collar collar;
  Waist waist;
  bool hood, pocket;
  std::string_view description;
};

inline constexpr OutfitRow kOutfitRows[] = {
#define EKONTE_OUTFIT(id, name, phrases, category, top, thigh, shin, hosiery, shoes, second, sleeve, cuff, lower, from, at, \
                      flare, pleats, collar, waist, hood, pocket, desc)                                                 \
  {name,          phrases,          OutfitCategory::category, Paint::top,          Paint::thigh,                          \
   Paint::shin,   Colour::hex(hosiery), Colour::hex(shoes),   Colour::hex(second), Sleeve::sleeve,                        \
   cuff,          Lower::lower,     HemFrom::from,            at,                  flare,                                 \
   pleats,        Collar::collar,   Waist::waist,             hood,                pocket,                                \
   desc},
#include "vocabulary/outfits.def"
#undef EKONTE_OUTFIT
};

// ---- accessories ---------------------------------------------------------------------------
enum class AccessoryPlace { None, Neck, Body, Head };
enum class AccessoryDrawing { None, Scarf, Bag, Glasses, Ribbon, Hat, FoxMask };
struct AccessoryRow {
  std::string_view name, phrases;
  AccessoryPlace place;
  AccessoryDrawing drawing;
  Colour default_color;
  bool covers_eyes;
  std::string_view description;
};

inline constexpr AccessoryRow kAccessoryRows[] = {
#define EKONTE_ACCESSORY(id, name, phrases, place, drawing, colour, covers_eyes, desc) \
  {name, phrases, AccessoryPlace::place, AccessoryDrawing::drawing, Colour::hex(colour), covers_eyes, desc},
#include "vocabulary/accessories.def"
#undef EKONTE_ACCESSORY
};

// ---- builds --------------------------------------------------------------------------------
enum class BuildCategory { Narrow, Regular, Broad };
struct BuildRow {
  std::string_view name, phrases;
  BuildCategory category;
  double width;  // multiplier of every width and limb thickness
  std::string_view description;
};

inline constexpr BuildRow kBuildRows[] = {
#define EKONTE_BUILD(id, name, phrases, category, width, desc) {name, phrases, BuildCategory::category, width, desc},
#include "vocabulary/builds.def"
#undef EKONTE_BUILD
};

inline const HairRow& row(characters::HairStyle v) { return kHairRows[static_cast<size_t>(v)]; }
inline const EyeRow& row(characters::EyeShape v) { return kEyeRows[static_cast<size_t>(v)]; }
inline const OutfitRow& row(characters::OutfitKind v) { return kOutfitRows[static_cast<size_t>(v)]; }
inline const AccessoryRow& row(characters::AccessoryKind v) { return kAccessoryRows[static_cast<size_t>(v)]; }
inline const BuildRow& row(characters::Build v) { return kBuildRows[static_cast<size_t>(v)]; }

// Category names as the listing and the docs show them.
std::string_view name_of(HairCategory);
std::string_view name_of(EyeCategory);
std::string_view name_of(OutfitCategory);
std::string_view name_of(AccessoryPlace);
std::string_view name_of(BuildCategory);

}  // namespace ekonte::vocabulary
