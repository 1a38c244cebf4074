// The Ekonte front end: shot headers, scene headings and transition lines arrive at the checker
// already read, as the neutral input::ScriptInput a Fountain reader would also produce.
#include <doctest/doctest.h>

#include "compiler/compile.hpp"
#include "compiler/front_end/read_ekonte_script.hpp"

using namespace ekonte;

namespace {

input::ScriptInput read(const std::string& text, DiagnosticSink& sink) {
  return read_ekonte_source(SourceFile{"t.eko", text}, sink);
}

}  // namespace

TEST_CASE("a scene heading arrives in parts, each with its span") {
  DiagnosticSink sink;
  const auto in = read("scene 12A EXT. STONE PATH - DUSK - FLASHBACK (PATH)\n    shot 1 wide, 2s:\n        Wind.\n", sink);
  REQUIRE(in.scenes.size() == 1);
  const input::SceneHeading& h = in.scenes[0].heading;
  REQUIRE(h.number);
  CHECK(h.number->value == "12A");
  REQUIRE(h.int_ext);
  CHECK(h.int_ext->value == "EXT.");
  CHECK(h.place.value == "STONE PATH");
  CHECK(h.place.span.column == 16);
  CHECK(h.place.span.length == 10);
  REQUIRE(h.time);
  CHECK(h.time->value == "DUSK");
  CHECK(h.flashback);
  REQUIRE(in.scenes[0].setting_ref);
  CHECK(in.scenes[0].setting_ref->value == "PATH");
}

TEST_CASE("a shot header arrives as a camera: values, origins, duration in frames, take") {
  DiagnosticSink sink;
  const auto in = read("fps: 25\nscene 1 INT. ROOM - DAY (ROOM)\n    shot 4B low angle, close-up HARU, pan left, 2+12, take 3:\n"
                       "        HARU waits.\n    shot wide, 1s:\n        Rain.\n",
                       sink);
  CHECK(!sink.has_errors());
  REQUIRE(in.scenes.at(0).shots.size() == 2);
  const input::Camera& c = in.scenes[0].shots[0].camera;
  REQUIRE(c.id);
  CHECK(c.id->value == "4B");
  CHECK(c.framing.value == Framing::CloseUp);
  CHECK(c.framing.origin == Origin::Header);
  CHECK(c.angle.value == Angle::LowAngle);
  CHECK(c.movement.value == Movement::PanLeft);
  REQUIRE(c.subject.size() == 1);
  CHECK(c.subject[0].value == "HARU");
  REQUIRE(c.duration_frames);
  CHECK(*c.duration_frames == 2 * 25 + 12);  // read at the front matter's fps
  CHECK(c.duration_text == "2+12");
  CHECK(c.take == 3);
  const input::Camera& d = in.scenes[0].shots[1].camera;
  CHECK(!d.id);
  CHECK(d.angle.origin == Origin::Default);
  CHECK(d.movement.value == Movement::Static);
}

TEST_CASE("transition lines arrive as vocabulary values; an unknown one is reported and read as a cut") {
  DiagnosticSink sink;
  const auto in = read("scene 1 INT. ROOM - DAY (ROOM)\n    shot wide, 1s:\n        Rain.\nCROSS DISSOLVE TO:\n"
                       "    shot wide, 1s:\n        Sun.\nSWOOSH TO:\n    shot wide, 1s:\n        Snow.\n",
                       sink);
  REQUIRE(in.scenes.at(0).transitions.size() == 2);
  CHECK(in.scenes[0].transitions[0].transition == Transition::DissolveTo);
  CHECK(in.scenes[0].transitions[0].before_shot == 1);
  CHECK(in.scenes[0].transitions[1].transition == Transition::CutTo);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].kind == DiagnosticKind::UnknownTransition);
}

