#include "cli/studio_plugin.hpp"

#include <dlfcn.h>

#include <cstring>
#include <iostream>
#include <mutex>

#include "cli/args.hpp"
#include "cli/studio/plugin_api.hpp"
#include "support/plugin_file.hpp"

namespace ekonte::cli {
namespace {

constexpr char kInstallHint[] =
    "it is built with the executable (`cmake --build build`) and installed beside it in lib/ekonte/";

struct Loaded {
  const studio::PluginApi* api = nullptr;
  std::string error;
};

Loaded open_studio() {
  support::PluginLookup lookup;
  lookup.file_name = "ekonte-studio.so";
  lookup.env_variable = "EKONTE_STUDIO_PLUGIN";
#ifdef EKONTE_STUDIO_PLUGIN_BUILD_PATH
  lookup.build_path = EKONTE_STUDIO_PLUGIN_BUILD_PATH;
#endif
  // Local: the neural plugin, opened later, links this one and binds to it by its own needs.
  // Lazy: of the studio's thousands of calls into other libraries, a command resolves the few it
  // makes (RTLD_NOW cost every drawing command 6 ms); a missing library still fails here.
  const support::OpenedPlugin opened = support::open_plugin_file(lookup, RTLD_LAZY | RTLD_LOCAL);
  if (!opened.handle && opened.dlerror.empty())
    return {nullptr, "the studio plugin was not found (looked for " + opened.looked_for + "); " + kInstallHint};
  if (!opened.handle)
    return {nullptr, "cannot load the studio plugin `" + opened.path + "`: " + opened.dlerror +
                         "; the libraries it needs are installed by scripts/install-deps.sh"};
  using Entry = const studio::PluginApi* (*)();
  auto entry = reinterpret_cast<Entry>(support::own_symbol(opened.handle, studio::kPluginEntryPoint));
  const studio::PluginApi* api = entry ? entry() : nullptr;
  const studio::PluginApi expected;
  if (!api || api->abi_version != expected.abi_version || !api->version ||
      std::strcmp(api->version, expected.version) != 0 || api->shot_graph_size != expected.shot_graph_size ||
      api->compiled_script_size != expected.compiled_script_size || api->diagnostic_size != expected.diagnostic_size ||
      !api->commands)
    return {nullptr, "`" + opened.path + "` is not the studio plugin of this Ekonte build (" +
                         (api && api->version ? "Ekonte " + std::string(api->version) + ", " : std::string()) +
                         "this is Ekonte " + expected.version + "; rebuild Ekonte, or unset EKONTE_STUDIO_PLUGIN)"};
  return {api, ""};
}

}  // namespace

int run_studio_command(const std::string& name, const std::vector<std::string>& args) {
  static std::once_flag once;
  static Loaded loaded;
  std::call_once(once, [] { loaded = open_studio(); });
  if (!loaded.api) {
    std::cerr << "ekonte: error: `ekonte " << name << "`: " << loaded.error << "\n";
    return kExitUsage;
  }
  for (size_t i = 0; i < loaded.api->command_count; ++i)
    if (name == loaded.api->commands[i].name) return loaded.api->commands[i].run(args);
  std::cerr << "ekonte: error: the studio plugin has no command `" << name << "` (rebuild Ekonte)\n";
  return kExitUsage;
}

}  // namespace ekonte::cli
