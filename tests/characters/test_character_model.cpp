#include <algorithm>
#include <doctest/doctest.h>

#include <cmath>

#include "characters/character_model.hpp"
#include "characters/skeleton.hpp"
#include "compiler/compile.hpp"
#include "vocabulary/vocabulary.hpp"

using namespace ekonte;
using namespace ekonte::characters;

namespace {
Character make(std::string id, int age, double height) {
  Character c;
  c.id = std::move(id);
  c.age = age;
  c.height_cm = height;
  return c;
}
}  // namespace

TEST_CASE("head count follows age") {
  CHECK(head_count_for_age(9) == doctest::Approx(5.0).epsilon(0.05));
  CHECK(head_count_for_age(16) == doctest::Approx(6.5).epsilon(0.05));
  CHECK(head_count_for_age(30) >= 7.0);
  CHECK(head_count_for_age(30) <= 7.5);
  CHECK(head_count_for_age(300) == doctest::Approx(7.5));
}

TEST_CASE("head counts stay in the documented ranges and grow until adulthood") {
  // character_model.hpp: a 9-year-old about 5 heads, a teen 6.5, an adult 7 to 7.5.
  double previous = 0;
  for (int age = 0; age <= 120; ++age) {
    CAPTURE(age);
    const double heads = head_count_for_age(age);
    CHECK(heads >= 4.0);
    CHECK(heads <= 7.5);
    if (age <= 30) CHECK(heads >= previous);
    if (age >= 8 && age <= 10) CHECK(heads == doctest::Approx(5.0).epsilon(0.08));
    if (age >= 14 && age <= 17) CHECK(heads == doctest::Approx(6.5).epsilon(0.08));
    if (age >= 20 && age <= 60) {
      CHECK(heads >= 7.0);
      CHECK(heads <= 7.5);
    }
    previous = heads;
  }
}

TEST_CASE("a 15-, a 22- and a 44-year-old differ in head count, eyes, jaw and neck, in that order") {
  // Each at a typical height for the age, average build, neutral body.
  const Proportions teen = make_proportions(160, 15, Build::Average), young = make_proportions(172, 22, Build::Average),
                    middle = make_proportions(172, 44, Build::Average);
  // Head-to-body ratio: the young adult is most of the way from the teen to the adult.
  CHECK(young.head_count - teen.head_count >= 0.6);
  CHECK(middle.head_count > young.head_count);
  // Eyes: smaller and set higher in the face.
  CHECK(young.eye_scale <= 0.93 * teen.eye_scale);
  CHECK(middle.eye_scale < young.eye_scale);
  CHECK(teen.eye_line - young.eye_line >= 0.01);
  CHECK(young.eye_line >= middle.eye_line);
  // Jaw and neck.
  CHECK(young.jaw - teen.jaw >= 0.1);
  CHECK(middle.jaw > young.jaw);
  CHECK(young.neck_radius > teen.neck_radius);
  CHECK(young.neck_cm / young.head_cm > teen.neck_cm / teen.head_cm);
  CHECK(middle.neck_radius >= young.neck_radius);
  // Face shape: a longer lower face.
  CHECK(young.chin - teen.chin >= 0.02);
  CHECK(middle.chin >= young.chin);
}

TEST_CASE("a face grows up monotonically from 12 to 48, and a teen's face is the reference") {
  Proportions prev = make_proportions(160, 12, Build::Average);
  for (int age = 13; age <= 48; ++age) {
    CAPTURE(age);
    const Proportions p = make_proportions(160, age, Build::Average);
    if (age <= 30) CHECK(p.head_count >= prev.head_count);  // it peaks at 30 (head_count_for_age)
    CHECK(p.eye_scale <= prev.eye_scale);
    CHECK(p.eye_line <= prev.eye_line);
    CHECK(p.jaw >= prev.jaw);
    CHECK(p.neck_radius >= prev.neck_radius);
    CHECK(p.chin >= prev.chin);
    prev = p;
  }
  // Children and teens (HARU is 16, HARU9 9) are drawn with the reference face; spirits keep it.
  for (int age : {6, 9, 12, 15, 16, 17, 300}) {
    CAPTURE(age);
    const Proportions p = make_proportions(158, age, Build::Slim);
    CHECK(p.eye_line == 0.10);
    CHECK(p.neck_radius == 0.14);
    CHECK(p.jaw == 0.0);
    CHECK(p.chin == 0.0);
    if (age <= 17) CHECK(p.eye_scale == 1.0);
  }
  CHECK(adulthood(17) == 0.0);
  CHECK(adulthood(23) == 1.0);
}

