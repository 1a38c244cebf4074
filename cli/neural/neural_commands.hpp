#pragma once
// `ekonte train` and `ekonte eval`, compiled into the neural plugin (render/neural/plugin_api.hpp)
// because they need libtorch; cli/command_neural.cpp opens the plugin and calls them. Their names
// differ from the CLI's own dispatchers on purpose: the executable exports its symbols, and a
// same-named function there would be called instead of these.
#include <string>
#include <vector>

namespace ekonte::neural_cli {

int train_command(const std::vector<std::string>& args);
int eval_command(const std::vector<std::string>& args);

}  // namespace ekonte::neural_cli
