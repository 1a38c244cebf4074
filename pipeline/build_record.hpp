#pragma once
// What the last build into an output folder rendered: per shot id, its render key and tagged
// inputs. It explains why a shot is rendered again (`--explain`) and tells which shot files
// are unchanged. Kept in the cache folder, one file per output folder.
#include <map>
#include <string>

#include "render/cache/render_key.hpp"

namespace ekonte::pipeline {

struct BuildRecord {
  std::map<std::string, render::cache::RenderKey> shots;
  // Where that build wrote the shots' files (absolute; empty: none) and whether with control
  // maps: files are unchanged only where the last build wrote them too.
  std::string shot_files_dir;
  bool control_maps = false;
};

std::string build_record_path(const std::string& cache_dir, const std::string& out_dir);
// An unreadable or older record reads as empty: it only costs the explanations.
BuildRecord load_build_record(const std::string& path);
bool save_build_record(const std::string& path, const BuildRecord& record, std::string* error);

// Why shot `shot_id` with `key` is rendered: "--force", "cache entry corrupt", "new shot",
// "staging changed, character:HARU changed", or "not in cache".
std::string explain_render(const render::cache::RenderKey& key, const BuildRecord& before, const std::string& shot_id,
                           bool force, bool corrupt);

}  // namespace ekonte::pipeline
