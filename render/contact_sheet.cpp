#include "render/contact_sheet.hpp"

#include <cairo.h>

#include <algorithm>
#include <cmath>

#include "render/image/downscale.hpp"
#include "render/image/premultiply.hpp"

namespace ekonte::render {
namespace {
constexpr int kMargin = 16;       // pixels around and between cells
constexpr int kLabelHeight = 28;  // room for the label under each picture

void blit(cairo_surface_t* target, const ImageRgba& img, int x0, int y0) {
  cairo_surface_flush(target);
  unsigned char* data = cairo_image_surface_get_data(target);
  const int stride = cairo_image_surface_get_stride(target);
  const int tw = cairo_image_surface_get_width(target), th = cairo_image_surface_get_height(target);
  for (int y = 0; y < img.height && y0 + y < th; ++y) {
    const int w = std::min(img.width, tw - x0);
    premultiply_row(img.pixels.data() + size_t(y) * img.width * 4, w,
                    reinterpret_cast<uint32_t*>(data + (y0 + y) * stride) + x0);
  }
  cairo_surface_mark_dirty(target);
}
}  // namespace

ImageRgba contact_sheet(const std::vector<ImageRgba>& pictures, const std::vector<std::string>& labels,
                        int cell_width, int columns) {
  const int n = int(pictures.size());
  if (n == 0) return {};
  if (columns <= 0) columns = std::max(1, int(std::ceil(std::sqrt(double(n)))));
  const int rows = (n + columns - 1) / columns;
  std::vector<ImageRgba> cells;
  int cell_height = 0;
  for (const ImageRgba& p : pictures) {
    cells.push_back(p.width > cell_width ? downscale(p, cell_width) : p);
    cell_height = std::max(cell_height, cells.back().height);
  }
  const int W = kMargin + columns * (cell_width + kMargin);
  const int H = kMargin + rows * (cell_height + kLabelHeight + kMargin);
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, W, H);
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 0.96, 0.95, 0.93);
  cairo_paint(cr);
  cairo_surface_flush(surface);
  for (int i = 0; i < n; ++i) {
    const int x = kMargin + (i % columns) * (cell_width + kMargin);
    const int y = kMargin + (i / columns) * (cell_height + kLabelHeight + kMargin);
    blit(surface, cells[i], x, y);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.12);
    cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
    cairo_set_font_size(cr, 18);
    cairo_move_to(cr, x, y + cells[i].height + 21);
    cairo_show_text(cr, i < int(labels.size()) ? labels[i].c_str() : std::to_string(i + 1).c_str());
  }
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  ImageRgba out;
  out.width = W;
  out.height = H;
  out.pixels.resize(size_t(W) * H * 4);
  const unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int y = 0; y < H; ++y) {
    const auto* row = reinterpret_cast<const uint32_t*>(data + y * stride);
    for (int x = 0; x < W; ++x) {
      const uint32_t p = row[x];  // opaque: the background was painted first
      uint8_t* d = &out.pixels[(size_t(y) * W + x) * 4];
      d[0] = uint8_t(p >> 16), d[1] = uint8_t(p >> 8), d[2] = uint8_t(p), d[3] = 255;
    }
  }
  cairo_surface_destroy(surface);
  return out;
}

}  // namespace ekonte::render
