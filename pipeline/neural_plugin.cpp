#include "pipeline/neural_plugin.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <mutex>

#include "support/plugin_file.hpp"

namespace ekonte::pipeline {
namespace {

constexpr char kPackageHint[] =
    "the neural generator needs libtorch (Debian package `libtorch-dev`, installed by scripts/install-deps.sh) "
    "and an Ekonte built with EKONTE_WITH_NEURAL=ON";

support::PluginLookup lookup() {
  support::PluginLookup l;
  l.file_name = "ekonte-neural.so";
  l.env_variable = "EKONTE_NEURAL_PLUGIN";
#ifdef EKONTE_NEURAL_PLUGIN_BUILD_PATH
  l.build_path = EKONTE_NEURAL_PLUGIN_BUILD_PATH;
#endif
  return l;
}

struct Loaded {
  const neural::PluginApi* api = nullptr;
  std::string error;
};

Loaded open_plugin() {
  // libgomp reads its wait policy once, when it is loaded: threads that wait passively do not
  // burn a core between libtorch's parallel regions. A user's own setting wins.
  setenv("OMP_WAIT_POLICY", "PASSIVE", /*overwrite=*/0);
  // The plugin links libekonte-core.so and ekonte-studio.so rather than copies of them, so the
  // compiler, the renderer and the WordNet lock it calls are the ones already loaded.
  const support::OpenedPlugin opened = support::open_plugin_file(lookup(), RTLD_NOW | RTLD_LOCAL);
  if (!opened.handle && opened.dlerror.empty())
    return {nullptr, "the neural generator plugin was not found (looked for " + opened.looked_for + "); " + kPackageHint};
  if (!opened.handle)
    return {nullptr, "cannot load the neural generator plugin `" + opened.path + "`: " + opened.dlerror + "; " + kPackageHint};
  using Entry = const neural::PluginApi* (*)();
  auto entry = reinterpret_cast<Entry>(support::own_symbol(opened.handle, neural::kPluginEntryPoint));
  const neural::PluginApi* api = entry ? entry() : nullptr;
  const neural::PluginApi expected;
  if (!api || api->abi_version != expected.abi_version || api->generator_params_size != expected.generator_params_size ||
      api->shot_render_input_size != expected.shot_render_input_size || !api->make_shot_generator ||
      !api->train_command || !api->eval_command)
    return {nullptr, "`" + opened.path + "` is not a neural generator plugin of this Ekonte build (rebuild Ekonte, or unset "
                     "EKONTE_NEURAL_PLUGIN)"};
  return {api, ""};
}

}  // namespace

const neural::PluginApi* neural_plugin(std::string* error) {
  static std::once_flag once;
  static Loaded loaded;
  std::call_once(once, [] { loaded = open_plugin(); });
  if (!loaded.api && error) *error = loaded.error;
  return loaded.api;
}

}  // namespace ekonte::pipeline