TEST_CASE("a child's age with a grown body's height is drawn with an adult's proportions") {
  // station-nine.eko: SEVEN, an android three years in service, 198 cm.
  const CharacterModel android = model_from_character(make("SEVEN", 3, 198), nullptr);
  CHECK(android.age == 3);
  CHECK(android.proportions.head_count >= 7.0);
  // A tall child stays a child.
  const CharacterModel tall_child = model_from_character(make("TAM", 12, 160), nullptr);
  CHECK(tall_child.proportions.head_count == doctest::Approx(head_count_for_age(12)));
}

TEST_CASE("the standing skeleton is height_cm tall plus the hip drop and the soles, within 0.5 %") {
  // skeleton.cpp puts the hip joints 4 % of the leg below the pelvis and adds soles of 2 % of
  // the leg under the feet, on top of head + neck + torso + leg = height_cm: a standing figure is
  // about 3 % taller than its sheet height. Ages under 70: the elderly stoop on purpose.
  for (int age : {6, 9, 13, 16, 30, 60})
    for (double height : {110.0, 150.0, 185.0}) {
      CAPTURE(age);
      CAPTURE(height);
      const CharacterModel m = model_from_character(make("A", age, height), nullptr);
      const PosedSkeleton s = pose_skeleton(m, Pose::Stand, View::Front);
      const double expected = height + 0.06 * m.proportions.leg_cm;
      CHECK(-s.head_top.y == doctest::Approx(expected).epsilon(0.005));
      // The parts the skeleton is built from are positive and the head is one head count's share.
      CHECK(m.proportions.torso_cm > m.proportions.head_cm);
      CHECK(m.proportions.leg_cm > m.proportions.torso_cm * 0.8);
      CHECK(m.proportions.head_cm * m.proportions.head_count == doctest::Approx(height));
    }
}

TEST_CASE("a stocky build is wider than an average one, and that wider than a slim one") {
  for (int age : {9, 16, 40}) {
    CAPTURE(age);
    const Proportions slim = make_proportions(160, age, Build::Slim), average = make_proportions(160, age, Build::Average),
                      stocky = make_proportions(160, age, Build::Stocky);
    CHECK(slim.shoulder_width_cm < average.shoulder_width_cm);
    CHECK(average.shoulder_width_cm < stocky.shoulder_width_cm);
    CHECK(slim.hip_width_cm < average.hip_width_cm);
    CHECK(average.hip_width_cm < stocky.hip_width_cm);
    CHECK(slim.limb_scale < stocky.limb_scale);
    // Width does not change height.
    CHECK(slim.leg_cm == doctest::Approx(stocky.leg_cm));
    // The posed shoulders are as far apart as the proportions say.
    Character c = make("A", age, 160);
    c.build = "stocky";
    const PosedSkeleton wide = pose_skeleton(model_from_character(c, nullptr), Pose::Stand, View::Front);
    c.build = "slim";
    const PosedSkeleton narrow = pose_skeleton(model_from_character(c, nullptr), Pose::Stand, View::Front);
    auto span = [](const PosedSkeleton& s) {
      return std::fabs(s.at[size_t(Joint::ShoulderR)].x - s.at[size_t(Joint::ShoulderL)].x);
    };
    CHECK(span(wide) > span(narrow));
  }
}

