// Wardrobe and wetness named only in action prose (compiler/staging/read_wardrobe.cpp,
// vocabulary/wear_words.def, vocabulary/wetness.def): a garment after a wear word is worn, or
// taken off, from its shot to the end of the scene; a wetness word makes the character wet for
// the rest of the scene; words after a wear word that name no garment change nothing.
#include "tests/compiler/staging_test_script.hpp"

#include "compiler/staging/read_wardrobe.hpp"

using namespace ekonte;
using namespace ekonte::test;

namespace {

std::vector<std::pair<std::string, bool>> worn(const ShotGraph& g, size_t shot, const char* id) {
  std::vector<std::pair<std::string, bool>> out;
  const Staging* s = staged(g, shot, id);
  REQUIRE(s);
  for (const auto& w : s->wardrobe) out.push_back({w.value.garment, w.value.off});
  return out;
}

}  // namespace

TEST_CASE("a garment after a wear word is worn from that shot to the end of the scene, not before") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL waits by the door.\n"
      "    shot 2 wide, 3s:\n"
      "        NELL pulls on a raincoat and opens the door.\n"
      "    shot 3 wide, 3s:\n"
      "        NELL steps out.\n"
      "scene 2 INT. ROOM - NIGHT (ROOM)\n"
      "    shot 4 wide, 3s:\n"
      "        NELL sits down.\n");
  CHECK(worn(r.graph, 0, "NELL").empty());
  CHECK(worn(r.graph, 1, "NELL") == std::vector<std::pair<std::string, bool>>{{"raincoat", false}});
  const Staging* later = staged(r.graph, 2, "NELL");
  REQUIRE(later);
  REQUIRE(later->wardrobe.size() == 1);
  CHECK(later->wardrobe[0].value.garment == "raincoat");
  CHECK(later->wardrobe[0].origin == Origin::Continuity);
  CHECK(worn(r.graph, 3, "NELL").empty());  // a new scene starts dressed as the character block says
}

TEST_CASE("`in a` and `wearing` dress the clause's subject; `throws off` takes a garment off") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        OTTO, in a flat cap and a heavy greatcoat, stamps his feet. NELL is wearing a beret.\n"
      "    shot 2 wide, 3s:\n"
      "        OTTO throws off his greatcoat.\n");
  const auto otto = worn(r.graph, 0, "OTTO");
  REQUIRE(!otto.empty());
  CHECK(otto[0] == std::pair<std::string, bool>{"flat cap", false});
  CHECK(worn(r.graph, 0, "NELL") == std::vector<std::pair<std::string, bool>>{{"beret", false}});
  const auto after = worn(r.graph, 1, "OTTO");
  REQUIRE(!after.empty());
  CHECK(after.back() == std::pair<std::string, bool>{"greatcoat", true});
}

TEST_CASE("words after a wear word that name no garment change nothing") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL sits in a chair. OTTO is in a hurry and waits in the corner.\n");
  CHECK(worn(r.graph, 0, "NELL").empty());
  CHECK(worn(r.graph, 0, "OTTO").empty());
}

TEST_CASE("a garment no table spells is one when WordNet puts it under clothing or headwear") {
  CHECK(staging::is_garment("sou'wester"));
  CHECK(staging::is_garment("oilskin coat"));
  CHECK(staging::is_garment("balaclava"));
  CHECK(!staging::is_garment("chair"));
  CHECK(!staging::is_garment("hurry"));
  CHECK(!staging::is_garment("kitchen"));
}

TEST_CASE("a wetness word makes the character wet for the rest of the scene, the wettest word winning") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        PIA stands at the window.\n"
      "    shot 2 wide, 3s:\n"
      "        NELL bursts in, drenched and shivering. PIA turns.\n"
      "    shot 3 wide, 3s:\n"
      "        NELL sits down.\n");
  const Staging* before = staged(r.graph, 0, "PIA");
  REQUIRE(before);
  CHECK(!before->wet);
  const Staging* nell = staged(r.graph, 1, "NELL");
  REQUIRE(nell);
  REQUIRE(nell->wet);
  CHECK(nell->wet->value == Wetness::Soaked);
  const Staging* pia = staged(r.graph, 1, "PIA");
  REQUIRE(pia);
  CHECK(!pia->wet);
  const Staging* later = staged(r.graph, 2, "NELL");
  REQUIRE(later);
  REQUIRE(later->wet);
  CHECK(later->wet->origin == Origin::Continuity);
}
