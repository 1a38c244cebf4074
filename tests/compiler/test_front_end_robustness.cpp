// Hostile inputs through the front end: each compiles without throwing, every report a tool
// reads (JSON diagnostics, the shot graph) is valid JSON, and the defects found by fuzzing on
// earlier versions stay fixed.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "compiler/compile.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"
#include "compiler/limits.hpp"
#include "compiler/shot_graph_json.hpp"

using namespace ekonte;

namespace {

const char* const kMinimal =
    "character ANA \"Ana\":\n    hair: bob, #2a2d4f\nsetting ROOM \"Room\":\n    time: day\n"
    "scene 1 INT. ROOM - DAY (ROOM)\n    shot 1 wide, 3s:\n        ANA stands.\n";

CompileResult compile_text(const std::string& text) {
  CompileOptions options;
  options.check_sheet_files = false;
  return compile_source("hostile.eko", text, options);
}

// Compiles `text` and checks the reports are valid JSON; returns the result for more checks.
CompileResult compile_and_check_reports(const std::string& text) {
  CompileResult r = compile_text(text);
  const std::string diagnostics = render_json(r.diagnostics.diagnostics());
  CHECK(nlohmann::json::accept(diagnostics));
  (void)render_human(r.diagnostics.diagnostics(), &r.source, {});
  if (r.ok()) CHECK(nlohmann::json::accept(shot_graph_to_json_text(r.graph)));
  return r;
}

bool has_code(const CompileResult& r, std::string_view code, uint32_t line = 0) {
  for (const Diagnostic& d : r.diagnostics.diagnostics())
    if (info(d.kind).code == code && (line == 0 || d.span.line == line)) return true;
  return false;
}

}  // namespace

TEST_CASE("a line of only `#` and a `###` separator are sections with no title, not a crash") {
  const CompileResult r = compile_and_check_reports(std::string("#\n###\n") + kMinimal);
  CHECK(r.ok());
}

TEST_CASE("overlong, surrogate and out-of-range UTF-8 are E0108 at the first bad byte") {
  for (const std::string& bad : {std::string("\xC0\xAF"), std::string("\xE0\x80\xAF"), std::string("\xED\xA0\x80"),
                                std::string("\xF4\x90\x80\x80"), std::string("\xF5\x80\x80\x80"),
                                std::string("\xC1\xBF")}) {
    CAPTURE(bad.size());
    const CompileResult r = compile_and_check_reports(std::string(kMinimal) + "        ANA waves " + bad + ".\n");
    CHECK(has_code(r, "E0108", 8));
  }
  // Valid multi-byte text at the edges of the ranges passes.
  const CompileResult ok = compile_and_check_reports(std::string(kMinimal) + "        ANA waves \xED\x9F\xBF \xF4\x8F\xBF\xBF.\n");
  CHECK(!has_code(ok, "E0108"));
}

TEST_CASE("a non-ASCII character inside a colour is quoted whole and the JSON report stays valid") {
  std::string text = kMinimal;
  text.replace(text.find("#2a2d4f"), 7, "#2a\xC3\xA9" "4f");
  const CompileResult r = compile_and_check_reports(text);
  REQUIRE(has_code(r, "E0301"));
  bool quoted = false;
  for (const Diagnostic& d : r.diagnostics.diagnostics()) quoted = quoted || d.message.find("`\xC3\xA9`") != std::string::npos;
  CHECK(quoted);
}

TEST_CASE("carriage-return-only line endings put diagnostics on their own lines") {
  std::string text = std::string(kMinimal) + "    shot 2 wdie, 3s:\n        ANA sits.\n";
  for (char& c : text)
    if (c == '\n') c = '\r';
  const CompileResult r = compile_and_check_reports(text);
  CHECK(has_code(r, "E0303", 8));
}

TEST_CASE("a script over the size limit is refused before parsing (COVERS: E0111)") {
  std::string text = kMinimal;
  text += "        " + std::string(limits::kMaxScriptBytes, 'a') + "\n";
  const CompileResult r = compile_text(text);
  CHECK(has_code(r, "E0111"));
  CHECK(r.diagnostics.diagnostics().size() == 1);
}

TEST_CASE("a line over the length limit is refused at its line (COVERS: E0112)") {
  std::string text = kMinimal;
  text += "        ANA " + std::string(limits::kMaxLineBytes, 'a') + "\n";
  const CompileResult r = compile_text(text);
  CHECK(has_code(r, "E0112", 8));
}

TEST_CASE("a source file's lines are found by number, without terminators, also in a changed copy") {
  ekonte::SourceFile f{"t.eko", "first\r\nsecond\n\nfourth"};
  CHECK(f.line_text(1) == "first");
  CHECK(f.line_text(2) == "second");
  CHECK(f.line_text(3) == "");
  CHECK(f.line_text(4) == "fourth");
  CHECK(f.line_text(5) == "");
  CHECK(f.line_text(0) == "");
  ekonte::SourceFile copy = f;  // shares the index built above
  copy.text = "other\nlines here";
  CHECK(copy.line_text(2) == "lines here");
  CHECK(f.line_text(2) == "second");
}
