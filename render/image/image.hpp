#pragma once
// The pictures every stage passes around: straight-alpha RGBA and one-byte maps.
#include <cstdint>
#include <vector>

namespace ekonte::render {

// 8-bit RGBA, straight (not premultiplied) alpha, row-major, no padding.
struct ImageRgba {
  int width = 0, height = 0;
  std::vector<uint8_t> pixels;  // width * height * 4
};
// One byte per pixel: line art darkness (0 = paper, 255 = ink), part labels or instance ids.
struct ImageGray {
  int width = 0, height = 0;
  std::vector<uint8_t> pixels;  // width * height
};

}  // namespace ekonte::render
