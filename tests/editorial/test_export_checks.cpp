// What an export cannot carry is reported at the shots concerned.
// COVERS: W1020 (an EDL needs more than 999 events)
// COVERS: W1021 (two shots, one clip file name)
#include <doctest/doctest.h>

#include <string>

#include "editorial/export_checks.hpp"
#include "tests/editorial/editorial_scripts.hpp"

using namespace ekonte;
using namespace ekonte::editorial;

namespace {

std::string script_with_shots(int count, const std::string& ids_prefix = "") {
  std::string s = "title: Long\n\ncharacter A \"A\":\n    age: 30\n\nsetting S \"S\":\n    time: day\n\nscene 1 S:\n";
  for (int i = 1; i <= count; ++i) s += "    shot " + ids_prefix + std::to_string(i) + " wide, 1s:\n        A stands.\n\n";
  return s;
}

size_t count_of(const DiagnosticSink& sink, DiagnosticKind kind) {
  size_t n = 0;
  for (const auto& d : sink.diagnostics()) n += d.kind == kind;
  return n;
}

}  // namespace

TEST_CASE("an EDL of more than 999 events is a warning at the shot whose number repeats") {
  const ShotGraph graph = test::compile_text(script_with_shots(1001));
  const timeline::Timeline tl = timeline::make_timeline(graph);
  DiagnosticSink sink;
  check_export(ExportFormat::Edl, graph, tl, sink);
  REQUIRE(count_of(sink, DiagnosticKind::EdlEventLimit) == 1);
  const Diagnostic& d = sink.diagnostics().front();
  CHECK(d.message == "the EDL has 1001 events; from shot `1000` on, CMX 3600 event numbers repeat from 000");
  CHECK(d.span.line == graph.shots[999].span.line);
  CHECK(d.severity == Severity::Warning);
  // Formats without the limit say nothing.
  DiagnosticSink otio;
  check_export(ExportFormat::Otio, graph, tl, otio);
  CHECK(otio.diagnostics().empty());
}

TEST_CASE("999 events fit in an EDL") {
  const ShotGraph graph = test::compile_text(script_with_shots(999));
  DiagnosticSink sink;
  check_export(ExportFormat::Edl, graph, timeline::make_timeline(graph), sink);
  CHECK(sink.diagnostics().empty());
}

TEST_CASE("two shot ids with one clip file name are a warning naming both") {
  const ShotGraph graph = test::compile_text(script_with_shots(2, "カ"));
  REQUIRE(graph.shots.size() == 2);
  // Only the digits survive in the file names; "カ1" and "カ2" still differ.
  DiagnosticSink distinct;
  check_export(ExportFormat::Otio, graph, timeline::make_timeline(graph), distinct);
  CHECK(distinct.diagnostics().empty());
  std::string text = script_with_shots(2, "カ");
  text.replace(text.find("shot カ2"), std::string("shot カ2").size(), "shot キ1");
  const ShotGraph same = test::compile_text(text);
  DiagnosticSink sink;
  check_export(ExportFormat::Fcpxml, same, timeline::make_timeline(same), sink);
  REQUIRE(count_of(sink, DiagnosticKind::SameClipFile) == 1);
  CHECK(sink.diagnostics().front().message == "shots `カ1` and `キ1` both have the clip file `___1.mp4`");
  CHECK(sink.diagnostics().front().notes.size() == 1);
  // The shot list names shots, not clips.
  DiagnosticSink csv;
  check_export(ExportFormat::Csv, same, timeline::make_timeline(same), csv);
  CHECK(csv.diagnostics().empty());
}
