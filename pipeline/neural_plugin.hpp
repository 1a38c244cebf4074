#pragma once
// Opens the neural generator's plugin (render/neural/plugin_api.hpp) the first time a command
// needs it, so no other command loads libtorch. Looked for as support/plugin_file.hpp says:
// $EKONTE_NEURAL_PLUGIN; `<dir of the executable>/../lib/ekonte/ekonte-neural.so`; the plugin of
// the build tree this binary came from. In `ekonte` it is opened from the studio plugin, which
// holds the renderer the neural plugin binds to (cli/studio/plugin_api.hpp).
#include <string>

#include "render/neural/plugin_api.hpp"

namespace ekonte::pipeline {

// The plugin's functions, or null with `error` naming the file looked for and why it could not
// be used (not built, libtorch missing, another build's plugin). Thread-safe; opens once.
const neural::PluginApi* neural_plugin(std::string* error);

}  // namespace ekonte::pipeline
