#include "render/cache/cached_build.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include <nlohmann/json.hpp>

#include "characters/character_model.hpp"
#include "compiler/shot_graph_json.hpp"
#include "support/atomic_write.hpp"
#include "render/cache/content_hash.hpp"
#include "render/cache/render_cache.hpp"
#include "render/cache/render_key.hpp"

namespace ekonte::render::cache {
namespace fs = std::filesystem;
namespace {

// What the last build into an output folder rendered: per shot id, its key and tagged inputs.
struct BuildRecord {
  std::map<std::string, RenderKey> shots;
};

std::string record_path(const std::string& cache_dir, const std::string& out_dir) {
  std::error_code ec;
  const std::string abs = fs::weakly_canonical(fs::absolute(out_dir), ec).string();
  return (fs::path(cache_dir) / "builds" / (digest_of(abs).substr(0, 16) + ".json")).string();
}

BuildRecord load_record(const std::string& path) {
  BuildRecord r;
  std::ifstream f(path, std::ios::binary);
  if (!f) return r;
  try {
    const auto j = nlohmann::json::parse(std::string(std::istreambuf_iterator<char>(f), {}));
    if (j.value("version", std::string()) != kRenderKeyVersion) return r;
    for (const auto& [id, shot] : j.at("shots").items()) {
      RenderKey k;
      k.hash = shot.at("key");
      k.inputs = shot.at("inputs").get<std::map<std::string, std::string>>();
      r.shots[id] = k;
    }
  } catch (...) {
    return BuildRecord{};  // an unreadable record only costs the explanations
  }
  return r;
}

bool save_record(const std::string& path, const BuildRecord& r, std::string* error) {
  nlohmann::ordered_json j;
  j["version"] = kRenderKeyVersion;
  auto shots = nlohmann::ordered_json::object();
  for (const auto& [id, k] : r.shots) shots[id] = {{"key", k.hash}, {"inputs", k.inputs}};
  j["shots"] = shots;
  return write_file_atomically(path, j.dump(1) + "\n", error);
}

void keep_pictures_only(ShotRender& r) {
  r.background = {};
  r.lineart = {};
  r.parts = {};
  r.instances = {};
}

std::string explain(const RenderKey& key, const BuildRecord& before, const std::string& shot_id, bool force,
                    bool corrupt) {
  if (force) return "--force";
  if (corrupt) return "cache entry corrupt";
  auto it = before.shots.find(shot_id);
  if (it == before.shots.end()) return "new shot";
  const auto tags = changed_tags(it->second.inputs, key.inputs);
  if (tags.empty()) return "not in cache";
  std::string out;
  for (const auto& t : tags) out += (out.empty() ? "" : ", ") + t + " changed";
  return out;
}

GenerateOptions generate_options(const CachedBuildOptions& o) {
  GenerateOptions go;
  go.width = o.build.width;
  go.height = o.build.height;
  go.jobs = o.build.jobs;
  go.control_maps = true;  // cache entries always hold the whole render
  return go;
}

// Renders `todo` in chunks, storing each shot in the cache as soon as its chunk is done.
// Returns false when cancelled or failed (error set for failures).
bool render_into_cache(const ShotGraph& graph, ShotGenerator& generator, const std::vector<ShotId>& todo,
                       const std::vector<RenderKey>& keys, const RenderCache& cache, const CachedBuildOptions& o,
                       std::vector<ShotRender>* renders, std::string* error, bool* interrupted) {
  const GenerateOptions go = generate_options(o);
  const size_t chunk = size_t(std::max(2, go.jobs * 2));
  size_t done = 0;
  for (size_t start = 0; start < todo.size(); start += chunk) {
    if (o.cancel && o.cancel->load()) {
      *interrupted = true;
      return false;
    }
    if (o.fail_after >= 0 && done >= size_t(o.fail_after)) {
      *error = "injected failure after " + std::to_string(done) + " rendered shots (EKONTE_TEST_FAIL_AFTER)";
      return false;
    }
    const std::vector<ShotId> ids(todo.begin() + start, todo.begin() + std::min(todo.size(), start + chunk));
    GenerateOptions chunk_options = go;
    if (o.progress) chunk_options.progress = [&](size_t d, size_t) { o.progress(done + d, todo.size()); };
    std::vector<ShotRender> out = generator.render_batch(graph, ids, chunk_options);
    if (out.size() != ids.size()) {
      *error = "generator `" + generator.name() + "` returned " + std::to_string(out.size()) + " shots for " +
               std::to_string(ids.size());
      return false;
    }
    for (size_t i = 0; i < ids.size(); ++i) {
      if (!cache.store(keys[ids[i].value].hash, out[i], error)) return false;
      (*renders)[ids[i].value] = std::move(out[i]);
    }
    done += ids.size();
  }
  return true;
}

}  // namespace

std::vector<ShotRender> render_shots_cached(const ShotGraph& graph, ShotGenerator& generator,
                                            const std::vector<ShotId>& shots, const CachedBuildOptions& options,
                                            size_t* rendered, std::vector<std::string>* warnings) {
  const auto models = characters::models_from_graph(graph, nullptr);
  const KeyContext context = make_key_context(graph, models, generator, options.build.width, options.build.height);
  const RenderCache cache(options.cache_dir);
  std::vector<RenderKey> keys(graph.shots.size());
  std::vector<ShotRender> all(graph.shots.size());
  std::vector<ShotId> todo;
  for (ShotId id : shots) {
    keys[id.value] = render_key(graph, graph.shot(id), context);
    std::string problem;
    const LoadStatus s = options.force ? LoadStatus::Missing : cache.load(keys[id.value].hash, &all[id.value], &problem);
    if (s == LoadStatus::Corrupt && warnings)
      warnings->push_back("cache entry for shot `" + graph.shot(id).id + "` is corrupt (" + problem + "); re-rendering");
    if (s != LoadStatus::Hit) todo.push_back(id);
  }
  std::string error;
  bool interrupted = false;
  render_into_cache(graph, generator, todo, keys, cache, options, &all, &error, &interrupted);
  if (warnings && !error.empty()) warnings->push_back(error);
  if (rendered) *rendered = todo.size();
  std::vector<ShotRender> out;
  for (ShotId id : shots) out.push_back(std::move(all[id.value]));
  return out;
}

CachedBuildReport build_shots_cached(const ShotGraph& graph, ShotGenerator& generator,
                                     const CachedBuildOptions& o) {
  CachedBuildReport report;
  const fs::path out(o.build.out_dir);
  const RenderCache cache(o.cache_dir);
  const auto models = characters::models_from_graph(graph, nullptr);
  const KeyContext context = make_key_context(graph, models, generator, o.build.width, o.build.height);
  const std::string record_file = record_path(o.cache_dir, o.build.out_dir);
  const BuildRecord before = load_record(record_file);

  const size_t n = graph.shots.size();
  std::vector<RenderKey> keys(n);
  report.renders.resize(n);
  report.shots.resize(n);
  std::vector<ShotId> todo;
  for (uint32_t i = 0; i < n; ++i) {
    const Shot& shot = graph.shots[i];
    keys[i] = render_key(graph, shot, context);
    report.shots[i].shot_id = shot.id;
    std::string problem;
    const LoadStatus s =
        o.force ? LoadStatus::Missing : cache.load(keys[i].hash, &report.renders[i], &problem, o.cached_parts);
    if (s == LoadStatus::Corrupt)
      report.warnings.push_back("cache entry for shot `" + shot.id + "` is corrupt (" + problem + "); re-rendering");
    if (s == LoadStatus::Hit) {
      keep_pictures_only(report.renders[i]);
      continue;
    }
    todo.push_back(ShotId{i});
    report.shots[i].rendered = true;
    report.shots[i].reason = explain(keys[i], before, shot.id, o.force, s == LoadStatus::Corrupt);
  }

  const auto t0 = std::chrono::steady_clock::now();
  const bool rendered_ok = render_into_cache(graph, generator, todo, keys, cache, o, &report.renders, &report.error,
                                             &report.interrupted);
  report.render_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!rendered_ok) return report;
  report.rendered = todo.size();
  report.cached = n - todo.size();
  for (const RenderKey& k : keys) report.keys.push_back(k.hash);

