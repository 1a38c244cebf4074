// `ekonte cache stats|gc [--max-size SIZE] [--cache DIR | -o OUTDIR]`: what the render cache
// holds, and collecting its least recently used entries (render/cache/cache_gc.hpp). Entries
// the newest build of any output folder uses are always kept.
#include <cinttypes>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>

#include "cli/args.hpp"
#include "cli/build_safety.hpp"
#include "cli/commands.hpp"
#include "pipeline/build_record.hpp"
#include "render/cache/cache_gc.hpp"
#include "render/cache/render_cache.hpp"

namespace ekonte::cli {
namespace fs = std::filesystem;
namespace {

// As ccache's default: at 1280x720 a shot takes about 0.4 MB of entry and 0.6 MB of page
// picture, so some 5,000 shots.
constexpr const char* kDefaultMaxSize = "5G";

// The keys of the newest build record of every output folder that built into `cache_dir`.
std::set<std::string> keys_in_use(const std::string& cache_dir) {
  std::set<std::string> keys;
  std::error_code ec;
  for (fs::directory_iterator it(fs::path(cache_dir) / "builds", ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() != ".json") continue;
    for (const auto& [id, key] : pipeline::load_build_record(it->path().string()).shots) keys.insert(key.hash);
  }
  return keys;
}

std::string human_bytes(uint64_t n) {
  const char* units[] = {"B", "kB", "MB", "GB", "TB"};
  double v = double(n);
  int u = 0;
  while (v >= 1000 && u < 4) {
    v /= 1000;
    ++u;
  }
  char out[32];
  std::snprintf(out, sizeof out, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
  return out;
}

void print_stats(const std::string& dir, const render::cache::CacheStats& s) {
  std::cout << "cache: " << dir << "\n"
            << "entries: " << s.entries << " (" << human_bytes(s.entry_bytes) << " with their extras)\n"
            << "used by the newest build of an output folder: " << s.kept << " (" << human_bytes(s.kept_bytes)
            << ")\n";
  if (s.orphans) std::cout << "extras without an entry: " << s.orphans << "\n";
  if (s.temp_files) std::cout << "temporary files: " << s.temp_files << " (" << human_bytes(s.temp_bytes) << ")\n";
}

}  // namespace

std::optional<uint64_t> parse_byte_size(const std::string& text) {
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 19) return std::nullopt;
  std::string suffix = text.substr(digits);
  if (suffix.size() == 2 && (suffix[1] == 'B' || suffix[1] == 'b')) suffix.pop_back();  // 5GB as 5G
  int shift = 0;
  if (suffix.size() == 1) {
    switch (suffix[0]) {
      case 'k': case 'K': shift = 10; break;
      case 'm': case 'M': shift = 20; break;
      case 'g': case 'G': shift = 30; break;
      case 't': case 'T': shift = 40; break;
      default: return std::nullopt;
    }
  } else if (!suffix.empty()) {
    return std::nullopt;
  }
  const uint64_t value = std::stoull(text.substr(0, digits));
  if (shift && value > (UINT64_MAX >> shift)) return std::nullopt;
  return value << shift;
}

int command_cache(const CommandArgs& raw) {
  const Args args(raw, {});
  const char* usage =
      "usage: ekonte cache stats [--cache DIR | -o OUTDIR]\n"
      "       ekonte cache gc [--max-size SIZE] [--cache DIR | -o OUTDIR]   SIZE: bytes, or with K, M, G (default 5G)\n";
  const auto& pos = args.positionals();
  if (!args.error().empty() || pos.size() != 1 || (pos[0] != "stats" && pos[0] != "gc") ||
      !args.unknown({"cache", "o", "output", "max-size"}).empty() || (pos[0] == "stats" && args.has("max-size"))) {
    std::cerr << usage;
    return kExitUsage;
  }
  const std::optional<std::string> out_dir = args.has("o") ? args.get("o") : args.get("output");
  const std::string cache_dir = render::cache::default_cache_dir(out_dir.value_or("out"), args.get_or("cache", ""));
  std::error_code ec;
  if (!fs::is_directory(cache_dir, ec)) {
    std::cerr << "ekonte: error: no render cache at `" << cache_dir << "`\n";
    return kExitUsage;
  }
  const std::set<std::string> keep = keys_in_use(cache_dir);
  if (pos[0] == "stats") {
    print_stats(cache_dir, render::cache::cache_stats(cache_dir, keep));
    return kExitOk;
  }
  const std::string size_text = args.get_or("max-size", kDefaultMaxSize);
  const auto max_bytes = parse_byte_size(size_text);
  if (!max_bytes) {
    std::cerr << "ekonte: error: `--max-size` is a number of bytes, with K, M or G for KiB, MiB or GiB (e.g. `5G`), "
                 "not `"
              << size_text << "`\n";
    return kExitUsage;
  }
  // With -o, wait for a build into that folder to end, so its record names what it uses.
  std::optional<OutputLock> lock;
  if (out_dir && fs::is_directory(*out_dir, ec)) {
    lock.emplace(*out_dir);
    if (!lock->ok()) {
      std::cerr << "ekonte: error: " << lock->error() << "\n";
      return kExitUsage;
    }
  }
  const render::cache::GcReport r = render::cache::collect_garbage(cache_dir, *max_bytes, keep);
  std::cout << "removed " << r.removed << " entries (" << human_bytes(r.removed_bytes) << ")";
  if (r.temp_files_removed) std::cout << " and " << r.temp_files_removed << " stale temporary files";
  std::cout << "\n";
  print_stats(cache_dir, r.after);
  if (r.after.entry_bytes > *max_bytes)
    std::cout << "the entries the newest builds use take more than " << size_text << "; they are kept\n";
  if (r.errors) {
    std::cerr << "ekonte: error: " << r.first_error << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace ekonte::cli
