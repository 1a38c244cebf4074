#include "pipeline/build.hpp"

#include <filesystem>
#include <optional>

#include "compiler/shot_graph_json.hpp"
#include "support/atomic_write.hpp"
#include "pipeline/build_record.hpp"
#include "pipeline/parallel_for.hpp"
#include "pipeline/prepare_pictures.hpp"
#include "pipeline/render_shots.hpp"
#include "pipeline/shot_render_inputs.hpp"
#include "render/shot_files.hpp"

namespace ekonte::pipeline {
namespace fs = std::filesystem;
using render::cache::EntryParts;

namespace {

// What the build holds of each shot between the stages.
struct ShotState {
  bool rendered_now = false;
  bool needs_files = false;                    // its key changed since the last build into out_dir
  std::optional<PreparedPicture> prepared;     // read back from the cache
  std::string prepared_problem;                // a damaged prepared picture
};

bool write_outputs(const CompiledScript& script, const std::vector<ShotState>& state,
                   const std::vector<render::ShotRender>& renders, const BuildOptions& o, BuildReport& report) {
  const ShotGraph& graph = script.graph();
  const fs::path out(o.out_dir);
  std::error_code ec;
  fs::create_directories(out / "shots", ec);
  if (ec) {
    report.diagnostics.report(DiagnosticKind::CannotWriteShotFiles, (out / "shots").string(), {},
                              "cannot create the folder: " + ec.message(), "check that the output folder is writable");
    return false;
  }
  for (size_t i = 0; i < graph.shots.size(); ++i) {
    if (!state[i].needs_files) continue;
    std::string error;
    for (const std::string& name :
         render::write_shot_files((out / "shots").string(), graph.shots[i].id, renders[i], o.write_control_maps, &error))
      report.written.push_back("shots/" + name);
    if (!error.empty()) {
      report.diagnostics.report(DiagnosticKind::CannotWriteShotFiles, script.source().path, graph.shots[i].span, error,
                                "check that the output folder is writable");
      return false;
    }
  }
  // The compiler's JSON writer; the pipeline decides where it goes.
  std::string error;
  if (!write_file_atomically((out / "shotgraph.json").string(), shot_graph_to_json_text(graph), &error)) {
    report.diagnostics.report(DiagnosticKind::CannotWriteShotFiles, (out / "shotgraph.json").string(), {}, error,
                              "check that the output folder is writable");
    return false;
  }
  report.written.push_back("shotgraph.json");
  return true;
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
  ShotRenderer renderer(graph, script.source().path, shot_render_inputs(context), generator, ro);
  const std::string record_file = build_record_path(ro.cache_dir, o.out_dir);
  const BuildRecord before = load_build_record(record_file);

  // Which shots the cache knows (their landmarks are all a build needs of most of them).
  std::vector<render::ShotRender> renders(n);
  std::vector<ShotState> state(n);
  std::vector<size_t> todo;
  report.shots.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const Shot& shot = graph.shots[i];
    report.shots[i].shot_id = shot.id;
    report.shots[i].key = renderer.key(i).hash;
    bool corrupt = false;
    if (!o.force && renderer.read(i, EntryParts::Landmarks, &renders[i], report.diagnostics, &corrupt)) continue;
    todo.push_back(i);
    state[i].rendered_now = true;
    report.shots[i].rendered = true;
    report.shots[i].reason = explain_render(renderer.key(i), before, shot.id, o.force, corrupt);
  }
  if (!renderer.render(todo, renders, report.diagnostics, &report.interrupted)) return report;

  // What each cached shot still needs: its whole entry when its files are written again, else
  // its page picture (prepared by an earlier build, or its picture to prepare it from).
  std::vector<size_t> need_all, need_picture;
  for (size_t i = 0; i < n; ++i) {
    const Shot& shot = graph.shots[i];
    auto it = before.shots.find(shot.id);
    state[i].needs_files = o.force || it == before.shots.end() || it->second.hash != renderer.key(i).hash ||
                           !fs::exists(fs::path(o.out_dir) / "shots" / (render::shot_file_stem(shot.id) + ".png"));
    if (state[i].rendered_now) continue;
    if (state[i].needs_files) {
      need_all.push_back(i);
      continue;
    }
    if (!o.write_pdfs) continue;
    PreparedPicture p;
    if (load_prepared_picture(renderer.cache(), renderer.key(i).hash, &p, &state[i].prepared_problem))
      state[i].prepared = std::move(p);
    else
      need_picture.push_back(i);
  }
  // Damaged entries are rendered again here, before any later stage reads them.
  size_t repaired_all = 0, repaired_picture = 0;
  if (!renderer.read_or_render(need_all, EntryParts::All, renders, report.diagnostics, &report.interrupted,
                               &repaired_all) ||
      !renderer.read_or_render(need_picture, EntryParts::Picture, renders, report.diagnostics, &report.interrupted,
                               &repaired_picture))
    return report;
  report.rendered = todo.size() + repaired_all + repaired_picture;
  report.cached = n - report.rendered;

  if (!write_outputs(script, state, renders, o, report)) return report;
  BuildRecord after;
  for (size_t i = 0; i < n; ++i) after.shots[graph.shots[i].id] = renderer.key(i);
  std::string ignored;  // a record that cannot be written only costs the next build's explanations
  save_build_record(record_file, after, &ignored);
  if (!o.write_pdfs) return report;

  // Page pictures, then pages.
  if (o.progress) o.progress(BuildStage::LayingOut, 0, n);
  std::vector<layout::ShotPicture> pictures(n);
  parallel_for(n, o.jobs, [&](size_t i) {
    const Shot& shot = graph.shots[i];
    if (state[i].prepared) {
      PreparedPicture& p = *state[i].prepared;
      pictures[i] = layout::shot_picture_from(shot.id, p.image, p.source_width, p.source_height, renders[i].landmarks);
    } else if (!renders[i].color.pixels.empty()) {
      pictures[i] = prepare_picture(&renderer.cache(), renderer.key(i).hash, shot.id, renders[i].color,
                                    renders[i].landmarks);
    }
  });
  layout::ShotPictures by_id;
  for (size_t i = 0; i < n; ++i) {
    const Shot& shot = graph.shots[i];
    if (!state[i].prepared_problem.empty())
      report.diagnostics.report(DiagnosticKind::DamagedPagePicture, script.source().path, shot.span,
                                "the cached page picture of shot `" + shot.id + "` is damaged (" +
                                    state[i].prepared_problem + "); it is prepared again");
    if (pictures[i].image) by_id[shot.id] = std::move(pictures[i]);
  }
  renders.clear();
  layout::PdfReport pdf_report;
  layout::write_pdfs(graph, by_id, o.out_dir, o.pdf, report.diagnostics, &pdf_report);
  report.pdfs = pdf_report.written;
  report.pages = pdf_report.pages;
  return report;
}

}  // namespace ekonte::pipeline
