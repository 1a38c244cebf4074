#include "render/image/image_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <sys/stat.h>

#include "render/image/image_limits.hpp"
#include "render/image/jpeg.hpp"
#include "render/image/png.hpp"

namespace ekonte::render {
namespace {

uint32_t big_endian32(const unsigned char* p) {
  return (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3];
}

const unsigned char kPngSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

// JPEG start-of-frame markers (baseline, progressive, lossless, arithmetic): C0..CF less the
// table markers C4 (DHT), C8 (JPG) and CC (DAC).
bool is_start_of_frame(unsigned char m) { return m >= 0xc0 && m <= 0xcf && m != 0xc4 && m != 0xc8 && m != 0xcc; }

// Walks the JPEG markers of `bytes` (from just past SOI) to the first start-of-frame.
ImageHeader jpeg_header(std::string_view bytes) {
  ImageHeader h;
  size_t at = 2;
  while (at + 4 <= bytes.size()) {
    if (static_cast<unsigned char>(bytes[at]) != 0xff) return h;
    const unsigned char m = static_cast<unsigned char>(bytes[at + 1]);
    if (m == 0xff) {  // fill byte
      ++at;
      continue;
    }
    if (m == 0x01 || (m >= 0xd0 && m <= 0xd7)) {  // markers without a length
      at += 2;
      continue;
    }
    if (m == 0xd9 || m == 0xda) return h;  // end of image or scan data before any frame
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data()) + at + 2;
    const size_t length = (size_t(p[0]) << 8) | p[1];
    if (length < 2) return h;
    if (is_start_of_frame(m)) {
      if (at + 2 + 8 > bytes.size() || length < 8) return h;
      h.format = ImageFormat::Jpeg;
      h.height = (int64_t(p[3]) << 8) | p[4];
      h.width = (int64_t(p[5]) << 8) | p[6];
      h.grey = p[7] == 1;
      return h;
    }
    at += 2 + length;
  }
  return h;
}

// Enough of a file for any header: a JPEG's start-of-frame follows its metadata segments
// (EXIF, ICC profiles), each at most 64 KiB; a few of them fit.
constexpr size_t kHeaderBytes = size_t{1} << 20;

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

const char* image_format_name(ImageFormat format) {
  switch (format) {
    case ImageFormat::Png: return "PNG";
    case ImageFormat::Jpeg: return "JPEG";
    case ImageFormat::Unknown: break;
  }
  return "unknown";
}

ImageHeader read_image_header(std::string_view bytes) {
  ImageHeader h;
  const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
  if (bytes.size() >= 26 && std::memcmp(b, kPngSignature, 8) == 0 && std::memcmp(b + 12, "IHDR", 4) == 0) {
    h.format = ImageFormat::Png;
    h.width = big_endian32(b + 16);
    h.height = big_endian32(b + 20);
    h.grey = b[25] == 0 || b[25] == 4;  // colour types: grey, grey with alpha
    return h;
  }
  if (bytes.size() >= 4 && b[0] == 0xff && b[1] == 0xd8 && b[2] == 0xff) return jpeg_header(bytes);
  return h;
}

bool read_image_file_header(const std::string& path, ImageHeader* out, std::string* problem) {
  std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
  if (!f) {
    *problem = std::string("cannot be opened: ") + std::strerror(errno);
    return false;
  }
  struct stat st {};
  if (fstat(fileno(f.get()), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > kMaxImageFileBytes) {
    *problem = "is " + std::to_string(st.st_size >> 20) + " MiB, larger than the " +
               std::to_string(kMaxImageFileBytes >> 20) + " MiB Ekonte reads";
    return false;
  }
  std::string head(kHeaderBytes, '\0');
  head.resize(std::fread(head.data(), 1, head.size(), f.get()));
  *out = read_image_header(head);
  if (out->format == ImageFormat::Unknown) {
    *problem = head.empty() ? "is empty, not a PNG or JPEG picture" : "is not a PNG or JPEG picture";
    return false;
  }
  return true;
}

bool read_image(const std::string& path, ImageRgba* out, std::string* problem, ImageHeader* header) {
  ImageHeader h;
  if (!read_image_file_header(path, &h, problem)) return false;
  if (header) *header = h;
  if (std::string size = image_size_problem(h.width, h.height); !size.empty()) {
    *problem = "is " + size;
    return false;
  }
  if (h.format == ImageFormat::Png) {
    if (read_png(path, out)) return true;
    *problem = "cannot be decoded as a PNG picture; is it truncated or damaged?";
    return false;
  }
  std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
  if (!f) {
    *problem = std::string("cannot be opened: ") + std::strerror(errno);
    return false;
  }
  if (decode_jpeg(f.get(), out, problem, image_size_problem)) return true;
  return false;
}

}  // namespace ekonte::render
