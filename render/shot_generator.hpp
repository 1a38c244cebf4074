#pragma once
// What every generator offers: the rig renderer (render/rig_generator) and the neural one
// (render/neural/). A generator renders a batch of shots of a compiled script.
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "render/shot_render.hpp"

namespace ekonte::render {

struct GenerateOptions {
  int width = 1280;
  int height = 0;  // 0: from the script's aspect
  int jobs = 1;    // worker threads a generator may use
  bool control_maps = true;
  // Called after each shot with (done, total); may be empty.
  std::function<void(size_t, size_t)> progress;
};

class ShotGenerator {
 public:
  virtual ~ShotGenerator() = default;
  virtual std::string name() const = 0;     // "rig", "neural"
  virtual std::string version() const = 0;  // changes whenever the pictures would change
  // Further inputs that change the pictures, as (tag, digest) pairs, added to every render key
  // (render/cache/render_key.hpp); the neural generator returns {"weights", <weights file digest>}.
  virtual std::vector<std::pair<std::string, std::string>> cache_inputs() const { return {}; }
  // Renders `shots` of `graph` (all of them when empty), in the order given.
  virtual std::vector<ShotRender> render_batch(const ShotGraph& graph, const std::vector<ShotId>& shots,
                                               const GenerateOptions& options) = 0;
};

// The rig renderer as a ShotGenerator; character models are built from the graph's characters.
std::unique_ptr<ShotGenerator> make_rig_generator();
inline constexpr const char* kRigGeneratorVersion = "rig-1";

}  // namespace ekonte::render
