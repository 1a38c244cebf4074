#include "pipeline/render_shots.hpp"

#include <algorithm>
#include <exception>

#include "pipeline/parallel_for.hpp"
#include "pipeline/shot_render_inputs.hpp"

namespace ekonte::pipeline {

ShotRenderer::ShotRenderer(const ShotGraph& graph, std::string script, ShotInputs inputs,
                           render::ShotGenerator& generator, RenderOptions options)
    : graph_(graph),
      script_(std::move(script)),
      inputs_(std::move(inputs)),
      generator_(generator),
      options_(std::move(options)),
      cache_(options_.cache_dir) {
  // Every shot's input is made and hashed before anything else can start: on the workers.
  keys_.resize(graph_.shots.size());
  parallel_for(graph_.shots.size(), options_.jobs, [&](size_t i) { keys_[i] = render::cache::render_key(inputs_(i)); });
}

bool ShotRenderer::read(size_t shot, render::cache::EntryParts parts, render::ShotRender* out, DiagnosticSink& sink,
                        bool* corrupt) const {
  std::string problem;
  const auto status = cache_.load(keys_[shot].hash, out, &problem, parts);
  if (status == render::cache::LoadStatus::Corrupt) {
    const Shot& s = graph_.shots[shot];
    sink.report(DiagnosticKind::CorruptCacheEntry, script_, s.span,
                "the cache entry of shot `" + s.id + "` is damaged (" + problem + "); the shot is rendered again",
                "`" + cache_.entry_path(keys_[shot].hash) + "` is replaced");
    if (corrupt) *corrupt = true;
  }
  if (status != render::cache::LoadStatus::Hit) return false;
  name_landmarks(out->landmarks, graph_, graph_.shots[shot]);
  return true;
}

size_t ShotRenderer::window() const {
  return size_t(std::max(1, options_.jobs)) * (generator_.hands_over_each_shot() ? 8 : 2);
}

bool ShotRenderer::render(const std::vector<size_t>& shots, std::vector<render::ShotRender>& renders,
                          DiagnosticSink& sink, bool* interrupted, const ThenFn& then) {
  render::GenerateOptions go;
  go.jobs = options_.jobs;
  go.control_maps = true;  // cache entries always hold the whole render
  size_t done = 0;
  for (size_t start = 0; start < shots.size();) {
    if (options_.cancel && options_.cancel->load()) {
      *interrupted = true;
      return false;
    }
    size_t chunk = window();
    // The test hook fails after exactly that many shots.
    if (options_.fail_after >= 0 && rendered_so_far_ < size_t(options_.fail_after))
      chunk = std::min(chunk, size_t(options_.fail_after) - rendered_so_far_);
    const std::vector<size_t> ids(shots.begin() + start, shots.begin() + std::min(shots.size(), start + chunk));
    const Shot& first = graph_.shots[ids.front()];
    if (options_.fail_after >= 0 && rendered_so_far_ >= size_t(options_.fail_after)) {
      sink.report(DiagnosticKind::GeneratorFailed, script_, first.span,
                  "injected failure after " + std::to_string(rendered_so_far_) +
                      " rendered shots (EKONTE_TEST_FAIL_AFTER)");
      return false;
    }
    std::vector<render::ShotRenderInput> batch(ids.size());
    parallel_for(ids.size(), options_.jobs, [&](size_t k) { batch[k] = inputs_(ids[k]); });
    // Each shot is stored (deflating its sections costs about as much as drawing it) and handed
    // to `then` on a worker: on the one that drew it when the generator hands each shot over,
    // so no worker waits for the others until the chunk ends. Two shots of one key (the same
    // input twice) share one entry, written once: two writers of one file would share its
    // temporary name.
    std::vector<std::string> errors(ids.size());
    std::vector<char> finished(ids.size(), 0);
    auto finish = [&](size_t k, render::ShotRender& r) {
      bool first_of_key = true;
      for (size_t j = 0; j < k && first_of_key; ++j) first_of_key = keys_[ids[j]].hash != keys_[ids[k]].hash;
      if (first_of_key && !cache_.store(keys_[ids[k]].hash, r, &errors[k])) return;
      name_landmarks(r.landmarks, graph_, graph_.shots[ids[k]]);
      if (then) then(ids[k], r);
      finished[k] = 1;
    };
    render::GenerateOptions chunk_options = go;
    if (generator_.hands_over_each_shot()) chunk_options.on_shot = finish;
    if (options_.progress)
      chunk_options.progress = [&](size_t d, size_t) {
        if (progress_total_ > 0) options_.progress(std::min(rendered_so_far_ + d, progress_total_), progress_total_);
        else options_.progress(done + d, shots.size());
      };
    std::vector<render::ShotRender> out;
    try {
      out = generator_.render_batch(batch, chunk_options);
    } catch (const std::exception& e) {
      sink.report(DiagnosticKind::GeneratorFailed, script_, first.span,
                  "generator `" + generator_.name() + "` cannot render shot `" + first.id + "`: " + e.what());
      return false;
    }
    if (out.size() != ids.size()) {
      sink.report(DiagnosticKind::GeneratorFailed, script_, first.span,
                  "generator `" + generator_.name() + "` returned " + std::to_string(out.size()) + " shots for " +
                      std::to_string(ids.size()));
      return false;
    }
    parallel_for(ids.size(), options_.jobs, [&](size_t k) {
      if (!finished[k] && errors[k].empty()) finish(k, out[k]);
    });
    for (size_t k = 0; k < ids.size(); ++k) {
      if (!errors[k].empty()) {
        sink.report(DiagnosticKind::CannotWriteShotFiles, cache_.entry_path(keys_[ids[k]].hash), {}, errors[k],
                    "check that the cache folder is writable (`--cache DIR`)");
        return false;
      }
      renders[ids[k]] = std::move(out[k]);
    }
    start += ids.size();
    done += ids.size();
    rendered_so_far_ += ids.size();
  }
  return true;
}

bool ShotRenderer::read_or_render(const std::vector<size_t>& shots, render::cache::EntryParts parts,
                                  std::vector<render::ShotRender>& renders, DiagnosticSink& sink, bool* interrupted,
                                  size_t* rendered, const ThenFn& then) {
  std::vector<size_t> todo;
  for (size_t i : shots)
    if (options_.force || !read(i, parts, &renders[i], sink)) todo.push_back(i);
  if (rendered) *rendered = todo.size();
  return render(todo, renders, sink, interrupted, then);
}

}  // namespace ekonte::pipeline
