// Pictures whose bytes are read when a page shows them (ImageData::load): the PDF backend
// loads them for the page being drawn and lets them go once that page is written, so a
// document of any length holds one page's pictures at a time; a picture that cannot be read
// leaves its panel blank. The pipeline gives such pictures from the render cache
// (pipeline::cached_shot_picture) or its spool (pipeline/picture_spool.hpp).
#include <doctest/doctest.h>

#include <cairo.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "layout/backend/cairo_backend.hpp"
#include "layout/shot_pictures.hpp"
#include "pipeline/picture_spool.hpp"
#include "pipeline/prepare_pictures.hpp"
#include "render/image/jpeg.hpp"

using namespace ekonte;
using namespace ekonte::layout;
namespace fs = std::filesystem;

namespace {

render::ImageRgba gradient(int w, int h, uint8_t tint) {
  render::ImageRgba img;
  img.width = w, img.height = h;
  img.pixels.assign(size_t(w) * h * 4, 255);
  for (size_t p = 0; p < img.pixels.size(); p += 4) {
    img.pixels[p] = uint8_t(p / 4 % w);
    img.pixels[p + 1] = tint;
  }
  return img;
}

// Counts the loaded pictures alive at once.
struct Loads {
  int calls = 0, alive = 0, most_alive = 0;
};

std::shared_ptr<const ImageData> lazy_image(Loads& loads, int index) {
  auto image = std::make_shared<ImageData>();
  image->key = "picture-" + std::to_string(index);
  image->width = 64, image->height = 36;
  image->load = [&loads, index]() -> std::shared_ptr<const ImageData> {
    ++loads.calls;
    loads.most_alive = std::max(loads.most_alive, ++loads.alive);
    auto* bytes = new ImageData;
    bytes->width = 64, bytes->height = 36;
    bytes->jpeg = render::encode_jpeg(gradient(64, 36, uint8_t(index * 20)), 80);
    return std::shared_ptr<const ImageData>(bytes, [&loads](const ImageData* p) {
      --loads.alive;
      delete p;
    });
  };
  return image;
}

Document pages_with_pictures(const std::vector<std::shared_ptr<const ImageData>>& images, int per_page) {
  Document doc;
  for (size_t i = 0; i < images.size(); ++i) {
    if (i % per_page == 0) doc.pages.push_back(Page{200, 200, {}});
    doc.pages.back().items.push_back(Image{images[i], {0, 0, 64, 36}, {10, 10 + 40.0 * (i % per_page), 64, 36}});
  }
  return doc;
}

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

fs::path scratch(const std::string& name) {
  const fs::path dir = fs::path(EKONTE_BINARY_DIR) / "tests" / "layout" / "lazy";
  fs::create_directories(dir);
  return dir / name;
}

}  // namespace

TEST_CASE("a PDF holds only the pictures of the page being written") {
  Loads loads;
  std::vector<std::shared_ptr<const ImageData>> images;
  for (int i = 0; i < 12; ++i) images.push_back(lazy_image(loads, i));
  std::string error;
  REQUIRE(write_pdf(pages_with_pictures(images, 3), scratch("lazy.pdf").string(), &error));
  CHECK(loads.calls == 12);
  CHECK(loads.most_alive <= 3);  // one page's pictures; 12 if they were kept to the end
  CHECK(loads.alive == 0);
  // Every picture is embedded once, as its JPEG.
  const std::string pdf = slurp(scratch("lazy.pdf"));
  size_t jpegs = 0;
  for (size_t at = pdf.find("/DCTDecode"); at != std::string::npos; at = pdf.find("/DCTDecode", at + 1)) ++jpegs;
  CHECK(jpegs == 12);
}

TEST_CASE("a picture shown twice on one page is loaded once for that page") {
  Loads loads;
  const auto image = lazy_image(loads, 0);
  REQUIRE(write_pdf(pages_with_pictures({image, image, image}, 3), scratch("twice.pdf").string()));
  CHECK(loads.calls == 1);
}

