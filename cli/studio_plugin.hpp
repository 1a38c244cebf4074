#pragma once
// Runs a command that lives in the studio plugin (cli/studio/plugin_api.hpp), opening the plugin
// the first time: found as support/plugin_file.hpp says ($EKONTE_STUDIO_PLUGIN,
// `<dir of the executable>/../lib/ekonte/ekonte-studio.so`, the build tree's copy).
#include <string>
#include <vector>

namespace ekonte::cli {

// The command's exit status; when the plugin is missing, does not load or is another build's,
// prints an error naming the file and why, and returns kExitUsage.
int run_studio_command(const std::string& name, const std::vector<std::string>& args);

}  // namespace ekonte::cli
