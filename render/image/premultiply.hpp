#pragma once
// Cairo keeps pixels as premultiplied, native-endian 32-bit ARGB words; Ekonte's images are
// straight RGBA bytes. These two conversions are the only ones in the code base.
#include <cstdint>

namespace ekonte::render {

// `width` RGBA pixels to premultiplied ARGB words (rounded to nearest).
void premultiply_row(const uint8_t* rgba, int width, uint32_t* argb);
// `width` premultiplied ARGB words back to RGBA; `has_alpha` false reads every pixel as opaque
// (Cairo's RGB24). A fully transparent pixel reads as transparent black.
void unpremultiply_row(const uint32_t* argb, int width, bool has_alpha, uint8_t* rgba);

}  // namespace ekonte::render
