// The plugin's one exported entry point (see plugin_api.hpp).
#include "cli/neural/neural_commands.hpp"
#include "render/neural/neural_shot_generator.hpp"
#include "render/neural/plugin_api.hpp"

extern "C" __attribute__((visibility("default"))) const ekonte::neural::PluginApi* ekonte_neural_plugin_v1() {
  static const ekonte::neural::PluginApi api = [] {
    ekonte::neural::PluginApi a;
    a.make_shot_generator = ekonte::neural::try_make_neural_shot_generator;
    a.train_command = ekonte::neural_cli::train_command;
    a.eval_command = ekonte::neural_cli::eval_command;
    return a;
  }();
  return &api;
}
