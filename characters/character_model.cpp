#include "characters/character_model.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <random>

#include "characters/read_words.hpp"
#include "lexicon/lexicon.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::characters {
namespace {

// The tables each property reads its words against, and the WordNet subtree of each.
const WordTable& hair_words() {
  static const WordTable t = word_table("hair", vocabulary::kHairRows, "hairdo");
  return t;
}
const WordTable& facial_hair_words() {
  static const WordTable t = word_table("facial-hair", vocabulary::kFacialHairRows, "facial hair");
  return t;
}
const WordTable& eye_words() {
  static const WordTable t = word_table("eyes", vocabulary::kEyeRows, "");
  return t;
}
const WordTable& eye_detail_words() {
  static const WordTable t = word_table("eye-details", vocabulary::kEyeDetailRows, "");
  return t;
}
const WordTable& build_words() {
  static const WordTable t = word_table("build", vocabulary::kBuildRows, "");
  return t;
}
const WordTable& body_words() {
  static const WordTable t = word_table("body", vocabulary::kBodyRows, "");
  return t;
}
// The wardrobe, in the order a word is tried: the narrow subtrees first, since hats and shoes
// are clothing too.
enum WardrobeTable : size_t { kHeadwear = kWardrobeHeadwear, kFootwear = kWardrobeFootwear, kOuterwear = kWardrobeOuterwear,
                              kOutfit = kWardrobeOutfit, kAccessory = kWardrobeAccessory };
const std::vector<const WordTable*>& wardrobe_words() {
  static const WordTable head = word_table("headwear", vocabulary::kHeadwearRows, "headdress");
  static const WordTable foot = word_table("footwear", vocabulary::kFootwearRows, "footwear");
  static const WordTable outer = word_table("outerwear", vocabulary::kOuterwearRows, "protective covering");
  static const WordTable outfit = word_table("outfit", vocabulary::kOutfitRows, "clothing");
  static const WordTable accessory = word_table("accessory", vocabulary::kAccessoryRows, "artifact");
  static const std::vector<const WordTable*> all = {&head, &foot, &outer, &outfit, &accessory};
  return all;
}

template <typename Enum>
Enum lookup(const WordTable& table, std::string_view words, bool* exact, Enum fallback) {
  const WordMatch m = read_words(words, {&table});
  if (exact) *exact = m.how == Found::Exact;
  return m.how == Found::Nothing ? fallback : Enum(m.row);
}

std::string row_names(const WordTable& t) {
  std::string out;
  for (const auto& r : t.rows) out += (out.empty() ? "`" : ", `") + r.front() + "`";
  return out;
}

// Reports W0501 for words that did not name a row outright; says once per run when WordNet is
// missing, since then every unknown word is read by spelling only.
struct Reporter {
  DiagnosticSink* sink;
  const std::string& file;
  const std::string& character_id;

