#include "pipeline/build.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <unordered_map>

#include "compiler/shot_graph_json.hpp"
#include "support/atomic_write.hpp"
#include "pipeline/build_record.hpp"
#include "pipeline/make_animatic.hpp"
#include "pipeline/parallel_for.hpp"
#include "pipeline/picture_spool.hpp"
#include "pipeline/prepare_pictures.hpp"
#include "pipeline/render_shots.hpp"
#include "pipeline/shot_render_inputs.hpp"
#include "pipeline/staged_outputs.hpp"
#include "render/shot_files.hpp"

namespace ekonte::pipeline {
namespace fs = std::filesystem;
using render::cache::EntryParts;

namespace {

// The sizes of a shot's page picture kept in the render cache: all a build holds of it until
// a page shows it (pipeline::cached_shot_picture reads it back then).
struct CachedPicture {
  int width = 0, height = 0;                // the prepared picture
  int source_width = 0, source_height = 0;  // the render it was made from
};

// What the build must do for each shot, decided before any picture is read.
struct ShotPlan {
  bool render_now = false;  // not in the cache (or --force, or damaged)
  bool needs_files = false; // files asked for, and not written by the last build with this key
  bool needs_picture = false;  // a page picture must be made (no prepared one in the cache)
  std::optional<CachedPicture> cached;  // a whole prepared picture is in the cache
  std::string prepared_problem;         // a damaged prepared picture
};

// Where the shots' files go (BuildOptions::shots_dir): staged with the other outputs when the
// folder is inside the output folder, else staged in a folder of its own, committed just
// before the others.
class ShotFilesTarget {
 public:
  ShotFilesTarget(const BuildOptions& o, StagedOutputs& staged) {
    if (o.shots_dir.empty()) return;
    std::error_code ec;
    absolute_ = fs::weakly_canonical(fs::absolute(o.shots_dir), ec).string();
    const fs::path out = fs::weakly_canonical(fs::absolute(o.out_dir), ec);
    const fs::path inside = fs::path(absolute_).lexically_relative(out);
    if (!inside.empty() && *inside.begin() != "..") {
      staged_ = &staged;
      prefix_ = inside == "." ? std::string() : inside.string() + "/";
    } else {
      own_.emplace(o.shots_dir);
      staged_ = &*own_;
      shown_ = (fs::path(o.shots_dir) / "").string();
    }
    fs::create_directories(dir(), ec);
  }
  bool wanted() const { return staged_ != nullptr; }
  const std::string& absolute() const { return absolute_; }  // empty when not wanted
  std::string error() const { return own_ ? own_->error() : std::string(); }
  std::string dir() const { return staged_->staged_path(prefix_); }
  // `name` (e.g. "12A.png"), written into dir(), joins the set committed.
  std::string add(const std::string& name) {
    staged_->add(prefix_ + name);
    return own_ ? shown_ + name : prefix_ + name;
  }
  // `name` in the shots folder is removed at the commit.
  void remove(const std::string& name) { staged_->remove(prefix_ + name); }
  bool commit(std::string* error) { return !own_ || own_->commit(error); }
  void discard() {
    if (own_) own_->discard();
  }

