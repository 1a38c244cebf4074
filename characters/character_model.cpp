#include "characters/character_model.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>

namespace ekonte::characters {
namespace {

template <typename T>
struct Alias {
  std::string_view word;
  T value;
};

// Accepted words per template; the first alias of each value is its canonical name.
constexpr Alias<HairStyle> kHairWords[] = {
    {"short", HairStyle::Short},      {"bob", HairStyle::Bob},
    {"long", HairStyle::Long},        {"ponytail", HairStyle::Ponytail},
    {"twin tails", HairStyle::TwinTails}, {"bun", HairStyle::Bun},
    {"spiky", HairStyle::Spiky},      {"pony tail", HairStyle::Ponytail},
    {"twintails", HairStyle::TwinTails}, {"pigtails", HairStyle::TwinTails},
    {"buzz", HairStyle::Short},       {"crop", HairStyle::Short},
    {"straight", HairStyle::Long},    {"wavy", HairStyle::Long},
    {"topknot", HairStyle::Bun},      {"chignon", HairStyle::Bun},
    {"messy", HairStyle::Spiky},
};
constexpr Alias<EyeShape> kEyeWords[] = {
    {"round", EyeShape::Round},   {"narrow", EyeShape::Narrow}, {"sharp", EyeShape::Sharp},
    {"droopy", EyeShape::Droopy}, {"big", EyeShape::Round},     {"almond", EyeShape::Narrow},
    {"slanted", EyeShape::Sharp}, {"tsurime", EyeShape::Sharp}, {"tareme", EyeShape::Droopy},
    {"sleepy", EyeShape::Droopy},
};
constexpr Alias<OutfitKind> kOutfitWords[] = {
    {"sailor uniform", OutfitKind::SailorUniform}, {"kimono", OutfitKind::Kimono},
    {"dress", OutfitKind::Dress},                  {"hoodie and jeans", OutfitKind::HoodieJeans},
    {"suit", OutfitKind::Suit},                    {"sailor", OutfitKind::SailorUniform},
    {"school uniform", OutfitKind::SailorUniform}, {"seifuku", OutfitKind::SailorUniform},
    {"yukata", OutfitKind::Kimono},                {"robe", OutfitKind::Kimono},
    {"hakama", OutfitKind::Kimono},                {"sundress", OutfitKind::Dress},
    {"skirt", OutfitKind::Dress},                  {"hoodie", OutfitKind::HoodieJeans},
    {"jeans", OutfitKind::HoodieJeans},            {"casual", OutfitKind::HoodieJeans},
    {"jacket", OutfitKind::Suit},                  {"blazer", OutfitKind::Suit},
};
constexpr Alias<AccessoryKind> kAccessoryWords[] = {
    {"none", AccessoryKind::None},       {"scarf", AccessoryKind::Scarf},
    {"glasses", AccessoryKind::Glasses}, {"ribbon", AccessoryKind::Ribbon},
    {"hat", AccessoryKind::Hat},         {"fox mask", AccessoryKind::FoxMask},
    {"bag", AccessoryKind::Bag},         {"muffler", AccessoryKind::Scarf},
    {"spectacles", AccessoryKind::Glasses}, {"bow", AccessoryKind::Ribbon},
    {"cap", AccessoryKind::Hat},         {"mask", AccessoryKind::FoxMask},
    {"kitsune mask", AccessoryKind::FoxMask}, {"satchel", AccessoryKind::Bag},
    {"backpack", AccessoryKind::Bag},
};
constexpr Alias<Build> kBuildWords[] = {
    {"slim", Build::Slim},       {"average", Build::Average}, {"stocky", Build::Stocky},
    {"thin", Build::Slim},       {"slender", Build::Slim},    {"petite", Build::Slim},
    {"medium", Build::Average},  {"normal", Build::Average},  {"heavy", Build::Stocky},
    {"broad", Build::Stocky},    {"muscular", Build::Stocky}, {"sturdy", Build::Stocky},
};

std::string normalise(std::string_view words) {
  std::string out;
  for (char c : words) {
    char l = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    if (l == '-' || l == '_') l = ' ';
    if (l == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(l);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Exact alias, then an alias contained in the words ("long straight" -> long), then the
// closest alias by edit distance, then the first template.
template <typename T, size_t N>
T lookup(const Alias<T> (&table)[N], std::string_view words, bool* exact) {
  const std::string w = normalise(words);
  for (const auto& a : table)
    if (a.word == w) {
      if (exact) *exact = true;
      return a.value;
    }
  if (exact) *exact = false;
  for (const auto& a : table)
    if (!w.empty() && w.find(a.word) != std::string::npos) return a.value;
  std::vector<std::string> names;
  for (const auto& a : table) names.emplace_back(a.word);
  const std::string best = closest_match(w, names);
  size_t best_i = 0;
  if (!best.empty()) {
    for (size_t i = 0; i < N; ++i)
      if (table[i].word == best) best_i = i;
  } else {
    size_t best_d = SIZE_MAX;
    for (size_t i = 0; i < N; ++i) {
      const size_t d = edit_distance(w, table[i].word);
      if (d < best_d) best_d = d, best_i = i;
    }
  }
  return table[best_i].value;
}

template <typename T, size_t N>
std::string_view canonical(const Alias<T> (&table)[N], T value) {
  for (const auto& a : table)
    if (a.value == value) return a.word;
  return "?";
}

template <typename T, size_t N>
std::string templates_list(const Alias<T> (&table)[N]) {
  std::vector<std::string_view> seen;
  std::string out;
  for (const auto& a : table) {
    if (std::string_view(canonical(table, a.value)) != a.word) continue;
    if (!out.empty()) out += ", ";
    out += "`" + std::string(a.word) + "`";
  }
  return out;
}

template <typename T, size_t N>
T resolve(const Alias<T> (&table)[N], const StyledProperty& prop, std::string_view what, T fallback,
          DiagnosticSink* sink, const std::string& file, const std::string& character_id) {
  if (prop.style.empty()) return fallback;
  bool exact = false;
  const T value = lookup(table, prop.style, &exact);
  if (!exact && sink) {
    sink->report(DiagnosticKind::UnknownStyleWord, file, prop.span,
                 "unknown " + std::string(what) + " style `" + prop.style + "` for `" + character_id +
                     "`; drawing it as `" + std::string(canonical(table, value)) + "`",
                 "known " + std::string(what) + " styles: " + templates_list(table));
  }
  return value;
}

Rgb color_or(const StyledProperty& p, size_t i, Rgb fallback) {
  return i < p.colors.size() ? p.colors[i] : fallback;
}

double lerp(double a, double b, double t) { return a + (b - a) * t; }

}  // namespace

std::string_view name_of(HairStyle v) { return canonical(kHairWords, v); }
std::string_view name_of(EyeShape v) { return canonical(kEyeWords, v); }
std::string_view name_of(OutfitKind v) { return canonical(kOutfitWords, v); }
std::string_view name_of(AccessoryKind v) { return canonical(kAccessoryWords, v); }
std::string_view name_of(Build v) { return canonical(kBuildWords, v); }

HairStyle hair_style_from_words(std::string_view w, bool* exact) { return lookup(kHairWords, w, exact); }
EyeShape eye_shape_from_words(std::string_view w, bool* exact) { return lookup(kEyeWords, w, exact); }
OutfitKind outfit_from_words(std::string_view w, bool* exact) { return lookup(kOutfitWords, w, exact); }
AccessoryKind accessory_from_words(std::string_view w, bool* exact) { return lookup(kAccessoryWords, w, exact); }
Build build_from_words(std::string_view w, bool* exact) { return lookup(kBuildWords, w, exact); }

std::string hex_of(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

Rgb shadow_tone(Rgb c) {
  // Multiply, then a small shift towards blue-violet so shadows read as shade, not dirt.
  auto ch = [](uint8_t v, double bias) {
    return uint8_t(std::clamp(std::lround(v * kShadowFactor + bias), 0L, 255L));
  };
  return Rgb{ch(c.r, 0), ch(c.g, 2), ch(c.b, 14)};
}

Rgb highlight_tone(Rgb c) {
  auto ch = [](uint8_t v) { return uint8_t(std::lround(v + (255 - v) * kHighlightMix)); };
  return Rgb{ch(c.r), ch(c.g), ch(c.b)};
}

double head_count_for_age(int age) {
  if (age > 120) return 7.5;
  static constexpr std::array<std::pair<double, double>, 9> kTable = {{
      {2, 4.0}, {6, 4.6}, {9, 5.0}, {12, 5.7}, {16, 6.5}, {20, 7.0}, {30, 7.3}, {60, 7.2}, {85, 6.8}}};
  if (age <= kTable.front().first) return kTable.front().second;
  for (size_t i = 1; i < kTable.size(); ++i)
    if (age <= kTable[i].first) {
      const double t = (age - kTable[i - 1].first) / (kTable[i].first - kTable[i - 1].first);
      return lerp(kTable[i - 1].second, kTable[i].second, t);
    }
  return kTable.back().second;
}

Proportions make_proportions(double height_cm, int age, Build build) {
  Proportions p;
  p.height_cm = height_cm;
  p.head_count = head_count_for_age(age);
  const double h = height_cm / p.head_count;
  p.head_cm = h;
  // Children have shorter legs relative to their height; anime adults long ones.
  const double leg_share = std::clamp(lerp(0.42, 0.49, (p.head_count - 5.0) / 2.5), 0.40, 0.49);
  p.leg_cm = height_cm * leg_share;
  p.neck_cm = h * std::clamp(lerp(0.18, 0.32, (p.head_count - 5.0) / 2.5), 0.15, 0.32);
  p.torso_cm = height_cm - p.leg_cm - p.neck_cm - h;
  p.upper_arm_cm = height_cm * 0.175;
  p.forearm_cm = height_cm * 0.15;
  p.hand_cm = height_cm * 0.06;
  const double build_w = build == Build::Slim ? 0.93 : build == Build::Stocky ? 1.15 : 1.0;
  p.limb_scale = build_w;
  p.shoulder_width_cm = h * std::clamp(lerp(1.15, 1.45, (p.head_count - 5.0) / 2.5), 1.1, 1.5) * build_w;
  p.hip_width_cm = h * 1.2 * build_w;
  p.chest_depth_cm = h * 0.75 * build_w;
  p.stoop_deg = age >= 70 && age <= 120 ? 8.0 : 0.0;
  return p;
}

CharacterModel model_from_character(const Character& c, DiagnosticSink* sink, const std::string& file) {
  CharacterModel m;
  m.id = c.id;
  m.display_name = c.display_name.empty() ? c.id : c.display_name;
  m.age = c.age.value_or(16);
  if (!c.build.empty()) {
    bool exact = false;
    m.build = build_from_words(c.build, &exact);
    if (!exact && sink)
      sink->report(DiagnosticKind::UnknownStyleWord, file, c.span,
                   "unknown build `" + c.build + "` for `" + c.id + "`; drawing it as `" +
                       std::string(name_of(m.build)) + "`",
                   "known builds: `slim`, `average`, `stocky`");
  }
  double height = c.height_cm.value_or(0);
  if (height <= 0) height = std::clamp(75.0 + 6.0 * m.age, 80.0, 160.0);
  m.proportions = make_proportions(height, m.age, m.build);

  m.hair = resolve(kHairWords, c.hair, "hair", HairStyle::Short, sink, file, c.id);
  m.hair_color = color_or(c.hair, 0, m.hair_color);
  m.eyes = resolve(kEyeWords, c.eyes, "eye", EyeShape::Round, sink, file, c.id);
  m.eye_color = color_or(c.eyes, 0, m.eye_color);
  m.skin = color_or(c.skin, 0, m.skin);
  m.outfit = resolve(kOutfitWords, c.outfit, "outfit", OutfitKind::SailorUniform, sink, file, c.id);
  // Default second colours per outfit: white blouse, contrasting obi, jeans blue, white shirt.
  static const Rgb kSecondDefault[] = {{244, 244, 244}, {176, 48, 42}, {250, 246, 235}, {61, 90, 128}, {245, 245, 245}};
  const Rgb primary = color_or(c.outfit, 0, m.outfit_primary);
  Rgb secondary = color_or(c.outfit, 1, kSecondDefault[int(m.outfit)]);
  // An outfit overridden in a `like` variant with one colour must not keep the base's second one.
  if (c.outfit.colors.size() < 2) secondary = kSecondDefault[int(m.outfit)];
  m.outfit_primary = primary;
  m.outfit_secondary = secondary;
  m.accessory = resolve(kAccessoryWords, c.accessory, "accessory", AccessoryKind::None, sink, file, c.id);
  static const Rgb kAccessoryDefault[] = {{0, 0, 0},       {214, 69, 65},   {60, 50, 45}, {220, 60, 90},
                                          {200, 170, 110}, {255, 255, 255}, {140, 90, 60}};
  m.accessory_color = color_or(c.accessory, 0, kAccessoryDefault[int(m.accessory)]);
  return m;
}

std::vector<CharacterModel> models_from_graph(const ShotGraph& graph, DiagnosticSink* sink,
                                              const std::string& file) {
  std::vector<CharacterModel> out;
  out.reserve(graph.characters.size());
  for (const auto& c : graph.characters) out.push_back(model_from_character(c, sink, file));
  return out;
}

CharacterModel random_identity(uint64_t seed) {
  std::mt19937_64 rng(seed * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL);
  auto pick = [&](int n) { return int(rng() % uint64_t(n)); };
  auto unit = [&]() { return double(rng() >> 11) / double(1ULL << 53); };
  auto rgb = [&](std::initializer_list<Rgb> choices) {
    const Rgb base = *(choices.begin() + pick(int(choices.size())));
    auto j = [&](uint8_t v) { return uint8_t(std::clamp(int(v) + pick(31) - 15, 0, 255)); };
    return Rgb{j(base.r), j(base.g), j(base.b)};
  };
  CharacterModel m;
  m.id = "rand-" + std::to_string(seed);
  m.display_name = m.id;
  static const int kAges[] = {8, 10, 13, 16, 17, 20, 25, 35, 50, 75};
  m.age = kAges[pick(10)];
  m.build = Build(pick(3));
  const double base_h = m.age < 16 ? 75.0 + 6.0 * m.age : 150.0 + 30.0 * unit();
  m.proportions = make_proportions(base_h, m.age, m.build);
  m.hair = HairStyle(pick(7));
  m.hair_color = m.age >= 70 ? rgb({{184, 184, 184}, {220, 220, 215}})
                             : rgb({{42, 45, 79}, {30, 28, 30}, {224, 138, 60}, {120, 70, 40},
                                    {240, 210, 120}, {200, 80, 120}, {90, 140, 200}});
  m.eyes = EyeShape(pick(4));
  m.eye_color = rgb({{63, 127, 217}, {91, 70, 54}, {245, 209, 66}, {80, 160, 90}, {170, 50, 60}});
  m.skin = rgb({{243, 214, 193}, {247, 227, 211}, {222, 180, 150}, {180, 130, 100}});
  m.outfit = OutfitKind(pick(5));
  m.outfit_primary = rgb({{29, 43, 76}, {244, 241, 234}, {242, 201, 76}, {107, 79, 138}, {60, 60, 65},
                          {180, 60, 60}, {90, 140, 110}});
  m.outfit_secondary = rgb({{244, 244, 244}, {176, 48, 42}, {217, 199, 163}, {61, 90, 128}});
  m.accessory = AccessoryKind(pick(7));
  m.accessory_color = rgb({{214, 69, 65}, {255, 255, 255}, {60, 50, 45}, {220, 60, 90}, {80, 120, 200}});
  return m;
}

}  // namespace ekonte::characters