  void unresolved(const WordMatch& m, const std::string& words, const SourceSpan& span, std::string_view what,
                  const std::vector<const WordTable*>& tables, std::string_view fallback) const {
    if (!sink || m.resolved()) return;
    const WordTable& t = *tables[m.how == Found::Nothing ? 0 : m.table];
    std::string message = "unknown " + std::string(what) + " `" + words + "` for `" + character_id + "`; ";
    if (m.how == Found::Nothing)
      message += fallback.empty() ? "drawing nothing for it (no template is near it in meaning or spelling)"
                                  : "drawing `" + std::string(fallback) + "` (no template is near it in meaning or spelling)";
    else
      message += "drawing it as `" + t.rows[m.row].front() + "` (" + m.why + ")";
    std::string hint = "known " + std::string(what) + "s include " + row_names(t) + " (`ekonte vocabulary " +
                       std::string(t.kind) + "` lists every word)";
    static bool told_missing = false;
    if (!told_missing && !lexicon::available()) {
      told_missing = true;
      hint += "; " + lexicon::database_error();
    }
    sink->report(DiagnosticKind::UnknownStyleWord, file, span, message, hint);
  }
};

Rgb color_or(const StyledProperty& p, size_t i, Rgb fallback) {
  return i < p.colors.size() ? p.colors[i] : fallback;
}

double lerp(double a, double b, double t) { return a + (b - a) * t; }

// One item of `outfit:` or `accessory:` as the slot it fills.
struct Item {
  size_t table;
  size_t row;
};

std::vector<Item> read_wardrobe_items(const StyledProperty& p, std::string_view what, const Reporter& report) {
  std::vector<Item> out;
  for (const std::string& words : split_items(p.style)) {
    if (words == "none" || words == "nothing" || words == "no accessory") continue;
    const WordMatch m = read_words(words, wardrobe_words());
    report.unresolved(m, words, p.span, what, wardrobe_words(), "");
    if (m.how != Found::Nothing) out.push_back({m.table, m.row});
  }
  return out;
}

// Dresses `m` in `items`: colours go to the named garments in order, then to garments the
// wardrobe needs but the script left out (trousers under a shirt), then to the named garments'
// second colours.
void dress(CharacterModel& m, const std::vector<Item>& items, const std::vector<Rgb>& colours) {
  using vocabulary::GarmentSlot;
  struct Slot {
    Rgb* primary;
    Rgb* secondary;
  };
  std::vector<Slot> named, implied;
  bool has_top = false;
  if (items.empty()) {  // colours only: they colour the outfit as it is
    if (colours.size() > 0) m.outfit_primary = colours[0];
    if (colours.size() > 1) m.outfit_secondary = colours[1];
    return;
  }
  for (const Item& it : items) {
    switch (it.table) {
      case kOutfit: {
        const auto kind = OutfitKind(it.row);
        const auto& row = vocabulary::row(kind);
        if (row.slot == GarmentSlot::Bottom) {
          m.bottom = kind;
          m.bottom_primary = rgb_of(row.default_primary), m.bottom_secondary = rgb_of(row.default_secondary);
          named.push_back({&m.bottom_primary, &m.bottom_secondary});
        } else if (has_top && row.slot == GarmentSlot::OnePiece && !m.bottom) {
          // A one-piece after a top shows below it: "sweater, dungarees".
          m.bottom = kind;
          m.bottom_primary = rgb_of(row.default_primary), m.bottom_secondary = rgb_of(row.default_secondary);
        } else if (!has_top) {
          has_top = true;
          m.outfit = kind;
          m.outfit_primary = rgb_of(row.default_primary), m.outfit_secondary = rgb_of(row.default_secondary);
          named.push_back({&m.outfit_primary, &m.outfit_secondary});
          if (row.slot == GarmentSlot::OnePiece) m.bottom.reset();
        }
        break;
      }
      case kOuterwear: {
        const auto kind = OuterwearKind(it.row);
        m.outerwear.push_back({kind, rgb_of(vocabulary::row(kind).default_primary),
                               rgb_of(vocabulary::row(kind).default_secondary)});
        break;
      }
      case kHeadwear:
        if (!m.headwear) {
          m.headwear = HeadwearKind(it.row);
          m.headwear_color = rgb_of(vocabulary::row(*m.headwear).default_color);
          named.push_back({&m.headwear_color, nullptr});
        }
        break;
      case kFootwear:
        if (!m.footwear) {
          m.footwear = FootwearKind(it.row);
          m.footwear_color = rgb_of(vocabulary::row(*m.footwear).default_color);
          named.push_back({&m.footwear_color, nullptr});
        }
        break;
      case kAccessory: {
        const auto kind = AccessoryKind(it.row);
        if (kind == AccessoryKind::None) break;
        m.accessories.push_back({kind, rgb_of(vocabulary::row(kind).default_color)});
        break;
      }
    }
  }
  // Outer layers and accessories take their colours in the order written, after the garments
  // pushed above; rebuild the named order to follow the items.
  named.clear();
  size_t layer = 0, worn = 0;
  bool top_named = false, head_named = false, foot_named = false;
  for (const Item& it : items) {
    if (it.table == kOutfit) {
      if (m.bottom && *m.bottom == OutfitKind(it.row) && top_named) {
        named.push_back({&m.bottom_primary, &m.bottom_secondary});
      } else if (vocabulary::row(OutfitKind(it.row)).slot == GarmentSlot::Bottom) {
        if (m.bottom && *m.bottom == OutfitKind(it.row)) named.push_back({&m.bottom_primary, &m.bottom_secondary});
      } else if (!top_named) {
        top_named = true;
        named.push_back({&m.outfit_primary, &m.outfit_secondary});
      }
    } else if (it.table == kOuterwear && layer < m.outerwear.size()) {
      named.push_back({&m.outerwear[layer].primary, &m.outerwear[layer].secondary}), ++layer;
    } else if (it.table == kHeadwear && !head_named) {
      head_named = true, named.push_back({&m.headwear_color, nullptr});
    } else if (it.table == kFootwear && !foot_named) {
      foot_named = true, named.push_back({&m.footwear_color, nullptr});
    } else if (it.table == kAccessory && AccessoryKind(it.row) != AccessoryKind::None && worn < m.accessories.size()) {
      named.push_back({&m.accessories[worn].color, nullptr}), ++worn;
    }
  }
  // A top alone gets trousers, a bottom alone a shirt, outer layers alone a shirt and trousers.
  const bool any_garment = top_named || m.bottom || layer > 0;
  if (any_garment && !top_named) {
    m.outfit = OutfitKind::Shirt;
    m.outfit_primary = rgb_of(vocabulary::row(m.outfit).default_primary);
    m.outfit_secondary = rgb_of(vocabulary::row(m.outfit).default_secondary);
    implied.push_back({&m.outfit_primary, nullptr});
  }
  if (any_garment && vocabulary::row(m.outfit).slot == GarmentSlot::Top && !m.bottom) {
    m.bottom = OutfitKind::Trousers;
    m.bottom_primary = rgb_of(vocabulary::row(*m.bottom).default_primary);
    implied.push_back({&m.bottom_primary, nullptr});
  }
  size_t c = 0;
  for (const Slot& s : named)
    if (c < colours.size()) *s.primary = colours[c++];
  // One colour left for two implied garments dresses both (a dark suit under a trench coat).
  if (c + 1 == colours.size() && implied.size() == 2) {
    *implied[0].primary = *implied[1].primary = colours[c++];
  }
  for (const Slot& s : implied)
    if (c < colours.size()) *s.primary = colours[c++];
  for (const Slot& s : named)
    if (c < colours.size() && s.secondary) *s.secondary = colours[c++];
}

}  // namespace

