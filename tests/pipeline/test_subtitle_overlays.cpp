// Burnt-in subtitles (pipeline/subtitle_overlays.cpp): a line that runs on into the next shot
// while that shot's own line starts is drawn above it, never over it; lines heard apart keep
// the usual place at the foot of the frame.
#include "pipeline/subtitle_overlays.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <utility>

using namespace ekonte;

namespace {

constexpr int W = 640, H = 360;

audio::SpokenLine line(const std::string& who, const std::string& text, double start, double end) {
  audio::SpokenLine l;
  l.speaker = who;
  l.text = text;
  l.start_s = start;
  l.end_s = end;
  return l;
}

// The rows [first, last) a picture has any visible pixel in; nothing when it is empty.
std::optional<std::pair<int, int>> drawn_rows(const render::ImageRgba& p) {
  int first = -1, last = -1;
  for (int y = 0; y < p.height; ++y)
    for (int x = 0; x < p.width; ++x)
      if (p.pixels[4 * (size_t(y) * p.width + x) + 3]) {
        if (first < 0) first = y;
        last = y + 1;
        break;
      }
  if (first < 0) return std::nullopt;
  return std::make_pair(first, last);
}

// The overlays shown at `frame` of a shot.
std::vector<const animatic::Overlay*> shown_at(const std::vector<animatic::Overlay>& overlays, uint32_t frame) {
  std::vector<const animatic::Overlay*> out;
  for (const animatic::Overlay& o : overlays)
    if (frame >= o.first && frame < o.last) out.push_back(&o);
  return out;
}

}  // namespace

TEST_CASE("a line running on into the next shot and that shot's own line are stacked, never overlapping") {
  DiagnosticSink sink;
  auto fonts = layout::FontLibrary::load(sink);
  REQUIRE(fonts);
  // Shot 1 is frames [0, 48), shot 2 [48, 96) at 24 fps. Ann's line runs from 1.0 s to 2.6 s,
  // past the cut at 2.0 s; Bo's line in shot 2 starts at 2.2 s, while Ann's is still heard.
  const std::vector<audio::SpokenLine> lines = {line("ANN", "I was going to say something long", 1.0, 2.6),
                                                line("BO", "And I answer at once", 2.2, 3.5)};
  pipeline::SubtitleOverlays subtitles(*fonts, lines, 24, W, H);
  const timeline::ShotSpan second{1, 48, 48};
  std::string key;
  const auto overlays = subtitles.for_shot(second, &key);
  REQUIRE(overlays.size() == 2);
  // At 2.4 s (frame 57, the shot's frame 9) both are shown.
  const auto both = shown_at(overlays, 9);
  REQUIRE(both.size() == 2);
  const auto a = drawn_rows(*both[0]->picture), b = drawn_rows(*both[1]->picture);
  REQUIRE(a);
  REQUIRE(b);
  CHECK((a->second <= b->first || b->second <= a->first));  // their bands share no row
  // The later line is the one raised: the earlier keeps its place at the foot.
  const auto earlier = *drawn_rows(*overlays[0].picture);
  const auto later = *drawn_rows(*overlays[1].picture);
  CHECK(later.second <= earlier.first);
  CHECK(earlier.second > H * 0.85);
  CHECK(key.find("@0:") != std::string::npos);
  CHECK(key.find("@0:BO") == std::string::npos);  // the raise is part of the clip key
}

TEST_CASE("lines heard one after the other both sit at the foot of the frame") {
  DiagnosticSink sink;
  auto fonts = layout::FontLibrary::load(sink);
  REQUIRE(fonts);
  const std::vector<audio::SpokenLine> lines = {line("ANN", "First", 0.2, 1.0), line("BO", "Second", 1.2, 1.8)};
  pipeline::SubtitleOverlays subtitles(*fonts, lines, 24, W, H);
  std::string key;
  const auto overlays = subtitles.for_shot(timeline::ShotSpan{0, 0, 48}, &key);
  REQUIRE(overlays.size() == 2);
  const auto a = drawn_rows(*overlays[0].picture), b = drawn_rows(*overlays[1].picture);
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->second == b->second);  // the same place
  CHECK(a->second > H * 0.85);
}
