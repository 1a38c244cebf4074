// Scene continuity of what a held prop looks like: the colour the prose gives a prop where it is
// picked up stays with it in the shots that carry it on, and across a hand-over.
#include "tests/compiler/staging_test_script.hpp"

using namespace ekonte;
using namespace ekonte::test;

namespace {

std::optional<Rgb> held_colour(const ShotGraph& g, size_t shot, const char* id) {
  const Staging* s = staged(g, shot, id);
  REQUIRE(s);
  REQUIRE(!s->held.empty());
  return s->held.front().value.colour;
}

}  // namespace

TEST_CASE("a coloured prop picked up in one shot keeps its colour in the next shot that carries it") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL opens a red umbrella.\n"
      "    shot 2 wide, 3s:\n"
      "        NELL walks to the door.\n");
  const auto first = held_colour(r.graph, 0, "NELL");
  REQUIRE(first);
  CHECK(first->r > 150);
  CHECK(first->g < 90);
  const auto carried = held_colour(r.graph, 1, "NELL");
  REQUIRE(carried);
  CHECK(*carried == *first);
}

TEST_CASE("a prop with no colour word carries no colour on") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL opens an umbrella.\n"
      "    shot 2 wide, 3s:\n"
      "        NELL walks to the door.\n");
  CHECK(!held_colour(r.graph, 1, "NELL"));
}

TEST_CASE("a coloured prop handed over keeps its colour in the receiver's hand") {
  const auto r = compile_staging(
      "    shot 1 wide, 3s:\n"
      "        NELL holds a blue cup.\n"
      "    shot 2 wide, 3s:\n"
      "        NELL hands the cup to OTTO.\n"
      "    shot 3 wide, 3s:\n"
      "        OTTO drinks.\n");
  const auto given = held_colour(r.graph, 2, "OTTO");
  REQUIRE(given);
  CHECK(given->b > given->r);
}
