#pragma once
// A line of text set with the layout's shaped text (HarfBuzz, the CJK font for Japanese) on a
// translucent dark band, drawn onto a transparent frame-sized picture: what the animatic lays
// over its frames for burnt-in subtitles and sound-effect captions.
#include <string>

#include "layout/display_list.hpp"
#include "layout/text/font_library.hpp"
#include "render/image/image.hpp"

namespace ekonte::pipeline {

struct TextBand {
  double size = 0.045;       // text size, a fraction of the frame's height
  double max_width = 0.84;   // widest line, a fraction of the frame's width
  double align = 0.5;        // 0 left, 0.5 centred (lines within the paragraph)
  layout::Color color{1, 1, 1, 1};
  enum class Place { BottomCentre, TopLeft } place = Place::BottomCentre;
  double margin = 0.06;      // from the frame's edge, a fraction of its height
  double lift = 0;           // pixels the band is raised above its place (a subtitle stacked on another)
};

// Where the band lies in the picture, in pixels from the top.
struct BandRows {
  double top = 0, bottom = 0;
};

render::ImageRgba text_band_picture(const layout::FontLibrary& fonts, const std::string& text, int width, int height,
                                    const TextBand& band, BandRows* rows = nullptr);

}  // namespace ekonte::pipeline
