// `ekonte render FILE --shot ID [-o OUT.png] [--variants N]`: one shot, through the render cache
// of the build folder. With --variants, takes 1..N side by side on a numbered contact sheet;
// the writer pins one with `take N` in the shot header.
#ifdef HAVE_EKONTE_RENDER
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "support/atomic_write.hpp"
#include "render/build_shots.hpp"
#include "render/cache/cached_build.hpp"
#include "render/cache/render_cache.hpp"
#include "render/contact_sheet.hpp"
#include "render/png_io.hpp"

namespace ekonte::cli {

bool parse_size(const std::string& text, int* w, int* h);

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
                     "diagnostics"})
           .empty()) {
    std::cerr << usage;
    return kExitUsage;
  }
  render::cache::CachedBuildOptions options;
  if (auto size = args.get("size"); size && !parse_size(*size, &options.build.width, &options.build.height)) {
    std::cerr << "ekonte: error: `--size` is WIDTHxHEIGHT, e.g. `1280x720`, not `" << *size << "`\n";
    return kExitUsage;
  }
  int variants = 0;
  try {
    variants = std::stoi(args.get_or("variants", "0"));
    options.build.jobs = std::stoi(args.get_or("jobs", args.get_or("j", "0")));
  } catch (...) {
    std::cerr << "ekonte: error: `--variants` and `--jobs` need a number\n";
    return kExitUsage;
  }
  if (variants < 0 || variants > 64) {
    std::cerr << "ekonte: error: `--variants` is between 1 and 64, not " << variants << "\n";
    return kExitUsage;
  }
  if (options.build.jobs <= 0) options.build.jobs = int(std::max(1u, std::thread::hardware_concurrency()));
  options.cache_dir = render::cache::default_cache_dir(args.get_or("build-dir", "out"), args.get_or("cache", ""));
  options.force = args.has("force");

  auto loaded = load_script(args.positionals()[0], args);
  if (!loaded) return kExitUsage;
  if (loaded->diagnostics.has_errors()) return kExitScriptErrors;
  ShotGraph& graph = loaded->graph;
  const std::string shot_id = *args.get("shot");
  const Shot* found = graph.find_shot(shot_id);
  if (!found) {
    std::cerr << "ekonte: error: no shot `" << shot_id << "` in `" << args.positionals()[0] << "`\n";
    return kExitUsage;
  }
  const ShotId id{found->index};
  const std::string stem = render::shot_file_stem(found->id);
  auto generator = render::make_rig_generator();
  std::vector<std::string> warnings;
  size_t rendered = 0;

  if (variants == 0) {
    const auto renders = render::cache::render_shots_cached(graph, *generator, {id}, options, &rendered, &warnings);
    for (const auto& w : warnings) std::cerr << "ekonte: warning: " << w << "\n";
    const std::string out = args.get_or("o", args.get_or("output", stem + ".png"));
    if (renders.empty() || renders[0].color.pixels.empty() || !write_png_atomically(out, renders[0].color)) {
      std::cerr << "ekonte: error: cannot render shot `" << shot_id << "` into `" << out << "`\n";
      return kExitScriptErrors;
    }
    std::cout << "shot " << found->id << " (take " << found->take << "): " << (rendered ? "rendered" : "cached")
              << "; wrote " << out << "\n";
    return kExitOk;
  }

  // Each take is the same shot with the seed that take will have when pinned with `take N`.
  std::vector<render::ImageRgba> pictures;
  std::vector<std::string> labels;
  for (int take = 1; take <= variants; ++take) {
    Shot& shot = graph.shots[id.value];
    shot.take = uint32_t(take);
    shot.seed = shot_seed(shot.id, shot.take);
    size_t n = 0;
    auto renders = render::cache::render_shots_cached(graph, *generator, {id}, options, &n, &warnings);
    rendered += n;
    if (renders.empty() || renders[0].color.pixels.empty()) {
      std::cerr << "ekonte: error: cannot render take " << take << " of shot `" << shot_id << "`\n";
      return kExitScriptErrors;
    }
    pictures.push_back(std::move(renders[0].color));
    labels.push_back("take " + std::to_string(take));
  }
  for (const auto& w : warnings) std::cerr << "ekonte: warning: " << w << "\n";
  const std::string out = args.get_or("o", args.get_or("output", stem + ".variants.png"));
  if (!write_png_atomically(out, render::contact_sheet(pictures, labels))) {
    std::cerr << "ekonte: error: cannot write `" << out << "`\n";
    return kExitScriptErrors;
  }
  std::cout << "shot " << found->id << ": " << variants << " takes (" << rendered << " rendered, "
            << (size_t(variants) - rendered) << " cached); wrote " << out << "\n"
            << "pin one with `take N` in the shot header, e.g. `shot " << found->id << " ..., take 2:`\n";
  return kExitOk;
}

}  // namespace ekonte::cli

#endif  // HAVE_EKONTE_RENDER
