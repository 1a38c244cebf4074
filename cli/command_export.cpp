// `ekonte export FILE --format csv|edl|otio|fcpxml [-o OUT] [--clips DIR] [--size WxH]`: the
// shot list or an edit list of the animatic's per-shot clips (pipeline/export_editorial.hpp).
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/option_values.hpp"
#include "cli/script_loading.hpp"
#include "pipeline/export_editorial.hpp"

namespace ekonte::cli {

int command_export(const CommandArgs& raw) {
  const Args args(raw, {});
  std::string formats;
  for (const auto& row : editorial::kExportFormatRows) formats += (formats.empty() ? "" : "|") + std::string(row.name);
  const std::string usage = "usage: ekonte export FILE --format " + formats + " [-o OUT] [--clips DIR] [--size WxH]\n";
  if (!args.error().empty() || args.positionals().size() != 1 ||
      !args.unknown({"o", "output", "format", "clips", "size", "diagnostics", "from"}).empty()) {
    std::cerr << usage;
    return kExitUsage;
  }
  pipeline::EditorialExportOptions options;
  options.out_path = args.get_or("o", args.get_or("output", "-"));
  if (auto name = args.get("format")) {
    const auto format = editorial::parse_export_format(*name);
    if (!format) {
      std::cerr << "ekonte: error: unknown export format `" << *name << "`; expected "
                << editorial::export_format_names() << "\n"
                << usage;
      return kExitUsage;
    }
    options.format = *format;
  } else if (auto format = editorial::export_format_for_path(options.out_path)) {
    options.format = *format;
  } else {
    std::cerr << "ekonte: error: `--format` is needed (" << editorial::export_format_names()
              << ") unless `-o` ends in one of their extensions\n"
              << usage;
    return kExitUsage;
  }
  if (auto size = args.get("size")) {
    if (const std::string error = parse_size_option(*size, &options.width, &options.height); !error.empty()) {
      std::cerr << "ekonte: error: " << error << "\n" << usage;
      return kExitUsage;
    }
  }
  options.clips_dir = args.get_or("clips", "");
  CompileOptions compile_options;
  compile_options.check_sheet_files = false;  // the exports draw nothing
  const auto script = load_script(args.positionals()[0], args, compile_options);
  if (!script) return kExitUsage;
  if (script->diagnostics().has_errors()) return kExitScriptErrors;
  const pipeline::EditorialExport result = pipeline::export_editorial(*script, options);
  print_diagnostics(result.diagnostics, &script->source(), args);
  if (!result.ok()) {
    std::cerr << "ekonte: error: " << result.io_error << "\n";
    return kExitUsage;
  }
  if (result.written.empty()) {
    std::cout << result.text;
  } else {
    std::cout << "wrote " << result.written << "\n";
  }
  return kExitOk;
}

}  // namespace ekonte::cli
