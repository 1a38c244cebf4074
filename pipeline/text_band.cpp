#include "pipeline/text_band.hpp"

#include "layout/backend/cairo_backend.hpp"
#include "layout/text/typeset.hpp"

namespace ekonte::pipeline {

render::ImageRgba text_band_picture(const layout::FontLibrary& fonts, const std::string& text, int w, int h,
                                    const TextBand& b, BandRows* rows) {
  layout::TextStyle style;
  style.face = layout::TextFace::Body;
  style.size = b.size * h;
  style.color = b.color;
  layout::SetParagraph set = layout::set_horizontal(fonts, style, text, b.max_width * w, b.align);
  const double pad = style.size * 0.35;
  double x = 0, y = 0;
  if (b.place == TextBand::Place::BottomCentre) {
    x = (w - set.width) / 2;
    y = h * (1 - b.margin) - set.height - b.lift;
  } else {
    x = b.margin * h + pad;
    y = b.margin * h + pad;
  }
  layout::translate(set.runs, x, y);
  if (rows) *rows = {y - pad, y + set.height + pad};
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

}  // namespace ekonte::pipeline
