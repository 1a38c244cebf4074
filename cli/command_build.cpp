// `ekonte build FILE [-o OUTDIR] ...`: an incremental build. Shots whose render key is in the
// cache are not rendered again; pages are laid out every time, from the pictures the layout
// prepared in earlier builds where the cache has them (see layout::PictureCache).
#ifdef HAVE_EKONTE_RENDER
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include "characters/character_model.hpp"
#include "cli/args.hpp"
#include "cli/build_safety.hpp"
#include "cli/commands.hpp"
#include "cli/progress_bar.hpp"
#include "cli/run_build.hpp"
#include "cli/script_loading.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"
#include "render/build_shots.hpp"
#include "render/cache/render_cache.hpp"
#ifdef HAVE_EKONTE_NEURAL
#include "render/neural/neural_shot_generator.hpp"
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

bool parse_build_request(const Args& args, BuildRequest* request) {
  render::BuildOptions& options = request->cached.build;
  options.out_dir = args.get_or("o", args.get_or("output", "out"));
  if (auto size = args.get("size")) {
    if (!parse_size(*size, &options.width, &options.height)) {
      std::cerr << "ekonte: error: `--size` is WIDTHxHEIGHT, e.g. `1280x720`, not `" << *size << "`\n";
      return false;
    }
  }
  const std::string jobs = args.get_or("jobs", args.get_or("j", "0"));
  try {
    options.jobs = std::stoi(jobs);
  } catch (...) {
    std::cerr << "ekonte: error: `--jobs` needs a number, not `" << jobs << "`\n";
    return false;
  }
  if (options.jobs <= 0) options.jobs = int(std::max(1u, std::thread::hardware_concurrency()));
  request->cached.cache_dir = render::cache::default_cache_dir(options.out_dir, args.get_or("cache", ""));
  request->cached.force = args.has("force");
  request->explain = args.has("explain");
  request->quiet = args.has("quiet") || args.has("q");
  // Test hook: fail once this many shots are rendered, to check a failed build keeps old outputs.
  if (const char* fail = std::getenv("EKONTE_TEST_FAIL_AFTER"); fail && *fail) request->cached.fail_after = std::atoi(fail);
#ifdef HAVE_EKONTE_LAYOUT
  std::string option_error;
  if (auto pdf = args.get("pdf"); pdf && !layout::parse_pdf_formats(*pdf, request->pdf.formats, option_error)) {
    std::cerr << "ekonte: error: " << option_error << "\n";
    return false;
  }
  if (auto grid = args.get("grid");
      grid && !layout::parse_grid(*grid, request->pdf.grid_columns, request->pdf.grid_rows, option_error)) {
    std::cerr << "ekonte: error: " << option_error << "\n";
    return false;
  }
#endif
  return true;
}

