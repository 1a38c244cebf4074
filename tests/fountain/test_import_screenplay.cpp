// `ekonte import`: the Ekonte script written from a screenplay reads back into the same shot
// graph (only spans and the framing's origin differ: planned, then written), the same render
// keys and byte-identical PDFs; it is the same text on every import; what the syntax cannot hold
// is rewritten and listed; the mapping report names each design's words, each setting's kind
// and each shot's rule.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "compiler/front_end/export/import_screenplay.hpp"
#include "compiler/front_end/export/write_ekonte_script.hpp"
#include "compiler/shot_graph_json.hpp"
#include "pipeline/build.hpp"
#include "pipeline/compile_script.hpp"
#include "render/shot_generator.hpp"
#include "tests/compiler/golden.hpp"

using namespace ekonte;

namespace {

const std::string kData = std::string(EKONTE_SOURCE_DIR) + "/tests/fountain/data/";
const std::string kLighthouse = std::string(EKONTE_SOURCE_DIR) + "/../shared/corpus/lighthouse.fountain";

std::vector<std::string> screenplays() {
  return {kLighthouse, kData + "night-shift.fountain", kData + "the-wrong-wedding.fountain", kData + "tidewater.fountain",
          kData + "last-sleeper.fdx"};
}

ImportResult import_file(const std::string& path, ReportFormat report = ReportFormat::Markdown) {
  return import_screenplay(path, test::read_file(path), SourceFormat::ByExtension, report);
}

// The graph's JSON without what says where a value was written: spans and the source path.
std::vector<std::string> graph_lines(const ShotGraph& graph) {
  std::istringstream in(shot_graph_to_json_text(graph));
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    const std::string t = line.substr(std::min(line.size(), line.find_first_not_of(' ')));
    if (t.starts_with("\"at\"") || t.starts_with("\"source\"") || t.starts_with("\"line\"") || t.starts_with("\"column\"") ||
        (t.size() > 1 && t[0] == '"' && std::isdigit(static_cast<unsigned char>(t[1])) && t.find("\": ") == std::string::npos))
      continue;
    out.push_back(t);
  }
  return out;
}

std::string key_of(const std::string& line) { return line.substr(0, line.find(':')); }

std::string temp_dir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("ekonte-import-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

}  // namespace

TEST_CASE("every sample screenplay imports, and the written script reads back with no errors") {
  for (const std::string& path : screenplays()) {
    CAPTURE(path);
    const ImportResult r = import_file(path);
    for (const auto& d : r.compiled.diagnostics.diagnostics()) CAPTURE(d.message);
    REQUIRE(r.compiled.ok());
    CHECK(!r.eko.empty());
    for (const auto& d : r.readback.diagnostics()) CAPTURE(d.message);
    CHECK_FALSE(r.readback.has_errors());
  }
}

