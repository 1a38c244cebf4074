// COVERS: E0905 (a screenplay holding NUL bytes)
// Bad input to the screenplay front ends is a clear diagnostic, never a crash: binary data, a
// boneyard opened and never closed, an empty file, a title page alone, 10 MB of action with no
// scene heading, broken Final Draft XML.
#include <doctest/doctest.h>

#include <chrono>
#include <random>

#include "compiler/compile.hpp"

using namespace ekonte;

namespace {

bool has(const CompileResult& r, DiagnosticKind kind) {
  for (const auto& d : r.diagnostics.diagnostics())
    if (d.kind == kind) return true;
  return false;
}

std::string codes(const CompileResult& r) {
  std::string out;
  for (const auto& d : r.diagnostics.diagnostics()) out += std::string(info(d.kind).code) + " " + d.message + "\n";
  return out;
}

}  // namespace

TEST_CASE("random bytes are reported as not UTF-8, NUL-padded bytes as binary data, both with no shots") {
  std::mt19937 random(14);
  std::string bytes(4096, '\0');
  for (char& c : bytes) c = static_cast<char>(random() & 0xff);
  const CompileResult noise = compile_source("noise.fountain", bytes);
  CAPTURE(codes(noise));
  CHECK_FALSE(noise.ok());
  CHECK(has(noise, DiagnosticKind::InvalidUtf8));

  const CompileResult nul = compile_source("nul.fountain", std::string("EXT. A - DAY\n\nSome\0\0\1 text.\n", 28));
  CAPTURE(codes(nul));
  CHECK_FALSE(nul.ok());
  REQUIRE(nul.diagnostics.diagnostics().size() == 1);
  const Diagnostic& d = nul.diagnostics.diagnostics()[0];
  CHECK(d.kind == DiagnosticKind::BinaryScreenplay);
  CHECK(d.span.line == 3);
  CHECK(d.span.column == 5);
  CHECK(nul.graph.shots.empty());
}

TEST_CASE("a boneyard never closed hides the rest with a warning that points at its `/*`") {
  const CompileResult r = compile_source("bone.fountain", "EXT. PIER - DAY\n\nGulls.\n\n/* cut\n\nMAUD\nHello.\n");
  CAPTURE(codes(r));
  CHECK(r.ok());
  CHECK(has(r, DiagnosticKind::UnclosedBoneyard));
  CHECK(r.graph.characters.empty());  // MAUD's line is inside the boneyard
  CHECK(r.graph.shots.size() == 1);
}

TEST_CASE("an empty screenplay and a title page alone say there is nothing to storyboard, in screenplay terms") {
  for (const std::string text : {std::string(), std::string("\n\n  \n"), std::string("Title: Only a Title\nAuthor: Me\n")}) {
    CAPTURE(text);
    const CompileResult r = compile_source("t.fountain", text);
    CAPTURE(codes(r));
    CHECK_FALSE(r.ok());
    CHECK(has(r, DiagnosticKind::ScreenplayBeforeFirstScene));
    CHECK(has(r, DiagnosticKind::EmptyScript));
    for (const auto& diag : r.diagnostics.diagnostics()) CHECK(diag.hint.find("shot 1") == std::string::npos);
  }
}

TEST_CASE("10 MB of action with no scene heading is one warning and one error, in well under a minute") {
  std::string text;
  const std::string paragraph = "Rain falls on the steel roofs and she waits by the door while the wind moves over dark water.\n\n";
  while (text.size() < (size_t{10} << 20)) text += paragraph;
  const auto start = std::chrono::steady_clock::now();
  const CompileResult r = compile_source("big.fountain", text);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CAPTURE(codes(r));
  CHECK_FALSE(r.ok());
  CHECK(r.diagnostics.diagnostics().size() == 2);
  CHECK(has(r, DiagnosticKind::ScreenplayBeforeFirstScene));
  CHECK(has(r, DiagnosticKind::EmptyScript));
  CHECK(seconds < 30);
}

TEST_CASE("a truncated Final Draft file is malformed XML with the parser's line, not a crash") {
  const CompileResult r = compile_source("cut.fdx", "<?xml version=\"1.0\"?>\n<FinalDraft>\n  <Content>\n    <Paragraph Type=\"Action\"><Text>Half");
  CAPTURE(codes(r));
  CHECK_FALSE(r.ok());
  CHECK(has(r, DiagnosticKind::MalformedFinalDraft));
}
