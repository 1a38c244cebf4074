#include "layout/text/char_classes.hpp"

#include "layout/text/utf8.hpp"

namespace ekonte::layout {

bool is_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) ||   // radicals, kana, CJK symbols, ideographs
         (c >= 0xF900 && c <= 0xFAFF) ||   // compatibility ideographs
         (c >= 0xFE30 && c <= 0xFE4F) ||   // vertical forms
         (c >= 0xFF00 && c <= 0xFFEF) ||   // full-width forms
         (c >= 0x20000 && c <= 0x2FFFF);   // supplementary ideographs
}

bool has_cjk(std::string_view utf8) {
  for (char32_t c : decode_utf8(utf8))
    if (is_cjk(c)) return true;
  return false;
}

bool is_line_space(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000; }

}  // namespace ekonte::layout
