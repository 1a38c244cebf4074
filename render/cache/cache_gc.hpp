#pragma once
// Sizing and collecting the render cache (`ekonte cache stats|gc`). An entry and its extras
// (CACHE/<2>/<key>.ekr, CACHE/<2>/<key>.<kind>) are one unit: counted, kept and removed
// together. Policy: least recently used first, by the entry file's modification time, which
// the cache stamps on every read that hits (render_cache.hpp) and every store; the keys a
// caller names (those of the newest build record of each output folder) are never removed.
#include <cstdint>
#include <set>
#include <string>

namespace ekonte::render::cache {

struct CacheStats {
  size_t entries = 0;        // units with a `.ekr` file
  size_t orphans = 0;        // units with extras but no entry
  uint64_t entry_bytes = 0;  // every unit's files, entries and extras
  size_t temp_files = 0;     // `*.tmp-PID` in the entry folders
  uint64_t temp_bytes = 0;
  size_t kept = 0;           // units named by the keys to keep
  uint64_t kept_bytes = 0;
};

// What is in `dir`; `keep` only sorts units into `kept`.
CacheStats cache_stats(const std::string& dir, const std::set<std::string>& keep = {});

struct GcReport {
  size_t removed = 0;  // units
  uint64_t removed_bytes = 0;
  size_t temp_files_removed = 0;
  CacheStats after;
  bool errors = false;  // some file could not be removed
  std::string first_error;
};

// Removes stale temporary files (their writer is gone), then the least recently used units
// not in `keep` until the units take at most `max_bytes` (or only kept ones remain).
GcReport collect_garbage(const std::string& dir, uint64_t max_bytes, const std::set<std::string>& keep);

}  // namespace ekonte::render::cache
