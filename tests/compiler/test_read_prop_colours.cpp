// Colour words on props: "a red umbrella" in a shot's prose and `props: red lanterns` on a setting
// are recorded in the shot graph with the prop row, the colour of vocabulary/colours.def and the
// span of the words; punctuation between a colour and a noun joins nothing.
#include <doctest/doctest.h>

#include "compiler/compile.hpp"
#include "compiler/values/read_prop_colours.hpp"
#include "vocabulary/colours.hpp"

using namespace ekonte;

namespace {

Rgb colour(ColourWord c) {
  const uint32_t v = vocabulary::row(c).colour;
  return Rgb{uint8_t(v >> 16), uint8_t(v >> 8), uint8_t(v)};
}

std::vector<PropColour> read(const std::string& text) {
  SpannedText t{text, SourceSpan{}};
  t.span.line = 3, t.span.column = 9, t.span.offset = 100;
  return read_prop_colours(t);
}

}  // namespace

TEST_CASE("a colour word in front of a prop noun colours that prop, with the span of its words") {
  const auto found = read("She opens a red umbrella beside the black car.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].prop == PropKind::Umbrella);
  CHECK(found[0].colour == colour(ColourWord::Red));
  CHECK(found[0].words == "red umbrella");
  CHECK(found[0].span.column == 9 + 12);
  CHECK(found[0].span.length == std::string("red umbrella").size());
  CHECK(found[1].prop == PropKind::Car);
  CHECK(found[1].colour == colour(ColourWord::Black));
}

TEST_CASE("the prop is the noun phrase after the colour; a shade word changes the colour") {
  auto found = read("a red paper lantern");
  REQUIRE(found.size() == 1);
  CHECK(found[0].prop == PropKind::Lanterns);
  found = read("the dark blue door");
  REQUIRE(found.size() == 1);
  CHECK(found[0].prop == PropKind::Door);
  CHECK(found[0].words == "dark blue door");
  CHECK(found[0].colour != colour(ColourWord::Blue));
  CHECK(int(found[0].colour.b) < int(colour(ColourWord::Blue).b));
  found = read("a navy blue bicycle");
  REQUIRE(found.size() == 1);
  CHECK(found[0].colour == colour(ColourWord::Navy));
}

TEST_CASE("no colour crosses punctuation, and a colour before no prop colours nothing") {
  CHECK(read("A console readout blinks red: ENGINE 2 COOLANT FAILURE.").empty());
  CHECK(read("The sky goes orange, then violet.").empty());
  CHECK(read("a red string around her wrist").empty());
}

TEST_CASE("the compiler records colour words of shot prose and of a setting's props") {
  const CompileResult r = compile_source("colours.eko", R"(title: Colours

character HARU "Haru":
    outfit: school uniform

setting STREET "A street":
    time: day
    props: red lanterns, bench

scene 1 EXT. STREET - DAY (STREET)

    shot 1 wide, 2s:
        HARU opens a yellow umbrella beside a green bicycle.
)");
  REQUIRE(r.graph.settings.size() == 1);
  REQUIRE(r.graph.settings[0].prop_colours.size() == 1);
  CHECK(r.graph.settings[0].prop_colours[0].prop == PropKind::Lanterns);
  CHECK(r.graph.settings[0].prop_colours[0].colour == colour(ColourWord::Red));
  REQUIRE(r.graph.shots.size() == 1);
  const auto& c = r.graph.shots[0].prop_colours;
  REQUIRE(c.size() == 2);
  CHECK(c[0].prop == PropKind::Umbrella);
  CHECK(c[0].colour == colour(ColourWord::Yellow));
  CHECK(c[0].span.line == 13);
  CHECK(c[1].prop == PropKind::Bicycle);
}
