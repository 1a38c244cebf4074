// The Fountain reader, one syntax feature per test case (https://fountain.io/syntax).
#include <doctest/doctest.h>

#include "compiler/front_end/fountain/read_fountain.hpp"

using namespace ekonte;
using namespace ekonte::screenplay;

namespace {

Screenplay read(const std::string& text, DiagnosticSink* out = nullptr) {
  DiagnosticSink sink;
  SourceFile file{"t.fountain", text};
  Screenplay play = read_fountain(file, out ? *out : sink);
  return play;
}

const Element& only(const Screenplay& play, ElementKind kind) {
  for (const auto& e : play.elements)
    if (e.kind == kind) return e;
  FAIL("no element of that kind");
  return play.elements.front();
}

}  // namespace

TEST_CASE("title page keys are read in any case, with values on indented lines below") {
  const Screenplay p = read("TITLE:\n    _**THE KEEPER**_\nDraft date: 1 May\nContact:\n    Nell\n    nell@example.com\n\nINT. ROOM - DAY\n");
  REQUIRE(p.title_page.size() == 3);
  CHECK(p.title_page[0].key.value == "title");
  REQUIRE(p.title_page[0].continuation.size() == 1);
  CHECK(p.title_page[0].continuation[0].value == "THE KEEPER");
  CHECK(p.title_page[1].key.value == "draft date");
  CHECK(p.title_page[2].continuation.size() == 2);
  CHECK(only(p, ElementKind::SceneHeading).text.value == "INT. ROOM - DAY");
}

TEST_CASE("scene headings start with INT, EXT, EST, INT./EXT, I/E, or are forced with a full stop") {
  for (const char* h : {"INT. HOUSE - DAY", "EXT. HOUSE - NIGHT", "EST. CITY - DAY", "INT./EXT. CAR - DAY", "I/E CAR - DAY",
                        "int. house - day", "INT HOUSE - DAY"}) {
    CAPTURE(h);
    const Screenplay p = read(std::string(h) + "\n\nShe waits.\n");
    CHECK(p.elements.at(0).kind == ElementKind::SceneHeading);
  }
  const Screenplay forced = read(".THE LAMP ROOM\n\nRain.\n");
  CHECK(forced.elements.at(0).kind == ElementKind::SceneHeading);
  CHECK(forced.elements.at(0).text.value == "THE LAMP ROOM");
  CHECK(read("INTERIOR DESIGN IS HARD.\n").elements.at(0).kind != ElementKind::SceneHeading);
}

TEST_CASE("a scene number `#12A#` comes off the end of the heading") {
  const Screenplay p = read("EXT. PIER - DAY #12A#\n\nGulls.\n");
  const Element& h = only(p, ElementKind::SceneHeading);
  REQUIRE(h.scene_number);
  CHECK(h.scene_number->value == "12A");
  CHECK(h.text.value == "EXT. PIER - DAY");
}

TEST_CASE("action keeps its lines and indentation; `!` forces action") {
  const Screenplay p = read("INT. ROOM - DAY\n\n\tA tab.\n    Four spaces.\n\n!SHOUTING IN CAPS\nstill action\n");
  const Element& a = p.elements.at(1);
  REQUIRE(a.kind == ElementKind::Action);
  REQUIRE(a.lines.size() == 2);
  CHECK(a.lines[0].value == "\tA tab.");
  CHECK(a.lines[1].value == "    Four spaces.");
  CHECK(p.elements.at(2).kind == ElementKind::Action);
  CHECK(p.elements.at(2).lines[0].value == "SHOUTING IN CAPS");
}

TEST_CASE("character cues: extensions, `@` forcing, `^` dual dialogue") {
  const Screenplay p = read("INT. ROOM - DAY\n\nMAUD (V.O.) (CONT'D)\nForty years.\n\n@McCLANE\nYippee.\n\nTOMMY ^\nNo.\n");
  const Element& maud = p.elements.at(1);
  REQUIRE(maud.kind == ElementKind::Dialogue);
  CHECK(maud.cue.value == "MAUD");
  CHECK(maud.extensions == std::vector<std::string>{"V.O.", "CONT'D"});
  CHECK(p.elements.at(2).cue.value == "McCLANE");
  CHECK(p.elements.at(3).dual);
  CHECK(p.elements.at(3).cue.value == "TOMMY");
  CHECK(maud.cue.span.line == 3);
  CHECK(maud.cue.span.column == 1);
}

