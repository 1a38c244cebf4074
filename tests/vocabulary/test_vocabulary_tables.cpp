// The vocabulary tables: well formed, no phrase meaning two words of one kind, and the
// generated docs/vocabulary.md up to date (EKONTE_UPDATE_GOLDEN=1 rewrites it).
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "vocabulary/camera.hpp"
#include "vocabulary/colours.hpp"
#include "vocabulary/staging.hpp"
#include "vocabulary/transitions.hpp"
#include "vocabulary/vocabulary.hpp"

using namespace ekonte;

// Tables whose rows are chosen from a character's properties, never from words a writer writes:
// their rows have no phrases (scratch voices are picked by `age:` and `body:`).
const std::set<std::string_view> kChosenByProperties = {"voice"};

TEST_CASE("every table has rows with a unique canonical name, phrases and a description") {
  std::set<std::string> kinds;
  for (const vocabulary::Table& t : vocabulary::tables()) {
    CAPTURE(t.kind);
    CHECK(kinds.insert(std::string(t.kind)).second);
    CHECK(!t.title.empty());
    CHECK(!t.where.empty());
    CHECK(!t.entries.empty());
    std::set<std::string_view> names;
    for (const vocabulary::Entry& e : t.entries) {
      CAPTURE(e.name);
      CHECK(names.insert(e.name).second);
      if (kChosenByProperties.count(t.kind)) CHECK(e.phrases.empty());
      else CHECK((!vocabulary::split_phrases(e.phrases).empty() || !vocabulary::split_phrases(e.stage_phrases).empty()));
      CHECK(!e.description.empty());
    }
  }
}

TEST_CASE("no phrase spells two different words of the same table, but one indoor and one outdoor kind of setting") {
  for (const vocabulary::Table& t : vocabulary::tables()) {
    std::map<std::string, std::vector<const vocabulary::Entry*>> owners;
    for (const vocabulary::Entry& e : t.entries)
      for (const std::string& p : vocabulary::split_phrases(std::string(e.phrases) + "|" + std::string(e.stage_phrases))) {
        CAPTURE(t.kind);
        CAPTURE(p);
        auto& o = owners[p];
        if (std::find(o.begin(), o.end(), &e) == o.end()) o.push_back(&e);
        const bool same_word = std::all_of(o.begin(), o.end(), [&](const vocabulary::Entry* x) { return x->name == e.name; });
        // A scene heading's INT. or EXT. chooses between an indoor and an outdoor kind.
        const bool inside_and_outside = t.kind == "setting-kind" && o.size() == 2 && o[0]->category != o[1]->category;
        CHECK((same_word || inside_and_outside));
      }
  }
}

TEST_CASE("camera tables: names match the enum order and relations take a size") {
  CHECK(vocabulary::row(Framing::CloseUp).name == "close-up");
  CHECK(vocabulary::row(Angle::Dutch).dutch_degrees > 0);
  CHECK(vocabulary::row(Movement::PanLeft).direction == -1);
  CHECK(vocabulary::row(Transition::DissolveTo).ekonte_mark == "O.L.");
  for (const vocabulary::FramingRow& r : vocabulary::kFramingRows) {
    CAPTURE(r.name);
    CHECK(vocabulary::row(r.usual_size).category != vocabulary::FramingCategory::Relation);
    CHECK(r.set_zoom > 0);
    CHECK(r.manga_width_share > 0);
  }
}

TEST_CASE("staging tables: names match the enum order and stage-only phrases are listed apart") {
  CHECK(vocabulary::row(Pose::HoldOutHand).name == "hold-out-hand");
  CHECK(vocabulary::row(View::ThreeQuarterLeft).name == "three-quarter-left");
  CHECK(vocabulary::row(Depth::Background).name == "background");
  CHECK(vocabulary::row(ScreenPosition::Right).name == "right");
  CHECK(vocabulary::row(Delivery::Whisper).name == "whisper");
  CHECK(vocabulary::row(Facing::Up).stage_phrases == "up");
  const vocabulary::Table* facing = vocabulary::find_table("facing");
  REQUIRE(facing != nullptr);
  const std::string text = vocabulary::format_table(*facing);
  CHECK(text.find("looks up, gazes up; in `stage:` only: up") != std::string::npos);
  CHECK(text.find("looks at") != std::string::npos);
}

TEST_CASE("listing a table names every word and its phrases") {
  const vocabulary::Table* framing = vocabulary::find_table("framing");
  REQUIRE(framing != nullptr);
  const std::string text = vocabulary::format_table(*framing);
  for (const vocabulary::Entry& e : framing->entries) CHECK(text.find(std::string(e.name)) != std::string::npos);
  CHECK(text.find("closeup") != std::string::npos);
  CHECK(vocabulary::find_table("no-such-kind") == nullptr);
}

TEST_CASE("docs/vocabulary.md is generated from the tables") {
  const std::string path = std::string(EKONTE_SOURCE_DIR) + "/docs/vocabulary.md";
  const std::string expected = vocabulary::format_markdown();
  if (const char* update = std::getenv("EKONTE_UPDATE_GOLDEN"); update && *update == '1') {
    std::ofstream(path, std::ios::binary) << expected;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream actual;
  actual << in.rdbuf();
  CHECK_MESSAGE(actual.str() == expected,
                "docs/vocabulary.md is stale: run this test with EKONTE_UPDATE_GOLDEN=1 to regenerate it");
}

TEST_CASE("split_column holds each row's phrases as split_phrases gives them, row by row") {
  struct Row {
    std::string_view name, phrases;
  };
  static constexpr Row rows[] = {{"a", "close up|closeup|cu"}, {"b", ""}, {"c", "wide"}};
  const auto split = vocabulary::split_column(rows, &Row::phrases);
  REQUIRE(split.size() == 3);
  CHECK(split[0] == std::vector<std::string>{"close up", "closeup", "cu"});
  CHECK(split[1].empty());
  CHECK(split[2] == std::vector<std::string>{"wide"});
  for (size_t i = 0; i < std::size(vocabulary::kColourRows); ++i)
    CHECK(vocabulary::split_column(vocabulary::kColourRows, &vocabulary::ColourRow::phrases)[i] ==
          vocabulary::split_phrases(vocabulary::kColourRows[i].phrases));
}

TEST_CASE("match_colour finds every colour phrase, the first row that spells it winning") {
  for (size_t i = 0; i < std::size(vocabulary::kColourRows); ++i)
    for (const std::string& p : vocabulary::split_phrases(vocabulary::kColourRows[i].phrases)) {
      const auto found = vocabulary::match_colour(p);
      REQUIRE(found);
      CHECK(static_cast<size_t>(*found) <= i);
    }
  CHECK_FALSE(vocabulary::match_colour("no such colour"));
}