TEST_CASE("every sample screenplay builds into the three PDFs with no errors") {
  const std::string dir = temp_dir("samples");
  auto rig = render::make_rig_generator();
  for (const std::string& path : screenplays()) {
    CAPTURE(path);
    const pipeline::CompiledScript script = pipeline::compile_script(path);
    for (const auto& d : script.diagnostics().diagnostics()) CAPTURE(d.message);
    REQUIRE(!script.diagnostics().has_errors());
    pipeline::BuildOptions o;
    o.out_dir = dir + "/" + std::filesystem::path(path).stem().string();
    o.width = 320;
    o.height = 180;
    o.jobs = 2;
    const auto report = pipeline::build(script, *rig, o);
    for (const auto& d : report.diagnostics.diagnostics()) CAPTURE(d.message);
    CHECK(report.ok());
    CHECK(report.pdfs.size() == 3);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("the written script compiles to the screenplay's shot graph; only the framings' origin and words differ") {
  for (const std::string& path : screenplays()) {
    CAPTURE(path);
    const ImportResult r = import_file(path);
    REQUIRE(r.compiled.ok());
    const CompileResult back = compile_source("back.eko", r.eko);
    REQUIRE(back.ok());
    const auto a = graph_lines(r.compiled.graph);
    const auto b = graph_lines(back.graph);
    REQUIRE(a.size() == b.size());
    size_t framings = 0;
    for (size_t k = 0; k < a.size(); ++k) {
      if (a[k] == b[k]) continue;
      CAPTURE(a[k]);
      CAPTURE(b[k]);
      REQUIRE(key_of(a[k]) == key_of(b[k]));
      const bool origin = a[k] == "\"origin\": \"inferred\"," && b[k] == "\"origin\": \"header\",";
      CHECK((origin || key_of(a[k]) == "\"words\""));
      framings += origin;
    }
    size_t shots = 0;
    for (const auto& s : r.compiled.graph.shots) shots += s.framing.origin == Origin::Inferred;
    CHECK(framings == shots);
  }
}

TEST_CASE("importing twice writes the same script and the same report") {
  for (const std::string& path : {kLighthouse, kData + "last-sleeper.fdx"}) {
    const ImportResult a = import_file(path, ReportFormat::Json), b = import_file(path, ReportFormat::Json);
    CHECK(a.eko == b.eko);
    CHECK(a.report == b.report);
  }
}

TEST_CASE("the written script builds the same render keys and byte-identical PDFs as the screenplay") {
  const ImportResult r = import_file(kLighthouse);
  REQUIRE(r.compiled.ok());
  const std::string dir = temp_dir("pdfs");
  auto rig = render::make_rig_generator();
  auto build = [&](const pipeline::CompiledScript& script, const std::string& name) {
    pipeline::BuildOptions o;
    o.out_dir = dir + "/" + name;
    o.cache_dir = dir + "/" + name + "-cache";
    o.width = 320;
    o.height = 180;
    o.jobs = 2;
    return pipeline::build(script, *rig, o);
  };
  const auto fountain = build(pipeline::compile_script(kLighthouse), "fountain");
  const auto eko = build(pipeline::compile_script_source(dir + "/lighthouse.eko", r.eko), "eko");
  REQUIRE(fountain.ok());
  REQUIRE(eko.ok());
  REQUIRE(fountain.shots.size() == eko.shots.size());
  for (size_t k = 0; k < fountain.shots.size(); ++k) {
    CAPTURE(fountain.shots[k].shot_id);
    CHECK(fountain.shots[k].shot_id == eko.shots[k].shot_id);
    CHECK(fountain.shots[k].key == eko.shots[k].key);
  }
  for (const char* pdf : {"storyboard.pdf", "ekonte.pdf", "manga.pdf"}) {
    CAPTURE(pdf);
    const std::string a = test::read_file(dir + "/fountain/" + pdf), b = test::read_file(dir + "/eko/" + pdf);
    CHECK(!a.empty());
    CHECK(a == b);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("prose the Ekonte syntax would misread is rewritten, listed, and the script still reads back") {
  const std::string play =
      "INT. NEWSROOM - NIGHT\n\nTITLE: LONDON, 1944\n\nA sign reads http://example.com [[not a note]].\n\n"
      "ZOË (30s, a cardigan) types.\n\nZOË\n(to herself)\nType // faster.\n";
  const ImportResult r = import_screenplay("news.fountain", play, SourceFormat::ByExtension, ReportFormat::Markdown);
  for (const auto& d : r.compiled.diagnostics.diagnostics()) CAPTURE(d.message);
  REQUIRE(r.compiled.ok());
  for (const auto& d : r.readback.diagnostics()) CAPTURE(d.message);
  CHECK_FALSE(r.readback.has_errors());
  CHECK(r.eko.find("http:/ /example.com") != std::string::npos);
  CHECK(r.eko.find("character ZOE ") != std::string::npos);
  CHECK(r.rewrites.size() >= 3);
  CHECK(r.report.find("Rewritten for the Ekonte syntax") != std::string::npos);
  // `TITLE: LONDON, 1944` would read as a cue: it goes after its shot header's colon.
  CHECK(r.eko.find(": TITLE: LONDON, 1944") != std::string::npos);
  CHECK(ekonte_safe_prose("a [[b]] /* c */ d // e") == "a [ [b] ] / * c * / d / / e");
}

TEST_CASE("the mapping report gives each design value its words, each setting its kind, each shot its rule") {
  const ImportResult md = import_file(kLighthouse);
  CHECK(md.report.find("Introduced as `MAUD PENHALLOW (70s, oilskin coat, a face like old rope)`") != std::string::npos);
  CHECK(md.report.find("| outfit | coat, suit") != std::string::npos);
  CHECK(md.report.find("`oilskin coat`") == std::string::npos);  // the phrase found is `coat`
  CHECK(md.report.find("`coat`") != std::string::npos);
  CHECK(md.report.find("| THE_LAMP_ROOM | lamp room | night (the scene before") != std::string::npos);
  CHECK(md.report.find("| GULL_POINT_LIGHTHOUSE | lighthouse | dusk (the heading) | the heading names `lighthouse` (lighthouse-point, exterior)") !=
        std::string::npos);
  CHECK(md.report.find("| 1-1 | extreme-wide |  | 4s | establishing: the first sight of a place |") != std::string::npos);
  const ImportResult json = import_file(kLighthouse, ReportFormat::Json);
  CHECK(json.report.find("\"format\": \"ekonte-import-report\"") != std::string::npos);
  CHECK(json.report.find("\"rule\": \"insert: the action singles out MARY JANE\"") != std::string::npos);
}
