#include "pipeline/subtitle_overlays.hpp"

#include <algorithm>
#include <cmath>

#include "layout/backend/cairo_backend.hpp"
#include "layout/text/typeset.hpp"

namespace ekonte::pipeline {

namespace {

// The text's size as a fraction of the frame's height, the widest line as a fraction of its
// width, and the band's margin from the bottom edge: the usual television-safe placement.
constexpr double kTextSize = 0.045, kMaxWidth = 0.84, kBottom = 0.06;

render::ImageRgba cue_picture(const layout::FontLibrary& fonts, const std::string& text, int w, int h) {
  layout::TextStyle style;
  style.face = layout::TextFace::Body;
  style.size = kTextSize * h;
  style.color = layout::Color{1, 1, 1, 1};
  layout::SetParagraph set = layout::set_horizontal(fonts, style, text, kMaxWidth * w, 0.5);
  const double x = (w - set.width) / 2, y = h * (1 - kBottom) - set.height;
  layout::translate(set.runs, x, y);
  layout::Page page;
  page.width = w;
  page.height = h;
  const double pad = style.size * 0.35;
  layout::Shape band;
  band.path = layout::Path::rect({x - pad, y - pad, set.width + 2 * pad, set.height + 2 * pad});
  band.fill = layout::Color{0, 0, 0, 0.55};
  page.items.push_back(band);
  for (layout::TextRun& run : set.runs) page.items.push_back(std::move(run));
  return layout::draw_page_rgba(page, w, h);
}

}  // namespace

SubtitleOverlays::SubtitleOverlays(const layout::FontLibrary& fonts, const std::vector<audio::SpokenLine>& lines,
                                   uint32_t fps, int width, int height) {
  for (const audio::SpokenLine& line : lines) {
    Cue cue;
    cue.first = uint64_t(std::llround(std::max(0.0, line.start_s) * fps));
    cue.last = std::max(cue.first + 1, uint64_t(std::llround(std::max(0.0, line.end_s) * fps)));
    cue.text = line.speaker.empty() ? line.text : line.speaker + ": " + line.text;
    cue.picture = std::make_shared<const render::ImageRgba>(cue_picture(fonts, cue.text, width, height));
    cues_.push_back(std::move(cue));
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
    *key_text += std::to_string(o.first) + "-" + std::to_string(o.last) + ":" + cue.text + "\n";
  }
  return out;
}

}  // namespace ekonte::pipeline
