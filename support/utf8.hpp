#pragma once
// UTF-8 helpers shared by the compiler's readers and the diagnostic renderer.
#include <cstdint>
#include <string_view>

namespace ekonte {

// Decodes the code point starting at s[i] and advances i past it. Invalid bytes decode as
// themselves (the compiler rejects invalid UTF-8 before anything else reads the text).
inline uint32_t next_code_point(std::string_view s, size_t& i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  uint32_t cp = c;
  size_t n = 1;
  if (c >= 0xF0) cp = c & 0x07, n = 4;
  else if (c >= 0xE0) cp = c & 0x0F, n = 3;
  else if (c >= 0xC0) cp = c & 0x1F, n = 2;
  for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return cp;
}

}  // namespace ekonte
