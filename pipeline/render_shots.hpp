#pragma once
// ShotRenderInputs -> rendered shots, through the render cache: every shot's key is the hash of
// its input; known keys are read from the cache, the rest rendered by the generator in chunks
// (so a cancel stops between shots) and stored at once. A damaged entry is reported (W0502)
// and its shot rendered again, before any later stage reads it.
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "render/cache/render_cache.hpp"
#include "render/cache/render_key.hpp"
#include "render/shot_generator.hpp"

namespace ekonte::pipeline {

struct RenderOptions {
  std::string cache_dir;  // see render::cache::default_cache_dir
  bool force = false;     // render every shot again
  int jobs = 1;
  const std::atomic<bool>* cancel = nullptr;  // set (e.g. by SIGINT) to stop between shots
  int fail_after = -1;    // test hook: fail once this many shots have been rendered
  // Called after each rendered shot with (done, total to render); may be empty.
  std::function<void(size_t, size_t)> progress;
};

// Shot index -> its render input, made when needed: an input holds the character models of
// the shot by value, so a build keeps only the keys of its shots, never every input at once.
using ShotInputs = std::function<render::ShotRenderInput(size_t shot)>;

// The shots of one graph, with their keys, and where their renders are.
class ShotRenderer {
 public:
  // `script` is the script's path, for diagnostics at the shots' headers.
  ShotRenderer(const ShotGraph& graph, std::string script, ShotInputs inputs, render::ShotGenerator& generator,
               RenderOptions options);

  const render::cache::RenderKey& key(size_t shot) const { return keys_[shot]; }
  const render::cache::RenderCache& cache() const { return cache_; }
  // The number of shots progress counts up to, when a build renders them in several calls.
  void set_progress_total(size_t total) { progress_total_ = total; }

  // Reads `parts` of shot `shot`'s cache entry into `out` (landmarks named). Missing: false.
  // Damaged: W0502 into `sink`, `*corrupt` set, false.
  bool read(size_t shot, render::cache::EntryParts parts, render::ShotRender* out, DiagnosticSink& sink,
            bool* corrupt = nullptr) const;
  // What is done with a shot as soon as it is rendered and stored: (shot index, its render),
  // on a worker thread, several at once. It may take the pixels; what is left goes to `renders`.
  using ThenFn = std::function<void(size_t, render::ShotRender&)>;
  // How many shots to give render() at a time: a few per job, more when the generator hands
  // each shot over as it is done (then a render is held only while `then` runs).
  size_t window() const;
  // Renders `shots` (indices into the graph's shots), storing each in the cache, calling `then`
  // and putting its render (with control maps, unless `then` took them) in `renders` (indexed
  // like the shots). Returns false when cancelled (`*interrupted` set) or failed (E0503/E0605
  // in `sink`).
  bool render(const std::vector<size_t>& shots, std::vector<render::ShotRender>& renders, DiagnosticSink& sink,
              bool* interrupted, const ThenFn& then = {});
  // `parts` of every shot in `shots`, from the cache where whole, rendered again where damaged
  // or missing (those are handed to `then`, the others not). Returns false like render().
  bool read_or_render(const std::vector<size_t>& shots, render::cache::EntryParts parts,
                      std::vector<render::ShotRender>& renders, DiagnosticSink& sink, bool* interrupted,
                      size_t* rendered = nullptr, const ThenFn& then = {});

 private:
  const ShotGraph& graph_;
  std::string script_;
  ShotInputs inputs_;
  std::vector<render::cache::RenderKey> keys_;
  render::ShotGenerator& generator_;
  RenderOptions options_;
  render::cache::RenderCache cache_;
  size_t rendered_so_far_ = 0;
  size_t progress_total_ = 0;  // 0: each render() call counts its own shots
};

}  // namespace ekonte::pipeline
