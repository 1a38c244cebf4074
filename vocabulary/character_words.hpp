#pragma once
// The character vocabulary from hair_styles.def, facial_hair.def, eye_shapes.def, eye_details.def,
// outfits.def (tops, bottoms, one-pieces), outerwear.def, headwear.def, footwear.def,
// accessories.def, builds.def and body_types.def: the enums a CharacterModel holds and, per word,
// the parameters the figure painter draws it with.
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

enum class OuterwearKind {
#define EKONTE_OUTERWEAR(id, ...) id,
#include "vocabulary/outerwear.def"
#undef EKONTE_OUTERWEAR
};

enum class HeadwearKind {
#define EKONTE_HEADWEAR(id, ...) id,
#include "vocabulary/headwear.def"
#undef EKONTE_HEADWEAR
};

enum class FootwearKind {
#define EKONTE_FOOTWEAR(id, ...) id,
#include "vocabulary/footwear.def"
#undef EKONTE_FOOTWEAR
};

enum class FacialHair {
#define EKONTE_FACIAL_HAIR(id, ...) id,
#include "vocabulary/facial_hair.def"
#undef EKONTE_FACIAL_HAIR
};

enum class EyeDetail {
#define EKONTE_EYE_DETAIL(id, ...) id,
#include "vocabulary/eye_details.def"
#undef EKONTE_EYE_DETAIL
};

enum class BodyType {
#define EKONTE_BODY(id, ...) id,
#include "vocabulary/body_types.def"
#undef EKONTE_BODY
};

}  // namespace ekonte::characters

namespace ekonte::vocabulary {

// A colour written 0xrrggbb in a table (the vocabulary depends on nothing, so not ekonte::Rgb).
struct Colour {
  uint8_t r, g, b;
  static constexpr Colour hex(uint32_t v) { return {uint8_t(v >> 16), uint8_t(v >> 8), uint8_t(v)}; }
};

// ---- hair ----------------------------------------------------------------------------------
enum class HairCategory { None, Short, Medium, Long, Tied };
enum class HairBack { None, Bob, Long, Ponytail, TwinTails, Bun, Shoulder, Braid, TwinBraids, Afro };
enum class Fringe { Strands, Blunt };
enum class HairCap { Full, Swept, Parted, Sides, Shaved, Crest, None };
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
  HairCap cap;
  double volume;  // head heights
  bool curls;
  std::string_view description;
};

inline constexpr HairRow kHairRows[] = {
#define EKONTE_HAIR(id, name, phrases, category, back, side, nape, fringe, locks, spikes, ties, cap, volume, curls, desc) \
  {name,  phrases, HairCategory::category, HairBack::back, side, nape, Fringe::fringe, locks, spikes, ties, HairCap::cap, \
   volume, curls, desc},
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
enum class OutfitCategory { Uniform, Traditional, Casual, Formal, Work, Historical };
enum class GarmentSlot { Top, Bottom, OnePiece };
enum class Paint { Skin, Primary, Secondary, Hosiery };
enum class Sleeve { Short, Puffed, Long, Wide, None };
enum class Lower { Skirt, Trousers };
enum class HemFrom { Hip, Knee };
enum class Collar { None, Sailor, Crossed, Rounded, Lapels };
enum class Waist { None, Band, Obi };
struct OutfitRow {
  std::string_view name, phrases;
  OutfitCategory category;
  GarmentSlot slot;
  Paint top, thigh, shin;
  Colour hosiery, shoes, default_primary, default_secondary;
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
#define EKONTE_OUTFIT(id, name, phrases, category, slot, top, thigh, shin, hosiery, shoes, colour, second, sleeve, cuff,     \
                      lower, from, at, flare, pleats, collar, waist, hood, pocket, desc)                                 \
  {name,          phrases,          OutfitCategory::category, GarmentSlot::slot,   Paint::top,          Paint::thigh,     \
   Paint::shin,   Colour::hex(hosiery), Colour::hex(shoes),   Colour::hex(colour), Colour::hex(second), Sleeve::sleeve,   \
   cuff,          Lower::lower,     HemFrom::from,            at,                  flare,                                 \
   pleats,        Collar::collar,   Waist::waist,             hood,                pocket,                                \
   desc},
#include "vocabulary/outfits.def"
#undef EKONTE_OUTFIT
};

