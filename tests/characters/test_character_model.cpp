#include <doctest/doctest.h>

#include <cmath>

#include "characters/character_model.hpp"
#include "characters/skeleton.hpp"
#include "compiler/compile.hpp"

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

TEST_CASE("proportions add up to the height") {
  for (int age : {6, 9, 16, 30, 78}) {
    const Proportions p = make_proportions(150, age, Build::Average);
    CHECK(p.head_cm + p.neck_cm + p.torso_cm + p.leg_cm == doctest::Approx(150));
  }
}

TEST_CASE("the standing skeleton is head_count heads tall") {
  for (int age : {9, 16, 40}) {
    CharacterModel m = model_from_character(make("A", age, 150), nullptr);
    const PosedSkeleton s = pose_skeleton(m, Pose::Stand, View::Front);
    const double heads = -s.head_top.y / s.head_cm;
    CHECK(heads == doctest::Approx(m.proportions.head_count).epsilon(0.06));
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
  CHECK(m.accessory == AccessoryKind::Glasses);
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
  CHECK(m.accessory == AccessoryKind::FoxMask);
}

TEST_CASE("every template has a canonical name that reads back") {
  for (int i = 0; i < 7; ++i) CHECK(hair_style_from_words(name_of(HairStyle(i))) == HairStyle(i));
  for (int i = 0; i < 4; ++i) CHECK(eye_shape_from_words(name_of(EyeShape(i))) == EyeShape(i));
  for (int i = 0; i < 5; ++i) CHECK(outfit_from_words(name_of(OutfitKind(i))) == OutfitKind(i));
  for (int i = 0; i < 7; ++i) CHECK(accessory_from_words(name_of(AccessoryKind(i))) == AccessoryKind(i));
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
  CHECK(haru.accessory == AccessoryKind::Scarf);
  CHECK(haru.outfit == OutfitKind::SailorUniform);
  CHECK(haru9.hair == HairStyle::TwinTails);
  CHECK(haru9.outfit == OutfitKind::Dress);
  CHECK(haru9.accessory == AccessoryKind::None);
  // Not overridden: inherited from HARU.
  CHECK(haru9.eyes == haru.eyes);
  CHECK(haru9.eye_color == haru.eye_color);
  CHECK(haru9.skin == haru.skin);
  CHECK(haru9.proportions.head_count == doctest::Approx(5.0).epsilon(0.05));
  CHECK(fox.hair == HairStyle::Long);
  CHECK(fox.accessory == AccessoryKind::FoxMask);
  CHECK(gran.hair == HairStyle::Bun);
  CHECK(gran.accessory == AccessoryKind::Glasses);
}
