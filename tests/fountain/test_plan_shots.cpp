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

TEST_CASE("a POV slug is a POV shot of the beat after it, from the character it names, not a new scene") {
  DiagnosticSink sink;
  const auto in = plan("EXT. DOCKS - NIGHT\n\nRain.\n\nSNIPER\nGot her.\n\n.SNIPER SCOPE POV\n\nCrosshairs settle on a head.\n\n"
                       "REYES'S POV:\n\nA ladder, slick with rain.\n\nREYES\nCole?\n",
                       sink);
  REQUIRE(in.scenes.size() == 1);
  REQUIRE(in.settings.size() == 1);
  std::vector<const input::Shot*> povs;
  for (const auto& s : in.scenes[0].shots)
    if (s.camera.framing.value == Framing::Pov) povs.push_back(&s);
  REQUIRE(povs.size() == 2);
  CHECK(povs[0]->camera.subject.at(0).value == "SNIPER");
  CHECK(povs[0]->action.at(0).value == "Crosshairs settle on a head.");
  CHECK(povs[0]->camera.framing.words.starts_with("pov: the slug `SNIPER SCOPE POV`"));
  CHECK(povs[1]->camera.subject.at(0).value == "REYES");
  CHECK(povs[1]->action.at(0).value == "A ladder, slick with rain.");
}

TEST_CASE("a capitalised sound in action is sfx of its beat, a capitalised thing still an insert") {
  DiagnosticSink sink;
  const auto in = plan("INT. HALL - NIGHT\n\nDark.\n\nThe door SLAMS. Somewhere, a GUNSHOT.\n\nA BELL hangs by the door.\n", sink);
  const auto& shots = in.scenes[0].shots;
  REQUIRE(shots.size() == 4);
  CHECK(shots[1].sfx.size() == 2);
  CHECK(shots[1].sfx.at(0).value == "slams");
  CHECK(shots[1].sfx.at(1).value == "gunshot");
  CHECK(shots[2].camera.framing.value != Framing::Insert);
  CHECK(shots[3].camera.framing.value == Framing::Insert);  // a bell is a thing, though it rings
  CHECK(shots[3].camera.subject.at(0).value == "BELL");
}

TEST_CASE("a forced heading with no INT./EXT. is an interior when it names a room, at the time of the scene before") {
  DiagnosticSink sink;
  const auto in = plan("EXT. LIGHTHOUSE - NIGHT\n\nWaves.\n\n.THE LAMP ROOM\n\nThe great lens.\n", sink);
  REQUIRE(in.settings.size() == 2);
  CHECK(in.settings[1].id.value == "THE_LAMP_ROOM");
  CHECK(in.settings[1].properties.at(0).key.value == "kind");
  CHECK(in.settings[1].properties.at(0).value.value == "lamp room");  // setting_kinds.def lamp-room
  CHECK(in.settings[1].properties.at(1).key.value == "time");
  CHECK(in.settings[1].properties.at(1).value.value == "night");
  // Drawn indoors: the heading is read as INT. (the renderer takes an unmarked heading outdoors).
  REQUIRE(in.scenes[1].heading.int_ext);
  CHECK(in.scenes[1].heading.int_ext->value == "INT.");
  CHECK(in.scenes[1].heading.place.value == "THE LAMP ROOM");
}

TEST_CASE("a forced heading naming an outdoor place stays outdoors") {
  DiagnosticSink sink;
  const auto in = plan("INT. KITCHEN - DAY\n\nA stove.\n\n.CLIFF TOP\n\nWind.\n", sink);
  REQUIRE(in.settings.size() == 2);
  CHECK(in.settings[1].properties.at(0).value.value == "cliff");
  CHECK(!in.scenes[1].heading.int_ext);
}

TEST_CASE("a second two-shot in a scene keeps each character on the side they were given (180-degree rule)") {
  DiagnosticSink sink;
  const auto in = plan("INT. CHURCH - DAY\n\nPews.\n\nDANNY\nWhere is she?\n\nPRIYA\nLate.\n\nEDIE (80s) waves.\n\n"
                       "EDIE\nPizza!\n\nDANNY\nGran!\n",
                       sink);
  std::vector<std::string> stages;
  for (const auto& s : in.scenes[0].shots)
    for (const auto& st : s.stage) stages.push_back(st.value);
  REQUIRE(stages.size() == 2);
  CHECK(stages[0] == "DANNY left facing PRIYA; PRIYA right facing DANNY");
  CHECK(stages[1] == "DANNY left facing EDIE; EDIE right facing DANNY");  // EDIE spoke first, DANNY keeps his side
}

TEST_CASE("an introduction whose last word is a speaker's cue (`a PIZZA COURIER (20s)`) designs that speaker") {
  DiagnosticSink sink;
  const auto in = plan("INT. CHURCH - DAY\n\nPews.\n\nA confused PIZZA COURIER (20s, a red cap) holds a box.\n\nCOURIER\nLarge pepperoni?\n", sink);
  REQUIRE(in.characters.size() == 1);
  CHECK(in.characters[0].id.value == "COURIER");
  CHECK(in.characters[0].properties.at(0).key.value == "age");
  CHECK(in.characters[0].properties.at(0).value.value == "25");
  CHECK(in.scenes[0].shots.at(1).camera.framing.value == Framing::Full);  // the introduction's full shot
}

TEST_CASE("a centred line after a scene's shots ends its last shot; before any it opens the scene") {
  DiagnosticSink sink;
  const auto in = plan("EXT. HARBOUR - DAY\n\n> SUMMER, 1999 <\n\nBoats rock at the quay.\n\n> THE END <\n", sink);
  REQUIRE(in.scenes.size() == 1);
  const auto& scene = in.scenes[0];
  REQUIRE(!scene.shots.empty());
  REQUIRE(scene.action.size() == 1);
  CHECK(scene.action[0].value == "SUMMER, 1999");
  REQUIRE(!scene.shots.back().action.empty());
  CHECK(scene.shots.back().action.back().value == "THE END");
}
