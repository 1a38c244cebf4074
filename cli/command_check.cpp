// `ekonte check FILE`: report every mistake in a script; exit 0 (clean or warnings), 1 (errors), 2 (usage/I/O).
#include <unistd.h>

#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"

namespace ekonte::cli {

int command_check(const CommandArgs& raw) {
  const Args args(raw, {"quiet", "q"});
  if (!args.error().empty() || args.positionals().size() != 1 || !args.unknown({"diagnostics", "quiet", "q", "from"}).empty()) {
    std::cerr << "usage: ekonte check FILE [--from ekonte|fountain|fdx] [--diagnostics=human|json]\n";
    return kExitUsage;
  }
  const auto loaded = load_script(args.positionals()[0], args);
  if (!loaded) return kExitUsage;
  if (loaded->diagnostics().has_errors()) return kExitScriptErrors;
  if (args.get_or("diagnostics", "human") == "human" && !args.has("quiet") && !args.has("q"))
    std::cerr << args.positionals()[0] << ": " << loaded->graph().shots.size() << " shots in "
              << loaded->graph().scenes.size() << " scenes, " << loaded->graph().characters.size() << " characters, "
              << loaded->graph().settings.size() << " settings: ok\n";
  return kExitOk;
}

}  // namespace ekonte::cli
