// `ekonte vocabulary [KIND] [--markdown]`: every word the language knows, from the tables in
// vocabulary/*.def (the same text docs/vocabulary.md is generated from). `ekonte vocabulary
// props|settings|wardrobe --sheet [-o] FILE.pdf` draws that catalogue instead.
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "pipeline/wardrobe_sheet.hpp"
#include "render/world/props_catalogue.hpp"
#include "render/world/settings_catalogue.hpp"
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
  if (args.has("sheet")) {
    const std::string kind = args.positionals().empty() ? "" : args.positionals()[0];
    const auto output = [&](const std::string& fallback) {
      return args.positionals().size() == 2 ? args.positionals()[1] : args.get_or("o", args.get_or("output", fallback));
    };
    if (kind == "wardrobe") {
      const std::string out = output("wardrobe.pdf");
      const pipeline::WardrobeSheetReport r = pipeline::make_wardrobe_sheet(out);
      print_diagnostics(r.diagnostics, nullptr, args);
      if (r.diagnostics.has_errors()) return exit_code_for_errors(r.diagnostics);
      std::cout << out << ": " << r.entries << " wardrobe entries on " << r.pages << " pages\n";
      return kExitOk;
    }
    if (kind == "props" || kind == "prop") {
      const std::string out = output("props.pdf");
      const render::CatalogueResult r = render::write_props_catalogue(out);
      if (!r.error.empty()) {
        std::cerr << "ekonte: error: " << r.error << "\n";
        return kExitScriptErrors;
      }
      std::cout << out << ": " << r.props << " props on " << r.pages << " pages\n";
      return kExitOk;
    }
    if (kind == "settings" || kind == "setting-kind") {
      std::string problem;
      const std::string out = output("settings.pdf");
      if (!render::write_settings_catalogue(out, &problem)) {
        std::cerr << "ekonte: error: " << problem << "\n";
        return kExitScriptErrors;
      }
      std::cout << "wrote " << out << "\n";
      return kExitOk;
    }
    std::cerr << "ekonte: error: `--sheet` draws `props`, `settings` or `wardrobe`\n";
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