bool CharacterModel::wears(AccessoryKind a) const {
  for (const Worn& w : accessories)
    if (w.kind == a) return true;
  return false;
}

std::string_view name_of(HairStyle v) { return vocabulary::row(v).name; }
std::string_view name_of(EyeShape v) { return vocabulary::row(v).name; }
std::string_view name_of(OutfitKind v) { return vocabulary::row(v).name; }
std::string_view name_of(AccessoryKind v) { return vocabulary::row(v).name; }
std::string_view name_of(Build v) { return vocabulary::row(v).name; }
std::string_view name_of(OuterwearKind v) { return vocabulary::row(v).name; }
std::string_view name_of(HeadwearKind v) { return vocabulary::row(v).name; }
std::string_view name_of(FootwearKind v) { return vocabulary::row(v).name; }
std::string_view name_of(FacialHair v) { return vocabulary::row(v).name; }
std::string_view name_of(EyeDetail v) { return vocabulary::row(v).name; }
std::string_view name_of(BodyType v) { return vocabulary::row(v).name; }

HairStyle hair_style_from_words(std::string_view w, bool* exact) {
  return lookup<HairStyle>(hair_words(), w, exact, HairStyle::Short);
}
EyeShape eye_shape_from_words(std::string_view w, bool* exact) {
  return lookup<EyeShape>(eye_words(), w, exact, EyeShape::Round);
}
OutfitKind outfit_from_words(std::string_view w, bool* exact) {
  static const WordTable t = word_table("outfit", vocabulary::kOutfitRows, "clothing");
  return lookup<OutfitKind>(t, w, exact, OutfitKind::SailorUniform);
}
AccessoryKind accessory_from_words(std::string_view w, bool* exact) {
  static const WordTable t = word_table("accessory", vocabulary::kAccessoryRows, "artifact");
  return lookup<AccessoryKind>(t, w, exact, AccessoryKind::None);
}
Build build_from_words(std::string_view w, bool* exact) { return lookup<Build>(build_words(), w, exact, Build::Average); }

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

// A tall child is 1.2 times the typical height; 1.35 times is no child at all.
constexpr double kAdultBodyHeightRatio = 1.35;

double adulthood(int age) { return std::clamp((age - 17) / 6.0, 0.0, 1.0); }

