// `ekonte compile FILE [-o graph.json]`: write the shot graph as versioned JSON.
#include <iostream>

#include "cli/args.hpp"
#include "support/atomic_write.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "compiler/shot_graph_json.hpp"

namespace ekonte::cli {

int command_compile(const CommandArgs& raw) {
  const Args args(raw, {});
  if (!args.error().empty() || args.positionals().size() != 1 || !args.unknown({"o", "output", "diagnostics", "from"}).empty()) {
    std::cerr << "usage: ekonte compile FILE [--from ekonte|fountain|fdx] [-o graph.json] [--diagnostics=human|json]\n";
    return kExitUsage;
  }
  const auto loaded = load_script(args.positionals()[0], args);
  if (!loaded) return kExitUsage;
  if (loaded->diagnostics().has_errors()) return kExitScriptErrors;
  const std::string out = args.get_or("o", args.get_or("output", "-"));
  // The JSON is streamed out as it is written: at about 20 bytes per byte of script it would
  // otherwise be the largest thing the process holds.
  if (out == "-") {
    if (args.get_or("diagnostics", "human") == "json") {
      std::cerr << "ekonte: error: with `--diagnostics=json` the graph needs `-o FILE`\n";
      return kExitUsage;
    }
    write_shot_graph_json(loaded->graph(), [](std::string_view piece) { std::cout.write(piece.data(), static_cast<std::streamsize>(piece.size())); });
    return kExitOk;
  }
  std::string error;
  const auto write = [&](std::ostream& file) {
    write_shot_graph_json(loaded->graph(), [&](std::string_view piece) { file.write(piece.data(), static_cast<std::streamsize>(piece.size())); });
  };
  if (!write_file_atomically(out, write, &error)) {
    std::cerr << "ekonte: error: " << error << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace ekonte::cli
