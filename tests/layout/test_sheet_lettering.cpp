// Lettering on the sheets: dual dialogue side by side on storyboard and ekonte sheets, and a
// model sheet whose line-up of many characters stays in its own box under its heading.
#include <doctest/doctest.h>

#include <string>

#include "layout/pages/build_model_sheet.hpp"
#include "layout/pages/page_builders.hpp"
#include "tests/layout/layout_fixture.hpp"

using namespace ekonte;
using namespace ekonte::layout;

namespace {

std::shared_ptr<FontLibrary> fonts() {
  static DiagnosticSink sink;
  static auto lib = FontLibrary::load(sink);
  REQUIRE(lib);
  return lib;
}

// The first text run of `doc` whose text starts with `prefix`.
const TextRun* find_run(const Document& doc, const std::string& prefix) {
  for (const auto& page : doc.pages)
    for (const auto& item : page.items)
      if (const auto* r = std::get_if<TextRun>(&item); r && r->utf8.rfind(prefix, 0) == 0) return r;
  return nullptr;
}

// The sample-like graph with shot 10's exchange spoken at once, as the Fountain front end
// marks dual dialogue (`^`): a two-shot whose second speaker's lines carry TOGETHER.
ShotGraph dual_graph() {
  ShotGraph g = testing::sample_like_graph();
  Shot& s = g.shots[9];
  s.framing = {Framing::TwoShot, Origin::Inferred, "dual: lines spoken together, side by side", {}};
  // Two voices with short names and lines, so each line fits its half of the narrow column.
  s.dialogue[0].speaker = {};
  s.dialogue[0].voice = "AI";
  s.dialogue[0].text = "Go.";
  DialogueLine other = s.dialogue[0];
  other.voice = "BO";
  other.text = "No.";
  other.extension = CueExtension::Together;  // as the Fountain front end marks `^`
  s.dialogue.push_back(other);
  return g;
}

}  // namespace

TEST_CASE("dual dialogue is set side by side on storyboard and ekonte sheets") {
  const ShotGraph g = dual_graph();
  const ShotPictures pictures = testing::synthetic_pictures(g);
  SUBCASE("storyboard") {
    const Document doc = build_storyboard(g, pictures, *fonts());
    const TextRun* a = find_run(doc, "AI: Go.");
    const TextRun* b = find_run(doc, "BO: No.");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->origin.y == doctest::Approx(b->origin.y));
    CHECK(b->origin.x > a->origin.x + 40);
  }
  SUBCASE("ekonte") {
    const Document doc = build_ekonte(g, pictures, *fonts());
    const TextRun* a = find_run(doc, "AI「Go.」");
    const TextRun* b = find_run(doc, "BO「No.」");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->origin.y == doctest::Approx(b->origin.y));
    CHECK(b->origin.x > a->origin.x + 20);
  }
  SUBCASE("without the mark, lines follow each other") {
    ShotGraph plain = g;
    plain.shots[9].dialogue.back().extension.reset();
    const Document doc = build_storyboard(plain, pictures, *fonts());
    const TextRun* a = find_run(doc, "AI: Go.");
    const TextRun* b = find_run(doc, "BO: No.");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(b->origin.y > a->origin.y);
  }
}

TEST_CASE("a model sheet with many characters keeps its line-up clear of the headings") {
  ShotGraph g;
  std::vector<ModelSheetCharacter> characters;
  constexpr int kCharacters = 14;
  for (int i = 0; i < kCharacters; ++i) {
    Character c;
    c.id = "C" + std::to_string(i);
    g.characters.push_back(c);
    ModelSheetCharacter m;
    m.character = CharacterId{static_cast<uint32_t>(i)};
    m.height_cm = 120 + 5 * i;
    m.facts = "test";
    m.turnaround = {400, 200, std::vector<uint8_t>(400 * 200 * 4, 255)};
    m.full_figure = {120, 240, std::vector<uint8_t>(120 * 240 * 4, 200)};  // opaque: covers what it overlaps
    for (int e = 0; e < 10; ++e) m.expressions.push_back({"e" + std::to_string(e), {64, 64, std::vector<uint8_t>(64 * 64 * 4, 255)}});
    for (int s = 0; s < 9; ++s) m.swatches.push_back({"swatch", Rgb{10, 20, 30}});
    characters.push_back(std::move(m));
  }
  const Document doc = build_model_sheet(g, characters, {0}, *fonts());
  REQUIRE(doc.pages.size() == 1);
  const TextRun* heading = find_run(doc, "Height line-up");
  REQUIRE(heading);
  const double heading_bottom = heading->origin.y + heading->font->descender() * heading->size;
  std::vector<Rect> figures;
  for (const auto& item : doc.pages[0].items)
    if (const auto* im = std::get_if<Image>(&item); im && im->image->key.rfind("model-sheet-figure-", 0) == 0)
      figures.push_back(im->dest);
  CHECK(figures.size() == kCharacters);
  for (size_t i = 0; i < figures.size(); ++i) {
    CAPTURE(i);
    CHECK(figures[i].y >= heading_bottom);
    CHECK(figures[i].bottom() <= doc.pages[0].height);
    if (i > 0) CHECK(figures[i].x >= figures[i - 1].right() - 1e-6);  // side by side, not overlapping
  }
}
