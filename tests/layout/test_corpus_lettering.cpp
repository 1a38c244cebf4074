// Lettering over the sample and every corpus script (laid out on synthetic pictures, so no
// rendering): balloons inside their panel or across its border into the margin, inside the
// trim and off every face; no Latin glyph upright in a vertical column; narration in caption
// boxes; no word or sound left out; and every dialogue line extractable from all three PDFs.
#include <doctest/doctest.h>
#include <hb.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "layout/manga/build_manga.hpp"
#include "layout/manga/sound_lines.hpp"
#include "layout/pages/page_common.hpp"
#include "layout/write_pdfs.hpp"
#include "pipeline/compile_script.hpp"
#include "tests/layout/layout_fixture.hpp"

using namespace ekonte;
using namespace ekonte::layout;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> scripts() {
  std::vector<std::string> out = {std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko"};
  for (const auto& e : fs::directory_iterator(fs::path(EKONTE_SOURCE_DIR) / ".." / "shared" / "corpus")) {
    const auto ext = e.path().extension();
    if (ext == ".eko" || ext == ".fountain") out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string squeeze(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c)) && c != '-') out.push_back(c);
  return out;
}

std::set<uint32_t> latin_glyphs(const Font& font) {
  std::set<uint32_t> out;
  for (char32_t c = '0'; c <= 'z'; ++c) {
    if (!std::isalnum(static_cast<int>(c))) continue;
    hb_codepoint_t g = 0;
    if (hb_font_get_nominal_glyph(font.hb_font(), c, &g)) out.insert(g);
  }
  return out;
}

}  // namespace

TEST_CASE("every script's lettering: balloons unbroken, no upright Latin, narration boxed, lines extractable") {
  const auto all = scripts();
  REQUIRE(all.size() >= 5);
  DiagnosticSink font_sink;
  auto fonts = FontLibrary::load(font_sink);
  REQUIRE(fonts);
  const Rect trim{kBleed, kBleed, kB5Width, kB5Height};
  for (const auto& path : all) {
    CAPTURE(path);
    const auto script = pipeline::compile_script(path);
    REQUIRE(script.ok());
    const ShotGraph& g = script.graph();
    const ShotPictures pictures = testing::synthetic_pictures(g, 320, 180);
    DiagnosticSink sink;
    MangaLayout layout;
    const Document manga = build_manga(g, pictures, *fonts, sink, &layout);
    size_t narration_lines = 0, narration_boxes = 0;
    for (const auto& s : g.shots)
      for (const auto& d : s.dialogue) narration_lines += cue_extension_of(d) == CueExtension::VoiceOver;
    for (const auto& panel : layout.panels) {
      CAPTURE(panel.shot_id);
      for (const auto& b : panel.balloons) {
        CAPTURE(b.text);
        CHECK(panel.reach.contains(b.bounds));
        CHECK(trim.inset(kBleed).contains(b.bounds));
        for (const auto& f : panel.faces) CHECK_FALSE(b.bounds.intersects(f));
        narration_boxes += b.kind == BalloonKind::Narration;
      }
    }
    CHECK(narration_boxes >= narration_lines);  // a long narration may take several boxes
    // Nothing is dropped: every word of every line is in a balloon or caption of its panel, and
    // every onomatopoeia is lettered.
    for (const auto& panel : layout.panels) {
      const Shot* shot = g.find_shot(panel.shot_id);
      REQUIRE(shot);
      std::string lettered;
      for (const auto& b : panel.balloons) lettered += " " + b.text;
      for (const auto& d : shot->dialogue) {
        std::istringstream words(d.text);
        for (std::string w; words >> w;) CHECK_MESSAGE(lettered.find(w) != std::string::npos, w);
      }
      size_t onomatopoeia = 0;
      for (const auto& sfx : shot->sfx) onomatopoeia += read_sound_line(sfx).lettered.size();
      CHECK(panel.sfx.size() == onomatopoeia);
    }
    for (const auto& page : manga.pages)
      for (const auto& item : page.items)
        if (const auto* run = std::get_if<TextRun>(&item); run && run->orientation == GlyphOrientation::Upright) {
          const auto latin = latin_glyphs(*run->font);
          for (const auto& gl : run->glyphs) CHECK_FALSE(latin.count(gl.index));
        }
    // Every dialogue line can be found in the text of each PDF.
    const std::string out = (fs::path(EKONTE_BINARY_DIR) / "tests" / "layout" / ("corpus-" + fs::path(path).stem().string())).string();
    fs::remove_all(out);
    REQUIRE(write_pdfs(g, pictures, out, {}, sink));
    for (const char* name : {"storyboard", "ekonte", "manga"}) {
      const std::string kind = name;
      CAPTURE(kind);
      const std::string pdf = out + "/" + name + ".pdf";
      REQUIRE(std::system(("pdftotext -enc UTF-8 '" + pdf + "' '" + pdf + ".txt'").c_str()) == 0);
      std::ifstream in(pdf + ".txt");
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string text = squeeze(ss.str());
      for (const auto& s : g.shots)
        for (const auto& d : s.dialogue) {
          // A line split across balloons extracts in pieces; each sentence is still whole.
          if (std::string(name) == "manga") {
            std::string sentence;
            for (char c : d.text) {
              sentence += c;
              if (c == '.' || c == '!' || c == '?') {
                CHECK_MESSAGE(text.find(squeeze(sentence)) != std::string::npos, sentence);
                sentence.clear();
              }
            }
          } else {
            // A sheet's text may continue in the next cell, which extracts out of order: each
            // word (a Japanese run without spaces counts as one) is there.
            std::istringstream words(d.text);
            for (std::string w; words >> w;) CHECK_MESSAGE(text.find(squeeze(w)) != std::string::npos, w);
          }
        }
    }
  }
}
