#include "support/plugin_file.hpp"

#include <dlfcn.h>
#include <link.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace ekonte::support {

std::vector<std::string> plugin_candidates(const PluginLookup& lookup) {
  std::vector<std::string> paths;
  if (const char* env = std::getenv(lookup.env_variable.c_str()); env && *env) {
    paths.push_back(env);
    return paths;  // an explicit choice is the only one tried
  }
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) paths.push_back((exe.parent_path() / ".." / "lib" / "ekonte" / lookup.file_name).lexically_normal().string());
  if (!lookup.build_path.empty() && (paths.empty() || paths.back() != lookup.build_path))
    paths.push_back(lookup.build_path);
  return paths;
}

OpenedPlugin open_plugin_file(const PluginLookup& lookup, int flags) {
  OpenedPlugin out;
  for (const auto& path : plugin_candidates(lookup)) {
    out.path = path;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      out.looked_for += (out.looked_for.empty() ? "`" : ", `") + path + "`";
      continue;
    }
    out.handle = dlopen(path.c_str(), flags);
    if (!out.handle) {
      const char* why = dlerror();
      out.dlerror = why ? why : "unknown error";
    }
    return out;
  }
  return out;
}

void* own_symbol(void* handle, const char* name) {
  void* symbol = dlsym(handle, name);
  link_map* map = nullptr;
  Dl_info info{};
  if (!symbol || dlinfo(handle, RTLD_DI_LINKMAP, &map) != 0 || !map || dladdr(symbol, &info) == 0) return nullptr;
  // A shared object's first segment is at address 0, so its base is its load bias.
  return reinterpret_cast<ElfW(Addr)>(info.dli_fbase) == map->l_addr ? symbol : nullptr;
}

}  // namespace ekonte::support
