#include "pipeline/subtitle_overlays.hpp"

#include <algorithm>
#include <cmath>


namespace ekonte::pipeline {

namespace {

// The usual television-safe placement: white text at 4.5 % of the frame's height, lines at most
// 84 % of its width, on a band 6 % above the bottom edge.
constexpr TextBand kSubtitle{};
// Between two stacked bands, a fraction of the frame's height.
constexpr double kStackGap = 0.01;

}  // namespace

SubtitleOverlays::SubtitleOverlays(const layout::FontLibrary& fonts, const std::vector<audio::SpokenLine>& lines,
                                   uint32_t fps, int width, int height) {
  for (const audio::SpokenLine& line : lines) {
    Cue cue;
    cue.first = uint64_t(std::llround(std::max(0.0, line.start_s) * fps));
    cue.last = std::max(cue.first + 1, uint64_t(std::llround(std::max(0.0, line.end_s) * fps)));
    cue.text = line.speaker.empty() ? line.text : line.speaker + ": " + line.text;
    cues_.push_back(std::move(cue));
  }
  std::stable_sort(cues_.begin(), cues_.end(), [](const Cue& a, const Cue& b) { return a.first < b.first; });
  for (size_t i = 0; i < cues_.size(); ++i) {
    Cue& cue = cues_[i];
    auto picture = text_band_picture(fonts, cue.text, width, height, kSubtitle, &cue.rows);
    // Above every earlier line still shown when this one starts.
    double lift = 0;
    for (size_t j = 0; j < i; ++j)
      if (cues_[j].last > cue.first) lift = std::max(lift, cue.rows.bottom - cues_[j].rows.top + kStackGap * height);
    if (lift > 0) {
      TextBand raised = kSubtitle;
      raised.lift = lift;
      picture = text_band_picture(fonts, cue.text, width, height, raised, &cue.rows);
      cue.lift = lift;
    }
    cue.picture = std::make_shared<const render::ImageRgba>(std::move(picture));
  }
}

std::vector<animatic::Overlay> SubtitleOverlays::for_shot(const timeline::ShotSpan& shot, std::string* key_text) const {
  std::vector<animatic::Overlay> out;
  for (const Cue& cue : cues_) {
    const uint64_t first = std::max(cue.first, shot.start_frame), last = std::min(cue.last, shot.end_frame());
    if (first >= last) continue;
    animatic::Overlay o;
    o.first = uint32_t(first - shot.start_frame);
    o.last = uint32_t(last - shot.start_frame);
    o.picture = cue.picture;
    out.push_back(o);
    *key_text += std::to_string(o.first) + "-" + std::to_string(o.last) + "@" + std::to_string(std::lround(cue.lift)) +
                 ":" + cue.text + "\n";
  }
  return out;
}

}  // namespace ekonte::pipeline
