// `ekonte vocabulary [KIND] [--markdown]`: every word the language knows, from the tables in
// vocabulary/*.def (the same text docs/vocabulary.md is generated from).
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::cli {

int command_vocabulary(const CommandArgs& raw) {
  const Args args(raw, {"markdown"});
  if (!args.error().empty() || args.positionals().size() > 1 || !args.unknown({"markdown"}).empty()) {
    std::cerr << "usage: ekonte vocabulary [KIND] [--markdown]\n";
    return kExitUsage;
  }
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
