#include "render/image/premultiply.hpp"

#include <algorithm>

namespace ekonte::render {

void premultiply_row(const uint8_t* rgba, int width, uint32_t* argb) {
  for (int x = 0; x < width; ++x) {
    const uint8_t* p = rgba + 4 * x;
    const uint32_t a = p[3];
    auto pm = [a](uint32_t c) { return (c * a + 127) / 255; };
    argb[x] = (a << 24) | (pm(p[0]) << 16) | (pm(p[1]) << 8) | pm(p[2]);
  }
}

void unpremultiply_row(const uint32_t* argb, int width, bool has_alpha, uint8_t* rgba) {
  for (int x = 0; x < width; ++x) {
    const uint32_t p = argb[x];
    const uint32_t a = has_alpha ? p >> 24 : 255;
    auto un = [a](uint32_t c) { return a == 0 ? 0u : std::min(255u, (c * 255 + a / 2) / a); };
    uint8_t* d = rgba + 4 * x;
    d[0] = uint8_t(un((p >> 16) & 0xff));
    d[1] = uint8_t(un((p >> 8) & 0xff));
    d[2] = uint8_t(un(p & 0xff));
    d[3] = uint8_t(a);
  }
}

}  // namespace ekonte::render