Proportions make_proportions(double height_cm, int age, Build build, BodyType body) {
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
  const vocabulary::BuildRow& b = vocabulary::row(build);
  const vocabulary::BodyRow& shape = vocabulary::row(body);
  // Sex differences in the frame appear with puberty: a child's body is drawn neutral.
  const double grown = std::clamp((age - 11) / 5.0, 0.0, 1.0);
  const double shoulders = lerp(1.0, shape.shoulders, grown), hips = lerp(1.0, shape.hips, grown);
  p.limb_scale = b.width * b.limbs;
  p.shoulder_width_cm = h * std::clamp(lerp(1.15, 1.45, (p.head_count - 5.0) / 2.5), 1.1, 1.5) * b.width * b.shoulders * shoulders;
  p.hip_width_cm = h * 1.2 * b.width * hips;
  p.chest_depth_cm = h * 0.75 * b.width;
  p.waist_scale = b.waist;
  // The face: young adults (18 to 22) move from the teen reference to the adult face (the eyes
  // the same as the rig drew from 25 before); children and teens keep the reference; the
  // elderly (from 70) and spirits (ages beyond a human life) the faces drawn for them before:
  // the teen's, with the smaller eyes every age from 70 has had.
  const bool spirit = age > 120, elderly = age >= 70 && !spirit;
  const double adult = spirit ? 0.0 : adulthood(age);
  // A face squares with the years: a little by 23, more through middle age (0.6 at 48).
  const double years = spirit ? 0.0 : std::max(0.2 * adult, 0.6 * std::clamp((age - 18) / 30.0, 0.0, 1.0));
  p.jaw = std::max(shape.jaw * grown, years);
  p.eye_scale = age >= 70 ? 0.75 : lerp(1.0, 0.86, adult);
  p.eye_line = elderly ? 0.10 : lerp(0.10, 0.075, adult);
  p.neck_radius = elderly ? 0.14 : lerp(0.14, 0.165, adult);
  p.chin = elderly ? 0.0 : lerp(0.0, 0.05, adult);
  // The elderly stoop more with the years; from 60 a little, from 70 the old 8 degrees and more.
  p.stoop_deg = age > 120 ? 0.0 : age >= 70 ? 8.0 + std::min(0.25 * (age - 78), 4.0) * (age > 78) : age >= 60 ? 3.0 : 0.0;
  return p;
}

// `body:`, else what `pronouns:` imply, else neutral.
BodyType body_of(const Character& c, const Reporter& report) {
  if (!c.body.empty()) {
    const WordMatch m = read_words(c.body, {&body_words()});
    report.unresolved(m, c.body, c.body_span, "body", {&body_words()}, "neutral");
    return m.how == Found::Nothing ? BodyType::Neutral : BodyType(m.row);
  }
  const std::string p = normalise_words(c.pronouns);
  if (p.rfind("she", 0) == 0) return BodyType::Feminine;
  if (p.rfind("he", 0) == 0) return BodyType::Masculine;
  return BodyType::Neutral;
}

