#pragma once
// Minimal UTF-8 decoding for line breaking and script detection (the compiler has already
// rejected invalid UTF-8, so malformed bytes decode to U+FFFD without further checks).
#include <string>
#include <string_view>
#include <vector>

namespace ekonte::layout {

struct DecodedText {
  std::vector<char32_t> cps;
  std::vector<size_t> offsets;  // byte offset of each code point, plus the text size at the end
};

inline DecodedText decode_utf8_with_offsets(std::string_view s) {
  DecodedText out;
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = s[i];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (i + len > s.size()) len = 1;
    char32_t cp = len == 1 ? (c < 0x80 ? c : 0xFFFD) : (c & (0x7F >> len));
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.cps.push_back(cp);
    out.offsets.push_back(i);
    i += len;
  }
  out.offsets.push_back(s.size());
  return out;
}

inline std::vector<char32_t> decode_utf8(std::string_view s) { return decode_utf8_with_offsets(s).cps; }

}  // namespace ekonte::layout
