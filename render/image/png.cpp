#include "render/image/png.hpp"

#include <cairo.h>

#include <cstdio>
#include <fstream>

#include "render/image/image_file.hpp"
#include "render/image/image_limits.hpp"
#include "render/image/premultiply.hpp"

namespace ekonte::render {
namespace {

bool write_surface(const std::string& path, cairo_surface_t* s) {
  const std::string tmp = path + ".tmp";
  const cairo_status_t st = cairo_surface_write_to_png(s, tmp.c_str());
  cairo_surface_destroy(s);
  if (st != CAIRO_STATUS_SUCCESS) {
    std::remove(tmp.c_str());
    return false;
  }
  return std::rename(tmp.c_str(), path.c_str()) == 0;
}

// An RGB24 surface whose pixel (x, y) is `color(x, y)` (0xRRGGBB).
template <typename Color>
cairo_surface_t* opaque_surface(int width, int height, Color color) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
  cairo_surface_flush(s);
  unsigned char* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  for (int y = 0; y < height; ++y) {
    auto* row = reinterpret_cast<uint32_t*>(data + y * stride);
    for (int x = 0; x < width; ++x) row[x] = 0xff000000u | color(x, y);
  }
  cairo_surface_mark_dirty(s);
  return s;
}

}  // namespace

bool write_png(const std::string& path, const ImageRgba& img) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, img.width, img.height);
  cairo_surface_flush(s);
  unsigned char* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  for (int y = 0; y < img.height; ++y)
    premultiply_row(img.pixels.data() + size_t(y) * img.width * 4, img.width,
                    reinterpret_cast<uint32_t*>(data + y * stride));
  cairo_surface_mark_dirty(s);
  return write_surface(path, s);
}

bool write_png(const std::string& path, const ImageGray& image) {
  return write_surface(path, opaque_surface(image.width, image.height, [&](int x, int y) {
                         const uint32_t v = image.pixels[size_t(y) * image.width + x];
                         return (v << 16) | (v << 8) | v;
                       }));
}

bool write_png_false_color(const std::string& path, const ImageGray& image) {
  static const uint32_t kPalette[] = {0x000000, 0xf0c8a0, 0x5a3c8c, 0x2080e0, 0xffffff, 0xc03040,
                                      0x2e7d32, 0xa5d6a7, 0xffb300, 0x8d6e63, 0x00bcd4, 0xe91e63};
  return write_surface(path, opaque_surface(image.width, image.height, [&](int x, int y) {
                         return kPalette[image.pixels[size_t(y) * image.width + x] % 12];
                       }));
}

bool read_png(const std::string& path, ImageRgba* out) {
  // Cairo allocates the whole surface from the header's size: check it first.
  char head[26] = {};
  std::ifstream in(path, std::ios::binary);
  in.read(head, sizeof head);
  const ImageHeader header = read_image_header(std::string_view(head, size_t(in.gcount())));
  if (header.format != ImageFormat::Png || !image_size_problem(header.width, header.height).empty()) return false;
  cairo_surface_t* s = cairo_image_surface_create_from_png(path.c_str());
  if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(s);
    return false;
  }
  cairo_surface_flush(s);
  const cairo_format_t fmt = cairo_image_surface_get_format(s);
  out->width = cairo_image_surface_get_width(s);
  out->height = cairo_image_surface_get_height(s);
  out->pixels.assign(size_t(out->width) * out->height * 4, 0);
  const unsigned char* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  for (int y = 0; y < out->height; ++y) {
    uint8_t* dst = out->pixels.data() + size_t(y) * out->width * 4;
    if (fmt == CAIRO_FORMAT_A8) {
      for (int x = 0; x < out->width; ++x) dst[4 * x + 3] = data[y * stride + x];
      continue;
    }
    unpremultiply_row(reinterpret_cast<const uint32_t*>(data + y * stride), out->width, fmt == CAIRO_FORMAT_ARGB32,
                      dst);
  }
  cairo_surface_destroy(s);
  return true;
}

bool read_png_gray(const std::string& path, ImageGray* out) {
  ImageRgba rgba;
  if (!read_png(path, &rgba)) return false;
  out->width = rgba.width, out->height = rgba.height;
  out->pixels.resize(size_t(rgba.width) * rgba.height);
  for (size_t i = 0; i < out->pixels.size(); ++i) out->pixels[i] = rgba.pixels[i * 4];
  return true;
}

}  // namespace ekonte::render
