#pragma once
// Classes of characters the lettering rules and the typesetter share. Plain code-point tests,
// no fonts: `ekonte explain` reads sound lines with them in the executable that loads no
// drawing library (cli/CMakeLists.txt).
#include <string_view>

namespace ekonte::layout {

// True for code points set with the CJK font and broken between any two characters.
bool is_cjk(char32_t c);
bool has_cjk(std::string_view utf8);
// Spaces (including the ideographic space) end no line and start none: they are dropped at breaks.
bool is_line_space(char32_t c);

}  // namespace ekonte::layout
