// `ekonte build FILE [-o OUTDIR] [--size WxH] [--jobs N]`: render every shot with the rig
// renderer and write pictures, control maps, landmarks and the shot graph.
#ifdef HAVE_EKONTE_RENDER
#include <iostream>
#include <thread>

#include "characters/character_model.hpp"
#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"
#include "render/build_shots.hpp"
#ifdef HAVE_EKONTE_LAYOUT
#include "layout/write_pdfs.hpp"
#endif

namespace ekonte::cli {

bool parse_size(const std::string& text, int* w, int* h);

bool parse_size(const std::string& text, int* w, int* h) {
  const auto x = text.find('x');
  if (x == std::string::npos) return false;
  try {
    *w = std::stoi(text.substr(0, x));
    *h = std::stoi(text.substr(x + 1));
  } catch (...) {
    return false;
  }
  return *w >= 16 && *h >= 16 && *w <= 16384 && *h <= 16384;
}

int command_build(const CommandArgs& raw) {
  const Args args(raw, {});
  const char* usage =
      "usage: ekonte build FILE [-o OUTDIR] [--size WxH] [--jobs N] [--pdf storyboard,ekonte,manga] [--grid CxR]\n"
      "                    [--diagnostics=human|json]\n";
  if (!args.error().empty() || args.positionals().size() != 1 ||
      !args.unknown({"o", "output", "size", "jobs", "j", "diagnostics", "pdf", "grid"}).empty()) {
    std::cerr << usage;
    return kExitUsage;
  }
  render::BuildOptions options;
  options.out_dir = args.get_or("o", args.get_or("output", "out"));
  if (auto size = args.get("size")) {
    if (!parse_size(*size, &options.width, &options.height)) {
      std::cerr << "ekonte: error: `--size` is WIDTHxHEIGHT, e.g. `1280x720`, not `" << *size << "`\n";
      return kExitUsage;
    }
  }
  const std::string jobs = args.get_or("jobs", args.get_or("j", "0"));
  try {
    options.jobs = std::stoi(jobs);
  } catch (...) {
    std::cerr << "ekonte: error: `--jobs` needs a number, not `" << jobs << "`\n";
    return kExitUsage;
  }
  if (options.jobs <= 0) options.jobs = int(std::max(1u, std::thread::hardware_concurrency()));

#ifdef HAVE_EKONTE_LAYOUT
  layout::PdfOptions pdf_options;
  std::string option_error;
  if (auto pdf = args.get("pdf"); pdf && !layout::parse_pdf_formats(*pdf, pdf_options.formats, option_error)) {
    std::cerr << "ekonte: error: " << option_error << "\n";
    return kExitUsage;
  }
  if (auto grid = args.get("grid");
      grid && !layout::parse_grid(*grid, pdf_options.grid_columns, pdf_options.grid_rows, option_error)) {
    std::cerr << "ekonte: error: " << option_error << "\n";
    return kExitUsage;
  }
#endif

  const auto loaded = load_script(args.positionals()[0], args);
  if (!loaded) return kExitUsage;
  if (loaded->diagnostics.has_errors()) return kExitScriptErrors;
  // Character-sheet warnings (unknown style words) were reported by load_script.

  auto generator = render::make_rig_generator();
  const render::BuildReport report = render::build_shots(loaded->graph, *generator, options);
  if (!report.ok()) {
    std::cerr << "ekonte: error: " << report.error << "\n";
    return kExitUsage;
  }
  std::cerr << "ekonte: rendered " << report.renders.size() << " shots with " << generator->name() << " ("
            << generator->version() << ") in " << report.render_seconds << " s into `" << options.out_dir << "`\n";
#ifdef HAVE_EKONTE_LAYOUT
  // Pages are laid out from the pictures in memory, not read back from disk.
  std::vector<layout::LaidOutShotInput> inputs;
  for (const auto& r : report.renders) {
    layout::LaidOutShotInput in;
    in.shot_id = r.landmarks.shot_id;
    in.image = r.color;
    in.landmarks = r.landmarks;
    inputs.push_back(std::move(in));
  }
  DiagnosticSink page_diagnostics;
  layout::PdfReport pdf_report;
  const bool pages_ok =
      layout::write_pdfs(loaded->graph, inputs, options.out_dir, pdf_options, page_diagnostics, &pdf_report);
  if (!page_diagnostics.diagnostics().empty())
    std::cerr << render_human(page_diagnostics.diagnostics(), &loaded->source, {});
  if (!pages_ok || page_diagnostics.has_errors()) return kExitScriptErrors;
  for (size_t i = 0; i < pdf_report.written.size(); ++i)
    std::cerr << "ekonte: wrote " << pdf_report.written[i]
              << (i < pdf_report.pages.size() ? " (" + std::to_string(pdf_report.pages[i]) + " pages)" : std::string())
              << "\n";
#endif
  return kExitOk;
}

}  // namespace ekonte::cli

#endif  // HAVE_EKONTE_RENDER
