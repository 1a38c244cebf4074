#pragma once
// Sets a paragraph: shapes it, breaks it into lines (horizontal) or columns (vertical,
// top to bottom, columns right to left) and returns positioned text runs.
#include <string>
#include <string_view>
#include <vector>

#include "layout/display_list.hpp"
#include "layout/text/font_library.hpp"

namespace ekonte::layout {

struct TextStyle {
  TextFace face = TextFace::Body;
  double size = 9;
  Color color = kBlack;
  double leading = 1.2;  // line pitch (or column pitch) as a multiple of the size
};

struct SetParagraph {
  std::vector<TextRun> runs;       // one per line or column, relative to the block's top-left
  std::vector<std::string> lines;  // the text of each line or column
  double width = 0, height = 0;    // the block's extent
};

// `align`: 0 left, 0.5 centred (within the widest line), 1 right.
SetParagraph set_horizontal(const FontLibrary& fonts, const TextStyle& style, std::string_view text,
                            double max_width, double align = 0);
SetParagraph set_vertical(const FontLibrary& fonts, const TextStyle& style, std::string_view text,
                          double max_height);

// The sum of the advances of every code point but spaces, horizontally or down a column:
// however `text` is broken, its lines (or columns) together are at least this long, so a
// caller can tell that a text cannot fit an area without setting it.
double ink_length(const FontLibrary& fonts, const TextStyle& style, std::string_view text, bool vertical);

void translate(std::vector<TextRun>& runs, double dx, double dy);

}  // namespace ekonte::layout
