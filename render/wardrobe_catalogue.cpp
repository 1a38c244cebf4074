#include "render/wardrobe_catalogue.hpp"

#include <algorithm>
#include <iterator>

#include "characters/character_model.hpp"
#include "render/rig_renderer.hpp"
#include "vocabulary/character_words.hpp"

namespace ekonte::render {
namespace {

using vocabulary::AccessoryPlace;
using vocabulary::GarmentSlot;

// Other phrases of a row shown under its word: enough to hint at the synonyms, short enough
// for one caption line.
constexpr size_t kCaptionPhrases = 3;

std::string also_of(std::string_view name, std::string_view phrases) {
  std::string out;
  size_t shown = 0, start = 0;
  while (start <= phrases.size() && shown < kCaptionPhrases) {
    size_t end = phrases.find('|', start);
    if (end == std::string_view::npos) end = phrases.size();
    const std::string_view p = phrases.substr(start, end - start);
    if (!p.empty() && p != name) {
      out += (out.empty() ? "" : ", ") + std::string(p);
      ++shown;
    }
    start = end + 1;
  }
  return out;
}

std::string base_outfit() {
  return std::string(vocabulary::row(characters::OutfitKind::Shirt).name) + ", " +
         std::string(vocabulary::row(characters::OutfitKind::Trousers).name);
}

// The standard figure: everything a script leaves to the defaults, plus a plain shirt and
// trousers so that headwear, footwear and accessories are seen on ordinary clothes.
Character standard_figure() {
  Character c;
  c.id = "STANDARD";
  c.age = kStandardFigureAge;
  c.height_cm = kStandardFigureHeightCm;
  c.hair.style = "short";
  c.hair.colors = {Rgb{58, 44, 38}};
  c.outfit.style = base_outfit();
  return c;
}

// One entry: the standard figure with `key: value` written.
WardrobeEntry entry(std::string_view name, std::string_view phrases, std::string_view key, Framing framing,
                    std::string_view value = {}) {
  WardrobeEntry e;
  e.word = std::string(name);
  const std::string v = value.empty() ? e.word : std::string(value);
  e.line = std::string(key) + ": " + v;
  e.also = also_of(name, phrases);
  e.character = standard_figure();
  e.framing = framing;
  if (key == "outfit") e.character.outfit.style = v;
  else if (key == "accessory") e.character.accessory.style = v;
  else if (key == "hair") e.character.hair.style = v;
  else if (key == "eyes") e.character.eyes.style = v;
  else if (key == "build") e.character.build = v, e.character.height_cm.reset();
  else if (key == "body") e.character.body = v;
  return e;
}

Framing accessory_framing(AccessoryPlace place) {
  switch (place) {
    case AccessoryPlace::Head: return Framing::CloseUp;
    case AccessoryPlace::Neck: return Framing::MediumCloseUp;
    case AccessoryPlace::Body: return Framing::Medium;
    case AccessoryPlace::Hand: case AccessoryPlace::None: return Framing::Full;
  }
  return Framing::Full;
}

}  // namespace

std::string standard_figure_description() {
  return "age " + std::to_string(kStandardFigureAge) + ", " + std::to_string(int(kStandardFigureHeightCm)) +
         " cm, average build, hair: short, outfit: " + base_outfit();
}

std::vector<WardrobeSection> wardrobe_sections() {
  std::vector<WardrobeSection> out = {{"Tops (outfit:)", {}},      {"Bottoms (outfit:)", {}},
                                      {"One-pieces (outfit:)", {}}, {"Outerwear (outfit:)", {}},
                                      {"Headwear (outfit:)", {}},   {"Footwear (outfit:)", {}},
                                      {"Accessories (accessory:)", {}}, {"Hair (hair:)", {}},
                                      {"Facial hair (hair: short, ...)", {}}, {"Eye shapes (eyes:)", {}},
                                      {"Eye details (eyes: round, ...)", {}}, {"Builds (build:)", {}},
                                      {"Bodies (body:)", {}}, {"Ages, whole figure (age:)", {}},
                                      {"Ages, face (age:)", {}}};
  for (const auto& r : vocabulary::kOutfitRows) {
    // A bottom is seen under the shirt the wardrobe gives it; a top over trousers.
    const size_t section = r.slot == GarmentSlot::Top ? 0 : r.slot == GarmentSlot::Bottom ? 1 : 2;
    out[section].entries.push_back(entry(r.name, r.phrases, "outfit", Framing::Full));
  }
  for (const auto& r : vocabulary::kOuterwearRows) {
    WardrobeEntry e = entry(r.name, r.phrases, "outfit", Framing::Full);
    e.view = View::ThreeQuarterLeft;  // capes, cloaks and coat tails show their length from the side
    out[3].entries.push_back(std::move(e));
  }
  // Headwear and footwear are written with the rest of the outfit ("outfit: shirt, trousers,
  // fedora"); the caption shortens what the standard figure wears anyway.
  for (const auto& r : vocabulary::kHeadwearRows) {
    WardrobeEntry e = entry(r.name, r.phrases, "outfit", Framing::Medium, base_outfit() + ", " + std::string(r.name));
    e.line = "outfit: ..., " + e.word;
    out[4].entries.push_back(std::move(e));
  }
  for (const auto& r : vocabulary::kFootwearRows) {
    WardrobeEntry e = entry(r.name, r.phrases, "outfit", Framing::Full, base_outfit() + ", " + std::string(r.name));
    e.line = "outfit: ..., " + e.word;
    e.feet_only = true;
    out[5].entries.push_back(std::move(e));
  }
  for (size_t i = 0; i < std::size(vocabulary::kAccessoryRows); ++i) {
    const auto& r = vocabulary::kAccessoryRows[i];
    if (characters::AccessoryKind(i) == characters::AccessoryKind::None) continue;
    WardrobeEntry e = entry(r.name, r.phrases, "accessory", accessory_framing(r.place));
    if (r.place == AccessoryPlace::Body) e.view = View::ThreeQuarterLeft;  // a backpack or a bag's strap
    out[6].entries.push_back(std::move(e));
  }
  for (const auto& r : vocabulary::kHairRows) out[7].entries.push_back(entry(r.name, r.phrases, "hair", Framing::Medium));
  for (size_t i = 0; i < std::size(vocabulary::kFacialHairRows); ++i) {
    const auto& r = vocabulary::kFacialHairRows[i];
    if (characters::FacialHair(i) == characters::FacialHair::None) continue;
    out[8].entries.push_back(entry(r.name, r.phrases, "hair", Framing::CloseUp, "short, " + std::string(r.name)));
  }
  for (const auto& r : vocabulary::kEyeRows) out[9].entries.push_back(entry(r.name, r.phrases, "eyes", Framing::CloseUp));
  for (const auto& r : vocabulary::kEyeDetailRows)
    out[10].entries.push_back(entry(r.name, r.phrases, "eyes", Framing::CloseUp, "round, " + std::string(r.name)));
  for (const auto& r : vocabulary::kBuildRows) out[11].entries.push_back(entry(r.name, r.phrases, "build", Framing::Full));
  for (const auto& r : vocabulary::kBodyRows) out[12].entries.push_back(entry(r.name, r.phrases, "body", Framing::Full));
  // Ages are numbers, not rows: a child, teens, young adults, adults and the old, each at the
  // height a script that gives none gets up to 18, the standard figure's after.
  for (int age : kSheetAges)
    for (const bool face : {false, true}) {
      WardrobeEntry e = entry(std::to_string(age), "", "age", face ? Framing::CloseUp : Framing::Full);
      e.character.age = age;
      if (age < 18) e.character.height_cm.reset();
      out[face ? 14 : 13].entries.push_back(std::move(e));
    }
  std::erase_if(out, [](const WardrobeSection& s) { return s.entries.empty(); });
  return out;
}

ImageRgba render_wardrobe_entry(const WardrobeEntry& e, int width, int height, DiagnosticSink* sink) {
  const characters::CharacterModel model = characters::model_from_character(e.character, sink);
  FigureShot fs;
  fs.framing = e.framing;
  fs.view = e.view;
  fs.paper = Rgb{255, 255, 255};
  fs.width = width;
  fs.height = height;
  if (!e.feet_only) return render_figure(model, fs).color;
  // Footwear: the figure drawn kFeetZoom times the cell's height, the shins and feet kept, the
  // soles a little above the picture's bottom.
  constexpr int kFeetZoom = 4;
  fs.width = width * 2, fs.height = height * kFeetZoom;
  const ShotRender full = render_figure(model, fs);
  int soles = 0;
  for (int y = 0; y < fs.height; ++y)
    for (int x = 0; x < fs.width; ++x)
      if (full.instances.pixels[size_t(y) * fs.width + x]) soles = y;
  ImageRgba out;
  out.width = width, out.height = height;
  out.pixels.resize(size_t(width) * height * 4);
  const int x0 = (fs.width - width) / 2, y0 = std::clamp(soles + height / 12 - height, 0, fs.height - height);
  for (int y = 0; y < height; ++y)
    std::copy_n(full.color.pixels.data() + (size_t(y0 + y) * fs.width + x0) * 4, size_t(width) * 4,
                out.pixels.data() + size_t(y) * width * 4);
  return out;
}

}  // namespace ekonte::render
