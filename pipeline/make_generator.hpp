#pragma once
// The generator a build renders with, by name: "rig" (always there) or "neural" (the plugin
// pipeline/neural_plugin.hpp opens on first use; built when Ekonte is built with libtorch).
#include <memory>
#include <string>

#include "render/shot_generator.hpp"

namespace ekonte::pipeline {

struct GeneratorChoice {
  std::string name = "rig";  // rig | neural
  std::string model_path;    // neural: weights file; empty = the shipped ones
  std::string device = "auto";
};

// Null with `error` set when the name is unknown, the neural plugin cannot be loaded, or its
// weights cannot be loaded; `note` says what was loaded (e.g. the neural generator's device).
std::unique_ptr<render::ShotGenerator> make_generator(const GeneratorChoice& choice, std::string* note,
                                                      std::string* error);

}  // namespace ekonte::pipeline