TEST_CASE("unknown style words warn and fall back to the nearest template") {
  Character c = make("X", 16, 160);
  c.hair.style = "twintail";
  c.eyes.style = "sparkly";
  c.outfit.style = "kimomo";
  c.accessory.style = "glases";
  DiagnosticSink sink;
  const CharacterModel m = model_from_character(c, &sink, "x.eko");
  CHECK(m.hair == HairStyle::TwinTails);
  CHECK(m.outfit == OutfitKind::Kimono);
  REQUIRE(m.accessories.size() == 1);
  CHECK(m.accessories[0].kind == AccessoryKind::Glasses);
  REQUIRE(sink.diagnostics().size() == 4);
  for (const auto& d : sink.diagnostics()) {
    CHECK(d.kind == DiagnosticKind::UnknownStyleWord);
    CHECK(d.severity == Severity::Warning);
  }
  CHECK(sink.diagnostics()[0].message.find("`twintail`") != std::string::npos);
}

TEST_CASE("known words do not warn") {
  Character c = make("X", 16, 160);
  c.hair.style = "twin tails";
  c.outfit.style = "hoodie and jeans";
  c.accessory.style = "fox mask";
  DiagnosticSink sink;
  const CharacterModel m = model_from_character(c, &sink);
  CHECK(sink.diagnostics().empty());
  CHECK(m.outfit == OutfitKind::HoodieJeans);
  CHECK(m.wears(AccessoryKind::FoxMask));
}

// Every phrase of every row reads back to its row without a warning.
template <typename Enum, typename Row, size_t N>
void check_phrases_read_back(const Row (&rows)[N], Enum (*from_words)(std::string_view, bool*)) {
  for (size_t i = 0; i < N; ++i) {
    CAPTURE(rows[i].name);
    bool exact = false;
    CHECK(from_words(rows[i].name, &exact) == Enum(i));
    CHECK(exact);
    CHECK(name_of(Enum(i)) == rows[i].name);
    for (const std::string& phrase : vocabulary::split_phrases(rows[i].phrases)) {
      CAPTURE(phrase);
      exact = false;
      CHECK(from_words(phrase, &exact) == Enum(i));
      CHECK(exact);
    }
  }
}

TEST_CASE("every phrase of the character tables reads back to its row") {
  check_phrases_read_back<HairStyle>(vocabulary::kHairRows, hair_style_from_words);
  check_phrases_read_back<EyeShape>(vocabulary::kEyeRows, eye_shape_from_words);
  check_phrases_read_back<OutfitKind>(vocabulary::kOutfitRows, outfit_from_words);
  check_phrases_read_back<AccessoryKind>(vocabulary::kAccessoryRows, accessory_from_words);
  check_phrases_read_back<Build>(vocabulary::kBuildRows, build_from_words);
  // Writers' spelling: capitals, hyphens and extra spaces do not matter.
  CHECK(outfit_from_words("Sailor-Uniform") == OutfitKind::SailorUniform);
  CHECK(hair_style_from_words("twin  tails") == HairStyle::TwinTails);
}

TEST_CASE("unknown words are read by phrase, then meaning, then spelling for typos only") {
  bool exact = true;
  // A phrase contained in the words: the rest are modifiers, and no warning is due.
  CHECK(outfit_from_words("silk kimono", &exact) == OutfitKind::Kimono);
  CHECK(!exact);
  CHECK(accessory_from_words("plastic hero mask", &exact) == AccessoryKind::FoxMask);
  // By meaning through WordNet: bags are bags.
  CHECK(accessory_from_words("canvas newspaper bags", &exact) == AccessoryKind::Bag);
  CHECK(!exact);
  // The closest spelling, for typos.
  CHECK(build_from_words("stockie", &exact) == Build::Stocky);
  CHECK(!exact);
  Character c = make("X", 16, 160);
  c.accessory.style = "plastic hero mask, busby";
  DiagnosticSink sink;
  const CharacterModel m = model_from_character(c, &sink);
  CHECK(m.wears(AccessoryKind::FoxMask));
  REQUIRE(m.headwear);
  CHECK(*m.headwear == HeadwearKind::Hat);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].message.find("drawing it as `hat` (busby → hat)") != std::string::npos);
}

