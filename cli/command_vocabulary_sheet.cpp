// `ekonte vocabulary props|settings|wardrobe --sheet [-o] FILE.pdf`: draws a catalogue. In the
// studio plugin; cli/command_vocabulary.cpp hands `--sheet` here after checking the usage.
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "pipeline/wardrobe_sheet.hpp"
#include "render/world/props_catalogue.hpp"
#include "render/world/settings_catalogue.hpp"

namespace ekonte::cli {

int command_vocabulary_sheet(const CommandArgs& raw) {
  const Args args(raw, {"markdown", "sheet"});
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

}  // namespace ekonte::cli
