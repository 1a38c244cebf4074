// Where the labeller looks on a sheet: the smoothed picture it reads, and the nearest-neighbour
// picture the palette takes its colours from, which keeps a part a few pixels wide in its own
// colour where the smoothed one blends it with its neighbours.
#include <doctest/doctest.h>

#include "render/neural/reference_frame.hpp"

using namespace ekonte;
using namespace ekonte::neural;

namespace {

// A white 16 x 16 picture with one 2 x 2 purple square (an iris on a small sheet) at (7, 7).
render::ImageRgba picture_with_dot(Rgb dot) {
  render::ImageRgba img{16, 16, std::vector<uint8_t>(16 * 16 * 4, 255)};
  for (int y = 7; y < 9; ++y)
    for (int x = 7; x < 9; ++x) {
      uint8_t* p = &img.pixels[(size_t(y) * 16 + x) * 4];
      p[0] = dot.r, p[1] = dot.g, p[2] = dot.b;
    }
  return img;
}

int pixels_of(const render::ImageRgba& img, Rgb c) {
  int n = 0;
  for (size_t i = 0; i < img.pixels.size(); i += 4)
    n += img.pixels[i] == c.r && img.pixels[i + 1] == c.g && img.pixels[i + 2] == c.b;
  return n;
}

}  // namespace

TEST_CASE("a face crop read nearest-neighbour keeps a small part's exact colour; the smoothed read blends it") {
  const Rgb purple{120, 40, 170};
  const auto sheet = picture_with_dot(purple);
  // A crop of the middle 8 x 8 source pixels enlarged to 32 x 32, as a face crop of a small sheet.
  const Frame f = square_frame(render::Box{4, 4, 8, 8}, 1.0, 32);
  const auto nearest = sample_nearest_rgb(sheet, f, Rgb{255, 255, 255});
  const auto smooth = resample_rgb(sheet, f, Rgb{255, 255, 255});
  REQUIRE(nearest.width == 32);
  // Each source pixel covers 4 x 4 output pixels: the dot's 4 source pixels give 64 pure ones.
  CHECK(pixels_of(nearest, purple) == 64);
  CHECK(pixels_of(smooth, purple) < pixels_of(nearest, purple));
  // Every nearest-neighbour pixel is one of the source's two colours: no blends.
  CHECK(pixels_of(nearest, purple) + pixels_of(nearest, Rgb{255, 255, 255}) == 32 * 32);
}

TEST_CASE("outside the sheet the nearest-neighbour read is the paper") {
  const auto sheet = picture_with_dot(Rgb{0, 0, 0});
  const Frame f = square_frame(render::Box{-20, -20, 8, 8}, 1.0, 8);
  const auto out = sample_nearest_rgb(sheet, f, Rgb{230, 220, 200});
  CHECK(pixels_of(out, Rgb{230, 220, 200}) == 64);
}
