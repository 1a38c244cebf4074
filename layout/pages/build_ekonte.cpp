#include <algorithm>

#include "layout/pages/page_builders.hpp"
#include "layout/pages/page_common.hpp"

namespace ekonte::layout {

namespace {

constexpr double kPageW = 595.28, kPageH = 841.89;  // A4 portrait
constexpr double kMargin = 24;
constexpr double kHeaderH = 40;
constexpr double kColumnHeadH = 16;
constexpr double kTotalH = 22;
// Column widths: cut number, picture, action, dialogue, time. The picture column is as wide
// as a 16:9 frame the full height of a row (five rows on A4); the two text columns share the rest.
constexpr double kCutW = 30, kPictureW = 248, kTimeW = 38;
constexpr double kPad = 4;
constexpr double kBodySize = 8;
constexpr double kMinScale = 0.72;
constexpr Color kRule{0.2, 0.2, 0.2};
constexpr Color kHeadFill{0.9, 0.9, 0.9};

// Japanese sheet abbreviations for transitions.
std::string transition_mark(Transition t) {
  return std::string(vocabulary::row(t).ekonte_mark);
}

struct Row {
  const Shot* shot = nullptr;
  bool continuation = false;
  std::vector<FlowLine> content, dialogue;  // set lines still to place (continuations)
};

}  // namespace

Document build_ekonte(const ShotGraph& graph, const ShotPictures& pictures, const FontLibrary& fonts) {
  Document doc;
  doc.title = graph.meta.title;
  doc.author = graph.meta.author;
  doc.subject = "ekonte";
  const uint32_t fps = graph.meta.fps ? graph.meta.fps : 24;
  const double aspect = graph.meta.aspect_h ? static_cast<double>(graph.meta.aspect_w) / graph.meta.aspect_h : 16.0 / 9;
  const double content_w = kPageW - 2 * kMargin;
  const double text_w = (content_w - kCutW - kPictureW - kTimeW) / 2;
  const double x_cut = kMargin, x_pic = x_cut + kCutW, x_content = x_pic + kPictureW, x_dialogue = x_content + text_w,
               x_time = x_dialogue + text_w;
  const double table_top = kMargin + kHeaderH;
  const double rows_top = table_top + kColumnHeadH;
  const double row_h = (kPageH - kMargin - kTotalH - rows_top) / kEkonteCutsPerPage;

  std::vector<uint32_t> page_frames;
  int row = kEkonteCutsPerPage;
  auto next_row = [&]() -> double {
    if (row >= kEkonteCutsPerPage) {
      doc.pages.push_back(Page{kPageW, kPageH, {}});
      page_frames.push_back(0);
      row = 0;
    }
    return rows_top + row_h * row++;
  };

  SceneId last_scene;
  for (const auto& shot : graph.shots) {
    const bool new_scene = shot.scene != last_scene;
    last_scene = shot.scene;
    std::vector<FlowParagraph> content, dialogue;
    const TextStyle body{TextFace::Body, kBodySize};
    const TextStyle bold{TextFace::BodyBold, kBodySize};
    if (new_scene && shot.scene.valid()) {
      const Scene& sc = graph.scene(shot.scene);
      content.push_back({"S#" + sc.number + " " + sc.heading, bold});
    }
    if (shot.transition_in != Transition::None) content.push_back({transition_mark(shot.transition_in), bold});
    std::string camera = upper(std::string(name_of(shot.framing.value)));
    if (shot.angle.value != Angle::EyeLevel) camera += ", " + upper(std::string(name_of(shot.angle.value)));
    if (shot.movement.value != Movement::Static) camera += ", " + upper(std::string(name_of(shot.movement.value)));
    content.push_back({camera, {TextFace::Body, 7, Color{0.3, 0.3, 0.3}}, 0, 1});
    for (const auto& a : shot.action) content.push_back({a, body, 0, 2});
    for (const auto& n : shot.notes) content.push_back({"※ " + n, {TextFace::Body, kBodySize, Color{0.15, 0.3, 0.55}}, 0, 2});
    if (shot.transition_out != Transition::None) content.push_back({transition_mark(shot.transition_out), bold, 0, 2});
    auto who_of = [&](const DialogueLine& d) { return cue_with_parentheticals(graph, d, "（", "）"); };
    if (has_dual_dialogue(shot)) {
      // Spoken at once: the two speakers side by side.
      const auto [first, second] = dual_groups(shot);
      std::string a, b;
      for (const auto* d : first) a += (a.empty() ? "" : " ") + who_of(*d) + "「" + d->text + "」";
      for (const auto* d : second) b += (b.empty() ? "" : " ") + who_of(*d) + "「" + d->text + "」";
      dialogue.push_back({a, body, 0, 3, b});
    } else {
      for (const auto& d : shot.dialogue) {
        dialogue.push_back({who_of(d), bold, 0, 3});
        dialogue.push_back({"「" + d.text + "」", body, 0, 0.5});
      }
    }
    for (const auto& s : shot.sfx) dialogue.push_back({"SE: " + s, bold, 0, 3});

    double y = next_row();
    Page* page = &doc.pages.back();
    page_frames.back() += shot.duration_frames;
    if (new_scene && row > 1) add_line(*page, {kMargin, y}, {kPageW - kMargin, y}, kBlack, 1.6);
    if (new_scene && shot.scene.valid())
      doc.outline.push_back({"S#" + graph.scene(shot.scene).number + " " + graph.scene(shot.scene).heading,
                             static_cast<int>(doc.pages.size()) - 1, y});
    add_label(*page, fonts, {TextFace::BodyBold, 10}, shot.id, x_cut, y + kPad, kCutW, 0.5);
    const double pic_h = std::min(row_h - 2 * kPad, (kPictureW - 2 * kPad) / aspect);
    const Rect frame{x_pic + kPad, y + kPad, pic_h * aspect, pic_h};
    add_picture(*page, fonts, pictures, shot, frame);
    add_camera_marks(*page, fonts, shot, frame);
    add_label(*page, fonts, {TextFace::Body, 9}, seconds_plus_frames(shot.duration_frames, fps), x_time, y + kPad, kTimeW,
              0.5);

    // Text shrinks to fit; what still does not fit continues in the next row.
    auto fit = [&](const std::vector<FlowParagraph>& paras, double w, double h) {
      std::vector<FlowLine> lines;
      for (double s = 1.0; s >= kMinScale - 1e-9; s -= 0.04) {
        lines = set_flow(fonts, paras, w, s);
        if (flow_height(lines) <= h) break;
      }
      return lines;
    };
    const double text_h = row_h - 2 * kPad;
    auto rest_content = place_lines(*page, fit(content, text_w - 2 * kPad, text_h), {x_content + kPad, y + kPad, text_w - 2 * kPad, text_h});
    auto rest_dialogue = place_lines(*page, fit(dialogue, text_w - 2 * kPad, text_h), {x_dialogue + kPad, y + kPad, text_w - 2 * kPad, text_h});
    while (!rest_content.empty() || !rest_dialogue.empty()) {
      y = next_row();
      page = &doc.pages.back();
      add_label(*page, fonts, {TextFace::Body, 7}, shot.id + " (続)", x_cut, y + kPad, kCutW, 0.5);
      rest_content = place_lines(*page, std::move(rest_content), {x_content + kPad, y + kPad, text_w - 2 * kPad, text_h});
      rest_dialogue = place_lines(*page, std::move(rest_dialogue), {x_dialogue + kPad, y + kPad, text_w - 2 * kPad, text_h});
    }
  }

  const int n = static_cast<int>(doc.pages.size());
  for (int i = 0; i < n; ++i) {
    Page& page = doc.pages[i];
    add_label(page, fonts, {TextFace::BodyBold, 13}, graph.meta.title, kMargin, kMargin, content_w * 0.6);
    if (!graph.meta.episode.empty())
      add_label(page, fonts, {TextFace::Body, 9}, "第" + graph.meta.episode + "話", kMargin, kMargin + 19, 200);
    add_label(page, fonts, {TextFace::BodyBold, 11}, "No. " + std::to_string(i + 1) + " / " + std::to_string(n), kMargin,
              kMargin + 2, content_w, 1);
    // Table: column heads, five rows, vertical rules, and the page total under the time column.
    const double table_bottom = rows_top + row_h * kEkonteCutsPerPage;
    add_rect(page, {kMargin, table_top, content_w, kColumnHeadH}, kHeadFill, std::nullopt);
    const char* heads[] = {"カット", "画面", "内容", "セリフ", "秒"};
    const double xs[] = {x_cut, x_pic, x_content, x_dialogue, x_time, kPageW - kMargin};
    for (int c = 0; c < 5; ++c)
      add_label(page, fonts, {TextFace::BodyBold, 8}, heads[c], xs[c], table_top + 3, xs[c + 1] - xs[c], 0.5);
    for (int c = 0; c <= 5; ++c) add_line(page, {xs[c], table_top}, {xs[c], table_bottom}, kRule, 0.6);
    add_line(page, {kMargin, table_top}, {kPageW - kMargin, table_top}, kRule, 0.8);
    for (int r = 0; r <= kEkonteCutsPerPage; ++r)
      add_line(page, {kMargin, rows_top + r * row_h}, {kPageW - kMargin, rows_top + r * row_h}, kRule, r == 0 || r == kEkonteCutsPerPage ? 0.8 : 0.5);
    add_rect(page, {x_time, table_bottom, kPageW - kMargin - x_time, kTotalH}, std::nullopt, kRule, 0.8);
    add_label(page, fonts, {TextFace::Body, 8}, "計", x_dialogue, table_bottom + 6, text_w - 4, 1);
    add_label(page, fonts, {TextFace::BodyBold, 9}, seconds_plus_frames(page_frames[i], fps), x_time,
              table_bottom + 6, kPageW - kMargin - x_time, 0.5);
  }
  return doc;
}

}  // namespace ekonte::layout
