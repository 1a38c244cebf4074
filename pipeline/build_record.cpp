#include "pipeline/build_record.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "support/atomic_write.hpp"
#include "render/cache/content_hash.hpp"

namespace ekonte::pipeline {
namespace fs = std::filesystem;
using render::cache::kRenderKeyVersion;

std::string build_record_path(const std::string& cache_dir, const std::string& out_dir) {
  std::error_code ec;
  const std::string abs = fs::weakly_canonical(fs::absolute(out_dir), ec).string();
  return (fs::path(cache_dir) / "builds" / (render::cache::digest_of(abs).substr(0, 16) + ".json")).string();
}

BuildRecord load_build_record(const std::string& path) {
  BuildRecord r;
  std::ifstream f(path, std::ios::binary);
  if (!f) return r;
  try {
    const auto j = nlohmann::json::parse(std::string(std::istreambuf_iterator<char>(f), {}));
    if (j.value("version", std::string()) != kRenderKeyVersion) return r;
    for (const auto& [id, shot] : j.at("shots").items()) {
      render::cache::RenderKey k;
      k.hash = shot.at("key");
      k.inputs = shot.at("inputs").get<std::map<std::string, std::string>>();
      r.shots[id] = k;
    }
    r.shot_files_dir = j.value("shot_files_dir", std::string());
    r.control_maps = j.value("control_maps", false);
  } catch (...) {
    return BuildRecord{};
  }
  return r;
}

bool save_build_record(const std::string& path, const BuildRecord& r, std::string* error) {
  nlohmann::ordered_json j;
  j["version"] = kRenderKeyVersion;
  auto shots = nlohmann::ordered_json::object();
  for (const auto& [id, k] : r.shots) shots[id] = {{"key", k.hash}, {"inputs", k.inputs}};
  j["shots"] = shots;
  j["shot_files_dir"] = r.shot_files_dir;
  j["control_maps"] = r.control_maps;
  return write_file_atomically(path, j.dump(1) + "\n", error);
}

std::string explain_render(const render::cache::RenderKey& key, const BuildRecord& before, const std::string& shot_id,
                           bool force, bool corrupt) {
  if (force) return "--force";
  if (corrupt) return "cache entry corrupt";
  auto it = before.shots.find(shot_id);
  if (it == before.shots.end()) return "new shot";
  const auto tags = render::cache::changed_tags(it->second.inputs, key.inputs);
  if (tags.empty()) return "not in cache";
  std::string out;
  for (const auto& t : tags) out += (out.empty() ? "" : ", ") + t + " changed";
  return out;
}

}  // namespace ekonte::pipeline
