// COVERS: E0603 (missing shot picture, see tests/pipeline), COVERS: E0604 (PDF cannot be written)
// The PDFs of the sample laid out from its real renders (made once by the pipeline at 320x180):
// every dialogue line and shot id is in the text, and no balloon covers a rendered face.
#include "layout/write_pdfs.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "layout/manga/build_manga.hpp"
#include "pipeline/build.hpp"
#include "pipeline/layout_rendered_shots.hpp"
#include "tests/layout/layout_fixture.hpp"

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

// The sample, compiled and rendered once by the pipeline; its pictures read back from the
// shot files as `ekonte layout` reads them.
struct RenderedSample {
  pipeline::CompiledScript script;
  ShotPictures pictures;
};

const RenderedSample& rendered_sample() {
  static const RenderedSample r = [] {
    RenderedSample r;
    r.script = pipeline::compile_script(std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko");
    REQUIRE(r.script.ok());
    pipeline::BuildOptions o;
    o.out_dir = (fs::path(EKONTE_BINARY_DIR) / "tests" / "layout" / "rendered-sample").string();
    o.width = 320;
    o.height = 180;
    o.jobs = 2;
    o.write_pdfs = false;
    o.shots_dir = o.out_dir + "/shots";
    auto rig = render::make_rig_generator();
    REQUIRE(pipeline::build(r.script, *rig, o).ok());
    DiagnosticSink sink;
    r.pictures = pipeline::read_shot_pictures(r.script.graph(), o.out_dir + "/shots", 2, sink);
    REQUIRE(sink.diagnostics().empty());
    return r;
  }();
  return r;
}

}  // namespace

TEST_CASE("the three PDFs of the sample contain every dialogue line and shot id") {
  const ShotGraph& g = rendered_sample().script.graph();
  REQUIRE(g.shots.size() == 20);
  const std::string out = (fs::path(EKONTE_BINARY_DIR) / "tests" / "layout" / "out-sample").string();
  fs::remove_all(out);
  DiagnosticSink sink;
  PdfReport report;
  REQUIRE(write_pdfs(g, rendered_sample().pictures, out, {}, sink, &report));
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

TEST_CASE("on the real renders every balloon is inside its panel and clear of every face") {
  const ShotGraph& g = rendered_sample().script.graph();
  DiagnosticSink sink;
  auto fonts = FontLibrary::load(sink);
  REQUIRE(fonts);
  MangaLayout layout;
  build_manga(g, rendered_sample().pictures, *fonts, sink, &layout);
  size_t faces = 0, balloons = 0;
  for (const auto& panel : layout.panels) {
    CAPTURE(panel.shot_id);
    faces += panel.faces.size();
    for (const auto& b : panel.balloons) {
      ++balloons;
      CAPTURE(b.text);
      CHECK(panel.reach.contains(b.bounds));  // in its panel, or across the border into the margin
      CHECK(Rect{kBleed, kBleed, kB5Width, kB5Height}.inset(kBleed).contains(b.bounds));  // clear of the trim
      for (const auto& f : panel.faces) CHECK_FALSE(b.bounds.intersects(f));
    }
  }
  CHECK(faces >= 15);  // the rendered faces reached the layout
  size_t lines = 0;
  for (const auto& s : g.shots) lines += s.dialogue.size();
  CHECK(balloons >= lines);
}

TEST_CASE("the ekonte sheet lists every cut number") {
  const ShotGraph& g = rendered_sample().script.graph();
  const std::string out = (fs::path(EKONTE_BINARY_DIR) / "tests" / "layout" / "out-ekonte").string();
  DiagnosticSink sink;
  PdfOptions options;
  options.formats = {PdfFormat::Ekonte};
  REQUIRE(write_pdfs(g, rendered_sample().pictures, out, options, sink));
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
  REQUIRE(write_pdfs(g, testing::synthetic_pictures(g), out, options, sink, &report));
  CHECK(report.pages.at(0) == 4);  // 20 shots, 6 per page
  options.grid_columns = 2;
  options.grid_rows = 2;
  REQUIRE(write_pdfs(g, testing::synthetic_pictures(g), out, options, sink, &report));
  CHECK(report.pages.at(1) == 5);
}

TEST_CASE("an unwritable output folder is reported") {
  const ShotGraph g = testing::sample_like_graph();
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
