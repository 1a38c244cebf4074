// A character dressed as a shot's prose has it (characters/dress_for_shot.cpp): garments read
// through the wardrobe tables and WordNet, put on and taken off; wet darkens clothes and hair.
#include <doctest/doctest.h>

#include "characters/dress_for_shot.hpp"

using namespace ekonte;
using namespace ekonte::characters;

namespace {

CharacterModel plain() {
  CharacterModel m;
  m.outfit = OutfitKind::HoodieJeans;
  m.outfit_primary = Rgb{200, 100, 50};
  m.hair_color = Rgb{120, 80, 40};
  return m;
}

}  // namespace

TEST_CASE("a hat named in the prose is worn, a table phrase or a word WordNet puts under headwear") {
  const CharacterModel m = dress_for_shot(plain(), {{"sou'wester", false, WearWord::Wearing}}, std::nullopt);
  REQUIRE(m.headwear);
  CHECK(*m.headwear == HeadwearKind::SouWester);
  // WordNet: a busby is a hat.
  const CharacterModel busby = dress_for_shot(plain(), {{"busby", false, WearWord::PutsOn}}, std::nullopt);
  REQUIRE(busby.headwear);
  CHECK(*busby.headwear == HeadwearKind::Hat);
}

TEST_CASE("a coat put on goes over the top; taken off, it is gone, and the outermost layer goes when none matches") {
  CharacterModel m = dress_for_shot(plain(), {{"raincoat", false, WearWord::PutsOn}}, std::nullopt);
  REQUIRE(m.outerwear.size() == 1);
  CHECK(m.outerwear[0].kind == OuterwearKind::TrenchCoat);
  CHECK(m.outfit == OutfitKind::HoodieJeans);
  CHECK(dress_for_shot(m, {{"raincoat", true, WearWord::TakesOff}}, std::nullopt).outerwear.empty());
  CHECK(dress_for_shot(m, {{"coat", true, WearWord::TakesOff}}, std::nullopt).outerwear.empty());
}

TEST_CASE("words that name no garment change nothing") {
  const CharacterModel m = dress_for_shot(plain(), {{"zzqx", false, WearWord::Wearing}}, std::nullopt);
  CHECK(!m.headwear);
  CHECK(m.outerwear.empty());
  CHECK(m.outfit == OutfitKind::HoodieJeans);
}

TEST_CASE("wet darkens the clothes and the hair by the wetness row and marks the model wet") {
  const CharacterModel dry = plain();
  const CharacterModel wet = dress_for_shot(dry, {}, Wetness::Soaked);
  REQUIRE(wet.wet);
  CHECK(wet.outfit_primary.r < dry.outfit_primary.r);
  CHECK(wet.hair_color.r < dry.hair_color.r);
  const CharacterModel damp = dress_for_shot(dry, {}, Wetness::Damp);
  CHECK(damp.outfit_primary.r > wet.outfit_primary.r);
}
