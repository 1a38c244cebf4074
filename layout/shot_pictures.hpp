#pragma once
// The layout's input pictures: per shot the rendered image (a PNG file or pixels) and its
// landmarks, downscaled once to what a page needs and JPEG-encoded once for every PDF.
#include <memory>
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
// `image` holds the pixels. Landmarks are in the image's pixels.
struct LaidOutShotInput {
  std::string shot_id;
  std::string image_path;
  render::ImageRgba image;
  render::ShotLandmarks landmarks;
};

struct ShotPicture {
  std::shared_ptr<const ImageData> image;
  render::ShotLandmarks landmarks;  // rescaled to `image`'s pixels
};
using ShotPictures = std::unordered_map<std::string, ShotPicture>;  // by shot id

// Pixels a picture keeps at most across its width: a full-width manga panel at about 200 dpi.
inline constexpr int kPictureMaxWidth = 960;
inline constexpr int kJpegQuality = 82;

ShotPictures prepare_pictures(const std::vector<LaidOutShotInput>& inputs, DiagnosticSink& sink,
                              int max_width = kPictureMaxWidth, int jpeg_quality = kJpegQuality);

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
