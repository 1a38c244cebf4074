// `ekonte vocabulary props --sheet` (render/world/props_catalogue.cpp): one cell per prop row,
// each with the row's name and its drawing's source, 40 to a page. Needs pdftotext and pdfinfo.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "render/world/props_catalogue.hpp"
#include "vocabulary/world.hpp"

using namespace ekonte;
namespace fs = std::filesystem;

namespace {

std::string run_to_text(const std::string& command, const fs::path& out) {
  REQUIRE(std::system((command + " > '" + out.string() + "'").c_str()) == 0);
  std::ifstream in(out);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

size_t count_words(const std::string& text, const std::string& word) {
  size_t n = 0;
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + word.size())) {
    const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    const size_t end = at + word.size();
    const bool ends = end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    n += starts && ends;
  }
  return n;
}

}  // namespace

TEST_CASE("the props catalogue has one cell per prop row, each naming its row and its drawing's source") {
  const fs::path dir = fs::temp_directory_path() / ("ekonte-test-props-catalogue-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path pdf = dir / "props.pdf";
  const render::CatalogueResult r = render::write_props_catalogue(pdf.string());
  REQUIRE(r.error == "");
  const size_t rows = std::size(vocabulary::kPropRows);
  CHECK(r.props == int(rows));
  CHECK(r.pages == int((rows + 39) / 40));
  const std::string info = run_to_text("pdfinfo '" + pdf.string() + "'", dir / "info.txt");
  CHECK(info.find("Pages:           " + std::to_string(r.pages)) != std::string::npos);
  const std::string text = run_to_text("pdftotext -enc UTF-8 '" + pdf.string() + "' -", dir / "text.txt");
  size_t set_pieces = 0;
  for (const vocabulary::PropRow& row : vocabulary::kPropRows) {
    CAPTURE(row.name);
    CHECK(text.find(std::string(row.name)) != std::string::npos);
    set_pieces += row.svg.empty();
  }
  // Each cell's second line says where its drawing comes from: an SVG file or a set piece.
  CHECK(count_words(text, "svg") == rows - set_pieces);
  CHECK(count_words(text, "set piece") == set_pieces);
  CHECK(count_words(text, "cairo") == 0);
  fs::remove_all(dir);
}
