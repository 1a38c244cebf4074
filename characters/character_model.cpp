#include "characters/character_model.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <random>

#include "vocabulary/vocabulary.hpp"

namespace ekonte::characters {
namespace {

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

// One phrase of a row; canonical names come before the other phrases so that a name contained
// in unknown words wins over a synonym ("long straight" -> long).
struct Phrase {
  std::string text;
  size_t row;
};

template <typename Row, size_t N>
std::vector<Phrase> phrases_of(const Row (&rows)[N]) {
  std::vector<Phrase> out;
  for (size_t i = 0; i < N; ++i) out.push_back({std::string(rows[i].name), i});
  for (size_t i = 0; i < N; ++i)
    for (const std::string& p : vocabulary::split_phrases(rows[i].phrases))
      if (p != rows[i].name) out.push_back({p, i});
  return out;
}

bool shares_a_word(const std::string& words, const std::string& phrase) {
  const auto split = [](const std::string& text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      if (end > start) out.push_back(text.substr(start, end - start));
      start = end + 1;
    }
    return out;
  };
  const std::vector<std::string> a = split(words), b = split(phrase);
  for (const std::string& w : a)
    for (const std::string& p : b)
      if (w == p) return true;
  return false;
}

// Which row words name and why, as the W0501 warning explains it.
struct Match {
  size_t row = 0;
  bool exact = false;
  std::string why;
};

// An exact phrase; else a phrase contained in the words ("summer kimono" -> kimono); else a
// phrase sharing a whole word with them ("plastic hero mask" -> fox mask); else the closest
// phrase by spelling ("kimomo" -> kimono).
template <typename Row, size_t N>
Match match(const Row (&rows)[N], std::string_view words) {
  static const std::vector<Phrase> phrases = phrases_of(rows);
  const std::string w = normalise(words);
  for (const Phrase& p : phrases)
    if (p.text == w) return {p.row, true, {}};
  if (!w.empty())
    for (const Phrase& p : phrases)
      if (w.find(p.text) != std::string::npos) return {p.row, false, "the words contain `" + p.text + "`"};
  for (const Phrase& p : phrases)
    if (shares_a_word(w, p.text)) return {p.row, false, "`" + p.text + "` shares a word with it"};
  size_t best = 0, best_d = SIZE_MAX;
  for (size_t i = 0; i < phrases.size(); ++i) {
    const size_t d = edit_distance(w, phrases[i].text);
    if (d < best_d) best_d = d, best = i;
  }
  return {phrases[best].row, false, "nearest in spelling: `" + phrases[best].text + "`"};
}

template <typename Enum, typename Row, size_t N>
Enum lookup(const Row (&rows)[N], std::string_view words, bool* exact) {
  const Match m = match(rows, words);
  if (exact) *exact = m.exact;
  return Enum(m.row);
}

template <typename Row, size_t N>
std::string templates_list(const Row (&rows)[N]) {
  std::string out;
  for (const Row& r : rows) {
    if (!out.empty()) out += ", ";
    out += "`" + std::string(r.name) + "`";
  }
  return out;
}

// Reads `words` against `rows`; unknown words are reported at `span` and drawn as the nearest row.
// What a table's words are called in messages, and the `ekonte vocabulary` kind listing them.
struct Words {
  std::string_view what, kind;
};

template <typename Enum, typename Row, size_t N>
Enum resolve_words(const Row (&rows)[N], const std::string& words, const SourceSpan& span, Words words_of,
                   DiagnosticSink* sink, const std::string& file, const std::string& character_id) {
  const std::string what(words_of.what);
  const Match m = match(rows, words);
  if (!m.exact && sink)
    sink->report(DiagnosticKind::UnknownStyleWord, file, span,
                 "unknown " + what + " `" + words + "` for `" + character_id + "`; drawing it as `" +
                     std::string(rows[m.row].name) + "` (" + m.why + ")",
                 "known " + what + "s: " + templates_list(rows) + " (`ekonte vocabulary " + std::string(words_of.kind) +
                     "` lists every word)");
  return Enum(m.row);
}

template <typename Enum, typename Row, size_t N>
Enum resolve(const Row (&rows)[N], const StyledProperty& prop, Words what, Enum fallback,
             DiagnosticSink* sink, const std::string& file, const std::string& character_id) {
  if (prop.style.empty()) return fallback;
  return resolve_words<Enum>(rows, prop.style, prop.span, what, sink, file, character_id);
}

Rgb color_or(const StyledProperty& p, size_t i, Rgb fallback) {
  return i < p.colors.size() ? p.colors[i] : fallback;
}

double lerp(double a, double b, double t) { return a + (b - a) * t; }

}  // namespace

