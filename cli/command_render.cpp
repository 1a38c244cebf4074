// `ekonte render FILE --shot ID [-o OUT.png] [--variants N]`: one shot, through the render cache
// of the build folder. With --variants, takes 1..N side by side on a numbered contact sheet;
// the writer pins one with `take N` in the shot header.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/args.hpp"
#include "cli/build_safety.hpp"
#include "cli/commands.hpp"
#include "cli/option_values.hpp"
#include "cli/run_build.hpp"
#include "cli/script_loading.hpp"
#include "support/atomic_write.hpp"
#include "pipeline/render_takes.hpp"
#include "render/cache/render_cache.hpp"
#include "render/contact_sheet.hpp"
#include "render/image/png.hpp"
#include "render/shot_files.hpp"

namespace ekonte::cli {
namespace {
bool write_png_atomically(const std::string& path, const render::ImageRgba& image) {
  std::error_code ec;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (render::write_png(temp_path_for(path), image) && commit_temp_file(path, nullptr)) return true;
  discard_temp_file(path);
  return false;
}
}  // namespace

int command_render(const CommandArgs& raw) {
  const Args args(raw, {"force"});
  const char* usage =
      "usage: ekonte render FILE --shot ID [-o OUT.png] [--variants N] [--size WxH] [--build-dir OUTDIR]\n"
      "                     [--cache DIR] [--jobs N] [--force]\n";
  if (!args.error().empty() || args.positionals().size() != 1 || !args.get("shot") ||
      !args.unknown({"shot", "o", "output", "variants", "size", "build-dir", "cache", "jobs", "j", "force",
                     "diagnostics", "from"})
           .empty()) {
    std::cerr << usage;
    return kExitUsage;
  }
  pipeline::RenderOptions options;
  int width = 1280, height = 0;
  int variants = 0;
  std::string option_error;
  if (auto size = args.get("size")) option_error = parse_size_option(*size, &width, &height);
  if (option_error.empty()) option_error = parse_int_option("--variants", args.get_or("variants", "0"), 0, 64, &variants);
  if (option_error.empty()) option_error = parse_jobs_option(args.get_or("jobs", args.get_or("j", "0")), &options.jobs);
  if (!option_error.empty()) {
    std::cerr << "ekonte: error: " << option_error << "\n";
    return kExitUsage;
  }
  options.cache_dir = render::cache::default_cache_dir(args.get_or("build-dir", "out"), args.get_or("cache", ""));
  options.force = args.has("force");
  options.cancel = &install_interrupt_flag();

  const auto script = load_script(args.positionals()[0], args);
  if (!script) return kExitUsage;
  if (script->diagnostics().has_errors()) return kExitScriptErrors;
  const std::string shot_id = *args.get("shot");
  const Shot* found = script->graph().find_shot(shot_id);
  if (!found) {
    std::cerr << "ekonte: error: no shot `" << shot_id << "` in `" << args.positionals()[0] << "`\n";
    return kExitUsage;
  }
  const std::string stem = render::shot_file_stem(found->id);
  const auto generator = render::make_rig_generator();
  pipeline::TakesReport report = pipeline::render_takes(*script, *found, variants, *generator, options, width, height);
  print_diagnostics(report.diagnostics, &script->source(), args);
  if (report.interrupted) return 130;
  if (!report.ok() || report.pictures.empty()) {
    std::cerr << "ekonte: error: cannot render shot `" << shot_id << "`\n";
    return exit_code_for_errors(report.diagnostics);
  }
  if (variants == 0) {
    const std::string out = args.get_or("o", args.get_or("output", stem + ".png"));
    if (!write_png_atomically(out, report.pictures[0])) {
      std::cerr << "ekonte: error: cannot write `" << out << "`\n";
      return kExitUsage;
    }
    std::cout << "shot " << found->id << " (take " << found->take << "): " << (report.rendered ? "rendered" : "cached")
              << "; wrote " << out << "\n";
    return kExitOk;
  }
  std::vector<std::string> labels;
  for (int take = 1; take <= variants; ++take) labels.push_back("take " + std::to_string(take));
  const std::string out = args.get_or("o", args.get_or("output", stem + ".variants.png"));
  if (!write_png_atomically(out, render::contact_sheet(report.pictures, labels))) {
    std::cerr << "ekonte: error: cannot write `" << out << "`\n";
    return kExitUsage;
  }
  std::cout << "shot " << found->id << ": " << variants << " takes (" << report.rendered << " rendered, "
            << (size_t(variants) - report.rendered) << " cached); wrote " << out << "\n"
            << "pin one with `take N` in the shot header, e.g. `shot " << found->id << " ..., take 2:`\n";
  return kExitOk;
}

}  // namespace ekonte::cli
