// `ekonte layout FILE --shots DIR [-o OUTDIR] [--pdf storyboard,ekonte,manga] [--grid CxR]
// [--preview DPI]`: lays out shots that are already rendered (OUT/shots/<id>.png and
// <id>.landmarks.json) into the PDFs, without rendering again.
#include <cstdlib>
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "pipeline/layout_rendered_shots.hpp"

namespace ekonte::cli {

int command_layout(const CommandArgs& raw) {
  const Args args(raw, {});
  const char* usage =
      "usage: ekonte layout FILE --shots DIR [-o OUTDIR] [--pdf storyboard,ekonte,manga] [--grid CxR] [--preview DPI]\n";
  if (!args.error().empty() || args.positionals().size() != 1 ||
      !args.unknown({"o", "output", "shots", "pdf", "grid", "preview", "diagnostics", "from"}).empty()) {
    std::cerr << usage;
    return kExitUsage;
  }
  layout::PdfOptions options;
  std::string error;
  if (auto pdf = args.get("pdf"); pdf && !layout::parse_pdf_formats(*pdf, options.formats, error)) {
    std::cerr << "ekonte: error: " << error << "\n" << usage;
    return kExitUsage;
  }
  if (auto grid = args.get("grid"); grid && !layout::parse_grid(*grid, options.grid_columns, options.grid_rows, error)) {
    std::cerr << "ekonte: error: " << error << "\n" << usage;
    return kExitUsage;
  }
  if (auto dpi = args.get("preview")) options.preview_dpi = std::atoi(dpi->c_str());
  CompileOptions compile_options;
  compile_options.check_sheet_files = false;
  const auto script = load_script(args.positionals()[0], args, compile_options);
  if (!script) return kExitUsage;
  if (script->diagnostics().has_errors()) return kExitScriptErrors;
  const std::string outdir = args.get_or("o", args.get_or("output", "out"));
  const std::string shots_dir = args.get_or("shots", outdir + "/shots");
  const pipeline::LayoutReport report = pipeline::layout_rendered_shots(*script, shots_dir, outdir, options);
  print_diagnostics(report.diagnostics, &script->source(), args);
  for (const std::string& path : report.written)
    if (path.ends_with(".pdf")) std::cout << "wrote " << path << "\n";
  return report.ok ? kExitOk : exit_code_for_errors(report.diagnostics);
}

}  // namespace ekonte::cli