  // Outputs: only now, with every shot rendered; only the shots whose key changed.
  std::error_code ec;
  fs::create_directories(out / "shots", ec);
  if (ec) {
    report.error = "cannot create `" + (out / "shots").string() + "`: " + ec.message();
    return report;
  }
  BuildRecord after;
  for (uint32_t i = 0; i < n; ++i) {
    const Shot& shot = graph.shots[i];
    after.shots[shot.id] = keys[i];
    auto it = before.shots.find(shot.id);
    const std::string stem = shot_file_stem(shot.id);
    const bool unchanged = !o.force && it != before.shots.end() && it->second.hash == keys[i].hash &&
                           fs::exists(out / "shots" / (stem + ".png"));
    if (unchanged) continue;
    ShotRender full;
    const ShotRender* r = &report.renders[i];
    if (r->lineart.pixels.empty()) {  // cached, read without its control maps (or picture): read it whole
      std::string problem;
      if (cache.load(keys[i].hash, &full, &problem) != LoadStatus::Hit) {
        report.error = "cache entry for shot `" + shot.id + "` vanished during the build";
        return report;
      }
      r = &full;
    }
    for (const std::string& name :
         write_shot_files((out / "shots").string(), shot.id, *r, o.build.write_control_maps, &report.error))
      report.written.push_back("shots/" + name);
    if (!report.error.empty()) return report;
    keep_pictures_only(report.renders[i]);
  }
  if (o.build.write_shot_graph) {
    if (write_file_atomically((out / "shotgraph.json").string(), shot_graph_to_json_text(graph), &report.error))
      report.written.push_back("shotgraph.json");
    else
      return report;
  }
  save_record(record_file, after, &report.error);
  return report;
}

}  // namespace ekonte::render::cache
