#include "pipeline/sound_captions.hpp"

#include <memory>

#include "layout/backend/cairo_backend.hpp"
#include "layout/text/typeset.hpp"

namespace ekonte::pipeline {

namespace {

// Smaller than a subtitle and at the top edge, where the subtitles never are; the same
// translucent band, so it reads over any drawing.
constexpr double kTextSize = 0.036, kMaxWidth = 0.7, kMargin = 0.04;

render::ImageRgba caption_picture(const layout::FontLibrary& fonts, const std::string& text, int w, int h) {
  layout::TextStyle style;
  style.face = layout::TextFace::Body;
  style.size = kTextSize * h;
  style.color = layout::Color{1, 0.93, 0.55, 1};
  layout::SetParagraph set = layout::set_horizontal(fonts, style, text, kMaxWidth * w, 0.0);
  const double pad = style.size * 0.35;
  const double x = kMargin * h + pad, y = kMargin * h + pad;
  layout::translate(set.runs, x, y);
  layout::Page page;
  page.width = w;
  page.height = h;
  layout::Shape band;
  band.path = layout::Path::rect({x - pad, y - pad, set.width + 2 * pad, set.height + 2 * pad});
  band.fill = layout::Color{0, 0, 0, 0.55};
  page.items.push_back(band);
  for (layout::TextRun& run : set.runs) page.items.push_back(std::move(run));
  return layout::draw_page_rgba(page, w, h);
}

}  // namespace

std::vector<animatic::Overlay> sound_captions(const layout::FontLibrary& fonts, const Shot& shot, int width, int height,
                                              std::string* key_text) {
  if (shot.sfx.empty() || shot.duration_frames == 0) return {};
  std::string text = "SFX: ";
  for (size_t i = 0; i < shot.sfx.size(); ++i) text += (i ? "; " : "") + shot.sfx[i];
  animatic::Overlay o;
  o.first = 0;
  o.last = shot.duration_frames;
  o.picture = std::make_shared<const render::ImageRgba>(caption_picture(fonts, text, width, height));
  *key_text += "sfx:" + text + "\n";
  return {o};
}

}  // namespace ekonte::pipeline
