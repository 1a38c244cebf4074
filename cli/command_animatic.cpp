// `ekonte animatic FILE -o film.mp4`: the storyboard as a timed video, through the pipeline
// (pipeline/make_animatic.hpp). The shots' drawings come from the build folder's render cache
// (`--build-dir`, as `ekonte render`), so after `ekonte build` nothing is drawn again; clips
// already encoded come from the same cache.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/args.hpp"
#include "cli/build_safety.hpp"
#include "cli/commands.hpp"
#include "cli/option_values.hpp"
#include "cli/progress_bar.hpp"
#include "cli/script_loading.hpp"
#include "pipeline/make_animatic.hpp"
#include "pipeline/make_generator.hpp"
#include "render/cache/render_cache.hpp"

namespace ekonte::cli {

int command_animatic(const CommandArgs& raw) {
  const std::vector<std::string> flags = {"no-audio", "burn-subtitles", "quiet", "q"};
  const Args args(raw, flags);
  const char* usage =
      "usage: ekonte animatic FILE [-o film.mp4] [--size WxH] [--no-audio] [--burn-subtitles] [--clips DIR]\n"
      "                       [--jobs N] [--build-dir OUTDIR] [--cache DIR] [--quiet] [--generator rig|neural]\n"
      "                       [--model FILE] [--device auto|cpu|cuda] [--from ekonte|fountain|fdx]\n";
  if (!args.error().empty() || args.positionals().size() != 1 ||
      !args.unknown({"o", "output", "size", "no-audio", "burn-subtitles", "clips", "jobs", "j", "build-dir", "cache",
                     "quiet", "q", "generator", "model", "device", "diagnostics", "from"})
           .empty()) {
    std::cerr << usage;
    return kExitUsage;
  }
  const auto t0 = std::chrono::steady_clock::now();
  pipeline::AnimaticOptions options;
  options.out_path = args.get_or("o", args.get_or("output", "film.mp4"));
  std::string option_error;
  if (auto size = args.get("size")) option_error = parse_size_option(*size, &options.width, &options.height);
  if (option_error.empty()) option_error = parse_jobs_option(args.get_or("jobs", args.get_or("j", "0")), &options.jobs);
  if (!option_error.empty()) {
    std::cerr << "ekonte: error: " << option_error << "\n";
    return kExitUsage;
  }
  const std::string build_dir = args.get_or("build-dir", "out");
  options.cache_dir = render::cache::default_cache_dir(build_dir, args.get_or("cache", ""));
  options.clips_dir = args.get_or("clips", "");
  options.audio = !args.has("no-audio");
  options.burn_subtitles = args.has("burn-subtitles");
  const bool quiet = args.has("quiet") || args.has("q");
  const auto& interrupted = install_interrupt_flag();
  options.cancel = &interrupted;

  const auto script = load_script(args.positionals()[0], args);
  if (!script) return kExitUsage;
  if (script->diagnostics().has_errors()) return kExitScriptErrors;
  pipeline::GeneratorChoice choice;
  choice.name = args.get_or("generator", "rig");
  choice.model_path = args.get_or("model", "");
  choice.device = args.get_or("device", "auto");
  std::string note, error;
  const auto generator = pipeline::make_generator(choice, &note, &error);
  if (!generator) {
    std::cerr << "ekonte: error: " << error << "\n";
    return kExitUsage;
  }
  if (!note.empty() && !quiet) std::cerr << "ekonte: " << note << "\n";

  ProgressBar progress(ProgressBar::mode_for_stderr(quiet));
  pipeline::AnimaticStage shown = pipeline::AnimaticStage::Rendering;
  progress.stage("drawing");
  options.progress = [&](pipeline::AnimaticStage stage, size_t done, size_t total) {
    if (stage != shown) {
      shown = stage;
      progress.stage("encoding");
      progress.set_unit("frames");
    }
    progress.update(done, total);
  };
  const pipeline::AnimaticReport report = pipeline::make_animatic(*script, *generator, options);
  progress.finish();
  print_diagnostics(report.diagnostics, &script->source(), args);
  if (report.interrupted) {
    std::cerr << "ekonte: interrupted; `" << options.out_path << "` is unchanged (clips encoded so far are cached)\n";
    return 130;
  }
  if (!report.ok()) return exit_code_for_errors(report.diagnostics);
  if (!quiet) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    char line[400];
    std::snprintf(line, sizeof line,
                  "wrote %s: %.2f s at %u fps, %llu frames, %.2f MB; %zu of %zu clips encoded, %zu of %zu transitions, "
                  "%zu pictures drawn, %zu lines spoken (%zu synthesised), in %.1f s\n",
                  options.out_path.c_str(), double(report.frames) / report.fps, report.fps,
                  static_cast<unsigned long long>(report.frames), double(report.bytes) / 1e6, report.clips_encoded,
                  report.clips, report.transitions_encoded, report.transitions, report.pictures_rendered, report.lines_spoken,
                  report.lines_synthesised, seconds);
    std::cout << line << std::flush;
  }
  return kExitOk;
}

}  // namespace ekonte::cli
