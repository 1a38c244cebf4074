#pragma once
// The weights file: a magic line, a JSON header (architecture, channels, training size, steps,
// command line, eval summary), the module's parameters, and optionally the optimizer state.
//
//   "EKONTE-GENERATOR\n" | u64 header bytes | header JSON | u64 model bytes | model archive
//                        | u64 optimizer bytes (0 = none) | optimizer archive
//
// Sizes are little-endian. A file whose sizes do not add up is reported as truncated.
#include <torch/torch.h>

#include <nlohmann/json.hpp>
#include <string>

#include "render/neural/generator_model.hpp"
#include "render/neural/reference_labeller.hpp"

namespace ekonte::neural {

inline constexpr char kWeightsMagic[] = "EKONTE-GENERATOR\n";

struct CheckpointMeta {
  int architecture_version = kArchitectureVersion;
  ModelConfig config;
  int train_size = 64;     // side of the square frames the model was trained on
  int64_t steps = 0;       // optimizer steps taken
  uint64_t seed = 0;       // training seed
  std::string data;        // "rig" or "synthetic"
  // The rig identities trained on (training_data.hpp, name_of(IdentitySet)); files written
  // before the field were trained on the classic set.
  std::string identities = "classic-1";
  std::string command_line;
  nlohmann::json eval = nlohmann::json::object();  // summary written by `ekonte eval --record`
  int64_t parameters = 0;
  // Version 4 only: the fitted tone model (ToneModel::to_json), which the palette needs.
  nlohmann::json tone_model = nlohmann::json::array();
};

nlohmann::json to_json(const CheckpointMeta& meta);

// Writes atomically (temporary file, then rename). `model` is the network of the meta's
// architecture version: a ReferenceGenerator (3) or a ReferenceLabeller (4).
void save_checkpoint(const std::string& path, torch::nn::Module& model, const CheckpointMeta& meta,
                     torch::optim::Optimizer* optimizer = nullptr);
inline void save_checkpoint(const std::string& path, ReferenceGenerator& model, const CheckpointMeta& meta,
                            torch::optim::Optimizer* optimizer = nullptr) {
  save_checkpoint(path, *model, meta, optimizer);
}

struct LoadedCheckpoint {
  CheckpointMeta meta;
  ReferenceGenerator model{nullptr};       // architecture version 3
  ReferenceLabeller labeller{nullptr};     // architecture version 4
  std::string digest;  // FNV-1a 64 of the whole file, hex
  std::string path;
  std::string optimizer_state;  // serialized optimizer archive; empty when the file has none
};

// Throws NeuralError naming the file when it is missing, truncated, not an Ekonte weights
// file, or made for an architecture this ekonte does not read (it reads versions 3 and 4).
LoadedCheckpoint load_checkpoint(const std::string& path, torch::Device device);
// Restores the optimizer state saved with the weights (for `ekonte train --resume`); false if none.
bool restore_optimizer(const LoadedCheckpoint& checkpoint, torch::optim::Optimizer& optimizer, torch::Device device);

// Reads only the header (cheap): for `ekonte eval` summaries and tools.
CheckpointMeta read_checkpoint_meta(const std::string& path);

}  // namespace ekonte::neural
