// Pictures read by content with their size checked before decoding (render/image/image_file.hpp).
#include <doctest/doctest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "render/image/image_file.hpp"
#include "render/image/image_limits.hpp"
#include "render/image/jpeg.hpp"
#include "render/image/png.hpp"

using namespace ekonte::render;
namespace fs = std::filesystem;

namespace {

fs::path temp(const std::string& name) { return fs::temp_directory_path() / ("ekonte-test-image-" + name); }

std::string read_all(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}
void write_all(const fs::path& p, const std::string& bytes) { std::ofstream(p, std::ios::binary) << bytes; }

void put32(std::string& s, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) s.push_back(char((v >> shift) & 0xff));
}
void chunk(std::string& png, const char* type, const std::string& data) {
  put32(png, uint32_t(data.size()));
  const std::string typed = std::string(type, 4) + data;
  png += typed;
  put32(png, uint32_t(crc32(0, reinterpret_cast<const Bytef*>(typed.data()), uInt(typed.size()))));
}

// A valid, all-black greyscale PNG of any size: its pixels compress to almost nothing, so
// the file is small while its decoded pixels are width x height x 4 bytes.
std::string black_png(uint32_t width, uint32_t height) {
  std::string png("\x89PNG\r\n\x1a\n", 8), ihdr;
  put32(ihdr, width);
  put32(ihdr, height);
  ihdr += std::string("\x08\x00\x00\x00\x00", 5);  // 8 bits, grey, deflate, no filter, no interlace
  chunk(png, "IHDR", ihdr);
  z_stream z{};
  deflateInit(&z, 9);
  const std::string row(width + 1, '\0');  // filter byte + pixels
  std::string compressed;
  std::vector<unsigned char> buffer(1 << 16);
  for (uint32_t y = 0; y <= height; ++y) {
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(row.data()));
    z.avail_in = y < height ? uInt(row.size()) : 0;
    do {
      z.next_out = buffer.data();
      z.avail_out = uInt(buffer.size());
      deflate(&z, y < height ? Z_NO_FLUSH : Z_FINISH);
      compressed.append(reinterpret_cast<char*>(buffer.data()), buffer.size() - z.avail_out);
    } while (z.avail_out == 0);
  }
  deflateEnd(&z);
  chunk(png, "IDAT", compressed);
  chunk(png, "IEND", "");
  return png;
}

ImageRgba gradient(int w, int h) {
  ImageRgba img;
  img.width = w, img.height = h;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) img.pixels.insert(img.pixels.end(), {uint8_t(x * 4), uint8_t(y * 4), 128, 255});
  return img;
}

}  // namespace

TEST_CASE("a PNG larger than 8192 pixels a side is refused before its pixels are decoded") {
  const fs::path path = temp("huge.png");
  write_all(path, black_png(8200, 8200));  // 67 MP: decoding it would take 270 MB
  ImageRgba out;
  CHECK_FALSE(read_png(path.string(), &out));
  CHECK(out.pixels.empty());
  std::string problem;
  ImageHeader header;
  CHECK_FALSE(read_image(path.string(), &out, &problem, &header));
  CHECK(header.width == 8200);
  CHECK(problem.find("8200x8200") != std::string::npos);
  CHECK(problem.find("8192") != std::string::npos);
  CHECK(out.pixels.empty());
  fs::remove(path);
}

TEST_CASE("a picture within each side but over 40 megapixels is refused") {
  CHECK(image_size_problem(8192, 4096).empty());
  CHECK(image_size_problem(8000, 6000).find("megapixels") != std::string::npos);
  CHECK_FALSE(image_size_problem(8193, 16).empty());
  CHECK_FALSE(image_size_problem(0, 16).empty());
  const fs::path path = temp("wide.png");
  write_all(path, black_png(8000, 6000));
  ImageRgba out;
  std::string problem;
  CHECK_FALSE(read_image(path.string(), &out, &problem));
  CHECK(problem.find("40") != std::string::npos);
  fs::remove(path);
}

TEST_CASE("a JPEG is read by its content whatever its name, and a huge one refused from its header") {
  const ImageRgba img = gradient(32, 24);
  const std::vector<uint8_t> jpeg = encode_jpeg(img, 95);
  std::string bytes(jpeg.begin(), jpeg.end());
  const fs::path path = temp("photo.png");
  write_all(path, bytes);
  ImageRgba out;
  std::string problem;
  ImageHeader header;
  REQUIRE_MESSAGE(read_image(path.string(), &out, &problem, &header), problem);
  CHECK(header.format == ImageFormat::Jpeg);
  CHECK(out.width == 32);
  CHECK(out.height == 24);
  CHECK(std::abs(int(out.pixels[4 * 31]) - 124) < 12);  // red of the last pixel of row 0
  CHECK(out.pixels[3] == 255);

  // The same JPEG claiming 20000x20000 in its start-of-frame.
  const size_t sof = bytes.find("\xff\xc0");
  REQUIRE(sof != std::string::npos);
  bytes[sof + 5] = char(20000 >> 8), bytes[sof + 6] = char(20000 & 0xff);
  bytes[sof + 7] = char(20000 >> 8), bytes[sof + 8] = char(20000 & 0xff);
  write_all(path, bytes);
  CHECK_FALSE(read_image(path.string(), &out, &problem, &header));
  CHECK(header.width == 20000);
  CHECK(problem.find("20000x20000") != std::string::npos);
  fs::remove(path);
}

TEST_CASE("truncated pictures and files that are no picture are refused with what is wrong") {
  const fs::path png = temp("cut.png"), jpg = temp("cut.jpg"), text = temp("text.png");
  REQUIRE(write_png(png.string(), gradient(40, 40)));
  const std::string whole = read_all(png);
  write_all(png, whole.substr(0, whole.size() / 2));
  const std::vector<uint8_t> jpeg = encode_jpeg(gradient(40, 40), 90);
  write_all(jpg, std::string(jpeg.begin(), jpeg.begin() + jpeg.size() / 2));
  write_all(text, "root:x:0:0:root:/root:/bin/bash\n");
  ImageRgba out;
  std::string problem;
  CHECK_FALSE(read_image(png.string(), &out, &problem));
  CHECK(problem.find("cannot be decoded") != std::string::npos);
  CHECK_FALSE(read_image(jpg.string(), &out, &problem));
  CHECK(problem.find("cannot be decoded") != std::string::npos);
  CHECK_FALSE(read_image(text.string(), &out, &problem));
  CHECK(problem == "is not a PNG or JPEG picture");
  CHECK_FALSE(read_image(temp("none.png").string(), &out, &problem));
  CHECK(problem.find("cannot be opened") != std::string::npos);
  for (const auto& p : {png, jpg, text}) fs::remove(p);
}
