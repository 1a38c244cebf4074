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

bool ShotRenderer::render(const std::vector<size_t>& shots, std::vector<render::ShotRender>& renders,
                          DiagnosticSink& sink, bool* interrupted) {
  render::GenerateOptions go;
  go.jobs = options_.jobs;
  go.control_maps = true;  // cache entries always hold the whole render
  const size_t chunk = size_t(std::max(2, go.jobs * 2));
  size_t done = 0;
  for (size_t start = 0; start < shots.size(); start += chunk) {
    if (options_.cancel && options_.cancel->load()) {
      *interrupted = true;
      return false;
    }
    const std::vector<size_t> ids(shots.begin() + start, shots.begin() + std::min(shots.size(), start + chunk));
    const Shot& first = graph_.shots[ids.front()];
    if (options_.fail_after >= 0 && rendered_so_far_ >= size_t(options_.fail_after)) {
      sink.report(DiagnosticKind::GeneratorFailed, script_, first.span,
                  "injected failure after " + std::to_string(rendered_so_far_) +
                      " rendered shots (EKONTE_TEST_FAIL_AFTER)");
      return false;
    }
    std::vector<render::ShotRenderInput> batch;
    for (size_t i : ids) batch.push_back(inputs_(i));
    render::GenerateOptions chunk_options = go;
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
    // Deflating an entry's sections costs about as much as drawing the shot: on the workers too.
    // Two shots of one key (the same input twice) share one entry, written once: two writers of
    // one file would share its temporary name.
    std::vector<std::string> errors(ids.size());
    parallel_for(ids.size(), options_.jobs, [&](size_t i) {
      for (size_t j = 0; j < i; ++j)
        if (keys_[ids[j]].hash == keys_[ids[i]].hash) return;
      cache_.store(keys_[ids[i]].hash, out[i], &errors[i]);
    });
    for (size_t i = 0; i < ids.size(); ++i) {
      if (!errors[i].empty()) {
        sink.report(DiagnosticKind::CannotWriteShotFiles, cache_.entry_path(keys_[ids[i]].hash), {}, errors[i],
                    "check that the cache folder is writable (`--cache DIR`)");
        return false;
      }
      name_landmarks(out[i].landmarks, graph_, graph_.shots[ids[i]]);
      renders[ids[i]] = std::move(out[i]);
    }
    done += ids.size();
    rendered_so_far_ += ids.size();
  }
  return true;
}

bool ShotRenderer::read_or_render(const std::vector<size_t>& shots, render::cache::EntryParts parts,
                                  std::vector<render::ShotRender>& renders, DiagnosticSink& sink, bool* interrupted,
                                  size_t* rendered) {
  std::vector<size_t> todo;
  for (size_t i : shots)
    if (options_.force || !read(i, parts, &renders[i], sink)) todo.push_back(i);
  if (rendered) *rendered = todo.size();
  return render(todo, renders, sink, interrupted);
}

}  // namespace ekonte::pipeline
