#pragma once
// What every generator offers: the rig renderer (render/rig_generator) and the neural one
// (render/neural/). A generator renders a batch of ShotRenderInputs and sees nothing else.
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "render/shot_render.hpp"
#include "render/shot_render_input.hpp"

namespace ekonte::render {

struct GenerateOptions {
  int jobs = 1;  // worker threads a generator may use
  bool control_maps = true;
  // Called after each shot with (done, total); may be empty.
  std::function<void(size_t, size_t)> progress;
};

class ShotGenerator {
 public:
  virtual ~ShotGenerator() = default;
  virtual std::string name() const = 0;     // "rig", "neural"
  virtual std::string version() const = 0;  // changes whenever the pictures would change
  // Further inputs that change the pictures, as (tag, digest) pairs, for the generator group
  // of every ShotRenderInput; the neural generator returns {"weights", <weights file digest>}.
  virtual std::vector<std::pair<std::string, std::string>> cache_inputs() const { return {}; }
  // The generator group of the inputs this generator renders.
  GeneratorInput input() const { return {name(), version(), cache_inputs()}; }
  // Renders `inputs` in the order given. Throws std::runtime_error (with a message for the
  // user) when it cannot, e.g. a reference picture that cannot be read.
  virtual std::vector<ShotRender> render_batch(const std::vector<ShotRenderInput>& inputs,
                                               const GenerateOptions& options) = 0;
};

// The rig renderer as a ShotGenerator.
std::unique_ptr<ShotGenerator> make_rig_generator();
// rig-5: the line art clears under later paints and the tone map is drawn.
inline constexpr const char* kRigGeneratorVersion = "rig-5";

}  // namespace ekonte::render
