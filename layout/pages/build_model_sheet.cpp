#include "layout/pages/build_model_sheet.hpp"

#include <algorithm>
#include <memory>

#include "layout/pages/page_common.hpp"

namespace ekonte::layout {

namespace {

constexpr double kPageW = 841.89, kPageH = 595.28;  // A4 landscape
constexpr double kMargin = 24;
constexpr double kLeftW = 460;                      // turnaround and backstory column
constexpr double kRightX = kMargin + kLeftW + 16;   // expressions, swatches, line-up
constexpr double kRightW = kPageW - kMargin - kRightX;
constexpr Color kInk{0.12, 0.1, 0.14};
constexpr Color kMuted{0.4, 0.38, 0.42};
constexpr Color kRule{0.4, 0.4, 0.4};

std::shared_ptr<const ImageData> image_data(const render::ImageRgba& img, std::string key) {
  auto d = std::make_shared<ImageData>();
  d->key = std::move(key);
  d->width = img.width;
  d->height = img.height;
  d->rgba = img.pixels;  // embedded losslessly: flat colours and ink lines
  return d;
}

// The whole picture scaled to `width`, top-left at (x, y); returns the drawn height.
double add_image(Page& page, const std::shared_ptr<const ImageData>& img, double x, double y, double width) {
  if (!img || img->width <= 0 || img->height <= 0) return 0;
  const double h = width * img->height / img->width;
  page.items.push_back(Image{img, Rect{0, 0, double(img->width), double(img->height)}, Rect{x, y, width, h}});
  return h;
}

Color to_color(Rgb c) { return Color{c.r / 255.0, c.g / 255.0, c.b / 255.0, 1}; }

std::string heading(const Character& c) {
  return c.display_name.empty() || c.display_name == c.id ? c.id : c.id + "  " + c.display_name;
}

}  // namespace

Document build_model_sheet(const ShotGraph& graph, const std::vector<ModelSheetCharacter>& characters,
                           const std::vector<size_t>& pages, const FontLibrary& fonts) {
  Document doc;
  doc.title = (graph.meta.title.empty() ? std::string("Model sheets") : graph.meta.title + ": model sheets");
  doc.subject = "character model sheets";
  // Line-up figures appear on every page: made once so the PDF embeds each once.
  std::vector<std::shared_ptr<const ImageData>> figures;
  double tallest = 1;
  for (size_t i = 0; i < characters.size(); ++i) {
    figures.push_back(image_data(characters[i].full_figure, "model-sheet-figure-" + std::to_string(i)));
    tallest = std::max(tallest, characters[i].height_cm);
  }
  const TextStyle title{TextFace::BodyBold, 18, kInk};
  const TextStyle body{TextFace::Body, 9, kInk};
  const TextStyle small{TextFace::Body, 7, kMuted};
  const TextStyle small_bold{TextFace::BodyBold, 7, kInk};
  const TextStyle section{TextFace::BodyBold, 10.5, kInk};

  for (size_t pi : pages) {
    if (pi >= characters.size()) continue;
    const ModelSheetCharacter& m = characters[pi];
    if (!m.character.valid() || m.character.value >= graph.characters.size()) continue;
    const Character& c = graph.characters[m.character.value];
    Page page;
    page.width = kPageW;
    page.height = kPageH;
    doc.outline.push_back({heading(c), int(doc.pages.size()), 0});

    double y = kMargin;
    y += add_label(page, fonts, title, heading(c), kMargin, y, kPageW - 2 * kMargin);
    std::string facts = m.facts;
    if (!c.like.empty()) facts += " · like " + c.like;
    y += 2 + add_label(page, fonts, body, facts, kMargin, y + 2, kPageW - 2 * kMargin);
    const double top = y + 8;

    // Turnaround, with a label under each view.
    const auto turn = image_data(m.turnaround, "model-sheet-turnaround-" + std::to_string(pi));
    const double turn_h = add_image(page, turn, kMargin, top, kLeftW);
    add_rect(page, Rect{kMargin, top, kLeftW, turn_h}, std::nullopt, kRule, 0.5);
    const size_t views = std::max<size_t>(1, m.turnaround_labels.size());
    for (size_t v = 0; v < m.turnaround_labels.size(); ++v)
      add_label(page, fonts, small, m.turnaround_labels[v], kMargin + kLeftW * v / views, top + turn_h + 3,
                kLeftW / views, 0.5);

    // Backstory and notes under the turnaround, shrinking to fit.
    const double story_top = top + turn_h + 18;
    const double story_h = add_label(page, fonts, section, "Backstory", kMargin, story_top, kLeftW);
    std::vector<FlowParagraph> story;
    size_t start = 0;
    while (start < c.backstory.size()) {
      size_t end = c.backstory.find('\n', start);
      if (end == std::string::npos) end = c.backstory.size();
      if (end > start) story.push_back({c.backstory.substr(start, end - start), body, 0, story.empty() ? 0 : 3});
      start = end + 1;
    }
    for (const auto& n : c.notes) story.push_back({"Note: " + n, body, 0, 4});
    const Rect story_box{kMargin, story_top + story_h + 4, kLeftW, kPageH - kMargin - (story_top + story_h + 4)};
    if (story_box.h > 0) fill_box(page, fonts, story, story_box, 0.7);

    // Expression chart: five close-ups per row.
    const int per_row = 5;
    const double cell = kRightW / per_row, pic = cell - 4;
    for (size_t e = 0; e < m.expressions.size(); ++e) {
      const double x = kRightX + (e % per_row) * cell, ey = top + (e / per_row) * (pic + 14);
      const auto img = image_data(m.expressions[e].close_up,
                                  "model-sheet-expression-" + std::to_string(pi) + "-" + std::to_string(e));
      const double h = add_image(page, img, x, ey, pic);
      add_rect(page, Rect{x, ey, pic, h}, std::nullopt, kRule, 0.4);
      add_label(page, fonts, small, m.expressions[e].name, x, ey + h + 1.5, pic, 0.5);
    }
    const size_t rows = (m.expressions.size() + per_row - 1) / per_row;
    double ry = top + rows * (pic + 14) + 6;

    // Palette swatches with hex values, three per row.
    ry += 2 + add_label(page, fonts, section, "Palette", kRightX, ry, kRightW);
    const double sw_w = kRightW / 3;
    for (size_t i = 0; i < m.swatches.size(); ++i) {
      const double x = kRightX + (i % 3) * sw_w, sy = ry + (i / 3) * 30;
      add_rect(page, Rect{x, sy, 22, 22}, to_color(m.swatches[i].color), Color{0.2, 0.2, 0.2}, 0.5);
      add_label(page, fonts, small_bold, m.swatches[i].name, x + 27, sy + 1, sw_w - 30);
      add_label(page, fonts, small, to_hex(m.swatches[i].color), x + 27, sy + 11, sw_w - 30);
    }
    ry += ((m.swatches.size() + 2) / 3) * 30 + 6;

    // Height line-up against the others, to scale, on a common ground line.
    ry += add_label(page, fonts, section, "Height line-up", kRightX, ry, kRightW) + 4;
    // The line-up has a box of its own under its heading: every whole picture (headroom
    // included) fits between the heading and the ground line, and in its own slot across.
    const double base = kPageH - kMargin - 12;
    const double step = characters.empty() ? 0 : std::min(kRightW / characters.size(), 90.0);
    double scale = std::max(0.0, base - ry) / (tallest / kFullFigureFill * kFullFigureFeet);  // points per cm
    for (size_t k = 0; k < characters.size(); ++k) {
      const auto& fig = figures[k];
      if (!fig || fig->height <= 0 || characters[k].height_cm <= 0) continue;
      const double img_w_per_cm = characters[k].height_cm / kFullFigureFill * fig->width / fig->height;
      scale = std::min(scale, step / img_w_per_cm);
    }
    double x = kRightX;
    for (size_t k = 0; k < characters.size(); ++k) {
      const auto& fig = figures[k];
      if (!fig || fig->height <= 0) continue;
      const double fig_h = characters[k].height_cm * scale;  // the figure itself
      const double img_h = fig_h / kFullFigureFill;
      const double img_w = img_h * fig->width / fig->height;
      const double cx = x + step / 2;
      if (img_h > 0)
        page.items.push_back(Image{fig, Rect{0, 0, double(fig->width), double(fig->height)},
                                   Rect{cx - img_w / 2, base - img_h * kFullFigureFeet, img_w, img_h}});
      add_label(page, fonts, k == pi ? small_bold : small, graph.characters.size() > characters[k].character.value
                                                               ? graph.characters[characters[k].character.value].id
                                                               : std::string(),
                x, base + 2, step, 0.5);
      x += step;
    }
    add_line(page, Point{kRightX - 4, base}, Point{kPageW - kMargin, base}, kRule, 0.6);
    doc.pages.push_back(std::move(page));
  }
  return doc;
}

}  // namespace ekonte::layout
