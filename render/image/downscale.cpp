#include "render/image/downscale.hpp"

#include <algorithm>

namespace ekonte::render {

ImageRgba downscale(const ImageRgba& image, int max_width) {
  if (image.width <= max_width || image.width == 0) return image;
  ImageRgba out;
  out.width = max_width;
  out.height = std::max(1, int(double(image.height) * max_width / image.width + 0.5));
  out.pixels.assign(size_t(out.width) * out.height * 4, 0);
  const double sx = double(image.width) / out.width, sy = double(image.height) / out.height;
  for (int y = 0; y < out.height; ++y)
    for (int x = 0; x < out.width; ++x) {
      const int x0 = int(x * sx), x1 = std::max(x0 + 1, int((x + 1) * sx));
      const int y0 = int(y * sy), y1 = std::max(y0 + 1, int((y + 1) * sy));
      uint32_t acc[4] = {0, 0, 0, 0}, n = 0;
      for (int yy = y0; yy < std::min(y1, image.height); ++yy)
        for (int xx = x0; xx < std::min(x1, image.width); ++xx, ++n)
          for (int c = 0; c < 4; ++c) acc[c] += image.pixels[(size_t(yy) * image.width + xx) * 4 + c];
      for (int c = 0; c < 4; ++c)
        out.pixels[(size_t(y) * out.width + x) * 4 + c] = uint8_t(n ? (acc[c] + n / 2) / n : 0);
    }
  return out;
}

}  // namespace ekonte::render
