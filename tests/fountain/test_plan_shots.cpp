// Shot planning: properties of the board a screenplay is planned into, and the corpus
// screenplay compiling without errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "compiler/compile.hpp"
#include "compiler/front_end/fountain/plan_screenplay.hpp"
#include "compiler/front_end/read_screenplay.hpp"
#include "tests/compiler/golden.hpp"
#include "tests/diagnostics/check_pipeline.hpp"

using namespace ekonte;

namespace {

input::ScriptInput plan(const std::string& text, DiagnosticSink& sink) {
  return read_fountain_source(SourceFile{"t.fountain", text}, sink);
}

const std::string kExchange =
    "EXT. HARBOUR - DAY\n\nBoats rock at the quay.\n\nANA (30s) waits on the pier.\n\nANA\nYou came.\n\nBO\nI said I would.\n\n"
    "ANA\nYou said a lot of things.\n\nBO\n(sobbing)\nI know.\n";

}  // namespace

TEST_CASE("a scene opens on an establishing extreme wide of a new place") {
  DiagnosticSink sink;
  const auto in = plan(kExchange, sink);
  REQUIRE(in.scenes.size() == 1);
  const auto& first = in.scenes[0].shots.at(0);
  CHECK(first.camera.framing.value == Framing::ExtremeWide);
  CHECK(first.camera.framing.origin == Origin::Inferred);
  CHECK(first.camera.framing.words.starts_with("establishing"));
}

TEST_CASE("shot ids are `<scene>-<n>` and every shot lasts at least 1.5 s") {
  DiagnosticSink sink;
  const auto in = plan(kExchange, sink);
  const auto& shots = in.scenes[0].shots;
  for (size_t k = 0; k < shots.size(); ++k) {
    CHECK(shots[k].camera.id->value == "1-" + std::to_string(k + 1));
    CHECK(*shots[k].camera.duration_frames >= 36);
  }
}

TEST_CASE("a dialogue exchange opens on a two-shot, then alternates over the listener's shoulder onto the speaker") {
  DiagnosticSink sink;
  const auto in = plan(kExchange, sink);
  const auto& shots = in.scenes[0].shots;
  std::vector<const input::Shot*> talk;
  for (const auto& s : shots)
    if (!s.dialogue.empty()) talk.push_back(&s);
  REQUIRE(talk.size() == 4);
  CHECK(talk[0]->camera.framing.value == Framing::TwoShot);
  CHECK(talk[0]->stage.at(0).value == "ANA left facing BO; BO right facing ANA");
  CHECK(talk[1]->camera.framing.value == Framing::OverTheShoulder);
  // The subject of an over-the-shoulder shot is the shoulder: the one who listens (foreground,
  // back to camera); the speaker faces them from the midground.
  CHECK(talk[1]->dialogue.at(0).speaker.value == "BO");
  CHECK(talk[1]->camera.subject.at(0).value == "ANA");
  CHECK(talk[2]->dialogue.at(0).speaker.value == "ANA");
  CHECK(talk[2]->camera.subject.at(0).value == "BO");
  CHECK(talk[3]->camera.framing.value == Framing::CloseUp);  // "(sobbing)": a strong feeling
}

TEST_CASE("dialogue duration follows its words at three words a second") {
  DiagnosticSink sink;
  const auto in = plan("INT. ROOM - DAY\n\nANA sits.\n\nANA\none two three four five six seven eight nine ten eleven twelve\n", sink);
  const auto& line = in.scenes[0].shots.back();
  CHECK(line.camera.duration_frames == 4 * 24);
}

TEST_CASE("a character introduced in action is a full shot, a capitalised thing an insert") {
  DiagnosticSink sink;
  const auto in = plan("EXT. PIER - DAY\n\nGulls.\n\nThe SKIPPER (50s) jumps ashore. A small boat, the MARY JANE, noses in.\n", sink);
  const auto& shots = in.scenes[0].shots;
  REQUIRE(shots.size() == 3);
  CHECK(shots[1].camera.framing.value == Framing::Full);
  CHECK(shots[1].camera.subject.at(0).value == "SKIPPER");
  CHECK(shots[2].camera.framing.value == Framing::Insert);
  CHECK(shots[2].camera.subject.at(0).value == "MARY JANE");
  CHECK(shots[2].action.at(0).value == "A small boat, the MARY JANE, noses in.");
}

TEST_CASE("speakers and introduced characters are declared with a design from their introduction") {
  DiagnosticSink sink;
  const auto in = plan("INT. ROOM - DAY\n\nMAUD PENHALLOW (70s, oilskin coat) climbs, a sack on her back.\n\nMAUD\nHello.\n\nTOMMY (12) runs in.\n", sink);
  REQUIRE(in.characters.size() == 2);
  CHECK(in.characters[0].id.value == "MAUD");
  CHECK(in.characters[0].display_name.value == "Maud Penhallow");
  auto value = [](const input::CharacterDecl& c, const std::string& key) {
    for (const auto& p : c.properties)
      if (p.key.value == key) return p.value.value;
    return std::string();
  };
  CHECK(value(in.characters[0], "age") == "75");
  CHECK(value(in.characters[0], "hair").find("#b8b8b8") != std::string::npos);  // grey at seventy
  CHECK(value(in.characters[1], "age") == "12");
  CHECK(value(in.characters[0], "outfit") != value(in.characters[1], "outfit"));
}

TEST_CASE("a scene heading's place becomes a setting whose kind follows INT./EXT. and whose time the heading gives") {
  DiagnosticSink sink;
  const auto in = plan("INT. LIGHTHOUSE KITCHEN - NIGHT\n\nA stove.\n\nEXT. HARBOUR WALL - DAWN\n\nWaves.\n", sink);
  REQUIRE(in.settings.size() == 2);
  CHECK(in.settings[0].id.value == "LIGHTHOUSE_KITCHEN");
  CHECK(in.settings[0].properties.at(0).value.value == "kitchen");
  CHECK(in.settings[0].properties.at(1).value.value == "night");
  CHECK(in.settings[1].properties.at(0).value.value == "harbour");
  CHECK(in.settings[1].properties.at(1).value.value == "dawn");
}

TEST_CASE("action before the first scene heading is reported once") {
  DiagnosticSink sink;
  plan("One.\n\nTwo.\n\nThree.\n", sink);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].kind == DiagnosticKind::ScreenplayBeforeFirstScene);  // COVERS: W0903
}

TEST_CASE("the corpus screenplay lighthouse.fountain compiles with no errors") {
  const std::string path = std::string(EKONTE_SOURCE_DIR) + "/../shared/corpus/lighthouse.fountain";
  REQUIRE(std::filesystem::exists(path));
  const auto diagnostics = test::check_script(path, test::read_file(path));
  for (const auto& d : diagnostics) {
    CAPTURE(d.message);
    CHECK(d.severity != Severity::Error);
  }
  const FileCompileResult r = compile_file(path);
  CHECK(r.ok());
  CHECK(r.graph.scenes.size() == 4);
  CHECK(r.graph.shots.size() >= 16);
}