// ---- accessories ---------------------------------------------------------------------------
// Where an accessory is drawn: Neck (over the torso, under the near arm), Body (over the torso,
// under the arms), Head (over the hair, in head space) or Hand (after the near arm).
enum class AccessoryPlace { None, Neck, Body, Head, Hand };
enum class AccessoryDrawing {
  None, Scarf, Bag, Glasses, Ribbon, FoxMask, Case, Backpack, Eyepatch, Goggles, Monocle, Sunglasses, Earrings, HairClip, FaceMask,
  Necktie, BowTie, Necklace, Badge, Belt, ToolBelt, Sword, Staff, Umbrella, Shield, Gloves, Hook, Watch, Lantern, Camera,
  Headphones, Flower
};
struct AccessoryRow {
  std::string_view name, phrases;
  AccessoryPlace place;
  AccessoryDrawing drawing;
  double size;  // head heights
  Colour default_color;
  bool covers_eyes;
  std::string_view description;
};

inline constexpr AccessoryRow kAccessoryRows[] = {
#define EKONTE_ACCESSORY(id, name, phrases, place, drawing, size, colour, covers_eyes, desc) \
  {name, phrases, AccessoryPlace::place, AccessoryDrawing::drawing, size, Colour::hex(colour), covers_eyes, desc},
#include "vocabulary/accessories.def"
#undef EKONTE_ACCESSORY
};

// ---- builds --------------------------------------------------------------------------------
enum class BuildCategory { Narrow, Regular, Broad };
struct BuildRow {
  std::string_view name, phrases;
  BuildCategory category;
  double width;  // multiplier of every width and limb thickness
  double shoulders, waist, limbs, height;  // further multipliers
  std::string_view description;
};

inline constexpr BuildRow kBuildRows[] = {
#define EKONTE_BUILD(id, name, phrases, category, width, shoulders, waist, limbs, height, desc) \
  {name, phrases, BuildCategory::category, width, shoulders, waist, limbs, height, desc},
#include "vocabulary/builds.def"
#undef EKONTE_BUILD
};

// ---- outerwear -----------------------------------------------------------------------------
enum class OuterwearCategory { Coat, Jacket, Vest, Cape, Armour };
enum class Length { Waist, Hip, Thigh, Knee, Ankle };
enum class OuterSleeves { None, Long };
enum class Front { Open, Closed };
enum class OuterCollar { None, Lapels, Fur, High };
struct OuterwearRow {
  std::string_view name, phrases;
  OuterwearCategory category;
  Length length;
  OuterSleeves sleeves;
  Front front;
  OuterCollar collar;
  bool belt, cape, plates;
  Colour default_primary, default_secondary;
  std::string_view description;
};

inline constexpr OuterwearRow kOuterwearRows[] = {
#define EKONTE_OUTERWEAR(id, name, phrases, category, length, sleeves, front, collar, belt, cape, plates, colour, second, desc) \
  {name,           phrases, OuterwearCategory::category, Length::length, OuterSleeves::sleeves, Front::front,           \
   OuterCollar::collar, belt, cape, plates, Colour::hex(colour), Colour::hex(second), desc},
#include "vocabulary/outerwear.def"
#undef EKONTE_OUTERWEAR
};

// ---- headwear ------------------------------------------------------------------------------
enum class HeadwearDrawing { Brimmed, TopHat, Tricorn, Cap, Beret, Beanie, Helmet, Crown, Tiara, Hood, Band };
struct HeadwearRow {
  std::string_view name, phrases;
  HeadwearDrawing drawing;
  double crown, brim;  // head heights
  bool hides_hair;
  Colour default_color, band;
  std::string_view description;
};

