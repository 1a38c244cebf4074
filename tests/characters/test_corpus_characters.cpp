// The corpus is the specification: every character property word of ../shared/corpus/*.eko
// names a template of the tables, not a fallback, unless it is in the allow-list below.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>

#include "characters/character_model.hpp"
#include "compiler/compile.hpp"

using namespace ekonte;
using namespace ekonte::characters;

namespace {

// Words writers used that are not a garment, hairstyle or accessory a sheet could draw, each with
// why it stays unmatched.
const std::set<std::string> kAllowList = {
    "grey",  // `eyes: grey, #6d7b86`: a colour where the shape goes; the colour is given as #6d7b86
};

std::filesystem::path corpus_dir() { return std::filesystem::path(EKONTE_SOURCE_DIR) / ".." / "shared" / "corpus"; }

std::vector<CharacterModel> corpus_models(const std::string& name, DiagnosticSink& sink) {
  CompileOptions options;
  options.check_sheet_files = false;
  // The corpus may hold errors outside character blocks (speakers that are not characters): the
  // characters are read all the same.
  const auto result = compile_file((corpus_dir() / name).string(), options);
  REQUIRE(!result.graph.characters.empty());
  return models_from_graph(result.graph, &sink, name);
}

const CharacterModel& find(const std::vector<CharacterModel>& models, std::string_view id) {
  for (const auto& m : models)
    if (m.id == id) return m;
  FAIL("missing character " << id);
  static CharacterModel none;
  return none;
}

}  // namespace

TEST_CASE("every corpus character property word resolves to a template, allow-list aside") {
  size_t scripts = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpus_dir())) {
    if (entry.path().extension() != ".eko") continue;
    ++scripts;
    CAPTURE(entry.path().filename().string());
    DiagnosticSink sink;
    (void)corpus_models(entry.path().filename().string(), sink);
    for (const Diagnostic& d : sink.diagnostics()) {
      if (d.kind != DiagnosticKind::UnknownStyleWord) continue;
      const size_t a = d.message.find('`'), b = d.message.find('`', a + 1);
      const std::string word = d.message.substr(a + 1, b - a - 1);
      CAPTURE(d.message);
      CHECK(kAllowList.count(word) == 1);
    }
  }
  CHECK(scripts >= 4);
}

TEST_CASE("corpus characters wear and look as written") {
  DiagnosticSink sink;
  const auto harbour = corpus_models("harbour-detective.eko", sink);
  const CharacterModel& casey = find(harbour, "CASEY");
  REQUIRE(casey.headwear);
  CHECK(*casey.headwear == HeadwearKind::Fedora);
  REQUIRE(casey.outerwear.size() == 1);
  CHECK(casey.outerwear[0].kind == OuterwearKind::TrenchCoat);
  CHECK(casey.facial_hair == FacialHair::Stubble);
  const CharacterModel& bruno = find(harbour, "BRUNO");
  CHECK(bruno.hair == HairStyle::Bald);
  CHECK(bruno.build == Build::Giant);
  CHECK(bruno.facial_hair == FacialHair::LongBeard);
  CHECK(bruno.wears(AccessoryKind::Hook));
  const CharacterModel& violet = find(harbour, "VIOLET");
  CHECK(violet.outfit == OutfitKind::EveningGown);
  CHECK(violet.hair == HairStyle::Wavy);
  CHECK(violet.wears(AccessoryKind::Gloves));
  const CharacterModel& pip = find(harbour, "PIP");
  CHECK(pip.wears(AccessoryKind::Bag));
  REQUIRE(pip.headwear);
  CHECK(*pip.headwear == HeadwearKind::FlatCap);

  const auto castle = corpus_models("castle-winter.eko", sink);
  const CharacterModel& queen = find(castle, "QUEEN");
  CHECK(queen.outfit == OutfitKind::Gown);
  REQUIRE(queen.outerwear.size() == 1);
  CHECK(queen.outerwear[0].kind == OuterwearKind::FurCloak);
  REQUIRE(queen.headwear);
  CHECK(*queen.headwear == HeadwearKind::Crown);
  CHECK(queen.hair == HairStyle::Braid);
  const CharacterModel& aldric = find(castle, "ALDRIC");
  CHECK(aldric.facial_hair == FacialHair::LongBeard);
  CHECK(aldric.wears(AccessoryKind::Staff));
  const CharacterModel& oswin = find(castle, "OSWIN");
  REQUIRE(oswin.outerwear.size() == 2);
  CHECK(oswin.outerwear[0].kind == OuterwearKind::PlateArmour);
  CHECK(oswin.outerwear[1].kind == OuterwearKind::Surcoat);
  CHECK(oswin.wears(AccessoryKind::Sword));
  CHECK(oswin.wears(AccessoryKind::Shield));

  const auto festival = corpus_models("summer-festival.eko", sink);
  const CharacterModel& grandpa = find(festival, "GRANDPA");
  CHECK(grandpa.outfit == OutfitKind::Yukata);
  CHECK(grandpa.wears(AccessoryKind::WalkingStick));
  CHECK(grandpa.proportions.stoop_deg > 0);
  // A 42-year-old and a 10-year-old differ in head count and eye size at a glance.
  CHECK(find(festival, "DAI").proportions.head_count - find(festival, "SORA").proportions.head_count > 1.5);
}