TEST_CASE("a picture that cannot be read back leaves its panel blank, and the PDF is written") {
  auto image = std::make_shared<ImageData>();
  image->key = "gone";
  image->width = 64, image->height = 36;
  image->load = [] { return std::shared_ptr<const ImageData>(); };
  std::string error;
  CHECK(write_pdf(pages_with_pictures({image}, 1), scratch("gone.pdf").string(), &error));
  CHECK(slurp(scratch("gone.pdf")).find("/DCTDecode") == std::string::npos);
}

TEST_CASE("a spooled picture keeps no bytes in memory and reads back the same JPEG") {
  pipeline::PictureSpool spool(scratch("").string());
  REQUIRE(spool.error().empty());
  render::ShotLandmarks landmarks;
  landmarks.width = 128, landmarks.height = 72;
  landmarks.subject = {32, 18, 64, 36};
  const ShotPicture made = make_shot_picture("7", gradient(128, 72, 90), landmarks, 64);
  const ShotPicture parked = spool.park("7", made, 128, 72);
  REQUIRE(parked.image);
  CHECK(parked.image->jpeg.empty());
  CHECK(parked.image->rgba.empty());
  CHECK(parked.image->key == made.image->key);
  CHECK(parked.image->width == made.image->width);
  CHECK(parked.landmarks.subject.x == doctest::Approx(made.landmarks.subject.x));
  REQUIRE(parked.image->load);
  const auto back = parked.image->load();
  REQUIRE(back);
  CHECK(back->jpeg == made.image->jpeg);
  // The spool file is unlinked as soon as it is made: nothing is left in the folder.
  for (const auto& entry : fs::directory_iterator(scratch("")))
    CHECK(entry.path().filename().string().rfind(".pictures-", 0) != 0);
}

TEST_CASE("a PNG preview of a picture that came as a JPEG alone shows the decoded picture") {
  // Pictures read back from the cache or a spool are opaque JPEGs without pixels; the preview
  // used to read their empty pixel buffer.
  auto image = std::make_shared<ImageData>();
  image->key = "jpeg-only";
  image->width = 64, image->height = 36;
  render::ImageRgba red = gradient(64, 36, 0);
  for (size_t p = 0; p < red.pixels.size(); p += 4) red.pixels[p] = 220;
  image->jpeg = render::encode_jpeg(red, 90);
  Page page{100, 100, {}};
  page.items.push_back(Image{image, {0, 0, 64, 36}, {0, 0, 100, 100}});
  const std::string png = scratch("preview.png").string();
  REQUIRE(write_page_png(page, png, 72));
  cairo_surface_t* s = cairo_image_surface_create_from_png(png.c_str());
  REQUIRE(cairo_surface_status(s) == CAIRO_STATUS_SUCCESS);
  const uint32_t pixel = *reinterpret_cast<const uint32_t*>(cairo_image_surface_get_data(s) +
                                                            50 * cairo_image_surface_get_stride(s) + 50 * 4);
  cairo_surface_destroy(s);
  CHECK(((pixel >> 16) & 0xff) > 180);  // red, as drawn; not black or paper white
  CHECK(((pixel >> 8) & 0xff) < 60);
}

TEST_CASE("a build's page picture reads back from the render cache; one gone since is named") {
  const fs::path dir = scratch("cache");
  fs::remove_all(dir);
  const render::cache::RenderCache cache(dir.string());
  const std::string key = "0123456789abcdef0123456789abcdef";
  render::ShotLandmarks landmarks;
  landmarks.width = 128, landmarks.height = 72;
  bool stored = false;
  const ShotPicture made = pipeline::prepare_picture(&cache, key, "3", gradient(128, 72, 40), landmarks, &stored);
  REQUIRE(stored);
  std::vector<std::string> unreadable;
  const ShotPicture lazy = pipeline::cached_shot_picture(cache, key, "3", made.image->width, made.image->height, 128,
                                                         72, landmarks, &unreadable);
  CHECK(lazy.image->jpeg.empty());
  CHECK(lazy.image->key == made.image->key);
  const auto back = lazy.image->load();
  REQUIRE(back);
  CHECK(back->jpeg == made.image->jpeg);
  CHECK(unreadable.empty());
  fs::remove(cache.extra_path(key, pipeline::prepared_picture_kind()));
  CHECK_FALSE(lazy.image->load());
  CHECK(unreadable == std::vector<std::string>{"3"});
}
