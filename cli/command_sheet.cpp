// `ekonte sheet FILE [CHARACTER] [-o sheet.pdf] [--png DIR]`: model sheets, and turnaround
// images (the `sheet: refs/<id>.png` files a script may point at), made by the pipeline.
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "pipeline/model_sheets.hpp"

namespace ekonte::cli {

int command_sheet(const CommandArgs& raw) {
  const Args args(raw, {});
  const char* usage = "usage: ekonte sheet FILE [CHARACTER] [-o sheet.pdf] [--png DIR] [--diagnostics=human|json]\n";
  if (!args.error().empty() || args.positionals().empty() || args.positionals().size() > 2 ||
      !args.unknown({"o", "output", "png", "diagnostics", "from"}).empty()) {
    std::cerr << usage;
    return kExitUsage;
  }
  // The sheet command makes the reference images scripts point at, so missing ones are fine.
  CompileOptions compile_options;
  compile_options.check_sheet_files = false;
  const auto script = load_script(args.positionals()[0], args, compile_options);
  if (!script) return kExitUsage;
  if (script->diagnostics().has_errors()) return kExitScriptErrors;

  pipeline::SheetOptions options;
  if (args.positionals().size() == 2) {
    options.only = args.positionals()[1];
    if (!script->graph().find_character(options.only).valid()) {
      std::cerr << "ekonte: error: no character `" << options.only << "` in `" << args.positionals()[0] << "`\n";
      return kExitUsage;
    }
  }
  options.png_dir = args.get_or("png", "");
  if (options.png_dir.empty() || args.get("o") || args.get("output"))
    options.pdf_path = args.get_or("o", args.get_or("output", "sheet.pdf"));
  const pipeline::SheetReport report = pipeline::make_model_sheets(*script, options);
  print_diagnostics(report.diagnostics, &script->source(), args);
  for (const std::string& path : report.written) std::cerr << "ekonte: wrote " << path << "\n";
  return report.diagnostics.has_errors() ? kExitUsage : kExitOk;
}

}  // namespace ekonte::cli
