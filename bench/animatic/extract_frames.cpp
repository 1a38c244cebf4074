// Writes frames of a video as PNGs, for looking at an animatic frame by frame without ffmpeg.
// usage: extract_frames VIDEO OUTDIR FRAME...   (frame indices, 0-based)
// Also writes OUTDIR/sheet.png: the frames 480 pixels wide, three to a row, in the order given.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "animatic/read_video.hpp"
#include "render/image/downscale.hpp"
#include "render/image/png.hpp"

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: extract_frames VIDEO OUTDIR FRAME...\n");
    return 2;
  }
  std::vector<int64_t> frames;
  for (int i = 3; i < argc; ++i) frames.push_back(std::atoll(argv[i]));
  std::vector<ekonte::render::ImageRgba> images;
  std::string error;
  if (!ekonte::animatic::decode_frames(argv[1], frames, &images, &error)) {
    std::fprintf(stderr, "extract_frames: %s\n", error.c_str());
    return 1;
  }
  std::filesystem::create_directories(argv[2]);
  for (size_t i = 0; i < frames.size(); ++i) {
    const std::string path = std::string(argv[2]) + "/frame" + std::to_string(frames[i]) + ".png";
    if (!ekonte::render::write_png(path, images[i])) std::fprintf(stderr, "extract_frames: cannot write %s\n", path.c_str());
  }
  // The sheet: thumbnails three to a row on white.
  constexpr int kThumb = 480, kColumns = 3, kGap = 6;
  std::vector<ekonte::render::ImageRgba> thumbs;
  for (const auto& img : images) thumbs.push_back(ekonte::render::downscale(img, kThumb));
  const int th = thumbs.front().height, rows = int((thumbs.size() + kColumns - 1) / kColumns);
  ekonte::render::ImageRgba sheet{kColumns * (kThumb + kGap), rows * (th + kGap), {}};
  sheet.pixels.assign(size_t(sheet.width) * sheet.height * 4, 255);
  for (size_t i = 0; i < thumbs.size(); ++i) {
    const int ox = int(i % kColumns) * (kThumb + kGap), oy = int(i / kColumns) * (th + kGap);
    for (int y = 0; y < thumbs[i].height && oy + y < sheet.height; ++y)
      for (int x = 0; x < thumbs[i].width; ++x)
        for (int c = 0; c < 4; ++c)
          sheet.pixels[4 * (size_t(oy + y) * sheet.width + ox + x) + c] = thumbs[i].pixels[4 * (size_t(y) * thumbs[i].width + x) + c];
  }
  ekonte::render::write_png(std::string(argv[2]) + "/sheet.png", sheet);
  return 0;
}
