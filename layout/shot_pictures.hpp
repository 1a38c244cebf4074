#pragma once
// The layout's input pictures: per shot the rendered image (a PNG file or pixels) and its
// landmarks, downscaled once to what a page needs and JPEG-encoded once for every PDF. With a
// PictureCache, a picture prepared by an earlier build (same key, same size and quality) is
// read back instead of being decoded, downscaled and encoded again.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "layout/display_list.hpp"
#include "render/shot_render.hpp"

namespace ekonte::layout {

// One rendered shot as the layout receives it: `image_path` names a PNG; when it is empty,
// `image` holds the pixels, and when that is empty too, `load_image` reads them on demand
// (returning nothing, with `problem` set, when it cannot). Landmarks are in the image's pixels.
struct LaidOutShotInput {
  std::string shot_id;
  std::string image_path;
  render::ImageRgba image;
  render::ShotLandmarks landmarks;
  std::function<std::optional<render::ImageRgba>(std::string* problem)> load_image;
  std::string cache_key;  // names the picture in a PictureCache (e.g. its render key); empty: never cached
};

// Where prepared pictures are kept between builds (e.g. beside the render cache's entries).
// `kind` names the preparation (size, quality, format version); the bytes are opaque.
// Both functions may be called from several threads at once. An opaque picture read back
// from the cache has its JPEG and no RGBA pixels (ImageData::rgba empty): it is for PDFs only.
struct PictureCache {
  // False when there is no such picture (`problem` left empty) or it is damaged (`problem` says how).
  std::function<bool(const std::string& key, const std::string& kind, std::string* bytes, std::string* problem)> load;
  std::function<void(const std::string& key, const std::string& kind, const std::string& bytes)> store;
  // Filled by prepare_pictures.
  size_t reused = 0, prepared = 0;
  std::vector<std::string> warnings;  // damaged cached pictures (prepared again)
};

struct ShotPicture {
  std::shared_ptr<const ImageData> image;
  render::ShotLandmarks landmarks;  // rescaled to `image`'s pixels
};
using ShotPictures = std::unordered_map<std::string, ShotPicture>;  // by shot id

// Pixels a picture keeps at most across its width: a full-width manga panel at about 200 dpi.
inline constexpr int kPictureMaxWidth = 960;
inline constexpr int kJpegQuality = 82;

// `jobs` threads prepare pictures side by side; `cache` may be null.
ShotPictures prepare_pictures(const std::vector<LaidOutShotInput>& inputs, DiagnosticSink& sink,
                              int max_width = kPictureMaxWidth, int jpeg_quality = kJpegQuality,
                              PictureCache* cache = nullptr, int jobs = 1);

// The PictureCache kind for pictures prepared at `max_width` and `jpeg_quality`.
std::string prepared_picture_kind(int max_width, int jpeg_quality);

// Reads `DIR/<id>.png` and `DIR/<id>.landmarks.json` for every shot (E0603 when missing).
std::vector<LaidOutShotInput> load_shot_inputs(const ShotGraph& graph, const std::string& dir, DiagnosticSink& sink);

render::ShotLandmarks landmarks_from_json(const nlohmann::json& j);
nlohmann::json landmarks_to_json(const render::ShotLandmarks& landmarks);

std::vector<uint8_t> encode_jpeg(const render::ImageRgba& image, int quality);

// The crop window (image pixels) with the aspect `aspect` (w/h) that fills a panel: as large
// as the picture allows, centred on the subject and moved (or widened) so that no face in
// frame is cut off.
Rect crop_window(const ShotPicture& picture, double aspect);

}  // namespace ekonte::layout