CharacterModel model_from_character(const Character& c, DiagnosticSink* sink, const std::string& file) {
  const Reporter report{sink, file, c.id};
  CharacterModel m;
  m.id = c.id;
  m.display_name = c.display_name.empty() ? c.id : c.display_name;
  m.age = c.age.value_or(16);
  if (!c.build.empty()) {
    const WordMatch b = read_words(c.build, {&build_words()});
    report.unresolved(b, c.build, c.build_span, "build", {&build_words()}, "average");
    if (b.how != Found::Nothing) m.build = Build(b.row);
  }
  m.body = body_of(c, report);
  double height = c.height_cm.value_or(0);
  if (height <= 0) height = std::clamp(75.0 + 6.0 * m.age, 80.0, 160.0) * vocabulary::row(m.build).height;
  // A child's age with a grown body's height (an android 198 cm tall, three years in service)
  // is not a child's body: kAdultBodyHeightRatio over the height a child of that age has, it is
  // drawn with an adult's proportions.
  const double child_height = 75.0 + 6.0 * m.age;
  const int body_age = m.age < 18 && height > kAdultBodyHeightRatio * child_height ? 25 : m.age;
  m.proportions = make_proportions(height, body_age, m.build, m.body);

  // `hair:` is the style, then any facial hair ("short, stubble").
  bool styled = false;
  for (const std::string& words : split_items(c.hair.style)) {
    const std::vector<const WordTable*> tables = {&hair_words(), &facial_hair_words()};
    const WordMatch h = read_words(words, tables);
    report.unresolved(h, words, c.hair.span, "hair style", tables, styled ? "" : "short");
    if (h.how == Found::Nothing) continue;
    if (h.table == 0 && !styled) m.hair = HairStyle(h.row), styled = true;
    if (h.table == 1) m.facial_hair = FacialHair(h.row);
  }
  m.hair_color = color_or(c.hair, 0, m.hair_color);
  // `eyes:` is the shape, then any details ("narrow, scar").
  bool shaped = false;
  for (const std::string& words : split_items(c.eyes.style)) {
    const std::vector<const WordTable*> tables = {&eye_words(), &eye_detail_words()};
    const WordMatch e = read_words(words, tables);
    report.unresolved(e, words, c.eyes.span, "eye shape", tables, shaped ? "" : "round");
    if (e.how == Found::Nothing) continue;
    if (e.table == 0 && !shaped) m.eyes = EyeShape(e.row), shaped = true;
    if (e.table == 1) m.eye_details.push_back(EyeDetail(e.row));
  }
  // Notes describe the face too: "three days of stubble", "cheeks always red from the cold".
  for (const std::string& note : c.notes) {
    if (m.facial_hair == FacialHair::None)
      if (auto rows = rows_mentioned(note, facial_hair_words()); !rows.empty()) m.facial_hair = FacialHair(rows.front());
    for (size_t r : rows_mentioned(note, eye_detail_words()))
      if (std::find(m.eye_details.begin(), m.eye_details.end(), EyeDetail(r)) == m.eye_details.end())
        m.eye_details.push_back(EyeDetail(r));
  }
  // Grey with the years unless the script says otherwise, and no darker than the hair on the head.
  m.facial_hair_color = m.age >= 65 && c.hair.colors.empty() ? Rgb{200, 200, 200} : m.hair_color;
  m.eye_color = color_or(c.eyes, 0, m.eye_color);
  m.skin = color_or(c.skin, 0, m.skin);
  if (c.outfit.present()) {
    // An outfit overridden in a `like` variant with one colour must not keep the base's second one.
    dress(m, read_wardrobe_items(c.outfit, "outfit", report), c.outfit.colors);
  }
  if (c.accessory.present()) {
    CharacterModel worn;  // the accessory line dresses only what it names
    worn.outfit = m.outfit;
    const std::vector<Item> items = read_wardrobe_items(c.accessory, "accessory", report);
    dress(worn, items, c.accessory.colors);
    for (const Worn& w : worn.accessories) m.accessories.push_back(w);
    for (const Layer& l : worn.outerwear) m.outerwear.push_back(l);
    if (worn.headwear && !m.headwear) m.headwear = worn.headwear, m.headwear_color = worn.headwear_color;
    if (worn.footwear && !m.footwear) m.footwear = worn.footwear, m.footwear_color = worn.footwear_color;
    for (const Item& it : items)
      if (it.table == kOutfit && sink)
        report.unresolved({it.table, it.row, Found::Nothing, {}}, std::string(vocabulary::kOutfitRows[it.row].name),
                          c.accessory.span, "accessory", wardrobe_words(), "");
  }
  return m;
}

std::vector<CharacterModel> models_from_graph(const ShotGraph& graph, DiagnosticSink* sink,
                                              const std::string& file) {
  std::vector<CharacterModel> out;
  out.reserve(graph.characters.size());
  for (const auto& c : graph.characters) out.push_back(model_from_character(c, sink, file));
  return out;
}

