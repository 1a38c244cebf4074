#pragma once
// The render-to-layout file contract, in one place: a rendered shot in a folder is
// <stem>.png (the picture), <stem>.landmarks.json and the control maps (<stem>.lineart.png,
// .parts.png, .instances.png, .tones.png, .background.png), where <stem> is shot_file_stem(shot id).
// The render cache keeps landmarks in the same JSON.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "render/shot_render.hpp"

namespace ekonte::render {

// Shot ids can be anything the author typed; file names keep [A-Za-z0-9._-], the rest is `_`.
std::string shot_file_stem(const std::string& shot_id);

nlohmann::ordered_json landmarks_to_json(const ShotLandmarks& landmarks);
// Throws nlohmann::json::exception when a required member is missing or of the wrong type.
ShotLandmarks landmarks_from_json(const nlohmann::json& json);

// Writes one shot's files into `dir` (created if missing), each atomically: its picture and
// landmarks, and with `control_maps` its control maps. Returns the names written; on failure
// `error` names the first file that could not be written. Any thread, one call per shot stem.
std::vector<std::string> write_shot_files(const std::string& dir, const std::string& shot_id, const ShotRender& render,
                                          bool control_maps, std::string* error);

// Every name write_shot_files may write for `shot_id`.
std::vector<std::string> shot_file_names(const std::string& shot_id);

// A shot's picture and landmarks as written by write_shot_files.
struct ShotFiles {
  ImageRgba picture;
  ShotLandmarks landmarks;
};
// Reads <stem>.png and <stem>.landmarks.json from `dir`; nothing, with `problem` set, when
// either cannot be read.
std::optional<ShotFiles> read_shot_files(const std::string& dir, const std::string& shot_id, std::string* problem,
                                         std::string* path = nullptr);

}  // namespace ekonte::render
