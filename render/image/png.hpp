#pragma once
// PNG files through Cairo: the one reader and writer of pictures every stage uses.
#include <string>

#include "render/image/image.hpp"

namespace ekonte::render {

// Returns false (and leaves no partial file: writes to a temp name, then renames) on failure.
bool write_png(const std::string& path, const ImageRgba& image);
// Gray maps are written as 8-bit grayscale-looking RGB (value in all three channels) so any
// viewer shows them; read_png_gray reads the red channel back.
bool write_png(const std::string& path, const ImageGray& image);
// Writes a label map with a distinct colour per value (for looking at it), not for reading back.
bool write_png_false_color(const std::string& path, const ImageGray& image);
// Straight RGBA; a grayscale-alpha (A8) file reads as black with that alpha. False, without
// decoding, for a picture past render/image/image_limits.hpp.
bool read_png(const std::string& path, ImageRgba* out);
bool read_png_gray(const std::string& path, ImageGray* out);

}  // namespace ekonte::render