CharacterModel random_identity(uint64_t seed, bool full_wardrobe) {
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
  // The first rows of each table are the classic ones (new rows are appended).
  constexpr int kClassicBuilds = 3, kClassicHair = 7, kClassicEyes = 4, kClassicOutfits = 5, kClassicAccessories = 7;
  m.build = Build(pick(full_wardrobe ? int(std::size(vocabulary::kBuildRows)) : kClassicBuilds));
  const double base_h = m.age < 16 ? 75.0 + 6.0 * m.age : 150.0 + 30.0 * unit();
  m.hair = HairStyle(pick(full_wardrobe ? int(std::size(vocabulary::kHairRows)) : kClassicHair));
  m.hair_color = m.age >= 70 ? rgb({{184, 184, 184}, {220, 220, 215}})
                             : rgb({{42, 45, 79}, {30, 28, 30}, {224, 138, 60}, {120, 70, 40},
                                    {240, 210, 120}, {200, 80, 120}, {90, 140, 200}});
  m.eyes = EyeShape(pick(full_wardrobe ? int(std::size(vocabulary::kEyeRows)) : kClassicEyes));
  m.eye_color = rgb({{63, 127, 217}, {91, 70, 54}, {245, 209, 66}, {80, 160, 90}, {170, 50, 60}});
  m.skin = rgb({{243, 214, 193}, {247, 227, 211}, {222, 180, 150}, {180, 130, 100}});
  if (!full_wardrobe) {
    m.proportions = make_proportions(base_h, m.age, m.build);
    // The faces as they were drawn then: adult eyes and jaw from 25 and 18, the teen's eye line
    // and neck at every age (young adults' faces have grown up since).
    m.proportions.eye_scale = m.age >= 70 ? 0.75 : m.age >= 25 ? 0.86 : 1.0;
    m.proportions.eye_line = 0.10;
    m.proportions.neck_radius = 0.14;
    m.proportions.chin = 0.0;
    m.proportions.jaw = m.age > 120 ? 0.0 : std::clamp((m.age - 18) / 30.0, 0.0, 1.0) * 0.6;
    m.outfit = OutfitKind(pick(kClassicOutfits));
    m.outfit_primary = rgb({{29, 43, 76}, {244, 241, 234}, {242, 201, 76}, {107, 79, 138}, {60, 60, 65},
                            {180, 60, 60}, {90, 140, 110}});
    m.outfit_secondary = rgb({{244, 244, 244}, {176, 48, 42}, {217, 199, 163}, {61, 90, 128}});
    // The classic accessory rows in their old order; the old `hat` accessory is now headwear.
    static constexpr AccessoryKind kClassic[] = {AccessoryKind::None,   AccessoryKind::Scarf,   AccessoryKind::Glasses,
                                                 AccessoryKind::Ribbon, AccessoryKind::None,    AccessoryKind::FoxMask,
                                                 AccessoryKind::Bag};
    const int a = pick(kClassicAccessories);
    const Rgb colour = rgb({{214, 69, 65}, {255, 255, 255}, {60, 50, 45}, {220, 60, 90}, {80, 120, 200}});
    if (a == 4) m.headwear = HeadwearKind::Hat, m.headwear_color = colour;
    else if (kClassic[a] != AccessoryKind::None) m.accessories.push_back({kClassic[a], colour});
    return m;
  }
  m.body = BodyType(pick(int(std::size(vocabulary::kBodyRows))));
  m.proportions = make_proportions(base_h, m.age, m.build, m.body);
  const auto cloth = [&] {
    return rgb({{29, 43, 76}, {244, 241, 234}, {242, 201, 76}, {107, 79, 138}, {60, 60, 65}, {180, 60, 60}, {90, 140, 110}});
  };
  const auto trim = [&] { return rgb({{244, 244, 244}, {176, 48, 42}, {217, 199, 163}, {61, 90, 128}}); };
  // The whole wardrobe: a top or one-piece (a bottom under a top), and at times a layer, a hat,
  // boots and accessories, so the generator sees every table.
  do m.outfit = OutfitKind(pick(int(std::size(vocabulary::kOutfitRows))));
  while (vocabulary::row(m.outfit).slot == vocabulary::GarmentSlot::Bottom);
  m.outfit_primary = cloth();
  m.outfit_secondary = trim();
  if (vocabulary::row(m.outfit).slot == vocabulary::GarmentSlot::Top) {
    do m.bottom = OutfitKind(pick(int(std::size(vocabulary::kOutfitRows))));
    while (vocabulary::row(*m.bottom).slot != vocabulary::GarmentSlot::Bottom);
    m.bottom_primary = cloth();
  }
  if (pick(10) < 4) m.outerwear.push_back({OuterwearKind(pick(int(std::size(vocabulary::kOuterwearRows)))), cloth(), trim()});
  if (pick(10) < 3) m.headwear = HeadwearKind(pick(int(std::size(vocabulary::kHeadwearRows)))), m.headwear_color = cloth();
  if (pick(10) < 3) m.footwear = FootwearKind(pick(int(std::size(vocabulary::kFootwearRows)))), m.footwear_color = cloth();
  for (int n = pick(3); n > 0; --n)
    m.accessories.push_back({AccessoryKind(1 + pick(int(std::size(vocabulary::kAccessoryRows)) - 1)),
                             rgb({{214, 69, 65}, {255, 255, 255}, {60, 50, 45}, {220, 60, 90}, {80, 120, 200}})});
  if (m.age >= 20 && pick(3) == 0) m.facial_hair = FacialHair(pick(int(std::size(vocabulary::kFacialHairRows))));
  m.facial_hair_color = m.hair_color;
  if (pick(4) == 0) m.eye_details.push_back(EyeDetail(pick(int(std::size(vocabulary::kEyeDetailRows)))));
  return m;
}

const std::vector<const WordTable*>& wardrobe_word_tables() { return wardrobe_words(); }

}  // namespace ekonte::characters
