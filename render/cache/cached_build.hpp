#pragma once
// `ekonte build` with the render cache: compute every shot's render key, take the pictures of
// known keys from the cache, render only the rest (in chunks, so an interrupt stops between
// shots), and rewrite a shot's output files only when its key changed since the last build.
// Output files are written only after every shot is rendered: a failed or interrupted build
// leaves the previous outputs as they were, and whatever it rendered stays in the cache.
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "render/build_shots.hpp"
#include "render/cache/render_cache.hpp"
#include "render/shot_generator.hpp"

namespace ekonte::render::cache {

struct CachedBuildOptions {
  BuildOptions build;          // output folder, size, jobs, control maps, shot graph
  std::string cache_dir;       // see default_cache_dir
  bool force = false;          // re-render every shot
  // What the report holds of cached shots: Picture (landmarks and colour picture), or only the
  // Landmarks when the caller reads pictures itself (see RenderCache::load), e.g. only those
  // its own cache of prepared pictures lacks.
  EntryParts cached_parts = EntryParts::Picture;
  const std::atomic<bool>* cancel = nullptr;  // set (e.g. by SIGINT) to stop between shots
  int fail_after = -1;         // test hook: fail once this many shots have been rendered
  // Called after each rendered shot with (done, total to render); may be empty.
  std::function<void(size_t, size_t)> progress;
};

struct ShotOutcome {
  std::string shot_id;
  bool rendered = false;
  std::string reason;  // for rendered shots: the changed tags, "new shot", "not in cache", ...
};

struct CachedBuildReport {
  std::vector<ShotRender> renders;  // in shot order; pictures and landmarks only (no control maps)
  std::vector<std::string> keys;    // render keys, in shot order
  std::vector<ShotOutcome> shots;   // in shot order
  size_t rendered = 0, cached = 0;
  std::vector<std::string> warnings;  // corrupt cache entries and the like
  std::vector<std::string> written;   // output files written, relative to the output folder
  std::string error;                  // empty on success
  bool interrupted = false;
  double render_seconds = 0;
  bool ok() const { return error.empty() && !interrupted; }
};

CachedBuildReport build_shots_cached(const ShotGraph& graph, ShotGenerator& generator,
                                     const CachedBuildOptions& options);

// Renders `shots` (keys computed as for a build), storing each in the cache; for `ekonte render`.
// Entries already in the cache are read, not rendered, unless `force`.
std::vector<ShotRender> render_shots_cached(const ShotGraph& graph, ShotGenerator& generator,
                                            const std::vector<ShotId>& shots, const CachedBuildOptions& options,
                                            size_t* rendered, std::vector<std::string>* warnings);

}  // namespace ekonte::render::cache
