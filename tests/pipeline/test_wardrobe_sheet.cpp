// `ekonte vocabulary wardrobe --sheet`: one picture per row of every wardrobe, hair, face and
// build table, labelled with the row's word as searchable text, so a new row is on the sheet.
#include "pipeline/wardrobe_sheet.hpp"

#include <doctest/doctest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <unistd.h>

#include "cli/commands.hpp"
#include "render/wardrobe_catalogue.hpp"
#include "vocabulary/character_words.hpp"

using namespace ekonte;
namespace fs = std::filesystem;

namespace {

// Whitespace removed: line breaks are layout, not content.
std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) out.push_back(c);
  return out;
}

std::string run_to_text(const std::string& command, const fs::path& out) {
  REQUIRE(std::system((command + " > '" + out.string() + "'").c_str()) == 0);
  std::ifstream in(out);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path temp_dir() {
  const fs::path dir = fs::temp_directory_path() / ("ekonte-test-wardrobe-sheet-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

// Every row of the tables the sheet draws, `none` rows left out: counted from the rows, so a
// row added to a table must appear on the sheet.
size_t rows_drawn() {
  using namespace vocabulary;
  return std::size(kOutfitRows) + std::size(kOuterwearRows) + std::size(kHeadwearRows) + std::size(kFootwearRows) +
         (std::size(kAccessoryRows) - 1) + std::size(kHairRows) + (std::size(kFacialHairRows) - 1) +
         std::size(kEyeRows) + std::size(kEyeDetailRows) + std::size(kBuildRows) + std::size(kBodyRows);
}
// Plus each age the sheet shows, twice (whole figure, face).
size_t entries_drawn() { return rows_drawn() + 2 * std::size(render::kSheetAges); }

}  // namespace

TEST_CASE("the wardrobe sheet draws every row once, labelled with its word, on the pages it reports") {
  const fs::path dir = temp_dir();
  const std::string pdf = (dir / "wardrobe.pdf").string();
  const pipeline::WardrobeSheetReport report = pipeline::make_wardrobe_sheet(pdf);
  // The rows' own names read back to their rows: nothing falls back.
  CHECK(report.diagnostics.diagnostics().empty());
  REQUIRE(fs::exists(pdf));
  CHECK(report.entries == int(entries_drawn()));

  // Pages: nine cells a row, three rows a page at most, each section starting a row.
  const std::string info = run_to_text("pdfinfo '" + pdf + "'", dir / "info.txt");
  CHECK(info.find("Pages:           " + std::to_string(report.pages) + "\n") != std::string::npos);
  CHECK(report.pages >= int((entries_drawn() + 26) / 27));
  CHECK(report.pages <= int(entries_drawn() / 9) + 1);
  // One picture per entry.
  const std::string images = run_to_text("pdfimages -list '" + pdf + "' | tail -n +3 | wc -l", dir / "images.txt");
  CHECK(std::stoi(images) == report.entries);

  // Every entry's word and script line are text on the sheet.
  const std::string text = squeeze(run_to_text("pdftotext -enc UTF-8 '" + pdf + "' -", dir / "text.txt"));
  size_t entries = 0;
  for (const render::WardrobeSection& s : render::wardrobe_sections()) {
    CHECK(text.find(squeeze(s.title)) != std::string::npos);
    for (const render::WardrobeEntry& e : s.entries) {
      CAPTURE(e.word);
      CHECK(text.find(squeeze(e.word)) != std::string::npos);
      CHECK(text.find(squeeze(e.line)) != std::string::npos);
      ++entries;
    }
  }
  CHECK(entries == entries_drawn());
  for (const auto& r : vocabulary::kOuterwearRows) CHECK(text.find(squeeze(std::string(r.name))) != std::string::npos);
  for (const auto& r : vocabulary::kHairRows) CHECK(text.find(squeeze(std::string(r.name))) != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("`ekonte vocabulary wardrobe --sheet FILE` writes the sheet") {
  const fs::path dir = temp_dir();
  const std::string pdf = (dir / "out.pdf").string();
  CHECK(cli::command_vocabulary_sheet({"wardrobe", "--sheet", pdf}) == 0);
  CHECK(fs::file_size(pdf) > 10000);
  CHECK(cli::command_vocabulary_sheet({"hats", "--sheet", pdf}) == 2);
  fs::remove_all(dir);
}
