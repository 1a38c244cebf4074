#include "render/png_io.hpp"

#include <cairo.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

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

// Cairo's ARGB32 is premultiplied, native-endian 32-bit words.
cairo_surface_t* surface_from(const ImageRgba& img) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, img.width, img.height);
  cairo_surface_flush(s);
  unsigned char* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  for (int y = 0; y < img.height; ++y) {
    auto* row = reinterpret_cast<uint32_t*>(data + y * stride);
    const uint8_t* src = img.pixels.data() + size_t(y) * img.width * 4;
    for (int x = 0; x < img.width; ++x) {
      const uint32_t a = src[4 * x + 3];
      auto pm = [&](uint8_t c) { return (uint32_t(c) * a + 127) / 255; };
      row[x] = (a << 24) | (pm(src[4 * x]) << 16) | (pm(src[4 * x + 1]) << 8) | pm(src[4 * x + 2]);
    }
  }
  cairo_surface_mark_dirty(s);
  return s;
}

}  // namespace

bool write_png(const std::string& path, const ImageRgba& image) {
  return write_surface(path, surface_from(image));
}

bool write_png(const std::string& path, const ImageGray& image) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.width, image.height);
  cairo_surface_flush(s);
  unsigned char* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  for (int y = 0; y < image.height; ++y) {
    auto* row = reinterpret_cast<uint32_t*>(data + y * stride);
    for (int x = 0; x < image.width; ++x) {
      const uint32_t v = image.pixels[size_t(y) * image.width + x];
      row[x] = 0xff000000u | (v << 16) | (v << 8) | v;
    }
  }
  cairo_surface_mark_dirty(s);
  return write_surface(path, s);
}

bool write_png_false_color(const std::string& path, const ImageGray& image) {
  static const uint32_t kPalette[] = {0x000000, 0xf0c8a0, 0x5a3c8c, 0x2080e0, 0xffffff, 0xc03040,
                                      0x2e7d32, 0xa5d6a7, 0xffb300, 0x8d6e63, 0x00bcd4, 0xe91e63};
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.width, image.height);
  cairo_surface_flush(s);
  unsigned char* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  for (int y = 0; y < image.height; ++y) {
    auto* row = reinterpret_cast<uint32_t*>(data + y * stride);
    for (int x = 0; x < image.width; ++x)
      row[x] = 0xff000000u | kPalette[image.pixels[size_t(y) * image.width + x] % 12];
  }
  cairo_surface_mark_dirty(s);
  return write_surface(path, s);
}

bool read_png(const std::string& path, ImageRgba* out) {
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
    for (int x = 0; x < out->width; ++x) {
      uint8_t* dst = out->pixels.data() + (size_t(y) * out->width + x) * 4;
      if (fmt == CAIRO_FORMAT_A8) {
        const uint8_t a = data[y * stride + x];
        dst[0] = dst[1] = dst[2] = 0, dst[3] = a;
        continue;
      }
      const uint32_t p = reinterpret_cast<const uint32_t*>(data + y * stride)[x];
      uint32_t a = fmt == CAIRO_FORMAT_ARGB32 ? (p >> 24) : 255;
      auto un = [&](uint32_t c) { return a == 0 ? 0u : std::min(255u, (c * 255 + a / 2) / a); };
      dst[0] = uint8_t(un((p >> 16) & 0xff));
      dst[1] = uint8_t(un((p >> 8) & 0xff));
      dst[2] = uint8_t(un(p & 0xff));
      dst[3] = uint8_t(a);
    }
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