TEST_CASE("a word near nothing in meaning or spelling draws nothing and says so") {
  Character c = make("X", 16, 160);
  c.outfit.style = "sandwich, trench coat";
  DiagnosticSink sink;
  const CharacterModel m = model_from_character(c, &sink);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].message.find("`sandwich`") != std::string::npos);
  CHECK(sink.diagnostics()[0].message.find("drawing nothing") != std::string::npos);
  REQUIRE(m.outerwear.size() == 1);
  CHECK(m.outerwear[0].kind == OuterwearKind::TrenchCoat);
  CHECK(m.accessories.empty());
}

TEST_CASE("outfit lists dress the slots and hand out colours in order") {
  Character c = make("X", 16, 160);
  c.outfit.style = "t-shirt, shorts";
  c.outfit.colors = {Rgb{1, 2, 3}, Rgb{4, 5, 6}};
  CharacterModel m = model_from_character(c, nullptr);
  CHECK(m.outfit == OutfitKind::TShirt);
  REQUIRE(m.bottom);
  CHECK(*m.bottom == OutfitKind::Shorts);
  CHECK(m.outfit_primary == Rgb{1, 2, 3});
  CHECK(m.bottom_primary == Rgb{4, 5, 6});
  // Outerwear alone gets a shirt and trousers under it; a leftover colour dresses both.
  c.outfit.style = "trench coat";
  c.outfit.colors = {Rgb{140, 123, 90}, Rgb{45, 42, 38}};
  m = model_from_character(c, nullptr);
  REQUIRE(m.outerwear.size() == 1);
  CHECK(m.outerwear[0].primary == Rgb{140, 123, 90});
  CHECK(m.outfit == OutfitKind::Shirt);
  CHECK(m.outfit_primary == Rgb{45, 42, 38});
  REQUIRE(m.bottom);
  CHECK(m.bottom_primary == Rgb{45, 42, 38});
  // Hats, shoes and accessories may be written in either list; each takes its row's default colour.
  c.outfit.style = "flat cap, short trousers, knee socks";
  c.outfit.colors = {};
  c.accessory.style = "goggles, tool belt";
  c.accessory.colors = {Rgb{60, 60, 60}};
  m = model_from_character(c, nullptr);
  REQUIRE(m.headwear);
  CHECK(*m.headwear == HeadwearKind::FlatCap);
  CHECK(m.headwear_color == rgb_of(vocabulary::row(HeadwearKind::FlatCap).default_color));
  REQUIRE(m.footwear);
  CHECK(*m.footwear == FootwearKind::KneeSocks);
  REQUIRE(m.accessories.size() == 2);
  CHECK(m.accessories[0].color == Rgb{60, 60, 60});
  CHECK(m.accessories[1].color == rgb_of(vocabulary::row(AccessoryKind::ToolBelt).default_color));
}

TEST_CASE("facial hair and face details come from the hair and eyes lists and from notes") {
  Character c = make("X", 46, 180);
  c.hair.style = "short, goatee";
  c.eyes.style = "narrow, scar";
  c.notes = {"cheeks always red from the cold"};
  CharacterModel m = model_from_character(c, nullptr);
  CHECK(m.hair == HairStyle::Short);
  CHECK(m.facial_hair == FacialHair::Goatee);
  CHECK(m.eyes == EyeShape::Narrow);
  CHECK(std::find(m.eye_details.begin(), m.eye_details.end(), EyeDetail::Scar) != m.eye_details.end());
  CHECK(std::find(m.eye_details.begin(), m.eye_details.end(), EyeDetail::Blush) != m.eye_details.end());
  c.hair.style = "bald";
  c.notes = {"a long white beard down to his belt"};
  m = model_from_character(c, nullptr);
  CHECK(m.hair == HairStyle::Bald);
  CHECK(m.facial_hair == FacialHair::LongBeard);
}

