// `ekonte train` and `ekonte eval` live in the neural plugin with libtorch; these open it.
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "pipeline/neural_plugin.hpp"

namespace ekonte::cli {
namespace {

int run_in_plugin(const char* command, int (*neural::PluginApi::*entry)(const std::vector<std::string>&),
                  const CommandArgs& args) {
  std::string error;
  const neural::PluginApi* plugin = pipeline::neural_plugin(&error);
  if (!plugin) {
    std::cerr << "ekonte: error: `ekonte " << command << "`: " << error << "\n";
    return kExitUsage;
  }
  return (plugin->*entry)(args);
}

}  // namespace

int command_train(const CommandArgs& args) { return run_in_plugin("train", &neural::PluginApi::train_command, args); }
int command_eval(const CommandArgs& args) { return run_in_plugin("eval", &neural::PluginApi::eval_command, args); }

}  // namespace ekonte::cli
