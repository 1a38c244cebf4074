#include "vocabulary/character_words.hpp"
#include "vocabulary/tables.hpp"

namespace ekonte::vocabulary {

std::string_view name_of(HairCategory c) {
  switch (c) {
    case HairCategory::None: return "none";
    case HairCategory::Short: return "short";
    case HairCategory::Medium: return "medium";
    case HairCategory::Long: return "long";
    case HairCategory::Tied: return "tied";
  }
  return "";
}

std::string_view name_of(EyeCategory c) {
  switch (c) {
    case EyeCategory::Level: return "level";
    case EyeCategory::Upturned: return "upturned";
    case EyeCategory::Downturned: return "downturned";
  }
  return "";
}

std::string_view name_of(OutfitCategory c) {
  switch (c) {
    case OutfitCategory::Uniform: return "uniform";
    case OutfitCategory::Traditional: return "traditional";
    case OutfitCategory::Casual: return "casual";
    case OutfitCategory::Formal: return "formal";
    case OutfitCategory::Work: return "work";
    case OutfitCategory::Historical: return "historical";
  }
  return "";
}

std::string_view name_of(AccessoryPlace p) {
  switch (p) {
    case AccessoryPlace::None: return "";
    case AccessoryPlace::Neck: return "neck";
    case AccessoryPlace::Body: return "body";
    case AccessoryPlace::Head: return "head";
    case AccessoryPlace::Hand: return "hand";
  }
  return "";
}

std::string_view name_of(BuildCategory c) {
  switch (c) {
    case BuildCategory::Narrow: return "narrow";
    case BuildCategory::Regular: return "regular";
    case BuildCategory::Broad: return "broad";
  }
  return "";
}

std::string_view name_of(GarmentSlot s) {
  switch (s) {
    case GarmentSlot::Top: return "top";
    case GarmentSlot::Bottom: return "bottom";
    case GarmentSlot::OnePiece: return "one-piece";
  }
  return "";
}

std::string_view name_of(OuterwearCategory c) {
  switch (c) {
    case OuterwearCategory::Coat: return "coat";
    case OuterwearCategory::Jacket: return "jacket";
    case OuterwearCategory::Vest: return "vest";
    case OuterwearCategory::Cape: return "cape";
    case OuterwearCategory::Armour: return "armour";
  }
  return "";
}

std::string_view name_of(HeadwearDrawing d) {
  switch (d) {
    case HeadwearDrawing::Brimmed: return "brimmed";
    case HeadwearDrawing::TopHat: return "top hat";
    case HeadwearDrawing::Tricorn: return "tricorn";
    case HeadwearDrawing::Cap: return "cap";
    case HeadwearDrawing::Beret: return "beret";
    case HeadwearDrawing::Beanie: return "beanie";
    case HeadwearDrawing::Helmet: return "helmet";
    case HeadwearDrawing::Crown: return "crown";
    case HeadwearDrawing::Tiara: return "tiara";
    case HeadwearDrawing::Hood: return "hood";
    case HeadwearDrawing::Band: return "band";
  }
  return "";
}

namespace {
template <typename Row, size_t N>
Table table_of(std::string_view kind, std::string_view title, std::string_view where, const Row (&rows)[N]) {
  Table t{kind, title, where, {}};
  for (const Row& r : rows) {
    if constexpr (requires { r.place; }) t.entries.push_back({r.name, r.phrases, name_of(r.place), r.description});
    else if constexpr (requires { r.slot; }) t.entries.push_back({r.name, r.phrases, name_of(r.slot), r.description});
    else if constexpr (requires { r.category; }) t.entries.push_back({r.name, r.phrases, name_of(r.category), r.description});
    else if constexpr (requires { r.drawing; }) t.entries.push_back({r.name, r.phrases, name_of(r.drawing), r.description});
    else t.entries.push_back({r.name, r.phrases, "", r.description});
  }
  return t;
}
}  // namespace

Table hair_style_table() { return table_of("hair", "Hair styles", "`hair:` lines of character blocks", kHairRows); }
Table eye_shape_table() { return table_of("eyes", "Eye shapes", "`eyes:` lines of character blocks", kEyeRows); }
Table outfit_table() { return table_of("outfit", "Outfits", "`outfit:` lines of character blocks", kOutfitRows); }
Table accessory_table() {
  return table_of("accessory", "Accessories", "`accessory:` lines of character blocks", kAccessoryRows);
}
Table build_table() { return table_of("build", "Builds", "`build:` lines of character blocks", kBuildRows); }
Table outerwear_table() {
  return table_of("outerwear", "Outerwear", "`outfit:` (or `accessory:`) lines, worn over the outfit", kOuterwearRows);
}
Table headwear_table() {
  return table_of("headwear", "Headwear", "`outfit:` or `accessory:` lines of character blocks", kHeadwearRows);
}
Table footwear_table() {
  return table_of("footwear", "Footwear", "`outfit:` or `accessory:` lines of character blocks", kFootwearRows);
}
Table facial_hair_table() {
  return table_of("facial-hair", "Facial hair", "`hair:` lines (after the hair style) and notes", kFacialHairRows);
}
Table eye_detail_table() {
  return table_of("eye-details", "Eye and face details", "`eyes:` lines (after the eye shape) and notes", kEyeDetailRows);
}
Table body_table() { return table_of("body", "Bodies", "`body:` lines (else `pronouns:`)", kBodyRows); }

}  // namespace ekonte::vocabulary
