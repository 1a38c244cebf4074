#pragma once
// The neural generator's public face (no torch here): a params struct, a context loaded from a
// weights file, a function that renders a batch of shots, progress through a callback.
//
//   auto gen = neural::NeuralGenerator::load({.model_path = "models/ekonte-generator.ekw"});
//   std::vector<render::ShotRender> out = gen->render_batch(shots);
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "render/shot_render.hpp"

namespace ekonte::neural {
struct ToneModel;
struct LabelledSheet;
}

namespace ekonte::neural {

// Every failure a user can cause (bad weights file, bad reference image, missing GPU) is a
// NeuralError whose message names the file or device; the CLI prints it and exits.
class NeuralError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The weights shipped with Ekonte, relative to the source tree.
inline constexpr char kShippedModelPath[] = "models/ekonte-generator.ekw";
// Where the shipped weights are looked for: $EKONTE_MODEL, then the source tree, then the
// working directory.
std::string default_model_path();

struct GeneratorParams {
  std::string model_path;        // empty = default_model_path()
  std::string device = "auto";   // auto | cpu | cuda | cuda:N
  int batch = 0;                 // shots per forward pass; 0 = 4 on CPU, 64 on CUDA
  int work_short_side = 0;       // network resolution (short side, px); 0 = the model's training size
                                 // (architecture 3 only: version 4 paints at the shot's own size)
  int threads = 0;               // CPU threads; 0 = every core
  bool bf16_on_cuda = true;      // run in bfloat16 on CUDA
  std::function<void(int done, int total)> progress;
};

// The architecture version of weights that hold a reference labeller (reference_labeller.hpp).
inline constexpr int kLabellerArchitectureVersion = 4;

struct ModelInfo {
  int architecture_version = 0;
  int base_channels = 0, heads = 0, reference_size = 0;
  int train_size = 0;
  int64_t steps = 0;
  int64_t parameters = 0;
  std::string data;
  std::string identities;  // the rig identity set trained on: "classic-1", "wardrobe-1"
  std::string command_line;
  std::string eval_json;  // the eval summary recorded in the file, "{}" if none
  std::string digest;     // of the weights file; part of the render cache key
};

// One shot to render: the rig's render (control maps, background, landmarks) and a reference
// picture per character in landmarks.characters (empty picture = none: a blank sheet).
struct GeneratorShot {
  const render::ShotRender* rig = nullptr;
  std::vector<render::ImageRgba> references;
  // Per character too, optional: the script's rig front view with its labels, which lets the
  // palette tell apart the garments one part label covers (palette_segments.hpp). Not owned.
  std::vector<const LabelledSheet*> script_views;
};

class NeuralGenerator {
 public:
  // Throws NeuralError (missing/truncated/foreign weights, wrong architecture, no GPU).
  static std::unique_ptr<NeuralGenerator> load(const GeneratorParams& params);
  ~NeuralGenerator();
  NeuralGenerator(const NeuralGenerator&) = delete;
  NeuralGenerator& operator=(const NeuralGenerator&) = delete;

  // Same size, order and landmarks as the input; `color` replaced: the network's characters
  // composited over the rig's background. On a CUDA out-of-memory error the batch is halved
  // and retried. Architecture 4 labels each distinct reference picture once (its palette is
  // kept by the picture's digest for the generator's lifetime) and paints every shot flat on
  // the rig's full-resolution maps; an empty reference keeps the rig's (the script's) colours.
  std::vector<render::ShotRender> render_batch(const std::vector<GeneratorShot>& shots);

  const ModelInfo& info() const;
  std::string device_description() const;  // e.g. "cpu (2 threads)", "cuda:0 (bf16)"
  int batch_size() const;                   // current (after any halving)
  // Architecture 4: the tone model the flat fill paints with; null for other architectures.
  const ToneModel* tone_model() const;

 private:
  struct Impl;
  explicit NeuralGenerator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Reads a reference (`sheet:`) picture: a PNG, RGB or RGBA, at least kMinReferenceSide on
// each side. Throws NeuralError naming the file otherwise.
inline constexpr int kMinReferenceSide = 16;
render::ImageRgba load_reference_image(const std::string& path);

// "cpu" / "cuda[:N]" / "auto" -> what libtorch will use, with a clear NeuralError for a CUDA
// request on a machine (or a libtorch build) without a GPU. Returns e.g. "cpu" or "cuda:0".
std::string resolve_device_name(const std::string& requested, std::string* why = nullptr);

}  // namespace ekonte::neural
