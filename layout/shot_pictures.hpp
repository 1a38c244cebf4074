#pragma once
// The layout's input pictures, as plain values: per shot a page-sized picture (JPEG bytes for
// PDFs, and RGBA pixels unless it came prepared from a cache) and its landmarks in that
// picture's pixels. The pipeline makes them (pipeline/prepare_pictures.hpp); layout only reads.
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

#include "layout/display_list.hpp"
#include "render/image/image.hpp"
#include "render/shot_render.hpp"

namespace ekonte::layout {

struct ShotPicture {
  std::shared_ptr<const ImageData> image;
  render::ShotLandmarks landmarks;  // rescaled to `image`'s pixels
};
using ShotPictures = std::unordered_map<std::string, ShotPicture>;  // by shot id

// Pixels a picture keeps at most across its width: a full-width manga panel at about 200 dpi.
inline constexpr int kPictureMaxWidth = 960;
inline constexpr int kJpegQuality = 82;

// The page picture of a rendered shot: downscaled to at most `max_width`, JPEG-encoded once
// for every PDF, landmarks rescaled (they may have been measured on a differently sized picture).
ShotPicture make_shot_picture(const std::string& shot_id, const render::ImageRgba& picture,
                              const render::ShotLandmarks& landmarks, int max_width = kPictureMaxWidth,
                              int jpeg_quality = kJpegQuality);
// A picture prepared earlier (`image`, made from a `source_width` x `source_height` render)
// with the render's landmarks.
ShotPicture shot_picture_from(const std::string& shot_id, std::shared_ptr<ImageData> image, int source_width,
                              int source_height, const render::ShotLandmarks& landmarks);

// A picture whose bytes `load` reads when a page shows it (see ImageData::load): `width` x
// `height` pixels, prepared from a `source_width` x `source_height` render, with the render's
// landmarks. Layout holds only this small value per shot.
ShotPicture lazy_shot_picture(const std::string& shot_id, int width, int height, int source_width, int source_height,
                              const render::ShotLandmarks& landmarks,
                              std::function<std::shared_ptr<const ImageData>()> load);

// The crop window (image pixels) with the aspect `aspect` (w/h) that fills a panel: as large
// as the picture allows, centred on the subject and moved (or widened) so that no face in
// frame is cut off.
Rect crop_window(const ShotPicture& picture, double aspect);

}  // namespace ekonte::layout
