// Staging inferred from action prose, `stage:` lines and dialogue, with where each value came from.
#include <doctest/doctest.h>

#include "compiler/compile.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"

using namespace ekonte;

namespace {

const char* kHeader = R"(title: t
character ANA "Ana":
    hair: bob, #000000
character BO "Bo":
    hair: short, #111111
character CY "Cy":
    hair: long, #222222
setting ROOM "Room":
    time: day
scene 1 INT. ROOM - DAY (ROOM)
)";

// Every script here is meant to compile: an error fails the test and prints the diagnostics.
ShotGraph compile_shots(const std::string& shots) {
  CompileResult r = compile_source("t.eko", std::string(kHeader) + shots);
  CHECK_MESSAGE(!r.diagnostics.has_errors(), render_human(r.diagnostics.diagnostics(), &r.source, {}));
  return r.graph;
}

const Staging& staging(const ShotGraph& g, size_t shot, const char* id) {
  for (const auto& s : g.shots.at(shot).characters)
    if (g.character(s.character).id == id) return s;
  FAIL("character not in frame: " << id);
  static Staging none;
  return none;
}

}  // namespace

TEST_CASE("position, pose and expression words belong to the character that owns the clause") {
  const auto g = compile_shots(
      "    shot 1 wide, 3s:\n"
      "        BO sits at the table, right. ANA kneels beside her, left, happy.\n");
  const auto& ana = staging(g, 0, "ANA");
  const auto& bo = staging(g, 0, "BO");
  CHECK(ana.position.value == ScreenPosition::Left);
  CHECK(ana.position.origin == Origin::Action);
  CHECK(ana.position.words == "left");
  CHECK(ana.pose.value == Pose::Kneel);
  CHECK(ana.expression.value == Expression::Happy);
  CHECK(bo.position.value == ScreenPosition::Right);
  CHECK(bo.pose.value == Pose::Sit);
  CHECK(bo.expression.value == Expression::Neutral);
  CHECK(bo.expression.origin == Origin::Default);
  // In screen order, left to right.
  CHECK(g.character(g.shots[0].characters[0].character).id == "ANA");
}

TEST_CASE("an object of a preposition does not take the clause's words") {
  const auto g = compile_shots(
      "    shot 1 medium, 3s:\n"
      "        ANA hands the cup to BO, smiling.\n");
  CHECK(staging(g, 0, "ANA").expression.value == Expression::Happy);
  CHECK(staging(g, 0, "ANA").pose.value == Pose::HoldOutHand);
  CHECK(staging(g, 0, "BO").expression.value == Expression::Neutral);
}

TEST_CASE("pronouns carry the last named character; the last feeling named wins") {
  const auto g = compile_shots(
      "    shot 1 close-up ANA, 2s:\n"
      "        Her eyes widen. She is scared.\n");
  REQUIRE(g.shots[0].characters.size() == 1);
  CHECK(staging(g, 0, "ANA").expression.value == Expression::Scared);
  CHECK(staging(g, 0, "ANA").expression.words == "scared");
}

TEST_CASE("a stage line wins over prose and gives facing towards a character") {
  const auto g = compile_shots(
      "    shot 1 two-shot, 3s:\n"
      "        stage: ANA right standing angry facing BO; BO left sitting sad facing ANA\n"
      "        ANA smiles on the left.\n");
  const auto& ana = staging(g, 0, "ANA");
  CHECK(ana.position.value == ScreenPosition::Right);
  CHECK(ana.position.origin == Origin::Stage);
  CHECK(ana.expression.value == Expression::Angry);
  CHECK(ana.facing.value == Facing::Character);
  CHECK(g.character(ana.facing_target).id == "BO");
  CHECK(ana.view.value == View::ThreeQuarterLeft);  // BO is to her left
  CHECK(staging(g, 0, "BO").pose.value == Pose::Sit);
  CHECK(staging(g, 0, "BO").view.value == View::ThreeQuarterRight);
}

TEST_CASE("unstated sides keep the scene's continuity") {
  const auto g = compile_shots(
      "    shot 1 wide, 3s:\n"
      "        ANA stands, right. BO stands, left.\n"
      "    shot 2 medium, 3s:\n"
      "        BO talks to ANA.\n");
  CHECK(staging(g, 1, "ANA").position.value == ScreenPosition::Right);
  CHECK(staging(g, 1, "ANA").position.origin == Origin::Continuity);
  CHECK(staging(g, 1, "BO").position.value == ScreenPosition::Left);
}

TEST_CASE("a character given no facing faces the nearest other one, and the value says it was inferred") {
  const auto g = compile_shots(
      "    shot 1 wide, 2s:\n"
      "        ANA waves. BO looks up.\n");
  const auto& ana = staging(g, 0, "ANA");
  CHECK(ana.facing.value == Facing::Character);
  CHECK(ana.facing.origin == Origin::Inferred);
  CHECK(g.character(ana.facing_target).id == "BO");
  CHECK(name_of(ana.facing.origin) == "inferred");
  CHECK(staging(g, 0, "BO").facing.origin == Origin::Action);
  CHECK(ana.pose.origin == Origin::Action);
  CHECK(staging(g, 0, "BO").pose.origin == Origin::Default);
}

