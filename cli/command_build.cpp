// `ekonte build FILE [-o OUTDIR] ...`: an incremental build by the pipeline. Shots whose render
// key is in the cache are not rendered again; pages are laid out every time.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/args.hpp"
#include "cli/build_safety.hpp"
#include "cli/commands.hpp"
#include "cli/option_values.hpp"
#include "cli/progress_bar.hpp"
#include "cli/run_build.hpp"
#include "cli/script_loading.hpp"
#include "render/cache/render_cache.hpp"
#include "render/cache/stale_temp_files.hpp"

namespace ekonte::cli {

bool parse_build_request(const Args& args, BuildRequest* request) {
  pipeline::BuildOptions& options = request->options;
  options.out_dir = args.get_or("o", args.get_or("output", "out"));
  std::string option_error;
  if (auto size = args.get("size")) option_error = parse_size_option(*size, &options.width, &options.height);
  if (option_error.empty()) option_error = parse_jobs_option(args.get_or("jobs", args.get_or("j", "0")), &options.jobs);
  if (!option_error.empty()) {
    std::cerr << "ekonte: error: " << option_error << "\n";
    return false;
  }
  options.cache_dir = render::cache::default_cache_dir(options.out_dir, args.get_or("cache", ""));
  options.force = args.has("force");
  // Per-shot files only when asked for: `--shots-dir DIR` (pictures and landmarks), `--maps`
  // (the control maps too, in OUTDIR/shots unless --shots-dir says where).
  options.write_control_maps = args.has("maps");
  options.shots_dir = args.get_or("shots-dir", options.write_control_maps ? options.out_dir + "/shots" : "");
  options.animatic = args.has("animatic");
  options.animatic_audio = !args.has("no-audio");
  request->explain = args.has("explain");
  request->quiet = args.has("quiet") || args.has("q");
  // Test hook: fail once this many shots are rendered, to check a failed build keeps old outputs.
  if (const char* fail = std::getenv("EKONTE_TEST_FAIL_AFTER"); fail && *fail) options.fail_after = std::atoi(fail);
  if (auto pdf = args.get("pdf"); pdf && !layout::parse_pdf_formats(*pdf, options.pdf.formats, option_error)) {
    std::cerr << "ekonte: error: " << option_error << "\n";
    return false;
  }
  if (auto grid = args.get("grid");
      grid && !layout::parse_grid(*grid, options.pdf.grid_columns, options.pdf.grid_rows, option_error)) {
    std::cerr << "ekonte: error: " << option_error << "\n";
    return false;
  }
  request->generator.name = args.get_or("generator", "rig");
  request->generator.model_path = args.get_or("model", "");
  request->generator.device = args.get_or("device", "auto");
  return true;
}

int run_build(BuildRequest& request, const Args& args) {
  const auto t0 = std::chrono::steady_clock::now();
  const auto& interrupted = install_interrupt_flag();
  request.options.cancel = &interrupted;
  request.referenced_files = {request.script};

  const auto script = load_script(request.script, args);
  if (!script) return kExitUsage;
  for (const Character& c : script->graph().characters)
    if (!c.sheet_resolved.empty()) request.referenced_files.push_back(c.sheet_resolved);
  if (script->diagnostics().has_errors()) return kExitScriptErrors;

  std::string note, error;
  const auto generator = pipeline::make_generator(request.generator, &note, &error);
  if (!generator) {
    std::cerr << "ekonte: error: " << error << "\n";
    return kExitUsage;
  }
  if (!note.empty() && !request.quiet) std::cerr << "ekonte: " << note << "\n";

  // OUTDIR's lock, and a `--shots-dir` outside OUTDIR's (its files are written as the shots are).
  std::string lock_error;
  const auto locks = lock_output_folders({request.options.out_dir, request.options.shots_dir}, &lock_error);
  if (locks.empty()) {
    std::cerr << "ekonte: error: " << lock_error << "\n";
    return kExitUsage;
  }
  // Killed builds' temporary files; the lock keeps this build's own (and its successors') safe.
  render::cache::remove_stale_build_temp_files(request.options.out_dir, request.options.cache_dir,
                                               std::filesystem::file_time_type::clock::now());
  ProgressBar progress(ProgressBar::mode_for_stderr(request.quiet));
  progress.stage("rendering");
  pipeline::BuildStage shown = pipeline::BuildStage::Rendering;
  request.options.progress = [&](pipeline::BuildStage stage, size_t done, size_t total) {
    if (stage == pipeline::BuildStage::Rendering) {
      progress.update(done, total);
    } else if (stage == pipeline::BuildStage::Encoding) {
      if (shown != stage) {
        progress.stage("encoding the animatic");
        progress.set_unit("frames");
      }
      progress.update(done, total);
    } else {
      progress.finish();
      if (progress.mode() == ProgressBar::Mode::Lines) progress.stage("laying out pages");
    }
    shown = stage;
  };
  const pipeline::BuildReport report = pipeline::build(*script, *generator, request.options);
  progress.finish();
  print_diagnostics(report.diagnostics, &script->source(), args);
  if (report.interrupted) {
    std::cerr << "ekonte: interrupted; previous outputs in `" << request.options.out_dir
              << "` are unchanged (shots rendered so far are cached)\n";
    return 130;
  }
  if (request.explain)
    for (const auto& shot : report.shots)
      if (shot.rendered) std::cerr << "ekonte: shot " << shot.shot_id << ": " << shot.reason << "\n";
  if (!report.ok()) return exit_code_for_errors(report.diagnostics);
  if (progress.mode() == ProgressBar::Mode::Lines)
    for (size_t i = 0; i < report.pdfs.size(); ++i)
      std::cerr << "ekonte: wrote " << report.pdfs[i]
                << (i < report.pages.size() ? " (" + std::to_string(report.pages[i]) + " pages)" : std::string())
                << "\n";
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!request.quiet) {
    const size_t pdfs = report.pdfs.size();
    char line[200];
    std::snprintf(line, sizeof line, "%zu shots: %zu rendered, %zu cached; %zu PDF%s written in %.1f s\n",
                  report.shots.size(), report.rendered, report.cached, pdfs, pdfs == 1 ? "" : "s", seconds);
    std::cout << line << std::flush;
  }
  return kExitOk;
}

int command_build(const CommandArgs& raw) {
  const Args args(raw, kBuildFlags);
  const char* usage =
      "usage: ekonte build FILE [-o OUTDIR] [--size WxH] [--jobs N] [--pdf storyboard,ekonte,manga] [--grid CxR]\n"
      "                    [--cache DIR] [--force] [--explain] [--quiet] [--diagnostics=human|json]\n"
      "                    [--generator rig|neural] [--model FILE] [--device auto|cpu|cuda]\n"
      "                    [--from ekonte|fountain|fdx] [--animatic [--no-audio]] [--shots-dir DIR] [--maps]\n";
  if (!args.error().empty() || args.positionals().size() != 1 || !args.unknown(kBuildOptionNames).empty()) {
    std::cerr << usage;
    return kExitUsage;
  }
  BuildRequest request;
  request.script = args.positionals()[0];
  if (!parse_build_request(args, &request)) return kExitUsage;
  return run_build(request, args);
}

}  // namespace ekonte::cli