TEST_CASE("parentheticals and lyrics are parts of the dialogue") {
  const Screenplay p = read("INT. ROOM - DAY\n\nTOMMY\n(kicking off his boots)\nMum says.\n~Row, row, row\n");
  const Element& d = p.elements.at(1);
  REQUIRE(d.parts.size() == 3);
  CHECK(d.parts[0].kind == DialoguePart::Kind::Parenthetical);
  CHECK(d.parts[0].text.value == "kicking off his boots");
  CHECK(d.parts[1].text.value == "Mum says.");
  CHECK(d.parts[2].kind == DialoguePart::Kind::Lyric);
  CHECK(d.parts[2].text.value == "Row, row, row");
}

TEST_CASE("transitions end in `TO:` or are forced with `>`; `> text <` is centered; `===` breaks the page") {
  const Screenplay p = read("INT. ROOM - DAY\n\nRain.\n\nCUT TO:\n\n> BURN TO WHITE.\n\n> THE END <\n\n===\n");
  CHECK(p.elements.at(2).kind == ElementKind::Transition);
  CHECK(p.elements.at(2).text.value == "CUT TO:");
  CHECK(p.elements.at(3).kind == ElementKind::Transition);
  CHECK(p.elements.at(3).text.value == "BURN TO WHITE.");
  CHECK(p.elements.at(4).kind == ElementKind::Centered);
  CHECK(p.elements.at(4).text.value == "THE END");
  CHECK(p.elements.at(5).kind == ElementKind::PageBreak);
}

TEST_CASE("notes are kept with their element and boneyard is hidden, spans unchanged") {
  const Screenplay p = read("INT. ROOM - DAY\n\nHe does. [[Hold on her.]] She waits.\n\n/*\nMAUD\nHidden.\n*/\n\nShe sits.\n");
  REQUIRE(p.elements.size() == 3);
  const Element& a = p.elements.at(1);
  REQUIRE(a.notes.size() == 1);
  CHECK(a.notes[0].value == "Hold on her.");
  CHECK(a.notes[0].span.line == 3);
  CHECK(a.notes[0].span.column == 10);
  CHECK(p.elements.at(2).lines.at(0).value == "She sits.");
  CHECK(p.elements.at(2).lines.at(0).span.line == 10);
}

TEST_CASE("an unclosed boneyard or note is reported where it opens") {
  DiagnosticSink sink;
  read("INT. ROOM - DAY\n\nHe [[waits.\n\n/* gone\n", &sink);
  REQUIRE(sink.diagnostics().size() == 2);
  CHECK(sink.diagnostics()[0].kind == DiagnosticKind::UnclosedNote);  // COVERS: W0902
  CHECK(sink.diagnostics()[0].span.line == 3);
  CHECK(sink.diagnostics()[0].span.column == 4);
  CHECK(sink.diagnostics()[1].kind == DiagnosticKind::UnclosedBoneyard);  // COVERS: W0901
  CHECK(sink.diagnostics()[1].span.line == 5);
}

TEST_CASE("sections `#` have a depth and synopses `=` a text") {
  const Screenplay p = read("# ACT ONE\n\n## Sequence\n\n= Maud gets the letter.\n\nINT. ROOM - DAY\n");
  CHECK(p.elements.at(0).kind == ElementKind::Section);
  CHECK(p.elements.at(0).section_depth == 1);
  CHECK(p.elements.at(0).text.value == "ACT ONE");
  CHECK(p.elements.at(1).section_depth == 2);
  CHECK(p.elements.at(2).kind == ElementKind::Synopsis);
  CHECK(p.elements.at(2).text.value == "Maud gets the letter.");
}

TEST_CASE("emphasis markers are dropped, escaped ones and underscores inside words kept") {
  CHECK(strip_emphasis("the room goes *white* and **begins to turn**") == "the room goes white and begins to turn");
  CHECK(strip_emphasis("_underlined_ snake_case \\*star\\*") == "underlined snake_case *star*");
}

TEST_CASE("binary-looking or empty input gives no elements and no crash") {
  CHECK(read("").elements.empty());
  CHECK(read("\n\n\n").elements.empty());
  CHECK(read("Title: Only a title\n").elements.empty());
}
