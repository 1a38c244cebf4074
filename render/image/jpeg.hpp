#pragma once
// JPEG encoding of pictures for PDFs (libjpeg).
#include <cstdint>
#include <vector>

#include "render/image/image.hpp"

namespace ekonte::render {

// Baseline JPEG at `quality` (1..100); transparent pixels become paper white, as on the page.
std::vector<uint8_t> encode_jpeg(const ImageRgba& image, int quality);

}  // namespace ekonte::render