inline constexpr HeadwearRow kHeadwearRows[] = {
#define EKONTE_HEADWEAR(id, name, phrases, drawing, crown, brim, hides, colour, band, desc) \
  {name, phrases, HeadwearDrawing::drawing, crown, brim, hides, Colour::hex(colour), Colour::hex(band), desc},
#include "vocabulary/headwear.def"
#undef EKONTE_HEADWEAR
};

// ---- footwear ------------------------------------------------------------------------------
struct FootwearRow {
  std::string_view name, phrases;
  double shaft;  // fraction of the shin
  Colour default_color;
  std::string_view description;
};

inline constexpr FootwearRow kFootwearRows[] = {
#define EKONTE_FOOTWEAR(id, name, phrases, shaft, colour, desc) {name, phrases, shaft, Colour::hex(colour), desc},
#include "vocabulary/footwear.def"
#undef EKONTE_FOOTWEAR
};

// ---- facial hair, eye details, bodies --------------------------------------------------------
struct FacialHairRow {
  std::string_view name, phrases;
  bool moustache, chin, cheeks;
  double length;  // head heights below the chin
  bool shadow;
  std::string_view description;
};

inline constexpr FacialHairRow kFacialHairRows[] = {
#define EKONTE_FACIAL_HAIR(id, name, phrases, moustache, chin, cheeks, length, shadow, desc) \
  {name, phrases, moustache, chin, cheeks, length, shadow, desc},
#include "vocabulary/facial_hair.def"
#undef EKONTE_FACIAL_HAIR
};

struct EyeDetailRow {
  std::string_view name, phrases, description;
};

inline constexpr EyeDetailRow kEyeDetailRows[] = {
#define EKONTE_EYE_DETAIL(id, name, phrases, desc) {name, phrases, desc},
#include "vocabulary/eye_details.def"
#undef EKONTE_EYE_DETAIL
};

struct BodyRow {
  std::string_view name, phrases;
  double shoulders, hips, jaw;
  std::string_view description;
};

inline constexpr BodyRow kBodyRows[] = {
#define EKONTE_BODY(id, name, phrases, shoulders, hips, jaw, desc) {name, phrases, shoulders, hips, jaw, desc},
#include "vocabulary/body_types.def"
#undef EKONTE_BODY
};

inline const HairRow& row(characters::HairStyle v) { return kHairRows[static_cast<size_t>(v)]; }
inline const EyeRow& row(characters::EyeShape v) { return kEyeRows[static_cast<size_t>(v)]; }
inline const OutfitRow& row(characters::OutfitKind v) { return kOutfitRows[static_cast<size_t>(v)]; }
inline const AccessoryRow& row(characters::AccessoryKind v) { return kAccessoryRows[static_cast<size_t>(v)]; }
inline const BuildRow& row(characters::Build v) { return kBuildRows[static_cast<size_t>(v)]; }
inline const OuterwearRow& row(characters::OuterwearKind v) { return kOuterwearRows[static_cast<size_t>(v)]; }
inline const HeadwearRow& row(characters::HeadwearKind v) { return kHeadwearRows[static_cast<size_t>(v)]; }
inline const FootwearRow& row(characters::FootwearKind v) { return kFootwearRows[static_cast<size_t>(v)]; }
inline const FacialHairRow& row(characters::FacialHair v) { return kFacialHairRows[static_cast<size_t>(v)]; }
inline const EyeDetailRow& row(characters::EyeDetail v) { return kEyeDetailRows[static_cast<size_t>(v)]; }
inline const BodyRow& row(characters::BodyType v) { return kBodyRows[static_cast<size_t>(v)]; }

// Category names as the listing and the docs show them.
std::string_view name_of(HairCategory);
std::string_view name_of(EyeCategory);
std::string_view name_of(OutfitCategory);
std::string_view name_of(AccessoryPlace);
std::string_view name_of(BuildCategory);
std::string_view name_of(GarmentSlot);
std::string_view name_of(OuterwearCategory);
std::string_view name_of(HeadwearDrawing);

}  // namespace ekonte::vocabulary
