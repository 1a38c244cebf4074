#pragma once
// Pictures read from files whose format is known only by their content (`sheet:` images):
// the header (PNG IHDR, JPEG start-of-frame) is read first and checked against the limits in
// render/image/image_limits.hpp, and only then are the pixels decoded.
#include <cstdint>
#include <string>
#include <string_view>

#include "render/image/image.hpp"

namespace ekonte::render {

enum class ImageFormat { Unknown, Png, Jpeg };
const char* image_format_name(ImageFormat format);  // "PNG", "JPEG", "unknown"

struct ImageHeader {
  ImageFormat format = ImageFormat::Unknown;
  int64_t width = 0, height = 0;
  bool grey = false;  // PNG colour type 0 or 4, or a one-component JPEG
};

// The header of a picture file's first bytes; format Unknown when they are neither a PNG
// nor a JPEG header (a JPEG needs the bytes up to its start-of-frame marker).
ImageHeader read_image_header(std::string_view bytes);
// The header of the file at `path`, reading only as far as it needs. False (with `problem`)
// when the file cannot be opened or its content is not a PNG or JPEG header.
bool read_image_file_header(const std::string& path, ImageHeader* out, std::string* problem);

// Decodes the PNG or JPEG file at `path` (by content, whatever its name) into straight RGBA.
// False with `problem` ("is not a PNG or JPEG picture", "is 20000x20000, larger than ...",
// "cannot be decoded: ...") without decoding pixels of a picture past the limits.
bool read_image(const std::string& path, ImageRgba* out, std::string* problem, ImageHeader* header = nullptr);

}  // namespace ekonte::render
