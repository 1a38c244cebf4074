// Dialogue layout benchmark: one line of 100, 1,000 and 10,000 words, Latin and Japanese, set
// in a manga balloon (place_balloons, split across balloons when too long) and in a storyboard
// cell (build_storyboard, continued in the next cells). Prints milliseconds per word, which
// stays flat when the layout is linear in the number of words. Times are CPU time of this
// (single-threaded) process, so a busy machine does not inflate them.
// usage: bench_dialogue [MAX_WORDS]   (default 10000)
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

#include "layout/manga/place_balloons.hpp"
#include "layout/pages/page_builders.hpp"
#include "tests/layout/layout_fixture.hpp"

using namespace ekonte;
using namespace ekonte::layout;

namespace {

// `words` words of running dialogue with sentence and clause ends, the way a long speech reads.
// A Japanese "word" is a short phrase unit (a noun or verb with its particle).
std::string dialogue(int words, bool japanese) {
  static const char* kLatin[] = {"the", "fox", "waited", "by", "the", "old", "shrine", "gate", "while",
                                 "lanterns", "swayed", "in", "evening", "wind"};
  static const char* kJapanese[] = {"狐は", "古い", "鳥居の", "前で", "ずっと", "待って", "いた", "提灯が",
                                    "夕方の", "風に", "揺れて", "いる"};
  std::string s;
  for (int i = 0; i < words; ++i) {
    if (japanese) {
      s += kJapanese[i % 12];
      if (i % 9 == 8) s += "。";
      else if (i % 4 == 3) s += "、";
    } else {
      if (i) s += ' ';
      s += kLatin[i % 14];
      if (i % 11 == 10) s += '.';
      else if (i % 5 == 4) s += ',';
    }
  }
  return s;
}

double seconds(const std::function<void()>& f) {
  const std::clock_t t0 = std::clock();
  f();
  return static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
}

}  // namespace

int main(int argc, char** argv) {
  const int max_words = argc > 1 ? std::atoi(argv[1]) : 10000;
  DiagnosticSink sink;
  auto fonts = FontLibrary::load(sink);
  if (!fonts) return 1;
  // A medium manga panel (points): a third of a B5 page.
  const Rect panel{40, 60, 430, 210};
  const ShotGraph base = testing::sample_like_graph();
  std::printf("%-9s %-8s %7s %10s %9s\n", "layout", "script", "words", "cpu ms", "ms/word");
  for (const bool japanese : {false, true}) {
    for (int words = 100; words <= max_words; words *= 10) {
      const std::string text = dialogue(words, japanese);
      // Manga: one speaker inside the panel, its balloons placed clear of the face.
      BalloonRequest req;
      req.text = text;
      req.vertical = japanese;
      req.mouth = Point{panel.x + panel.w * 0.7, panel.y + panel.h * 0.75};
      req.head = Rect{panel.x + panel.w * 0.7 - 25, panel.y + panel.h * 0.5, 50, 60};
      req.speaker = "HARU";
      size_t balloons = 0;
      const double manga_s = seconds([&] {
        Page page{515, 728, {}};
        std::vector<Rect> obstacles;
        DiagnosticSink s;
        balloons = place_balloons(page, *fonts, panel, {*req.head}, obstacles, {req},
                                  ReadingDirection::RightToLeft, s)
                       .size();
      });
      // Storyboard: one shot whose dialogue is the whole text, without a picture.
      ShotGraph g = base;
      g.shots.resize(1);
      g.shots[0].dialogue.resize(1);
      g.shots[0].dialogue[0].text = text;
      g.shots[0].dialogue[0].language = japanese ? "ja" : "en";
      size_t pages = 0;
      const double board_s = seconds([&] { pages = build_storyboard(g, {}, *fonts).pages.size(); });
      const char* script = japanese ? "japanese" : "latin";
      std::printf("%-9s %-8s %7d %10.1f %9.3f   (%zu balloons)\n", "manga", script, words, manga_s * 1000,
                  manga_s * 1000 / words, balloons);
      std::printf("%-9s %-8s %7d %10.1f %9.3f   (%zu pages)\n", "storyboard", script, words, board_s * 1000,
                  board_s * 1000 / words, pages);
      std::fflush(stdout);
    }
  }
  return 0;
}