 private:
  StagedOutputs* staged_ = nullptr;
  std::optional<StagedOutputs> own_;
  std::string absolute_, prefix_, shown_;
};

bool shot_files_exist(const std::string& dir, const std::string& shot_id, bool control_maps) {
  const fs::path stem = fs::path(dir) / render::shot_file_stem(shot_id);
  return fs::exists(stem.string() + ".png") && fs::exists(stem.string() + ".landmarks.json") &&
         (!control_maps || fs::exists(stem.string() + ".lineart.png"));
}

}  // namespace

BuildReport build(const CompiledScript& script, render::ShotGenerator& generator, const BuildOptions& o) {
  BuildReport report;
  const ShotGraph& graph = script.graph();
  const size_t n = graph.shots.size();
  RenderOptions ro;
  ro.cache_dir = o.cache_dir.empty() ? render::cache::default_cache_dir(o.out_dir, "") : o.cache_dir;
  ro.jobs = o.jobs;
  ro.cancel = o.cancel;
  ro.fail_after = o.fail_after;
  if (o.progress) ro.progress = [&](size_t done, size_t total) { o.progress(BuildStage::Rendering, done, total); };
  const RenderContext context =
      make_render_context(graph, script.models, generator.input(), frame_size(graph.meta, o.width, o.height));
  ShotRenderer renderer(
      graph, script.source().path, [&](size_t i) { return shot_render_input(context, graph.shots[i]); }, generator, ro);
  const std::string record_file = build_record_path(ro.cache_dir, o.out_dir);
  const BuildRecord before = load_build_record(record_file);

  StagedOutputs staged(o.out_dir);
  if (!staged.error().empty()) {
    report.diagnostics.report(DiagnosticKind::CannotWriteShotFiles, o.out_dir, {}, staged.error(),
                              "check that the output folder is writable");
    return report;
  }
  ShotFilesTarget shot_files(o, staged);
  if (!shot_files.error().empty()) {
    report.diagnostics.report(DiagnosticKind::CannotWriteShotFiles, o.shots_dir, {}, shot_files.error(),
                              "check that the shots folder is writable");
    return report;
  }
  // The files the last build wrote are kept only where this one writes the same set.
  const bool same_files = before.shot_files_dir == shot_files.absolute() && (before.control_maps || !o.write_control_maps);

  // The plan: which shots the cache knows (their landmarks are all a build keeps of them),
  // which need their files written, which need a page picture made.
  std::vector<render::ShotRender> renders(n);  // landmarks for every shot; pixels only inside a window
  std::vector<ShotPlan> plan(n);
  report.shots.resize(n);
  size_t to_render = 0;
  for (size_t i = 0; i < n; ++i) {
    const Shot& shot = graph.shots[i];
    report.shots[i].shot_id = shot.id;
    report.shots[i].key = renderer.key(i).hash;
    bool corrupt = false;
    if (o.force || !renderer.read(i, EntryParts::Landmarks, &renders[i], report.diagnostics, &corrupt)) {
      plan[i].render_now = true;
      ++to_render;
      report.shots[i].rendered = true;
      report.shots[i].reason = explain_render(renderer.key(i), before, shot.id, o.force, corrupt);
    }
    auto it = before.shots.find(shot.id);
    plan[i].needs_files = shot_files.wanted() &&
                          (o.force || !same_files || it == before.shots.end() ||
                           it->second.hash != renderer.key(i).hash ||
                           !shot_files_exist(o.shots_dir, shot.id, o.write_control_maps));
    if (!o.write_pdfs) continue;
    if (!plan[i].render_now && !plan[i].needs_files) {
      // Read whole (every checksum checked, so damage is found now, while it can be prepared
      // again), then only its sizes are kept.
      PreparedPicture p;
      if (load_prepared_picture(renderer.cache(), renderer.key(i).hash, &p, &plan[i].prepared_problem))
        plan[i].cached = CachedPicture{p.image->width, p.image->height, p.source_width, p.source_height};
    }
    plan[i].needs_picture = !plan[i].cached;
  }
  renderer.set_progress_total(to_render);
  // Two ids can share a file stem; their files are the last one's, as if written in shot
  // order, and the others write none (the shots' files are written on several threads).
  {
    std::unordered_map<std::string, size_t> last;
    for (size_t i = 0; i < n; ++i) last[render::shot_file_stem(graph.shots[i].id)] = i;
    for (size_t i = 0; i < n; ++i) plan[i].needs_files = plan[i].needs_files && last[render::shot_file_stem(graph.shots[i].id)] == i;
  }

  // Shots stream through in windows of a few per job: rendered (or read from the cache; a
  // damaged entry rendered again), their files staged, their page pictures made and kept in
  // the cache, and their pixels dropped, so memory is bounded by --jobs, not by the number of
  // shots. A picture the cache could not keep is parked in a spool file instead (`pictures`).
  // A rendered shot is finished on the worker that drew it, as soon as it is stored; a shot
  // read from the cache on the workers once its window is read.
  const size_t window = renderer.window();
  PictureSpool spool(staged.staging_dir());
  std::vector<layout::ShotPicture> pictures(n);
  std::vector<std::vector<std::string>> names(n);  // the shots' files written, gathered in shot order
  std::vector<std::string> errors(n);
  std::vector<char> finished(n, 0);
  size_t repaired = 0;
  auto fail = [&] {
    shot_files.discard();
    staged.discard();
    return report;
  };
  auto finish_shot = [&](size_t i, render::ShotRender& r) {
    finished[i] = 1;
    if (plan[i].needs_files)
      names[i] = render::write_shot_files(shot_files.dir(), graph.shots[i].id, r, o.write_control_maps, &errors[i]);
    if (o.write_pdfs && plan[i].needs_picture && !r.color.pixels.empty()) {
      bool stored = false;
      layout::ShotPicture made =
          prepare_picture(&renderer.cache(), renderer.key(i).hash, graph.shots[i].id, r.color, r.landmarks, &stored);
      if (stored)
        plan[i].cached = CachedPicture{made.image->width, made.image->height, r.color.width, r.color.height};
      else
        pictures[i] = spool.park(graph.shots[i].id, std::move(made), r.color.width, r.color.height);
    }
    render::ShotLandmarks landmarks = std::move(r.landmarks);
    r = render::ShotRender{};
    r.landmarks = std::move(landmarks);
  };
  for (size_t start = 0; start < n; start += window) {
    const size_t end = std::min(n, start + window);
    std::vector<size_t> render_now, need_all, need_picture;
    for (size_t i = start; i < end; ++i) {
      if (plan[i].render_now) render_now.push_back(i);
      else if (plan[i].needs_files) need_all.push_back(i);
      else if (plan[i].needs_picture) need_picture.push_back(i);
    }
    // Shots read from the cache are read and finished a few per job at a time: a read holds
    // its whole render until it is finished.
    auto read_and_finish = [&](const std::vector<size_t>& shots, EntryParts parts) {
      const size_t at_once = 2 * size_t(std::max(1, o.jobs));
      for (size_t from = 0; from < shots.size(); from += at_once) {
        const std::vector<size_t> some(shots.begin() + from, shots.begin() + std::min(shots.size(), from + at_once));
        size_t again = 0;
        if (!renderer.read_or_render(some, parts, renders, report.diagnostics, &report.interrupted, &again,
                                     finish_shot))
          return false;
        repaired += again;
        parallel_for(some.size(), o.jobs, [&](size_t k) {
          if (!finished[some[k]]) finish_shot(some[k], renders[some[k]]);
        });
      }
      return true;
    };
    if (!renderer.render(render_now, renders, report.diagnostics, &report.interrupted, finish_shot) ||
        !read_and_finish(need_all, EntryParts::All) || !read_and_finish(need_picture, EntryParts::Picture))
      return fail();
    for (size_t i = start; i < end; ++i) {
      for (const std::string& name : names[i]) report.written.push_back(shot_files.add(name));
      // A shot's files of an earlier build that this one does not write (its maps, when they
      // are no longer asked for; a background it no longer has) would no longer match it.
      if (plan[i].needs_files && errors[i].empty())
        for (const std::string& name : render::shot_file_names(graph.shots[i].id))
          if (std::find(names[i].begin(), names[i].end(), name) == names[i].end() &&
              fs::exists(fs::path(o.shots_dir) / name))
            shot_files.remove(name);
      names[i].clear();
      if (errors[i].empty()) continue;
      report.diagnostics.report(DiagnosticKind::CannotWriteShotFiles, script.source().path, graph.shots[i].span,
                                errors[i], "check that the output folder is writable");
      return fail();
    }
  }
  report.rendered = to_render + repaired;
  report.cached = n - report.rendered;

  // The compiler's JSON writer; the pipeline decides where it goes.
  std::string error;
  if (!write_file_atomically(staged.staged_path("shotgraph.json"), shot_graph_to_json_text(graph), &error)) {
    report.diagnostics.report(DiagnosticKind::CannotWriteShotFiles, (fs::path(o.out_dir) / "shotgraph.json").string(),
                              {}, error, "check that the output folder is writable");
    return fail();
  }
  staged.add("shotgraph.json");
  report.written.push_back("shotgraph.json");

  if (o.write_pdfs) {
    if (o.progress) o.progress(BuildStage::LayingOut, 0, n);
    layout::ShotPictures by_id;
    std::vector<std::string> unreadable;  // pictures gone from the cache since they were checked
    for (size_t i = 0; i < n; ++i) {
      const Shot& shot = graph.shots[i];
      if (!plan[i].prepared_problem.empty())
        report.diagnostics.report(DiagnosticKind::DamagedPagePicture, script.source().path, shot.span,
                                  "the cached page picture of shot `" + shot.id + "` is damaged (" +
                                      plan[i].prepared_problem + "); it is prepared again");
      if (plan[i].cached) {
        const CachedPicture& c = *plan[i].cached;
        by_id[shot.id] = cached_shot_picture(renderer.cache(), renderer.key(i).hash, shot.id, c.width, c.height,
                                             c.source_width, c.source_height, renders[i].landmarks, &unreadable);
      } else if (pictures[i].image) {
        by_id[shot.id] = std::move(pictures[i]);
      }
    }
    pictures.clear();
    plan.clear();
    layout::PdfReport pdf_report;
    layout::PdfOptions pdf_options = o.pdf;
    pdf_options.jobs = o.jobs;
    const bool laid_out =
        layout::write_pdfs(graph, by_id, staged.staging_dir(), pdf_options, report.diagnostics, &pdf_report);
    by_id.clear();
    std::sort(unreadable.begin(), unreadable.end());  // once per shot, not per PDF
    unreadable.erase(std::unique(unreadable.begin(), unreadable.end()), unreadable.end());
    for (const std::string& id : unreadable)
      report.diagnostics.report(DiagnosticKind::MissingShotImage, ro.cache_dir, {},
                                "the page picture of shot `" + id +
                                    "` could not be read back from the render cache while the pages were laid out "
                                    "(removed or damaged during the build)",
                                "build again: the picture is prepared again");
    if (!laid_out || report.diagnostics.has_errors()) return fail();
    for (const std::string& path : pdf_report.written) {
      const std::string relative = fs::path(path).lexically_relative(staged.staging_dir()).string();
      staged.add(relative);
      if (relative.size() > 4 && relative.substr(relative.size() - 4) == ".pdf")
        report.pdfs.push_back((fs::path(o.out_dir) / relative).string());
    }
    report.pages = pdf_report.pages;
  }

  if (o.animatic) {
    AnimaticOptions ao;
    ao.out_path = staged.staged_path("animatic.mp4");
    ao.width = o.width;
    ao.height = o.height;
    ao.jobs = o.jobs;
    ao.cache_dir = ro.cache_dir;
    ao.audio = o.animatic_audio;
    ao.cancel = o.cancel;
    if (o.progress)
      ao.progress = [&](AnimaticStage stage, size_t done, size_t total) {
        if (stage == AnimaticStage::Encoding) o.progress(BuildStage::Encoding, done, total);
      };
    const AnimaticReport film = make_animatic(script, generator, ao);
    report.diagnostics.append(film.diagnostics);
    report.interrupted = report.interrupted || film.interrupted;
    if (!film.ok()) return fail();
    for (const std::string& path : film.written) {
      const std::string relative = fs::path(path).lexically_relative(staged.staging_dir()).string();
      staged.add(relative);
      report.written.push_back(relative);
    }
  }

  if (!shot_files.commit(&error) || !staged.commit(&error)) {
    report.diagnostics.report(DiagnosticKind::CannotWritePages, o.out_dir, {}, error,
                              "check that the output folder is writable; the next build finishes the move");
    return report;
  }
  BuildRecord after;
  for (size_t i = 0; i < n; ++i) after.shots[graph.shots[i].id] = renderer.key(i);
  after.shot_files_dir = shot_files.absolute();
  after.control_maps = shot_files.wanted() && o.write_control_maps;
  std::string ignored;  // a record that cannot be written only costs the next build's explanations
  save_build_record(record_file, after, &ignored);
  return report;
}

}  // namespace ekonte::pipeline