// The parse reads prose runs with a loop of its own and shows the lexer a stand-in for letters
// beyond ASCII (compiler/parse/script_lexer.hpp, script_streams.hpp): texts, columns and offsets
// must still be those of the script's own bytes.
TEST_CASE("prose with Japanese letters, slashes, brackets and comments keeps its text, columns and offsets") {
  DiagnosticSink sink;
  const std::string text =
      "scene 1 INT. 台所 \xE2\x80\x93 NIGHT (ROOM)\n"
      "    shot 1 wide, 2s:\n"
      "        HARU opens a/b the [door] /* gone */ slowly // not this\n"
      "        HARU: 「月が/きれい」 [[ 注 ]] yes\n"
      "        Rain/ [x\n";
  const auto in = read(text, sink);
  CHECK(!sink.has_errors());
  REQUIRE(in.scenes.size() == 1);
  CHECK(in.scenes[0].heading.place.value == "台所");
  REQUIRE(in.scenes[0].heading.time);
  CHECK(in.scenes[0].heading.time->value == "NIGHT");  // the en dash still separates the parts
  REQUIRE(in.scenes[0].shots.size() == 1);
  const input::Shot& shot = in.scenes[0].shots[0];
  REQUIRE(shot.action.size() == 2);
  CHECK(shot.action[0].value == "HARU opens a/b the [door] slowly");
  CHECK(shot.action[1].value == "Rain/ [x");
  REQUIRE(shot.dialogue.size() == 1);
  const SpannedText& line = shot.dialogue[0].line;
  CHECK(line.value == "「月が/きれい」 yes");
  CHECK(line.span.offset == text.find("「月"));
  CHECK(line.span.column == 15);  // columns count letters, not bytes
  REQUIRE(shot.notes.size() == 1);
  CHECK(shot.notes[0].value == "注");
  const size_t yes = text.find(" yes\n") + 1;
  CHECK(line.span.offset + line.span.length == yes + 3);
}

TEST_CASE("lines after a syntax error are read as without it, and every broken line is reported") {
  // The parse reads line by line; from the first broken line it goes on in ANTLR's recovering
  // mode. Long enough that the character stream lets go of its first lines before the error.
  std::string good = "setting ROOM \"Room\":\n    time: day\nscene 1 INT. ROOM - DAY (ROOM)\n";
  std::string broken = good;
  for (int i = 1; i <= 3000; ++i) {
    const std::string shot = "    shot " + std::to_string(i) + " wide, 2s:\n        Rain falls on the 窓 again.\n";
    good += shot;
    broken += shot;
    if (i == 2000) broken += "    shot , , :\n";
  }
  broken += "character %%% \"Bad\":\n";
  DiagnosticSink good_sink, broken_sink;
  const auto a = read(good, good_sink);
  const auto b = read(broken, broken_sink);
  CHECK_FALSE(good_sink.has_errors());
  size_t syntax_errors = 0;
  for (const Diagnostic& d : broken_sink.diagnostics()) syntax_errors += d.kind == DiagnosticKind::SyntaxError;
  CHECK(syntax_errors == 2);
  REQUIRE(a.scenes.size() == 1);
  REQUIRE(b.scenes.size() == 1);
  REQUIRE(a.scenes[0].shots.size() == 3000);
  REQUIRE(b.scenes[0].shots.size() == 3000);
  const input::Shot& last = b.scenes[0].shots.back();
  REQUIRE(last.action.size() == 1);
  CHECK(last.action[0].value == "Rain falls on the 窓 again.");
  // One line more above it (the broken shot line) than in the good script.
  CHECK(last.action[0].span.line == a.scenes[0].shots[2999].action[0].span.line + 1);
  CHECK(last.action[0].span.offset == a.scenes[0].shots[2999].action[0].span.offset + 15);
}

TEST_CASE("a script without a final line break reads its last line whole") {
  DiagnosticSink sink;
  const auto in = read("setting ROOM \"Room\":\n    time: day\nscene 1 INT. ROOM - DAY (ROOM)\n    shot 1 wide, 2s:\n        Rain.", sink);
  REQUIRE(in.scenes.size() == 1);
  REQUIRE(in.scenes[0].shots.size() == 1);
  REQUIRE(in.scenes[0].shots[0].action.size() == 1);
  CHECK(in.scenes[0].shots[0].action[0].value == "Rain.");
  CHECK(in.scenes[0].shots[0].action[0].span.length == 5);
}
