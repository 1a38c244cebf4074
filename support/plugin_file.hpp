#pragma once
// The shared objects `ekonte` opens at run time with dlopen: the studio (cli/studio/plugin_api.hpp:
// everything that draws, lays out, encodes or speaks) and the neural generator
// (render/neural/plugin_api.hpp: libtorch). One rule finds both, in order:
//   1. the path in the plugin's environment variable, the only one tried when it is set;
//   2. `<dir of the executable>/../lib/ekonte/<file>` (the build tree and an install both have
//      that layout: build/cli/ekonte and build/lib/ekonte/, bin/ekonte and lib/ekonte/);
//   3. the build tree's copy, for tests whose executable lives elsewhere.
#include <string>
#include <vector>

namespace ekonte::support {

struct PluginLookup {
  std::string file_name;     // "ekonte-studio.so"
  std::string env_variable;  // "EKONTE_STUDIO_PLUGIN"
  std::string build_path;    // the build tree's copy; empty for none
};

std::vector<std::string> plugin_candidates(const PluginLookup& lookup);

struct OpenedPlugin {
  void* handle = nullptr;  // null on failure
  std::string path;        // the file opened, or the last one looked for
  // On failure: "the ... was not found (looked for `a`, `b`)" is left to the caller, which
  // knows what to call the plugin; `looked_for` lists the paths in backticks, `dlerror` the
  // loader's reason when a file was there but did not load.
  std::string looked_for;
  std::string dlerror;
};

// Opens the first candidate that is a regular file with dlopen(`flags`); never closes it.
OpenedPlugin open_plugin_file(const PluginLookup& lookup, int flags);

// The symbol `name` defined by the opened file itself; null when only a library it loads
// defines it (the neural plugin loads the studio: it is still not the studio plugin).
void* own_symbol(void* handle, const char* name);

}  // namespace ekonte::support