TEST_CASE("body: sets shoulders and hips; pronouns stand in for it") {
  Character c = make("X", 30, 170);
  const double neutral = model_from_character(c, nullptr).proportions.shoulder_width_cm;
  c.body = "masculine";
  const CharacterModel masc = model_from_character(c, nullptr);
  c.body = "";
  c.pronouns = "she/her";
  const CharacterModel fem = model_from_character(c, nullptr);
  CHECK(masc.body == BodyType::Masculine);
  CHECK(fem.body == BodyType::Feminine);
  CHECK(masc.proportions.shoulder_width_cm > neutral);
  CHECK(fem.proportions.shoulder_width_cm < neutral);
  CHECK(fem.proportions.hip_width_cm > masc.proportions.hip_width_cm);
}

TEST_CASE("an unknown build warns at the `build:` value") {
  Character c = make("X", 16, 160);
  c.span = SourceSpan{1, 1, 0, 0};
  c.build = "wobbly";
  c.build_span = SourceSpan{5, 12, 0, 0};
  DiagnosticSink sink;
  (void)model_from_character(c, &sink, "x.eko");
  REQUIRE(sink.diagnostics().size() == 1);
  const Diagnostic& d = sink.diagnostics()[0];
  CHECK(d.kind == DiagnosticKind::UnknownStyleWord);
  CHECK(d.span.line == 5);
  CHECK(d.span.column == 12);
  CHECK(d.message.find("`wobbly`") != std::string::npos);
}

TEST_CASE("default colours come from the rows") {
  Character c = make("X", 16, 160);
  c.outfit.style = "kimono";
  c.outfit.colors = {Rgb{10, 20, 30}};
  c.accessory.style = "scarf";
  const CharacterModel m = model_from_character(c, nullptr);
  CHECK(m.outfit_primary == Rgb{10, 20, 30});
  CHECK(m.outfit_secondary == rgb_of(vocabulary::row(OutfitKind::Kimono).default_secondary));
  REQUIRE(m.accessories.size() == 1);
  CHECK(m.accessories[0].color == rgb_of(vocabulary::row(AccessoryKind::Scarf).default_color));
  CHECK(m.outfit_secondary != rgb_of(vocabulary::row(OutfitKind::HoodieJeans).default_secondary));
}

TEST_CASE("random identities are deterministic per seed") {
  const CharacterModel a = random_identity(42), b = random_identity(42), c = random_identity(43);
  CHECK(a.hair == b.hair);
  CHECK(a.hair_color == b.hair_color);
  CHECK(a.proportions.height_cm == b.proportions.height_cm);
  CHECK((a.hair_color != c.hair_color || a.hair != c.hair || a.outfit != c.outfit));
}

TEST_CASE("the sample's characters, with the `like` variant") {
  CompileOptions options;
  options.check_sheet_files = false;
  const auto result = compile_file(std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko", options);
  REQUIRE(result.ok());
  DiagnosticSink sink;
  const auto models = models_from_graph(result.graph, &sink);
  CHECK(sink.diagnostics().empty());
  auto find = [&](std::string_view id) {
    for (const auto& m : models)
      if (m.id == id) return m;
    FAIL("missing character");
    return CharacterModel{};
  };
  const CharacterModel haru = find("HARU"), haru9 = find("HARU9"), fox = find("KITSUNE"), gran = find("GRANDMA");
  CHECK(haru.hair == HairStyle::Bob);
  CHECK(haru.wears(AccessoryKind::Scarf));
  CHECK(haru.outfit == OutfitKind::SailorUniform);
  CHECK(haru9.hair == HairStyle::TwinTails);
  CHECK(haru9.outfit == OutfitKind::Dress);
  CHECK(haru9.accessories.empty());
  // Not overridden: inherited from HARU.
  CHECK(haru9.eyes == haru.eyes);
  CHECK(haru9.eye_color == haru.eye_color);
  CHECK(haru9.skin == haru.skin);
  CHECK(haru9.proportions.head_count == doctest::Approx(5.0).epsilon(0.05));
  CHECK(fox.hair == HairStyle::Long);
  CHECK(fox.wears(AccessoryKind::FoxMask));
  CHECK(gran.hair == HairStyle::Bun);
  CHECK(gran.wears(AccessoryKind::Glasses));
}
