#include "render/cache/stale_temp_files.hpp"

#include <signal.h>

#include <cerrno>
#include <chrono>

namespace ekonte::render::cache {
namespace fs = std::filesystem;
namespace {

// No write of a cache entry or an output file takes this long; a temporary file this much
// older than the lock is stale even if its process id now names a running process.
constexpr auto kSharedCacheGrace = std::chrono::hours(1);

bool process_running(long pid) {
  if (pid <= 0) return false;
  // EPERM: it exists but belongs to someone else.
  return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

}  // namespace

std::optional<long> temp_file_writer(const std::string& name) {
  const auto at = name.rfind(".tmp-");
  if (at == std::string::npos || at == 0) return std::nullopt;
  const std::string digits = name.substr(at + 5);
  if (digits.empty() || digits.size() > 10 || digits.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stol(digits);
}

StaleTempFiles remove_stale_temp_files(const std::string& folder, fs::file_time_type cutoff) {
  StaleTempFiles out;
  std::error_code ec;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e;
    if (!it->is_regular_file(e) || it->is_symlink(e)) continue;
    const auto pid = temp_file_writer(it->path().filename().string());
    if (!pid) continue;
    const auto written = fs::last_write_time(it->path(), e);
    if (e) continue;
    if (process_running(*pid) && written >= cutoff) continue;
    const uint64_t size = it->file_size(e);
    if (fs::remove(it->path(), e)) {
      ++out.removed;
      out.bytes += size;
    }
  }
  return out;
}

StaleTempFiles remove_stale_build_temp_files(const std::string& out_dir, const std::string& cache_dir,
                                             fs::file_time_type locked_at) {
  StaleTempFiles total;
  auto add = [&](const StaleTempFiles& s) {
    total.removed += s.removed;
    total.bytes += s.bytes;
  };
  const auto shared_cutoff = locked_at - kSharedCacheGrace;
  add(remove_stale_temp_files((fs::path(out_dir) / "shots").string(), locked_at));
  add(remove_stale_temp_files(out_dir, shared_cutoff));
  add(remove_stale_temp_files(cache_dir, shared_cutoff));
  std::error_code ec;
  for (fs::directory_iterator it(cache_dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e;
    const std::string name = it->path().filename().string();
    // Entry folders are named by the keys' first 2 hex digits; build records live in builds/.
    if (it->is_directory(e) && !it->is_symlink(e) && (name.size() == 2 || name == "builds"))
      add(remove_stale_temp_files(it->path().string(), shared_cutoff));
  }
  return total;
}

}  // namespace ekonte::render::cache