TEST_CASE("close-ups frame their subject alone; POV leaves the viewer out; inserts show no one") {
  const auto g = compile_shots(
      "    shot 1 close-up ANA, 2s:\n"
      "        ANA looks at BO.\n"
      "    shot 2 pov ANA, 2s:\n"
      "        BO waves.\n"
      "    shot 3 insert, 2s:\n"
      "        A cup in ANA's hand.\n");
  REQUIRE(g.shots[0].characters.size() == 1);
  CHECK(staging(g, 0, "ANA").facing.value == Facing::Character);
  REQUIRE(g.shots[1].characters.size() == 1);
  CHECK(staging(g, 1, "BO").pose.value == Pose::Wave);
  CHECK(g.shots[2].characters.empty());
}

TEST_CASE("over the shoulder: the named character is the foreground shoulder seen from behind") {
  const auto g = compile_shots(
      "    shot 1 medium, over the shoulder ANA, 3s:\n"
      "        BO sits, right, facing ANA.\n");
  CHECK(g.shots[0].framing.value == Framing::OverTheShoulder);
  CHECK(g.shots[0].size == Framing::Medium);
  const auto& ana = staging(g, 0, "ANA");
  CHECK(ana.depth.value == Depth::Foreground);
  CHECK(ana.view.value == View::Back);
  CHECK(ana.position.value == ScreenPosition::Left);
  CHECK(staging(g, 0, "BO").view.value == View::ThreeQuarterLeft);
}

TEST_CASE("speakers are in frame and their parenthetical sets delivery and feeling") {
  const auto g = compile_shots(
      "    shot 1 medium, 3s:\n"
      "        ANA waits.\n"
      "        BO (whispering): Hello.\n"
      "        CY (cheerful, shouting): Hi!\n"
      "        ANA (V.O.): Later.\n");
  const auto& shot = g.shots[0];
  CHECK(shot.characters.size() == 3);
  CHECK(staging(g, 0, "BO").speaks);
  CHECK(shot.dialogue[0].delivery == Delivery::Whisper);
  CHECK(shot.dialogue[1].delivery == Delivery::Shout);
  CHECK(staging(g, 0, "CY").expression.value == Expression::Happy);
  CHECK(staging(g, 0, "CY").expression.origin == Origin::Dialogue);
  CHECK_FALSE(staging(g, 0, "ANA").speaks);  // a voice-over does not put her in frame as a speaker
}

TEST_CASE("cue-line dialogue with a parenthetical line and indented text") {
  const auto g = compile_shots(
      "    shot 1 medium, 3s:\n"
      "        ANA stands.\n"
      "        ANA:\n"
      "            (quietly)\n"
      "            It was here.\n"
      "            Right here.\n");
  REQUIRE(g.shots[0].dialogue.size() == 1);
  CHECK(g.shots[0].dialogue[0].parenthetical == "quietly");
  CHECK(g.shots[0].dialogue[0].text == "It was here. Right here.");
  CHECK(g.shots[0].dialogue[0].delivery == Delivery::Whisper);
}

TEST_CASE("comments, boneyard and notes are not action") {
  const auto g = compile_shots(
      "    shot 1 medium, 3s: // camera note\n"
      "        ANA stands. // not prose\n"
      "        /* BO runs.\n"
      "           CY runs. */\n"
      "        [[ check her scarf ]]\n");
  REQUIRE(g.shots[0].action.size() == 1);
  CHECK(g.shots[0].action[0] == "ANA stands.");
  CHECK(g.shots[0].characters.size() == 1);
  REQUIRE(g.shots[0].notes.size() == 1);
  CHECK(g.shots[0].notes[0] == "check her scarf");
}

TEST_CASE("CRLF line ends and tab indentation read like LF and spaces") {
  std::string crlf = std::string(kHeader) + "\tshot 1 wide, 3s:\r\n\t\tANA runs, left.\r\n";
  for (size_t p = 0; (p = crlf.find('\n', p)) != std::string::npos; p += 2)
    if (p == 0 || crlf[p - 1] != '\r') crlf.insert(p, "\r");
  const CompileResult r = compile_source("t.eko", crlf);
  CHECK_FALSE(r.diagnostics.has_errors());
  REQUIRE(r.graph.shots.size() == 1);
  CHECK(r.graph.shots[0].characters[0].pose.value == Pose::Run);
  CHECK(r.graph.shots[0].action[0] == "ANA runs, left.");
}

TEST_CASE("action prose keeps its words apart, also after a one-letter first word") {
  const auto g = compile_shots(
      "    shot 1 insert, 2s:\n"
      "        A lantern flickers out.\n"
      "        I /* boneyard */ see.\n"
      "        ANA waits.\n");
  REQUIRE(g.shots[0].action.size() == 3);
  CHECK(g.shots[0].action[0] == "A lantern flickers out.");
  CHECK(g.shots[0].action[1] == "I see.");
  CHECK(g.shots[0].action[2] == "ANA waits.");
}