std::string_view name_of(HairStyle v) { return vocabulary::row(v).name; }
std::string_view name_of(EyeShape v) { return vocabulary::row(v).name; }
std::string_view name_of(OutfitKind v) { return vocabulary::row(v).name; }
std::string_view name_of(AccessoryKind v) { return vocabulary::row(v).name; }
std::string_view name_of(Build v) { return vocabulary::row(v).name; }

HairStyle hair_style_from_words(std::string_view w, bool* exact) { return lookup<HairStyle>(vocabulary::kHairRows, w, exact); }
EyeShape eye_shape_from_words(std::string_view w, bool* exact) { return lookup<EyeShape>(vocabulary::kEyeRows, w, exact); }
OutfitKind outfit_from_words(std::string_view w, bool* exact) { return lookup<OutfitKind>(vocabulary::kOutfitRows, w, exact); }
AccessoryKind accessory_from_words(std::string_view w, bool* exact) {
  return lookup<AccessoryKind>(vocabulary::kAccessoryRows, w, exact);
}
Build build_from_words(std::string_view w, bool* exact) { return lookup<Build>(vocabulary::kBuildRows, w, exact); }

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
  const double build_w = vocabulary::row(build).width;
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
  if (!c.build.empty())
    m.build = resolve_words<Build>(vocabulary::kBuildRows, c.build, c.build_span, {"build", "build"}, sink, file, c.id);
  double height = c.height_cm.value_or(0);
  if (height <= 0) height = std::clamp(75.0 + 6.0 * m.age, 80.0, 160.0);
  m.proportions = make_proportions(height, m.age, m.build);

  m.hair = resolve(vocabulary::kHairRows, c.hair, {"hair style", "hair"}, HairStyle::Short, sink, file, c.id);
  m.hair_color = color_or(c.hair, 0, m.hair_color);
  m.eyes = resolve(vocabulary::kEyeRows, c.eyes, {"eye shape", "eyes"}, EyeShape::Round, sink, file, c.id);
  m.eye_color = color_or(c.eyes, 0, m.eye_color);
  m.skin = color_or(c.skin, 0, m.skin);
  m.outfit = resolve(vocabulary::kOutfitRows, c.outfit, {"outfit", "outfit"}, OutfitKind::SailorUniform, sink, file, c.id);
  // An outfit overridden in a `like` variant with one colour must not keep the base's second one.
  const Rgb second_default = rgb_of(vocabulary::row(m.outfit).default_secondary);
  m.outfit_primary = color_or(c.outfit, 0, m.outfit_primary);
  m.outfit_secondary = c.outfit.colors.size() < 2 ? second_default : c.outfit.colors[1];
  m.accessory = resolve(vocabulary::kAccessoryRows, c.accessory, {"accessory", "accessory"}, AccessoryKind::None, sink,
                        file, c.id);
  m.accessory_color = color_or(c.accessory, 0, rgb_of(vocabulary::row(m.accessory).default_color));
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
  m.build = Build(pick(int(std::size(vocabulary::kBuildRows))));
  const double base_h = m.age < 16 ? 75.0 + 6.0 * m.age : 150.0 + 30.0 * unit();
  m.proportions = make_proportions(base_h, m.age, m.build);
  m.hair = HairStyle(pick(int(std::size(vocabulary::kHairRows))));
  m.hair_color = m.age >= 70 ? rgb({{184, 184, 184}, {220, 220, 215}})
                             : rgb({{42, 45, 79}, {30, 28, 30}, {224, 138, 60}, {120, 70, 40},
                                    {240, 210, 120}, {200, 80, 120}, {90, 140, 200}});
  m.eyes = EyeShape(pick(int(std::size(vocabulary::kEyeRows))));
  m.eye_color = rgb({{63, 127, 217}, {91, 70, 54}, {245, 209, 66}, {80, 160, 90}, {170, 50, 60}});
  m.skin = rgb({{243, 214, 193}, {247, 227, 211}, {222, 180, 150}, {180, 130, 100}});
  m.outfit = OutfitKind(pick(int(std::size(vocabulary::kOutfitRows))));
  m.outfit_primary = rgb({{29, 43, 76}, {244, 241, 234}, {242, 201, 76}, {107, 79, 138}, {60, 60, 65},
                          {180, 60, 60}, {90, 140, 110}});
  m.outfit_secondary = rgb({{244, 244, 244}, {176, 48, 42}, {217, 199, 163}, {61, 90, 128}});
  m.accessory = AccessoryKind(pick(int(std::size(vocabulary::kAccessoryRows))));
  m.accessory_color = rgb({{214, 69, 65}, {255, 255, 255}, {60, 50, 45}, {220, 60, 90}, {80, 120, 200}});
  return m;
}

}  // namespace ekonte::characters
