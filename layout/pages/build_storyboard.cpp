#include <algorithm>
#include <set>

#include "layout/pages/page_builders.hpp"
#include "layout/pages/page_common.hpp"

namespace ekonte::layout {

namespace {

constexpr double kPageW = 841.89, kPageH = 595.28;  // A4 landscape
constexpr double kMargin = 28;
constexpr double kHeaderH = 24, kFooterH = 18;
constexpr double kGutter = 14;
constexpr double kStripH = 13;      // scene-heading strip above a panel
constexpr double kBodySize = 8;     // action and dialogue
constexpr double kInfoSize = 8;     // framing, angle, movement, duration
constexpr double kPictureShare = 0.64;  // of the cell's width, when its height allows
constexpr double kSideGap = 9;      // between the picture and the text beside it
constexpr double kMinScale = 0.75;  // text shrinks to 75% before it continues in the next cell
constexpr Color kStripFill{0.88, 0.88, 0.9};
constexpr Color kGray{0.35, 0.35, 0.35};
constexpr Color kNoteColor{0.15, 0.3, 0.55};

std::string transition_label(Transition t) {
  return std::string(vocabulary::row(t).storyboard_mark);
}

std::string scene_title(const Scene& scene) {
  std::string heading = scene.heading;
  if (heading.empty()) heading = scene.int_ext + " " + scene.place + (scene.time.empty() ? "" : " - " + scene.time);
  return "SCENE " + scene.number + " · " + heading;
}

std::vector<FlowParagraph> shot_flow(const ShotGraph& graph, const Shot& shot, bool first_in_scene) {
  std::vector<FlowParagraph> out;
  const TextStyle body{TextFace::Body, kBodySize};
  const TextStyle bold{TextFace::BodyBold, kBodySize};
  if (first_in_scene && shot.scene.valid())
    for (const auto& a : graph.scene(shot.scene).action) out.push_back({a, {TextFace::Body, kBodySize, kGray}});
  for (const auto& a : shot.action) out.push_back({a, body, 0, 1.5});
  auto said = [&](const DialogueLine& d) { return cue_with_parentheticals(graph, d) + ": " + d.text; };
  if (has_dual_dialogue(shot)) {
    // Spoken at once: the two speakers side by side, as a screenplay prints dual dialogue.
    const auto [first, second] = dual_groups(shot);
    std::string a, b;
    for (const auto* d : first) a += (a.empty() ? "" : " ") + said(*d);
    for (const auto* d : second) b += (b.empty() ? "" : " ") + said(*d);
    out.push_back({a, body, 8, 1.5, b});
  } else {
    for (const auto& d : shot.dialogue) out.push_back({said(d), body, 8, 1.5});
  }
  for (const auto& s : shot.sfx) out.push_back({"SFX: " + s, bold, 0, 1.5});
  for (const auto& n : shot.notes) out.push_back({"NOTE: " + n, {TextFace::Body, kBodySize, kNoteColor}, 0, 1.5});
  if (shot.transition_out != Transition::None)
    out.push_back({transition_label(shot.transition_out), bold, 0, 1.5});
  return out;
}

struct PageInfo {
  std::set<std::string> scenes;
  double start_s = 1e18, end_s = 0;
};

}  // namespace

Document build_storyboard(const ShotGraph& graph, const ShotPictures& pictures, const FontLibrary& fonts,
                          const StoryboardOptions& options) {
  Document doc;
  doc.title = graph.meta.title;
  doc.author = graph.meta.author;
  doc.subject = "storyboard";
  const int cols = std::max(1, options.columns), rows = std::max(1, options.rows);
  const double fps = graph.meta.fps ? graph.meta.fps : 24;
  const double aspect = graph.meta.aspect_h ? static_cast<double>(graph.meta.aspect_w) / graph.meta.aspect_h : 16.0 / 9;
  const double top = kMargin + kHeaderH, bottom = kPageH - kMargin - kFooterH;
  const double cell_w = (kPageW - 2 * kMargin - (cols - 1) * kGutter) / cols;
  const double cell_h = (bottom - top - (rows - 1) * kGutter) / rows;

  std::vector<PageInfo> infos;
  int cell = cols * rows;  // forces a new page first
  auto next_cell = [&]() -> Rect {
    if (cell >= cols * rows) {
      doc.pages.push_back(Page{kPageW, kPageH, {}});
      infos.emplace_back();
      cell = 0;
    }
    const int c = cell % cols, r = cell / cols;
    ++cell;
    return {kMargin + c * (cell_w + kGutter), top + r * (cell_h + kGutter), cell_w, cell_h};
  };

  double t = 0;
  SceneId last_scene;
  for (const auto& shot : graph.shots) {
    const bool first_in_scene = shot.scene != last_scene;
    last_scene = shot.scene;
    Rect c = next_cell();
    Page* page = &doc.pages.back();
    infos.back().scenes.insert(shot.scene.valid() ? graph.scene(shot.scene).number : "");
    infos.back().start_s = std::min(infos.back().start_s, t);
    t += shot.duration_frames / fps;
    infos.back().end_s = t;

    double y = c.y;
    if (first_in_scene && shot.scene.valid()) {
      const Scene& scene = graph.scene(shot.scene);
      add_rect(*page, {c.x, y, c.w, kStripH}, kStripFill, std::nullopt);
      add_label(*page, fonts, {TextFace::BodyBold, 7.5}, scene_title(scene), c.x + 3, y + 1.5, c.w - 6);
      doc.outline.push_back({scene_title(scene), static_cast<int>(doc.pages.size()) - 1, y});
      y += kStripH + 3;
    }
    // The picture as large as the cell allows at the left; the camera data, then the action
    // and dialogue, beside it; what does not fit there runs on beneath the picture.
    double pw = c.w * kPictureShare, ph = pw / aspect;
    if (ph > c.bottom() - y) {
      ph = c.bottom() - y;
      pw = ph * aspect;
    }
    const Rect frame{c.x, y, pw, ph};
    add_picture(*page, fonts, pictures, shot, frame);
    add_camera_marks(*page, fonts, shot, frame);

    std::vector<FlowParagraph> paras;
    paras.push_back({"SHOT " + shot.id, {TextFace::BodyBold, 12}});
    std::string framing = upper(std::string(name_of(shot.framing.value)));
    if (!shot.subject_text.empty()) framing += " · " + shot.subject_text;
    paras.push_back({framing, {TextFace::BodyBold, kInfoSize}, 0, 2});
    std::string camera = upper(std::string(name_of(shot.angle.value)));
    if (shot.movement.value != Movement::Static) camera += " · " + upper(std::string(name_of(shot.movement.value)));
    paras.push_back({camera, {TextFace::Body, kInfoSize}});
    std::string time = seconds_plus_frames(shot.duration_frames, graph.meta.fps) + "  (" +
                       std::to_string(shot.duration_frames / fps).substr(0, 4) + " s)";
    if (shot.take > 1) time += "  TAKE " + std::to_string(shot.take);
    paras.push_back({time, {TextFace::Body, kInfoSize}});
    if (shot.transition_in != Transition::None)
      paras.push_back({transition_label(shot.transition_in), {TextFace::BodyBold, kInfoSize}, 0, 2});
    auto flow = shot_flow(graph, shot, first_in_scene);
    if (!flow.empty()) flow.front().space_before = 5;
    paras.insert(paras.end(), flow.begin(), flow.end());

    const Rect side{frame.right() + kSideGap, y, c.right() - frame.right() - kSideGap, ph};
    const Rect below{c.x, frame.bottom() + 4, c.w, std::max(0.0, c.bottom() - frame.bottom() - 4)};
    std::vector<FlowLine> lines;
    for (double sc = 1.0; sc >= kMinScale - 1e-9; sc -= 0.05) {
      lines = set_flow(fonts, paras, side.w, sc);
      if (flow_height(lines) <= side.h + below.h) break;
    }
    auto rest = place_lines(*page, std::move(lines), side);
    if (!rest.empty() && below.h > 0) rest = place_lines(*page, std::move(rest), below);
    // Whatever does not fit continues in the next cell under a continuation strip.
    while (!rest.empty()) {
      c = next_cell();
      page = &doc.pages.back();
      infos.back().scenes.insert(shot.scene.valid() ? graph.scene(shot.scene).number : "");
      add_rect(*page, {c.x, c.y, c.w, kStripH}, kStripFill, std::nullopt);
      add_label(*page, fonts, {TextFace::BodyBold, 7.5}, "SHOT " + shot.id + " (continued)", c.x + 3, c.y + 1.5, c.w - 6);
      rest = place_lines(*page, std::move(rest), {c.x, c.y + kStripH + 3, c.w, c.h - kStripH - 3});
    }
  }

  const double total = graph.shots.empty() ? 0 : t;
  const int n = static_cast<int>(doc.pages.size());
  for (int i = 0; i < n; ++i) {
    Page& page = doc.pages[i];
    std::string header = graph.meta.title;
    if (!graph.meta.episode.empty()) header += " · Episode " + graph.meta.episode;
    add_label(page, fonts, {TextFace::BodyBold, 11}, header, kMargin, kMargin - 4, kPageW - 2 * kMargin);
    std::string scenes;
    for (const auto& s : infos[i].scenes) scenes += (scenes.empty() ? "" : ", ") + s;
    add_label(page, fonts, {TextFace::Body, 9}, (infos[i].scenes.size() > 1 ? "Scenes " : "Scene ") + scenes, kMargin,
              kMargin - 2, kPageW - 2 * kMargin, 1);
    add_line(page, {kMargin, top - 6}, {kPageW - kMargin, top - 6}, kBlack, 0.6);
    const double fy = kPageH - kMargin - kFooterH + 6;
    add_line(page, {kMargin, fy - 3}, {kPageW - kMargin, fy - 3}, kBlack, 0.4);
    add_label(page, fonts, {TextFace::Body, 8}, "page " + std::to_string(i + 1) + "/" + std::to_string(n), kMargin, fy,
              200);
    add_label(page, fonts, {TextFace::Body, 8},
              "running time " + running_time(infos[i].start_s) + "–" + running_time(infos[i].end_s) + " of " +
                  running_time(total),
              kMargin, fy, kPageW - 2 * kMargin, 1);
  }
  return doc;
}

}  // namespace ekonte::layout
