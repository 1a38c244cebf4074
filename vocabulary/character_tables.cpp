#include "vocabulary/character_words.hpp"
#include "vocabulary/tables.hpp"

namespace ekonte::vocabulary {

std::string_view name_of(HairCategory c) {
  switch (c) {
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
  }
  return "";
}

std::string_view name_of(AccessoryPlace p) {
  switch (p) {
    case AccessoryPlace::None: return "";
    case AccessoryPlace::Neck: return "neck";
    case AccessoryPlace::Body: return "body";
    case AccessoryPlace::Head: return "head";
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

namespace {
template <typename Row, size_t N>
Table table_of(std::string_view kind, std::string_view title, std::string_view where, const Row (&rows)[N]) {
  Table t{kind, title, where, {}};
  for (const Row& r : rows) {
    if constexpr (requires { r.place; }) t.entries.push_back({r.name, r.phrases, name_of(r.place), r.description});
    else t.entries.push_back({r.name, r.phrases, name_of(r.category), r.description});
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

}  // namespace ekonte::vocabulary
