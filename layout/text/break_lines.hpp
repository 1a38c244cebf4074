#pragma once
// Line breaking: Latin text at spaces and after hyphens; Japanese between any two characters
// except where the kinsoku rules forbid it (no line starts with closing punctuation, the
// long-vowel mark or a small kana; none ends with an opening bracket), preferring to end a
// Japanese line after a phrase-closing 、。！？ when that leaves the line reasonably full.
#include <string_view>
#include <vector>

#include "layout/text/char_classes.hpp"

namespace ekonte::layout {

bool kinsoku_may_start_line(char32_t c);
bool kinsoku_may_end_line(char32_t c);

struct LineSpan {
  size_t begin = 0, end = 0;  // byte range of the line's text, trailing spaces excluded
  double width = 0;
};

// `widths[i]` is the advance of code point i of `text` (0 for code points inside a cluster,
// which are never split from its first one). A word wider than `max_width` is broken inside
// as a last resort, still honouring kinsoku.
std::vector<LineSpan> break_lines(std::string_view text, const std::vector<double>& widths,
                                  const std::vector<bool>& cluster_start, double max_width);

}  // namespace ekonte::layout
