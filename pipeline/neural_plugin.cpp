#include "pipeline/neural_plugin.hpp"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <system_error>
#include <vector>

namespace ekonte::pipeline {
namespace {

constexpr char kPluginFile[] = "ekonte-neural.so";
constexpr char kPackageHint[] =
    "the neural generator needs libtorch (Debian package `libtorch-dev`, installed by scripts/install-deps.sh) "
    "and an Ekonte built with EKONTE_WITH_NEURAL=ON";

std::vector<std::string> candidate_paths() {
  std::vector<std::string> paths;
  if (const char* env = std::getenv("EKONTE_NEURAL_PLUGIN"); env && *env) {
    paths.push_back(env);
    return paths;  // an explicit choice is the only one tried
  }
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) paths.push_back((exe.parent_path() / ".." / "lib" / "ekonte" / kPluginFile).lexically_normal().string());
#ifdef EKONTE_NEURAL_PLUGIN_BUILD_PATH
  paths.push_back(EKONTE_NEURAL_PLUGIN_BUILD_PATH);
#endif
  return paths;
}

struct Loaded {
  const neural::PluginApi* api = nullptr;
  std::string error;
};

Loaded open_plugin() {
  const auto paths = candidate_paths();
  std::string looked;
  for (const auto& path : paths) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      looked += (looked.empty() ? "" : ", ") + ("`" + path + "`");
      continue;
    }
    // libgomp reads its wait policy once, when it is loaded: threads that wait passively do not
    // burn a core between libtorch's parallel regions. A user's own setting wins.
    setenv("OMP_WAIT_POLICY", "PASSIVE", /*overwrite=*/0);
    void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* why = dlerror();
      return {nullptr, "cannot load the neural generator plugin `" + path + "`: " + (why ? why : "unknown error") +
                           "; " + kPackageHint};
    }
    using Entry = const neural::PluginApi* (*)();
    auto entry = reinterpret_cast<Entry>(dlsym(handle, neural::kPluginEntryPoint));
    const neural::PluginApi* api = entry ? entry() : nullptr;
    const neural::PluginApi expected;
    if (!api || api->abi_version != expected.abi_version ||
        api->generator_params_size != expected.generator_params_size ||
        api->shot_render_input_size != expected.shot_render_input_size || !api->make_shot_generator ||
        !api->train_command || !api->eval_command)
      return {nullptr, "`" + path + "` is not a neural generator plugin of this Ekonte build (rebuild Ekonte, or unset "
                       "EKONTE_NEURAL_PLUGIN)"};
    return {api, ""};
  }
  return {nullptr, "the neural generator plugin was not found (looked for " + looked + "); " + kPackageHint};
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
