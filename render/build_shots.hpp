#pragma once
// The `ekonte build` pipeline after compiling: render every shot with a generator and write
// the pictures, control maps, landmarks and the shot graph into an output folder.
// Later steps (pages, PDF) and caches wrap this function; the CLI only parses arguments.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/shot_graph.hpp"
#include "render/shot_generator.hpp"
#include "render/shot_render.hpp"

namespace ekonte::render {

struct BuildOptions {
  std::string out_dir = "out";
  int width = 1280;
  int height = 0;  // 0: from the script's aspect
  int jobs = 1;
  bool write_control_maps = true;
  bool write_shot_graph = true;
};

struct BuildReport {
  std::vector<ShotRender> renders;       // in shot order, for the later steps
  std::vector<std::string> written;      // every file written, relative paths
  std::string error;                     // empty on success
  double render_seconds = 0;
  bool ok() const { return error.empty(); }
};

// Renders all shots with `generator` and writes, per shot, OUT/shots/<id>.png, <id>.lineart.png,
// <id>.parts.png, <id>.instances.png, <id>.landmarks.json; and OUT/shotgraph.json.
BuildReport build_shots(const ShotGraph& graph, ShotGenerator& generator, const BuildOptions& options);

// Writes one shot's files into `dir` (created if missing); returns the names written.
std::vector<std::string> write_shot_files(const std::string& dir, const std::string& shot_id, const ShotRender& render,
                                          bool control_maps, std::string* error);

nlohmann::ordered_json landmarks_to_json(const ShotLandmarks& landmarks);
// Shot ids can be anything the author typed; file names keep [A-Za-z0-9._-].
std::string shot_file_stem(const std::string& shot_id);

}  // namespace ekonte::render
