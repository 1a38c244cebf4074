#include "render/image/jpeg.hpp"

// jpeglib.h needs size_t and FILE declared before it.
#include <cstdio>
#include <cstdlib>

#include <jpeglib.h>

#include <csetjmp>

namespace ekonte::render {

std::vector<uint8_t> encode_jpeg(const ImageRgba& image, int quality) {
  jpeg_compress_struct cinfo;
  jpeg_error_mgr jerr;
  cinfo.err = jpeg_std_error(&jerr);
  jpeg_create_compress(&cinfo);
  unsigned char* buffer = nullptr;
  unsigned long size = 0;
  jpeg_mem_dest(&cinfo, &buffer, &size);
  cinfo.image_width = image.width;
  cinfo.image_height = image.height;
  cinfo.input_components = 3;
  cinfo.in_color_space = JCS_RGB;
  jpeg_set_defaults(&cinfo);
  jpeg_set_quality(&cinfo, quality, TRUE);
  jpeg_start_compress(&cinfo, TRUE);
  std::vector<uint8_t> row(static_cast<size_t>(image.width) * 3);
  while (cinfo.next_scanline < cinfo.image_height) {
    const uint8_t* src = image.pixels.data() + static_cast<size_t>(cinfo.next_scanline) * image.width * 4;
    for (int x = 0; x < image.width; ++x) {
      const uint32_t a = src[4 * x + 3];
      for (int c = 0; c < 3; ++c) row[3 * x + c] = static_cast<uint8_t>((src[4 * x + c] * a + 255 * (255 - a)) / 255);
    }
    JSAMPROW rows[1] = {row.data()};
    jpeg_write_scanlines(&cinfo, rows, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  std::vector<uint8_t> out(buffer, buffer + size);
  free(buffer);
  return out;
}

namespace {

// libjpeg reports errors by calling error_exit, which must not return: jump back to the
// decoder with the message (C++ exceptions must not cross libjpeg's C frames).
struct JpegErrors {
  jpeg_error_mgr mgr;
  std::jmp_buf back;
  char message[JMSG_LENGTH_MAX];
};

void jpeg_error_exit(j_common_ptr cinfo) {
  auto* errors = reinterpret_cast<JpegErrors*>(cinfo->err);
  (*cinfo->err->format_message)(cinfo, errors->message);
  std::longjmp(errors->back, 1);
}

// A truncated file makes libjpeg warn and pad with grey; Ekonte refuses it instead.
void jpeg_emit_message(j_common_ptr cinfo, int level) {
  if (level < 0) jpeg_error_exit(cinfo);
}

}  // namespace

bool decode_jpeg(std::FILE* file, ImageRgba* out, std::string* problem,
                 std::string (*accept)(int64_t width, int64_t height)) {
  jpeg_decompress_struct cinfo;
  JpegErrors errors;
  cinfo.err = jpeg_std_error(&errors.mgr);
  errors.mgr.error_exit = jpeg_error_exit;
  errors.mgr.emit_message = jpeg_emit_message;
  // Everything setjmp must see again after a longjmp lives outside this frame's registers.
  ImageRgba* volatile image = out;
  std::vector<uint8_t>* volatile row_buffer = new std::vector<uint8_t>;
  if (setjmp(errors.back)) {
    jpeg_destroy_decompress(&cinfo);
    delete row_buffer;
    image->pixels.clear();
    *problem = std::string("cannot be decoded: ") + errors.message;
    return false;
  }
  jpeg_create_decompress(&cinfo);
  jpeg_stdio_src(&cinfo, file);
  jpeg_read_header(&cinfo, TRUE);
  if (accept) {
    if (std::string refused = accept(cinfo.image_width, cinfo.image_height); !refused.empty()) {
      jpeg_destroy_decompress(&cinfo);
      delete row_buffer;
      *problem = refused;
      return false;
    }
  }
  cinfo.out_color_space = JCS_RGB;
  jpeg_start_decompress(&cinfo);
  image->width = int(cinfo.output_width);
  image->height = int(cinfo.output_height);
  image->pixels.assign(size_t(image->width) * image->height * 4, 255);
  row_buffer->resize(size_t(image->width) * 3);
  while (cinfo.output_scanline < cinfo.output_height) {
    uint8_t* dst = image->pixels.data() + size_t(cinfo.output_scanline) * image->width * 4;
    JSAMPROW rows[1] = {row_buffer->data()};
    jpeg_read_scanlines(&cinfo, rows, 1);
    for (int x = 0; x < image->width; ++x)
      for (int c = 0; c < 3; ++c) dst[4 * x + c] = (*row_buffer)[3 * x + c];
  }
  jpeg_finish_decompress(&cinfo);
  jpeg_destroy_decompress(&cinfo);
  delete row_buffer;
  return true;
}

}  // namespace ekonte::render
