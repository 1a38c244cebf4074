// Mixed-script vertical Japanese (JLREQ): which characters stand upright, turn sideways or sit
// across the column, where their glyphs land, and that the column extracts from a PDF in
// logical order.
#include "layout/text/orient_vertical.hpp"

#include <doctest/doctest.h>
#include <hb.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "layout/backend/cairo_backend.hpp"
#include "layout/text/typeset.hpp"
#include "layout/text/utf8.hpp"

using namespace ekonte;
using namespace ekonte::layout;
namespace fs = std::filesystem;

namespace {

using V = VerticalOrientation;

// The orientation of each code point, one letter each: U upright, S sideways, T tate-chū-yoko.
std::string letters(const std::string& text) {
  std::string out;
  for (auto o : orient_vertical(decode_utf8(text))) out += o == V::Upright ? 'U' : o == V::Sideways ? 'S' : 'T';
  return out;
}

std::shared_ptr<FontLibrary> fonts() {
  static DiagnosticSink sink;
  static auto lib = FontLibrary::load(sink);
  REQUIRE(lib);
  return lib;
}

// The glyph ids of the font's ASCII letters and digits.
std::set<uint32_t> latin_glyphs(const Font& font) {
  std::set<uint32_t> out;
  for (char32_t c = '0'; c <= 'z'; ++c) {
    if (!std::isalnum(static_cast<int>(c))) continue;
    hb_codepoint_t g = 0;
    if (hb_font_get_nominal_glyph(font.hb_font(), c, &g)) out.insert(g);
  }
  return out;
}

std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) out.push_back(c);
  return out;
}

}  // namespace

TEST_CASE("Latin words turn sideways, short numbers and capitals sit across the column") {
  CHECK(letters("中野です。Next stop") == "UUUUUSSSSSSSSS");
  CHECK(letters("第12話") == "UTTU");
  CHECK(letters("第123話") == "UTTTU");
  CHECK(letters("2024年") == "SSSSU");  // four digits are too wide for the column
  CHECK(letters("TVを見た") == "TTUUU");
  CHECK(letters("本当!?") == "UUTT");
  CHECK(letters("ああ A いい") == "UUSSSUU");  // a lone capital is a word like any other
  CHECK(letters("お守り…") == "UUUU");       // the ellipsis has a vertical form
}

TEST_CASE("a line that is mostly Latin is set horizontally, a mixed Japanese one vertically") {
  CHECK(sets_vertically("次は、中野です。Next stop, Nakano."));
  CHECK(sets_vertically("これはお守りだよ。"));
  CHECK_FALSE(sets_vertically("Nakano! Tokyo! 東京"));
  CHECK_FALSE(sets_vertically("Next stop, Nakano."));
  CHECK_FALSE(sets_vertically("Konnichiwa"));  // romaji is Latin, whatever the language tag says
}

TEST_CASE("in a vertical column no Latin glyph stands upright; sideways runs turn clockwise") {
  const std::string text = "次は、中野です。Next stop, Nakano. 第12話";
  const TextStyle style{TextFace::Lettering, 10, kBlack, 1.25};
  const SetParagraph set = set_vertical(*fonts(), style, text, 100);
  REQUIRE(set.runs.size() >= 3);
  const auto latin = latin_glyphs(*set.runs.front().font);
  int sideways = 0, across = 0;
  for (const auto& r : set.runs) {
    CAPTURE(static_cast<int>(r.orientation));
    switch (r.orientation) {
      case GlyphOrientation::Upright:
        CHECK(r.angle == 0);
        for (const auto& g : r.glyphs) CHECK_FALSE(latin.count(g.index));
        break;
      case GlyphOrientation::Sideways:
        ++sideways;
        CHECK(r.angle == doctest::Approx(M_PI / 2));
        // Turned clockwise, the run runs down its column: its glyphs stay inside the block.
        for (const auto& g : r.glyphs) {
          const double x = r.origin.x - g.y, y = r.origin.y + g.x;
          CHECK(x >= 0);
          CHECK(x <= set.width);
          CHECK(y >= 0);
          CHECK(y <= set.height + 1e-6);
        }
        break;
      case GlyphOrientation::TateChuYoko: {
        ++across;
        CHECK(r.angle == 0);
        // "12" sits centred across one column, no wider than the type size.
        REQUIRE(r.glyphs.size() == 2);
        const double column = std::floor(r.origin.x / (style.size * style.leading));
        const double centre = (column + 0.5) * style.size * style.leading;
        CHECK(r.origin.x < centre);
        CHECK(r.origin.x > centre - style.size / 2 - 1e-6);
        break;
      }
      case GlyphOrientation::Horizontal: FAIL("a vertical paragraph has no horizontal run"); break;
    }
  }
  CHECK(sideways >= 1);
  CHECK(across == 1);
  // One run carries the whole text for extraction; the others add none.
  CHECK(set.runs.front().utf8 == text);
  for (size_t i = 1; i < set.runs.size(); ++i) CHECK(set.runs[i].utf8.empty());
}

TEST_CASE("a mixed vertical column extracts from the PDF in logical order") {
  const std::string text = "次は、中野です。Next stop, Nakano. 第12話";
  const SetParagraph set = set_vertical(*fonts(), {TextFace::Lettering, 10, kBlack, 1.25}, text, 90);
  REQUIRE(set.lines.size() >= 2);
  Document doc;
  doc.pages.push_back(Page{200, 200, {}});
  for (auto r : set.runs) {
    r.origin.x += 40;
    r.origin.y += 40;
    doc.pages.back().items.push_back(std::move(r));
  }
  const std::string pdf = (fs::path(EKONTE_BINARY_DIR) / "tests" / "layout" / "vertical-mixed.pdf").string();
  std::string error;
  REQUIRE(write_pdf(doc, pdf, &error));
  REQUIRE(std::system(("pdftotext -enc UTF-8 '" + pdf + "' '" + pdf + ".txt'").c_str()) == 0);
  std::ifstream in(pdf + ".txt");
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK(squeeze(ss.str()) == squeeze(text));
}
