#pragma once
// Rendered shots -> the layout's page pictures (layout::ShotPicture: downscaled, JPEG-encoded,
// landmarks rescaled). A picture prepared by an earlier build is kept beside its render cache
// entry (an "extra" under the same key) and read back instead of being made again; a damaged
// one is reported (W0606) and made again.
#include <string>
#include <string_view>
#include <vector>

#include "layout/shot_pictures.hpp"
#include "render/cache/render_cache.hpp"

namespace ekonte::pipeline {

// The cache extra's kind for pictures prepared at `max_width` and `jpeg_quality`.
std::string prepared_picture_kind(int max_width = layout::kPictureMaxWidth, int jpeg_quality = layout::kJpegQuality);

// A prepared picture as cached: source width (u32) | source height (u32) | width (u32) |
// height (u32) | JPEG byte count (u64) | JPEG | RGBA byte count (u64) | RGBA. The RGBA pixels
// are left out (count 0) when every pixel is opaque: PDFs embed the JPEG alone, and reading
// back a tenth of the bytes is most of what makes a rebuild fast. Landmarks are not stored:
// they come with the render and are rescaled from the source size.
struct PreparedPicture {
  int source_width = 0, source_height = 0;
  std::shared_ptr<layout::ImageData> image;
};
std::string encode_prepared_picture(const PreparedPicture& picture);
// False when the bytes are not a prepared picture.
bool decode_prepared_picture(std::string_view bytes, PreparedPicture* out);

// The cached prepared picture of `key`: true on a hit; false when there is none or it is
// damaged (`problem` then says how).
bool load_prepared_picture(const render::cache::RenderCache& cache, const std::string& key,
                           PreparedPicture* out, std::string* problem);
// Makes the page picture of `picture` and keeps it in `cache` under `key` (when not empty);
// `*stored` (when given) says whether it was kept there.
layout::ShotPicture prepare_picture(const render::cache::RenderCache* cache, const std::string& key,
                                    const std::string& shot_id, const render::ImageRgba& picture,
                                    const render::ShotLandmarks& landmarks, bool* stored = nullptr);

// The page picture of shot `shot_id` kept in `cache` under `key`, as a picture layout reads
// when a page shows it (layout::lazy_shot_picture): only its size and landmarks are in memory.
// `width` x `height` is the prepared picture's size, `source_width` x `source_height` the
// render's. When the picture cannot be read back then (removed or damaged since), the panel
// stays blank and the shot id is added to `*unreadable`, which must outlive the layout.
layout::ShotPicture cached_shot_picture(const render::cache::RenderCache& cache, const std::string& key,
                                        const std::string& shot_id, int width, int height, int source_width,
                                        int source_height, const render::ShotLandmarks& landmarks,
                                        std::vector<std::string>* unreadable);

}  // namespace ekonte::pipeline
