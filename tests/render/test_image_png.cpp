#include <doctest/doctest.h>

#include <filesystem>

#include "render/image/png.hpp"

using namespace ekonte::render;

TEST_CASE("PNG round trip keeps pixels") {
  ImageRgba img;
  img.width = 7, img.height = 3;
  for (int i = 0; i < 21; ++i) {
    const uint8_t v = uint8_t(i * 12);
    img.pixels.insert(img.pixels.end(), {v, uint8_t(255 - v), uint8_t(v / 2), 255});
  }
  const std::string path = (std::filesystem::temp_directory_path() / "ekonte_test_png_io.png").string();
  REQUIRE(write_png(path, img));
  ImageRgba back;
  REQUIRE(read_png(path, &back));
  CHECK(back.width == 7);
  CHECK(back.pixels == img.pixels);
  ImageGray g;
  g.width = 3, g.height = 1, g.pixels = {0, 7, 255};
  REQUIRE(write_png(path, g));
  ImageGray gb;
  REQUIRE(read_png_gray(path, &gb));
  CHECK(gb.pixels == g.pixels);
  std::filesystem::remove(path);
}
