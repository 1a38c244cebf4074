#pragma once
// The neural generator is a plugin (`ekonte-neural.so`): libtorch and the 280-odd shared
// libraries Debian's libtorch pulls in are loaded only when a command asks for the neural
// generator (`build --generator neural`, `train`, `eval`). Every other command starts without
// them. pipeline/neural_plugin.hpp opens the plugin; this is what it finds there. No torch here.
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "render/neural/neural_generator.hpp"
#include "render/shot_generator.hpp"
#include "render/shot_render_input.hpp"

namespace ekonte::neural {

inline constexpr int kPluginAbiVersion = 1;
inline constexpr char kPluginEntryPoint[] = "ekonte_neural_plugin_v1";

struct PluginApi {
  int abi_version = kPluginAbiVersion;
  // Sizes of the values passed across, so a plugin from another build is refused, not misread.
  size_t generator_params_size = sizeof(GeneratorParams);
  size_t shot_render_input_size = sizeof(render::ShotRenderInput);
  // Null with `error` set when the weights cannot be loaded (see neural_shot_generator.hpp).
  std::unique_ptr<render::ShotGenerator> (*make_shot_generator)(const GeneratorParams& params, std::string* note,
                                                                std::string* error) = nullptr;
  // `ekonte train ARGS` and `ekonte eval ARGS`: exit status.
  int (*train_command)(const std::vector<std::string>& args) = nullptr;
  int (*eval_command)(const std::vector<std::string>& args) = nullptr;
};

}  // namespace ekonte::neural

extern "C" const ekonte::neural::PluginApi* ekonte_neural_plugin_v1();
