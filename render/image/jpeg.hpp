#pragma once
// JPEG encoding of pictures for PDFs, and decoding of `sheet:` pictures (libjpeg).
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "render/image/image.hpp"

namespace ekonte::render {

// Baseline JPEG at `quality` (1..100); transparent pixels become paper white, as on the page.
std::vector<uint8_t> encode_jpeg(const ImageRgba& image, int quality);
// Decodes the JPEG in `file` to opaque RGBA. `accept(width, height)` sees the frame size
// before any pixel is decoded and may refuse it (returning a problem). False with `problem`
// on a damaged, truncated or refused picture.
bool decode_jpeg(std::FILE* file, ImageRgba* out, std::string* problem,
                 std::string (*accept)(int64_t width, int64_t height));

}  // namespace ekonte::render
