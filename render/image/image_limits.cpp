#include "render/image/image_limits.hpp"

namespace ekonte::render {

std::string image_size_problem(int64_t width, int64_t height) {
  const std::string size = std::to_string(width) + "x" + std::to_string(height);
  if (width <= 0 || height <= 0) return size + " has no pixels";
  if (width > kMaxImageSide || height > kMaxImageSide)
    return size + " is larger than the " + std::to_string(kMaxImageSide) + " pixels a side Ekonte reads";
  if (width * height > kMaxImagePixels)
    return size + " is " + std::to_string((width * height + 500'000) / 1'000'000) + " megapixels, more than the " +
           std::to_string(kMaxImagePixels / 1'000'000) + " Ekonte reads";
  return {};
}

}  // namespace ekonte::render
