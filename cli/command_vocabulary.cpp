// `ekonte vocabulary [KIND] [--markdown]`: every word the language knows, from the tables in
// vocabulary/*.def (the same text docs/vocabulary.md is generated from). `ekonte vocabulary
// props|settings|wardrobe --sheet [-o] FILE.pdf` draws that catalogue instead, in the studio
// plugin (cli/command_vocabulary_sheet.cpp).
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/studio_plugin.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::cli {

int command_vocabulary(const CommandArgs& raw) {
  const Args args(raw, {"markdown", "sheet"});
  // With `--sheet`, a second positional is the output file: `ekonte vocabulary wardrobe --sheet out.pdf`.
  const size_t most = args.has("sheet") && !args.get("o") && !args.get("output") ? 2 : 1;
  if (!args.error().empty() || args.positionals().size() > most || !args.unknown({"markdown", "sheet", "o", "output"}).empty()) {
    std::cerr << "usage: ekonte vocabulary [KIND] [--markdown]\n"
                 "       ekonte vocabulary props|settings|wardrobe --sheet [-o] [FILE.pdf]\n";
    return kExitUsage;
  }
  // The catalogues are drawn by the studio plugin: listing words maps no drawing library.
  if (args.has("sheet")) return run_studio_command("vocabulary", raw);
  if (args.has("markdown")) {
    std::cout << vocabulary::format_markdown();
    return kExitOk;
  }
  if (args.positionals().empty()) {
    for (const vocabulary::Table& t : vocabulary::tables()) std::cout << vocabulary::format_table(t) << "\n";
    return kExitOk;
  }
  const std::string& kind = args.positionals()[0];
  if (const vocabulary::Table* t = vocabulary::find_table(kind)) {
    std::cout << vocabulary::format_table(*t);
    return kExitOk;
  }
  std::cerr << "ekonte: error: no vocabulary `" << kind << "`; the kinds are:";
  for (const vocabulary::Table& t : vocabulary::tables()) std::cerr << " " << t.kind;
  std::cerr << "\n";
  return kExitUsage;
}

}  // namespace ekonte::cli
