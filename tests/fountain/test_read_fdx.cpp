// The Final Draft reader: paragraph types, dual dialogue, title page, malformed XML; an .fdx
// compiles through the same planning as Fountain.
#include <doctest/doctest.h>

#include <fstream>

#include "compiler/compile.hpp"
#include "compiler/front_end/fdx/read_fdx.hpp"
#include "tests/compiler/golden.hpp"

using namespace ekonte;
using namespace ekonte::screenplay;

namespace {
const std::string kSample = std::string(EKONTE_SOURCE_DIR) + "/tests/fountain/small.fdx";
}

TEST_CASE("fdx paragraphs become scene headings, action, dialogue with parentheticals and transitions") {
  DiagnosticSink sink;
  const Screenplay p = read_fdx(SourceFile{kSample, test::read_file(kSample)}, sink);
  CHECK(sink.diagnostics().empty());
  REQUIRE(p.elements.size() >= 8);
  CHECK(p.elements[0].kind == ElementKind::SceneHeading);
  CHECK(p.elements[0].scene_number->value == "1");
  CHECK(p.elements[0].span.line == 4);
  CHECK(p.elements[2].lines.at(0).value == "ANA (30s, a yellow oilskin) waits on the pier.");
  const Element& ana = p.elements[3];
  REQUIRE(ana.kind == ElementKind::Dialogue);
  REQUIRE(ana.parts.size() == 2);
  CHECK(ana.parts[0].kind == DialoguePart::Kind::Parenthetical);
  CHECK(ana.parts[0].text.value == "quietly");
  CHECK(p.elements[4].extensions == std::vector<std::string>{"O.S."});
  CHECK(p.elements[5].kind == ElementKind::Transition);
  REQUIRE(p.title_page.size() == 2);
  CHECK(p.title_page[0].value.value == "THE QUAY");
  CHECK(p.title_page[1].value.value == "Test Writer");
}

TEST_CASE("fdx dual dialogue marks the second speaker") {
  DiagnosticSink sink;
  const Screenplay p = read_fdx(SourceFile{kSample, test::read_file(kSample)}, sink);
  REQUIRE(p.elements.size() >= 2);
  const Element& bo = p.elements.back();
  CHECK(bo.cue.value == "BO");
  CHECK(bo.dual);
  CHECK_FALSE(p.elements[p.elements.size() - 2].dual);
}

TEST_CASE("malformed fdx XML is reported at the parser's line") {
  DiagnosticSink sink;
  read_fdx(SourceFile{"bad.fdx", "<FinalDraft>\n<Content>\n<Paragraph Type=\"Action\">\n</Content>\n"}, sink);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].kind == DiagnosticKind::MalformedFinalDraft);  // COVERS: E0904
  CHECK(sink.diagnostics()[0].span.line >= 4);  // libxml2 reports the mismatch at or after `</Content>`
  DiagnosticSink other;
  read_fdx(SourceFile{"x.fdx", "<html/>"}, other);
  CHECK(other.diagnostics().size() == 1);
}

TEST_CASE("an fdx compiles into a storyboard with no errors, picked by its extension") {
  const FileCompileResult r = compile_file(kSample);
  for (const auto& d : r.diagnostics.diagnostics()) CAPTURE(d.message);
  CHECK(r.ok());
  CHECK(r.graph.scenes.size() == 2);
  CHECK(r.graph.meta.title == "THE QUAY");
}

TEST_CASE("an fdx never reads an external entity's file") {
  // A secret beside the script; the entity names it by absolute path.
  const std::string secret = std::string(EKONTE_BINARY_DIR) + "/tests/fountain/fdx-secret.txt";
  { std::ofstream(secret) << "SECRET-WORD"; }
  const std::string fdx = "<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [ <!ENTITY x SYSTEM \"file://" + secret +
                          "\"> ]>\n<FinalDraft><Content><Paragraph Type=\"Action\"><Text>Seen: &x;.</Text>"
                          "</Paragraph></Content></FinalDraft>\n";
  DiagnosticSink sink;
  const Screenplay p = read_fdx(SourceFile{"x.fdx", fdx}, sink);
  REQUIRE(p.elements.size() == 1);
  REQUIRE(p.elements[0].lines.size() == 1);
  CHECK(p.elements[0].lines[0].value.find("SECRET-WORD") == std::string::npos);
}

TEST_CASE("an fdx whose entities expand exponentially is an error, not a hang") {
  std::string fdx = "<?xml version=\"1.0\"?>\n<!DOCTYPE FinalDraft [\n <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    fdx += std::string(" <!ENTITY ") + c + " \"";
    for (int k = 0; k < 10; ++k) fdx += std::string("&") + char(c - 1) + ";";
    fdx += "\">\n";
  }
  fdx += "]>\n<FinalDraft><Content><Paragraph Type=\"Action\"><Text>&j;</Text></Paragraph></Content></FinalDraft>\n";
  DiagnosticSink sink;
  const Screenplay p = read_fdx(SourceFile{"laughs.fdx", fdx}, sink);  // 32 x 10^9 bytes if expanded
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].kind == DiagnosticKind::MalformedFinalDraft);
  CHECK(p.elements.empty());
}