int run_build(BuildRequest& request, const Args& args) {
  const auto t0 = std::chrono::steady_clock::now();
  const auto& interrupted = install_interrupt_flag();
  request.cached.cancel = &interrupted;
  request.referenced_files = {request.script};

  const auto loaded = load_script(request.script, args);
  if (!loaded) return kExitUsage;
  for (const Character& c : loaded->graph.characters)
    if (!c.sheet_resolved.empty()) request.referenced_files.push_back(c.sheet_resolved);
  if (loaded->diagnostics.has_errors()) return kExitScriptErrors;
  // Character-sheet warnings (unknown style words) come from building the models.
  DiagnosticSink sheet_diagnostics;
  characters::models_from_graph(loaded->graph, &sheet_diagnostics, loaded->source.path);
  if (!sheet_diagnostics.diagnostics().empty() && args.get_or("diagnostics", "human") == "human")
    std::cerr << render_human(sheet_diagnostics.diagnostics(), &loaded->source, {});

  const OutputLock lock(request.cached.build.out_dir);
  if (!lock.ok()) {
    std::cerr << "ekonte: error: " << lock.error() << "\n";
    return kExitUsage;
  }

  ProgressBar progress(ProgressBar::mode_for_stderr(request.quiet));
  progress.stage("rendering");
  request.cached.progress = [&](size_t done, size_t total) { progress.update(done, total); };
  // `--generator neural [--model FILE] [--device auto|cpu|cuda]`: characters drawn by the network.
  std::unique_ptr<render::ShotGenerator> generator;
  const std::string generator_name = args.get_or("generator", "rig");
  if (generator_name == "neural") {
#ifdef HAVE_EKONTE_NEURAL
    neural::GeneratorParams params;
    params.model_path = args.get_or("model", "");
    params.device = args.get_or("device", "auto");
    std::string note, error;
    generator = neural::try_make_neural_shot_generator(loaded->graph, params, &note, &error);
    if (!generator) {
      std::cerr << "ekonte: error: " << error << "\n";
      return kExitUsage;
    }
    if (!request.quiet) std::cerr << "ekonte: " << note << "\n";
#else
    std::cerr << "ekonte: error: this ekonte was built without the neural generator (EKONTE_WITH_NEURAL=OFF)\n";
    return kExitUsage;
#endif
  } else if (generator_name == "rig") {
    generator = render::make_rig_generator();
  } else {
    std::cerr << "ekonte: error: unknown generator `" << generator_name << "`; use `rig` or `neural`\n";
    return kExitUsage;
  }
#ifdef HAVE_EKONTE_LAYOUT
  // Cached shots' pictures are read by the layout, and only when it has no prepared picture for them.
  request.cached.cached_parts = render::cache::EntryParts::Landmarks;
#endif
  render::cache::CachedBuildReport report =
      render::cache::build_shots_cached(loaded->graph, *generator, request.cached);
  progress.finish();
  for (const std::string& w : report.warnings) std::cerr << "ekonte: warning: " << w << "\n";
  if (report.interrupted) {
    std::cerr << "ekonte: interrupted; previous outputs in `" << request.cached.build.out_dir
              << "` are unchanged (shots rendered so far are cached)\n";
    return 130;
  }
  if (!report.error.empty()) {
    std::cerr << "ekonte: error: " << report.error << "\n";
    return kExitScriptErrors;
  }
  if (request.explain)
    for (const auto& shot : report.shots)
      if (shot.rendered) std::cerr << "ekonte: shot " << shot.shot_id << ": " << shot.reason << "\n";

  size_t pdfs = 0;
#ifdef HAVE_EKONTE_LAYOUT
  if (progress.mode() == ProgressBar::Mode::Lines) progress.stage("laying out pages");
  const render::cache::RenderCache cache(request.cached.cache_dir);
  std::mutex rerender;  // guards the generator and `late_warnings`
  std::vector<std::string> late_warnings;
  std::vector<layout::LaidOutShotInput> inputs;
  for (uint32_t i = 0; i < report.renders.size(); ++i) {
    render::ShotRender& r = report.renders[i];
    layout::LaidOutShotInput in;
    in.shot_id = r.landmarks.shot_id;
    in.image = std::move(r.color);
    in.landmarks = r.landmarks;
    in.cache_key = report.keys[i];
    in.load_image = [&, i](std::string* problem) -> std::optional<render::ImageRgba> {
      render::ShotRender cached;
      if (cache.load(report.keys[i], &cached, problem, render::cache::EntryParts::Picture) ==
          render::cache::LoadStatus::Hit)
        return std::move(cached.color);
      // Damaged since the build read its landmarks: render the shot again (and mend the entry).
      const std::lock_guard<std::mutex> lock(rerender);
      late_warnings.push_back("cache entry for shot `" + loaded->graph.shots[i].id + "` is corrupt" +
                              (problem->empty() ? "" : " (" + *problem + ")") + "; re-rendering");
      render::cache::CachedBuildOptions again = request.cached;
      again.force = true;
      again.progress = nullptr;
      size_t rendered = 0;
      auto renders = render::cache::render_shots_cached(loaded->graph, *generator, {ShotId{i}}, again, &rendered,
                                                        &late_warnings);
      if (renders.empty() || renders[0].color.pixels.empty()) return std::nullopt;
      return std::move(renders[0].color);
    };
    inputs.push_back(std::move(in));
  }
  // Prepared (downscaled, JPEG-encoded) pictures live beside the render cache's entries.
  layout::PictureCache pictures;
  pictures.load = [&](const std::string& key, const std::string& kind, std::string* bytes, std::string* problem) {
    return cache.load_extra(key, kind, bytes, problem) == render::cache::LoadStatus::Hit;
  };
  pictures.store = [&](const std::string& key, const std::string& kind, const std::string& bytes) {
    std::string ignored;  // a picture that could not be kept is only prepared again next time
    cache.store_extra(key, kind, bytes, &ignored);
  };
  layout::PdfOptions pdf_options = request.pdf;
  pdf_options.picture_cache = &pictures;
  pdf_options.jobs = request.cached.build.jobs;
  DiagnosticSink page_diagnostics;
  layout::PdfReport pdf_report;
  const bool pages_ok = layout::write_pdfs(loaded->graph, inputs, request.cached.build.out_dir, pdf_options,
                                           page_diagnostics, &pdf_report);
  for (const std::string& w : late_warnings) std::cerr << "ekonte: warning: " << w << "\n";
  for (const std::string& w : pictures.warnings) std::cerr << "ekonte: warning: " << w << "\n";
  if (!page_diagnostics.diagnostics().empty())
    std::cerr << render_human(page_diagnostics.diagnostics(), &loaded->source, {});
  if (!pages_ok || page_diagnostics.has_errors()) return kExitScriptErrors;
  if (progress.mode() == ProgressBar::Mode::Lines)
    for (size_t i = 0; i < pdf_report.written.size(); ++i)
      std::cerr << "ekonte: wrote " << pdf_report.written[i]
                << (i < pdf_report.pages.size() ? " (" + std::to_string(pdf_report.pages[i]) + " pages)" : std::string())
                << "\n";
  pdfs = pdf_report.written.size();
#endif
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!request.quiet) {
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
      "                    [--generator rig|neural] [--model FILE] [--device auto|cpu|cuda]\n";
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

#endif  // HAVE_EKONTE_RENDER
