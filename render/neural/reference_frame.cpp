#include "render/neural/reference_frame.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace ekonte::neural {
namespace {

// A pixel differs from the paper when a channel differs by more than this (of 255).
constexpr int kPaperTolerance = 15;
// Margin around the drawing, as a share of its height: keeps the outline whole.
constexpr double kDrawingMargin = 0.04;

}  // namespace

Rgb paper_colour(const render::ImageRgba& image) {
  if (image.pixels.size() < 4) return Rgb{255, 255, 255};
  const uint8_t* p = image.pixels.data();
  auto over_white = [&](int c) { return uint8_t((p[c] * p[3] + 255 * (255 - p[3])) / 255); };
  return Rgb{over_white(0), over_white(1), over_white(2)};
}

Frame drawing_frame(const render::ImageRgba& image, int width, int height) {
  const Rgb paper = paper_colour(image);
  int x0 = image.width, y0 = image.height, x1 = -1, y1 = -1;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      const uint8_t* p = &image.pixels[(size_t(y) * image.width + x) * 4];
      if (p[3] < 128) continue;
      if (std::abs(p[0] - paper.r) <= kPaperTolerance && std::abs(p[1] - paper.g) <= kPaperTolerance &&
          std::abs(p[2] - paper.b) <= kPaperTolerance)
        continue;
      x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
    }
  if (x1 < 0) x0 = 0, y0 = 0, x1 = image.width - 1, y1 = image.height - 1;  // a blank sheet: all of it
  const double m = kDrawingMargin * (y1 - y0 + 1);
  const double bx0 = x0 - m, by0 = y0 - m, bw = x1 - x0 + 1 + 2 * m, bh = y1 - y0 + 1 + 2 * m;
  Frame f;
  f.width = width, f.height = height;
  f.scale = std::max(bw / width, bh / height);
  f.x0 = bx0 + bw / 2 - f.scale * width / 2;
  f.y0 = by0 + bh / 2 - f.scale * height / 2;
  return f;
}

Frame square_frame(const render::Box& box, double grow, int side) {
  const double s = std::max(1.0, std::max(box.w, box.h) * grow);
  Frame f;
  f.width = f.height = side;
  f.scale = s / side;
  f.x0 = box.x + box.w / 2 - s / 2;
  f.y0 = box.y + box.h / 2 - s / 2;
  return f;
}

render::ImageRgba resample_rgb(const render::ImageRgba& image, const Frame& f, Rgb paper) {
  render::ImageRgba out{f.width, f.height, std::vector<uint8_t>(size_t(f.width) * f.height * 4, 255)};
  // Samples per output pixel along each axis: enough that every source pixel is seen when shrinking.
  const int n = std::clamp(static_cast<int>(std::ceil(f.scale)), 1, 8);
  const double paper_rgb[3] = {double(paper.r), double(paper.g), double(paper.b)};
  auto texel = [&](int x, int y, double* rgb) {
    if (x < 0 || y < 0 || x >= image.width || y >= image.height) {
      for (int c = 0; c < 3; ++c) rgb[c] = paper_rgb[c];
      return;
    }
    const uint8_t* p = &image.pixels[(size_t(y) * image.width + x) * 4];
    const double a = p[3] / 255.0;
    for (int c = 0; c < 3; ++c) rgb[c] = p[c] * a + paper_rgb[c] * (1 - a);
  };
  for (int oy = 0; oy < f.height; ++oy)
    for (int ox = 0; ox < f.width; ++ox) {
      double sum[3] = {0, 0, 0};
      const int sx_out = f.mirror ? f.width - 1 - ox : ox;
      for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
          // Bilinear sample at the centre of sub-cell (i, j) of the output pixel.
          const double sx = f.x0 + (sx_out + (i + 0.5) / n) * f.scale - 0.5;
          const double sy = f.y0 + (oy + (j + 0.5) / n) * f.scale - 0.5;
          const int ix = static_cast<int>(std::floor(sx)), iy = static_cast<int>(std::floor(sy));
          const double tx = sx - ix, ty = sy - iy;
          double a[3], b[3], c[3], d[3];
          texel(ix, iy, a), texel(ix + 1, iy, b), texel(ix, iy + 1, c), texel(ix + 1, iy + 1, d);
          for (int k = 0; k < 3; ++k)
            sum[k] += (a[k] * (1 - tx) + b[k] * tx) * (1 - ty) + (c[k] * (1 - tx) + d[k] * tx) * ty;
        }
      uint8_t* o = &out.pixels[(size_t(oy) * f.width + ox) * 4];
      for (int k = 0; k < 3; ++k) o[k] = static_cast<uint8_t>(std::clamp(std::lround(sum[k] / (n * n)), 0L, 255L));
    }
  return out;
}

render::ImageRgba sample_nearest_rgb(const render::ImageRgba& image, const Frame& f, Rgb paper) {
  render::ImageRgba out{f.width, f.height, std::vector<uint8_t>(size_t(f.width) * f.height * 4, 255)};
  const uint8_t paper_rgb[3] = {paper.r, paper.g, paper.b};
  for (int oy = 0; oy < f.height; ++oy)
    for (int ox = 0; ox < f.width; ++ox) {
      const int sx = static_cast<int>(std::floor(f.source_x(ox))), sy = static_cast<int>(std::floor(f.source_y(oy)));
      uint8_t* o = &out.pixels[(size_t(oy) * f.width + ox) * 4];
      if (sx < 0 || sy < 0 || sx >= image.width || sy >= image.height) {
        for (int k = 0; k < 3; ++k) o[k] = paper_rgb[k];
        continue;
      }
      const uint8_t* p = &image.pixels[(size_t(sy) * image.width + sx) * 4];
      for (int k = 0; k < 3; ++k) o[k] = static_cast<uint8_t>((p[k] * p[3] + paper_rgb[k] * (255 - p[3]) + 127) / 255);
    }
  return out;
}

render::ImageGray resample_labels(const render::ImageGray& labels, const Frame& f) {
  render::ImageGray out{f.width, f.height, std::vector<uint8_t>(size_t(f.width) * f.height, 0)};
  for (int oy = 0; oy < f.height; ++oy)
    for (int ox = 0; ox < f.width; ++ox) {
      const int sx = static_cast<int>(std::floor(f.source_x(ox))), sy = static_cast<int>(std::floor(f.source_y(oy)));
      if (sx < 0 || sy < 0 || sx >= labels.width || sy >= labels.height) continue;
      out.pixels[size_t(oy) * f.width + ox] = labels.pixels[size_t(sy) * labels.width + sx];
    }
  return out;
}

}  // namespace ekonte::neural
