#pragma once
// The studio plugin (`ekonte-studio.so`): every command that draws, lays out, encodes video or
// speaks (build, render, sheet, animatic, audio, layout, export, watch, cache, `vocabulary
// --sheet`, and train/eval, which open the neural plugin beside it). Cairo, librsvg, HarfBuzz,
// FFmpeg and espeak-ng, some 120 more shared libraries, are mapped only when one of those commands
// runs; `ekonte --version`, `check`, `compile`, `import`, `explain` and `vocabulary` start
// without them. cli/studio_plugin.hpp opens it; this is what it finds there.
//
// The plugin links libekonte-core.so (the compiler, which the executable links too) and holds
// no copy of it, so there is one compiler state in the process; the neural plugin links both
// (cli/CMakeLists.txt, docs/generator.md "The plugins").
#include <cstddef>
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "ekonte_version.hpp"
#include "pipeline/compile_script.hpp"

namespace ekonte::cli::studio {

inline constexpr int kPluginAbiVersion = 1;
inline constexpr char kPluginEntryPoint[] = "ekonte_studio_plugin_v1";

struct Command {
  const char* name;  // as typed after `ekonte`
  int (*run)(const std::vector<std::string>& args);
};

struct PluginApi {
  int abi_version = kPluginAbiVersion;
  const char* version = EKONTE_VERSION;
  // Sizes of the values the plugin shares with the executable's compiler, so a plugin from
  // another build is refused, not misread.
  size_t shot_graph_size = sizeof(ShotGraph);
  size_t compiled_script_size = sizeof(pipeline::CompiledScript);
  size_t diagnostic_size = sizeof(Diagnostic);
  const Command* commands = nullptr;
  size_t command_count = 0;
};

}  // namespace ekonte::cli::studio

extern "C" const ekonte::cli::studio::PluginApi* ekonte_studio_plugin_v1();
