// `ekonte layout FILE --shots DIR [-o OUTDIR] [--pdf storyboard,ekonte,manga] [--grid CxR]
// [--preview DPI]`: lays out shots that are already rendered (OUT/shots/<id>.png and
// <id>.landmarks.json) into the PDFs, without rendering again.
#ifdef HAVE_EKONTE_LAYOUT
#include <iostream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"
#include "layout/write_pdfs.hpp"

namespace ekonte::cli {

int command_layout(const CommandArgs& raw) {
  const Args args(raw, {});
  const char* usage =
      "usage: ekonte layout FILE --shots DIR [-o OUTDIR] [--pdf storyboard,ekonte,manga] [--grid CxR] [--preview DPI]\n";
  if (!args.error().empty() || args.positionals().size() != 1 ||
      !args.unknown({"o", "output", "shots", "pdf", "grid", "preview", "diagnostics"}).empty()) {
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
  const auto loaded = load_script(args.positionals()[0], args, compile_options);
  if (!loaded) return kExitUsage;
  if (loaded->diagnostics.has_errors()) return kExitScriptErrors;
  const std::string outdir = args.get_or("o", args.get_or("output", "out"));
  const std::string shots_dir = args.get_or("shots", outdir + "/shots");
  DiagnosticSink sink;
  const auto shots = layout::load_shot_inputs(loaded->graph, shots_dir, sink);
  layout::PdfReport report;
  const bool ok = layout::write_pdfs(loaded->graph, shots, outdir, options, sink, &report);
  if (!sink.diagnostics().empty()) std::cerr << render_human(sink.diagnostics(), &loaded->source, {});
  for (size_t i = 0; i < report.written.size(); ++i)
    if (report.written[i].ends_with(".pdf")) std::cout << "wrote " << report.written[i] << "\n";
  return ok && !sink.has_errors() ? kExitOk : kExitScriptErrors;
}

}  // namespace ekonte::cli
#endif
