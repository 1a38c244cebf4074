// COVERS: E0603 (missing shot picture), COVERS: E0604 (PDF cannot be written)
#include "layout/write_pdfs.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/layout/layout_fixture.hpp"
#ifdef EKONTE_HAVE_COMPILER
#include "compiler/compile.hpp"
#endif

using namespace ekonte;
using namespace ekonte::layout;
namespace fs = std::filesystem;

namespace {

// Text as extracted, with all whitespace and line-end hyphens removed: line breaks are layout,
// not content.
std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c)) && c != '-') out.push_back(c);
  return out;
}

std::string pdf_text(const std::string& pdf) {
  const std::string txt = pdf + ".txt";
  REQUIRE(std::system(("pdftotext -enc UTF-8 '" + pdf + "' '" + txt + "'").c_str()) == 0);
  std::ifstream in(txt);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

int pdf_pages(const std::string& pdf) {
  const std::string info = pdf + ".info";
  REQUIRE(std::system(("pdfinfo '" + pdf + "' > '" + info + "'").c_str()) == 0);
  std::ifstream in(info);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("Pages:", 0) == 0) return std::stoi(line.substr(6));
  return -1;
}

ShotGraph sample_graph() {
#ifdef EKONTE_HAVE_COMPILER
  CompileOptions options;
  options.check_sheet_files = false;
  auto result = compile_file(std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko", options);
  if (result.graph.shots.size() == 20) return result.graph;
#endif
  return testing::sample_like_graph();
}

}  // namespace

TEST_CASE("the three PDFs of the sample contain every dialogue line and shot id") {
  const ShotGraph g = sample_graph();
  REQUIRE(g.shots.size() == 20);
  const std::string out = (fs::path(EKONTE_BINARY_DIR) / "tests" / "layout" / "out-sample").string();
  fs::remove_all(out);
  DiagnosticSink sink;
  PdfReport report;
  REQUIRE(write_pdfs(g, testing::synthetic_shots(g), out, {}, sink, &report));
  CHECK_FALSE(sink.has_errors());
  REQUIRE(report.written.size() == 3);
  for (const char* name : {"storyboard", "ekonte", "manga"}) {
    CAPTURE(name);
    const std::string pdf = out + "/" + name + ".pdf";
    REQUIRE(fs::exists(pdf));
    const std::string text = squeeze(pdf_text(pdf));
    for (const auto& shot : g.shots)
      for (const auto& d : shot.dialogue) CHECK_MESSAGE(text.find(squeeze(d.text)) != std::string::npos, d.text);
    if (std::string(name) == "storyboard")
      for (const auto& shot : g.shots) CHECK(text.find(squeeze("SHOT" + shot.id)) != std::string::npos);
    // Images go in as JPEG so pages stay small.
    CHECK(fs::file_size(pdf) / pdf_pages(pdf) < 400 * 1024);
  }
  CHECK(pdf_pages(out + "/ekonte.pdf") == 4);  // 20 cuts, 5 per sheet
  CHECK(pdf_pages(out + "/storyboard.pdf") == 4);  // 2x3 grid, no continuations
}

TEST_CASE("the ekonte sheet lists every cut number") {
  const ShotGraph g = sample_graph();
  const std::string out = (fs::path(EKONTE_BINARY_DIR) / "tests" / "layout" / "out-ekonte").string();
  DiagnosticSink sink;
  PdfOptions options;
  options.formats = {PdfFormat::Ekonte};
  REQUIRE(write_pdfs(g, testing::synthetic_shots(g), out, options, sink));
  std::string text = pdf_text(out + "/ekonte.pdf");
  for (const auto& shot : g.shots) CHECK(text.find(shot.id) != std::string::npos);
  CHECK(text.find("カット") != std::string::npos);
}

TEST_CASE("options parse") {
  std::vector<PdfFormat> formats;
  std::string error;
  CHECK(parse_pdf_formats("manga,ekonte", formats, error));
  CHECK(formats == std::vector<PdfFormat>{PdfFormat::Manga, PdfFormat::Ekonte});
  CHECK_FALSE(parse_pdf_formats("comic", formats, error));
  CHECK(error.find("`comic`") != std::string::npos);
  int c = 0, r = 0;
  CHECK(parse_grid("3x2", c, r, error));
  CHECK((c == 3 && r == 2));
  CHECK_FALSE(parse_grid("3by2", c, r, error));
}

TEST_CASE("a different grid changes the storyboard page count") {
  const ShotGraph g = testing::sample_like_graph();
  const std::string out = (fs::path(EKONTE_BINARY_DIR) / "tests" / "layout" / "out-grid").string();
  DiagnosticSink sink;
  PdfOptions options;
  options.formats = {PdfFormat::Storyboard};
  options.grid_columns = 3;
  options.grid_rows = 2;
  PdfReport report;
  REQUIRE(write_pdfs(g, testing::synthetic_shots(g), out, options, sink, &report));
  CHECK(report.pages.at(0) == 4);  // 20 shots, 6 per page
  options.grid_columns = 2;
  options.grid_rows = 2;
  REQUIRE(write_pdfs(g, testing::synthetic_shots(g), out, options, sink, &report));
  CHECK(report.pages.at(1) == 5);
}

TEST_CASE("missing pictures and an unwritable output folder are reported") {
  const ShotGraph g = testing::sample_like_graph();
  DiagnosticSink sink;
  const auto inputs = load_shot_inputs(g, "/nonexistent/shots", sink);
  CHECK(inputs.empty());
  REQUIRE(sink.diagnostics().size() == g.shots.size());
  CHECK(info(sink.diagnostics()[0].kind).code == "E0603");
  // An output "folder" that is a regular file cannot hold PDFs.
  const std::string file = (fs::path(EKONTE_BINARY_DIR) / "tests" / "layout" / "not-a-folder").string();
  std::ofstream(file) << "x";
  DiagnosticSink sink2;
  PdfOptions options;
  options.formats = {PdfFormat::Ekonte};
  CHECK_FALSE(write_pdfs(g, {}, file, options, sink2));
  bool e0604 = false;
  for (const auto& d : sink2.diagnostics()) e0604 |= info(d.kind).code == "E0604";
  CHECK(e0604);
}
