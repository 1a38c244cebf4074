// compiler/parse/read_simple_line.cpp: a line read without ANTLR is the line the parse tree
// gives (kind, indentation, spans, raw text, fields), and the lines around it, the diagnostics
// of broken lines among them included, read as when ANTLR reads every line.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "compiler/parse/parse_script.hpp"
#include "compiler/parse/read_simple_line.hpp"

using namespace ekonte;

namespace {

void put(std::ostream& o, const SourceSpan& s) { o << '@' << s.line << ':' << s.column << '+' << s.offset << '/' << s.length; }
void put(std::ostream& o, const ast::Text& t) {
  o << '"' << t.value << '"';
  put(o, t.span);
  o << ' ';
}

std::string dump(const parse::Line& line) {
  std::ostringstream o;
  o << int(line.kind) << " indent " << line.indent << ' ';
  put(o, line.span);
  o << " raw \"" << line.raw << "\" ";
  std::visit(
      [&](const auto& f) {
        using F = std::decay_t<decltype(f)>;
        if constexpr (std::is_same_v<F, parse::HeaderFields>) put(o, f.id), put(o, f.name), put(o, f.like);
        else if constexpr (std::is_same_v<F, parse::SceneHeadingFields>) {
          for (const auto& part : f.parts)
            for (const auto& w : part) put(o, w);
          if (f.setting_ref) put(o, *f.setting_ref);
        } else if constexpr (std::is_same_v<F, parse::ShotHeaderFields>) {
          for (const auto& item : f.items) {
            for (const auto& w : item) put(o, w);
            o << "| ";
          }
          put(o, f.action);
        } else if constexpr (std::is_same_v<F, parse::PropertyFields>) put(o, f.key), put(o, f.value);
        else if constexpr (std::is_same_v<F, parse::CueFields>) put(o, f.speaker), put(o, f.parenthetical), put(o, f.text), put(o, f.extension);
        else if constexpr (std::is_same_v<F, parse::PropDeclFields>) put(o, f.id), put(o, f.value);
        else if constexpr (std::is_same_v<F, parse::TextFields>) put(o, f.text);
      },
      line.fields);
  for (const auto& n : line.notes) put(o, n);
  return o.str();
}

// Every line and diagnostic of `text`, read with or without the simple-line reader.
std::vector<std::string> read(const std::string& text, bool simple_lines) {
  SourceFile source{"test.eko", text};
  DiagnosticSink sink;
  std::vector<std::string> out;
  for (const parse::Line& line : parse_script_lines(source, sink, simple_lines)) out.push_back(dump(line));
  for (const Diagnostic& d : sink.diagnostics()) {
    std::ostringstream o;
    o << "diagnostic " << int(d.kind) << ' ';
    put(o, d.span);
    o << ' ' << d.message << " / " << d.hint;
    out.push_back(o.str());
  }
  return out;
}

// True when the simple-line reader reads the first line of `text`.
bool simple(const std::string& text) {
  parse::Line line;
  size_t next = 0;
  return parse::read_simple_line(text, 0, 1, line, next);
}

const char* const kLines[] = {
    "HARU: hi\n",
    "HARU (V.O.) (crying):   hi   there  \n",
    "HARU  :x\n",
    "HARU (a: b): c\n",
    "HARU (unclosed: x\n",
    "HARU9 runs, center.\n",
    "R2_D2 (beeping) : yes\n",
    "HARU (whispering):\n",
    "HARU:   \n",
    "A lantern glows.\n",
    "A\n",
    "A   \n",
    "A  lantern\n",
    "\xC3\x89lodie waits.\n",
    "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE8\xA1\x8C\n",
    "KITSUNE: \xE3\x81\x93\xE3\x82\x8C\xE3\x81\xAF (\xE3\x81\x8A): x\n",
    "KITSUNE (\xE3\x81\x95\xE3\x81\x95\xE3\x82\x84\xE3\x81\x8D): hello\n",
    "a lantern: glows\n",
    "hair: bob, #2a2d4f\n",
    "close-up_2: x\n",
    "stage: HARU left, facing KITSUNE\n",
    "stage:\n",
    "stage :  \n",
    "sfx: boom\n",
    "sfxs: x\n",
    "stages are built\n",
    "shot 1 wide, 3s:\n",
    "shot 1 wide, 3s: HARU waves.\n",
    "shot 4 medium, over the shoulder HARU, high angle, crane up, 3s:   \n",
    "shot : x\n",
    "shot 1 wide,, 3s:\n",
    "shot 1 wide 3s\n",
    "shot 1 wide, 3s:x: y, z\n",
    "shots are fired\n",
    "shot\n",
    "scenery: hills\n",
    "characters walk in.\n",
    "\"Quoted,\" she says.\n",
    "(beat)\n",
    "42 lanterns.\n",
    "CUT TO:\n",
    "FADE OUT.\n",
    "HARD CUT TO:\n",
    "FADER: no\n",
    "# ACT ONE\n",
    "HARU walks. // aside\n",
    "HARU walks. /* aside */ on\n",
    "HARU [[ a note ]] walks.\n",
    "[[ note ]]\n",
    "HARU\twalks.\n",
    "HARU walks.\r\n",
    "   \n",
    "\t\t\n",
    "\n",
};

}  // namespace

TEST_CASE("each kind of line reads the same with and without the simple-line reader, indented or not") {
  for (const char* line : kLines)
    for (const char* indent : {"", "    ", "\t", "  \t "}) {
      const std::string text = std::string(indent) + line;
      CAPTURE(text);
      CHECK(read(text, true) == read(text, false));
    }
}

TEST_CASE("the reader takes the common lines and leaves comments, notes, tabs and keywords to ANTLR") {
  CHECK(simple("HARU: hi\n"));
  CHECK(simple("    A lantern glows.\n"));
  CHECK(simple("\tstage: HARU left\n"));
  CHECK(simple("shot 1 wide, 3s:\n"));
  CHECK(simple("\n"));
  CHECK_FALSE(simple("HARU walks. // aside\n"));
  CHECK_FALSE(simple("[[ note ]]\n"));
  CHECK_FALSE(simple("HARU\twalks.\n"));
  CHECK_FALSE(simple("scene 1 EXT. PATH - DUSK (PATH)\n"));
  CHECK_FALSE(simple("CUT TO:\n"));
  CHECK_FALSE(simple("shot 1 wide 3s\n"));  // no colon: a syntax error the parser reports
  CHECK_FALSE(simple("HARU: hi"));           // no line break: the last line
}

TEST_CASE("a script mixing simple lines, ANTLR's lines and broken lines reads the same either way") {
  std::string script;
  for (int round = 0; round < 3; ++round) {
    for (const char* line : kLines) script += line;
    script += "character HARU \"Haru\":\n    age: 16\n/* a comment\nover lines */ HARU waits.\n";
    script += "scene 1 EXT. PATH - DUSK (PATH)\n    shot 1 wide, 3s:\n        HARU walks.\n";
    script += "character \"broken\n        HARU: after a broken line\n    shot 2 close-up HARU, 2s:\n";
    script += "setting X \"y\" z:\n    HARU: hi\n";
  }
  script += "HARU: the last line has no line break";
  CHECK(read(script, true) == read(script, false));
  CHECK(read(script, true).size() > 150);
}
