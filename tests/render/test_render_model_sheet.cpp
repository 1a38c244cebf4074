// The model sheet PDF as `ekonte sheet` writes it: pictures from render/, pages from layout/.
// Its text is shaped and kept searchable, so pdftotext finds every character's name, sheet
// colours and backstory.
#include "render/model_sheet.hpp"

#include <doctest/doctest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "characters/character_model.hpp"
#include "cli/commands.hpp"
#include "compiler/compile.hpp"

using namespace ekonte;
namespace fs = std::filesystem;

namespace {

const std::string kSample = std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko";

// Whitespace and line-end hyphens removed: line breaks are layout, not content.
std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c)) && c != '-') out.push_back(c);
  return out;
}

std::string run_to_text(const std::string& command, const std::string& out) {
  REQUIRE(std::system((command + " > '" + out + "'").c_str()) == 0);
  std::ifstream in(out);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path temp_dir() {
  const fs::path dir = fs::temp_directory_path() / ("ekonte-test-model-sheet-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("the model sheet PDF has each character's name, hex colours and backstory as text") {
  CompileOptions options;
  options.check_sheet_files = false;
  const auto compiled = compile_file(kSample, options);
  REQUIRE(compiled.ok());
  const ShotGraph& graph = compiled.graph;
  const auto models = characters::models_from_graph(graph, nullptr);
  REQUIRE(models.size() == graph.characters.size());

  const fs::path dir = temp_dir();
  const std::string pdf = (dir / "sheet.pdf").string();
  REQUIRE(cli::command_sheet({kSample, "-o", pdf}) == 0);
  const std::string text = run_to_text("pdftotext -enc UTF-8 '" + pdf + "' -", (dir / "sheet.txt").string());
  const std::string info = run_to_text("pdfinfo '" + pdf + "'", (dir / "sheet.info").string());
  CHECK(info.find("Pages:           " + std::to_string(graph.characters.size())) != std::string::npos);

  const std::string flat = squeeze(text);
  int with_backstory = 0;
  for (const Character& c : graph.characters) with_backstory += !c.backstory.empty();
  CHECK(with_backstory >= 2);  // the sample's HARU and KITSUNE have one
  for (size_t i = 0; i < graph.characters.size(); ++i) {
    const Character& c = graph.characters[i];
    CAPTURE(c.id);
    CHECK(flat.find(squeeze(c.id)) != std::string::npos);
    if (!c.display_name.empty()) CHECK(flat.find(squeeze(c.display_name)) != std::string::npos);
    for (const auto& [name, color] : render::model_swatches(models[i])) {
      CAPTURE(name);
      CHECK(flat.find(to_hex(color)) != std::string::npos);
    }
    CHECK(flat.find(squeeze(c.backstory)) != std::string::npos);
    for (const auto& note : c.notes) CHECK(flat.find(squeeze(note)) != std::string::npos);
  }
  fs::remove_all(dir);
}

TEST_CASE("a sheet for one character has one page, and --png writes its turnaround") {
  const fs::path dir = temp_dir();
  const std::string pdf = (dir / "kitsune.pdf").string();
  REQUIRE(cli::command_sheet({kSample, "KITSUNE", "-o", pdf, "--png", (dir / "refs").string()}) == 0);
  const std::string info = run_to_text("pdfinfo '" + pdf + "'", (dir / "kitsune.info").string());
  CHECK(info.find("Pages:           1\n") != std::string::npos);
  CHECK(fs::exists(dir / "refs" / "kitsune.png"));
  CHECK(!fs::exists(dir / "refs" / "haru.png"));
  fs::remove_all(dir);
}
