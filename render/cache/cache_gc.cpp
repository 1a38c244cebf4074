#include "render/cache/cache_gc.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <vector>

#include "render/cache/stale_temp_files.hpp"

namespace ekonte::render::cache {
namespace fs = std::filesystem;
namespace {

struct Unit {
  std::string key;
  std::vector<fs::path> files;
  uint64_t bytes = 0;
  bool has_entry = false;
  fs::file_time_type last_use = fs::file_time_type::min();
};

struct Scan {
  std::map<std::string, Unit> units;
  size_t temp_files = 0;
  uint64_t temp_bytes = 0;
};

// The entry folders: two characters, the keys' first two hex digits; and `speech/`, the scratch
// audio's spoken lines (audio/speech_cache.hpp), whose files are stamped on use like entries.
bool is_entry_folder(const fs::directory_entry& d) {
  std::error_code e;
  const std::string name = d.path().filename().string();
  return d.is_directory(e) && !d.is_symlink(e) && (name.size() == 2 || name == "speech");
}

Scan scan(const std::string& dir) {
  Scan out;
  std::error_code ec;
  for (fs::directory_iterator top(dir, ec), end; !ec && top != end; top.increment(ec)) {
    if (!is_entry_folder(*top)) continue;
    std::error_code ec2;
    for (fs::directory_iterator it(top->path(), ec2); !ec2 && it != end; it.increment(ec2)) {
      std::error_code e;
      if (!it->is_regular_file(e) || it->is_symlink(e)) continue;
      const std::string name = it->path().filename().string();
      const uint64_t size = it->file_size(e);
      if (temp_file_writer(name)) {
        ++out.temp_files;
        out.temp_bytes += size;
        continue;
      }
      const std::string key = name.substr(0, name.find('.'));
      Unit& u = out.units[key];
      u.key = key;
      u.files.push_back(it->path());
      u.bytes += size;
      const bool is_entry = it->path().extension() == ".ekr";
      const auto stamp = it->last_write_time(e);
      // An entry's stamp is its last use; a unit without one falls back on its newest extra.
      if (is_entry) {
        u.has_entry = true;
        u.last_use = stamp;
      } else if (!u.has_entry) {
        u.last_use = std::max(u.last_use, stamp);
      }
    }
  }
  return out;
}

CacheStats stats_of(const Scan& s, const std::set<std::string>& keep) {
  CacheStats st;
  for (const auto& [key, u] : s.units) {
    (u.has_entry ? st.entries : st.orphans) += 1;
    st.entry_bytes += u.bytes;
    if (keep.count(key)) {
      ++st.kept;
      st.kept_bytes += u.bytes;
    }
  }
  st.temp_files = s.temp_files;
  st.temp_bytes = s.temp_bytes;
  return st;
}

}  // namespace

CacheStats cache_stats(const std::string& dir, const std::set<std::string>& keep) { return stats_of(scan(dir), keep); }

GcReport collect_garbage(const std::string& dir, uint64_t max_bytes, const std::set<std::string>& keep) {
  GcReport report;
  // A temporary file whose writer still runs is kept whatever its age: a gc runs without the
  // build lock, beside builds that may be writing.
  std::error_code ec;
  for (fs::directory_iterator top(dir, ec), end; !ec && top != end; top.increment(ec))
    if (is_entry_folder(*top))
      report.temp_files_removed += remove_stale_temp_files(top->path().string(), fs::file_time_type::min()).removed;

  Scan s = scan(dir);
  uint64_t total = 0;
  std::vector<const Unit*> candidates;
  for (const auto& [key, u] : s.units) {
    total += u.bytes;
    if (!keep.count(key)) candidates.push_back(&u);
  }
  std::sort(candidates.begin(), candidates.end(), [](const Unit* a, const Unit* b) {
    return a->last_use != b->last_use ? a->last_use < b->last_use : a->key < b->key;
  });
  for (const Unit* u : candidates) {
    if (total <= max_bytes) break;
    bool whole = true;
    // The entry goes last: a unit interrupted halfway keeps its entry, which still reads.
    std::vector<fs::path> files = u->files;
    std::stable_partition(files.begin(), files.end(), [](const fs::path& p) { return p.extension() != ".ekr"; });
    for (const fs::path& f : files) {
      std::error_code e;
      fs::remove(f, e);
      if (e) {
        whole = false;
        if (!report.errors) report.first_error = "cannot remove `" + f.string() + "`: " + e.message();
        report.errors = true;
      }
    }
    if (!whole) continue;
    total -= u->bytes;
    ++report.removed;
    report.removed_bytes += u->bytes;
  }
  report.after = cache_stats(dir, keep);
  return report;
}

}  // namespace ekonte::render::cache
