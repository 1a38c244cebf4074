#pragma once
// HarfBuzz shaping of one run of text in one font, horizontally or vertically (TTB, which
// turns on the `vert` feature so punctuation and the long-vowel mark take vertical forms).
#include <string_view>
#include <vector>

#include "layout/display_list.hpp"
#include "layout/text/font_library.hpp"

namespace ekonte::layout {

enum class TextDirection { Horizontal, Vertical };

// Positions in points, y pointing down; offsets are relative to the pen position and already
// refer to the glyph's horizontal origin (HarfBuzz subtracts the vertical origin), so a
// vertical glyph is drawn at pen + offset like a horizontal one.
struct ShapedGlyph {
  uint32_t index = 0;
  uint32_t cluster = 0;  // byte offset into the shaped text
  double x_advance = 0, y_advance = 0;
  double x_offset = 0, y_offset = 0;
};

// `feature`, when not empty, is one OpenType feature turned on for the whole text ("hwid").
std::vector<ShapedGlyph> shape_text(const Font& font, double size, std::string_view text,
                                    TextDirection direction, std::string_view feature = {});

// Turns shaped glyphs into a display-list run with cluster mapping; the pen starts at `origin`.
// `extent` receives the advance along the direction of writing.
TextRun make_text_run(std::shared_ptr<const Font> font, double size, std::string_view text,
                      const std::vector<ShapedGlyph>& glyphs, Point origin, double* extent = nullptr);

}  // namespace ekonte::layout
