#include "layout/pages/page_common.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "vocabulary/staging.hpp"

namespace ekonte::layout {

namespace {

constexpr double kBesideGap = 8;  // between the halves of a side-by-side paragraph

}  // namespace

std::string seconds_plus_frames(uint32_t frames, uint32_t fps) {
  if (fps == 0) fps = 24;
  return std::to_string(frames / fps) + "+" + (frames % fps < 10 ? "0" : "") + std::to_string(frames % fps);
}

std::string running_time(double seconds) {
  const int s = static_cast<int>(std::lround(seconds));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%d:%02d", s / 60, s % 60);
  return buf;
}

bool has_dual_dialogue(const Shot& shot) {
  const auto groups = dual_groups(shot);
  if (groups.second.empty()) return false;
  for (const DialogueLine* d : groups.second)
    if (d->extension == CueExtension::Together) return true;
  return false;
}

std::pair<std::vector<const DialogueLine*>, std::vector<const DialogueLine*>> dual_groups(const Shot& shot) {
  std::pair<std::vector<const DialogueLine*>, std::vector<const DialogueLine*>> out;
  for (const auto& d : shot.dialogue) {
    const bool first = out.second.empty() && (out.first.empty() || (d.speaker == out.first.front()->speaker &&
                                                                     d.voice == out.first.front()->voice));
    (first ? out.first : out.second).push_back(&d);
  }
  return out;
}

std::string cue_with_parentheticals(const ShotGraph& graph, const DialogueLine& line, std::string_view open,
                                    std::string_view close) {
  std::string out = speaker_name(graph, line);
  // TOGETHER is shown by setting the lines side by side, not written after the name.
  if (line.extension && *line.extension != CueExtension::Together) out += std::string(open) + std::string(name_of(*line.extension)) + std::string(close);
  if (!line.parenthetical.empty()) out += std::string(open) + line.parenthetical + std::string(close);
  return out;
}

std::vector<FlowLine> set_flow(const FontLibrary& fonts, const std::vector<FlowParagraph>& paragraphs, double width,
                               double scale) {
  std::vector<FlowLine> lines;
  for (const auto& p : paragraphs) {
    TextStyle style = p.style;
    style.size *= scale;
    if (!p.beside.empty()) {
      // Row i of the flow holds line i of each half.
      const double gap = kBesideGap * scale, half = (width - p.indent * scale - gap) / 2;
      const SetParagraph sets[2] = {set_horizontal(fonts, style, p.text, half), set_horizontal(fonts, style, p.beside, half)};
      const double xs[2] = {p.indent * scale, p.indent * scale + half + gap};
      const double pitch = style.size * style.leading;
      const size_t rows = std::max(sets[0].runs.size(), sets[1].runs.size());
      for (size_t i = 0; i < rows; ++i) {
        FlowLine line;
        line.height = pitch;
        const double before = i == 0 && !lines.empty() ? p.space_before * scale : 0;
        line.height += before;
        for (int k = 0; k < 2; ++k) {
          if (i >= sets[k].runs.size()) continue;
          TextRun run = sets[k].runs[i];
          run.origin.x += xs[k];
          run.origin.y += before - pitch * i;
          line.runs.push_back(std::move(run));
        }
        lines.push_back(std::move(line));
      }
      continue;
    }
    const SetParagraph set = set_horizontal(fonts, style, p.text, width - p.indent * scale);
    const double pitch = style.size * style.leading;
    for (size_t i = 0; i < set.runs.size(); ++i) {
      FlowLine line;
      TextRun run = set.runs[i];
      run.origin.x += p.indent * scale;
      run.origin.y -= pitch * i;
      line.height = pitch;
      if (i == 0 && !lines.empty()) {
        line.height += p.space_before * scale;
        run.origin.y += p.space_before * scale;
      }
      line.runs.push_back(std::move(run));
      lines.push_back(std::move(line));
    }
  }
  return lines;
}

double flow_height(const std::vector<FlowLine>& lines) {
  double h = 0;
  for (const auto& l : lines) h += l.height;
  return h;
}

std::vector<FlowLine> place_lines(Page& page, std::vector<FlowLine> lines, const Rect& box) {
  double y = box.y;
  size_t i = 0;
  for (; i < lines.size(); ++i) {
    if (y + lines[i].height > box.bottom() + 0.01) break;
    for (auto run : lines[i].runs) {
      run.origin.x += box.x;
      run.origin.y += y;
      page.items.push_back(std::move(run));
    }
    y += lines[i].height;
  }
  return std::vector<FlowLine>(lines.begin() + i, lines.end());
}

std::vector<FlowLine> fill_box(Page& page, const FontLibrary& fonts, const std::vector<FlowParagraph>& paragraphs,
                               const Rect& box, double min_scale) {
  std::vector<FlowLine> lines;
  for (double scale = 1.0; scale >= min_scale - 1e-9; scale -= 0.05) {
    lines = set_flow(fonts, paragraphs, box.w, scale);
    if (flow_height(lines) <= box.h) break;
  }
  return place_lines(page, std::move(lines), box);
}

void add_text(Page& page, const SetParagraph& text, double x, double y) {
  for (auto run : text.runs) {
    run.origin.x += x;
    run.origin.y += y;
    page.items.push_back(std::move(run));
  }
}

double add_label(Page& page, const FontLibrary& fonts, const TextStyle& style, std::string_view text, double x,
                 double y, double width, double align) {
  SetParagraph set = set_horizontal(fonts, style, text, width, 0);
  const double dx = (width - set.width) * align;
  add_text(page, set, x + dx, y);
  return set.height;
}

void add_rect(Page& page, const Rect& r, std::optional<Color> fill, std::optional<Color> stroke, double line_width) {
  Shape s;
  s.path = Path::rect(r);
  s.fill = fill;
  s.stroke = stroke;
  s.line_width = line_width;
  page.items.push_back(std::move(s));
}

void add_line(Page& page, Point a, Point b, Color color, double width, std::vector<double> dash) {
  Shape s;
  s.path.move_to(a).line_to(b);
  s.stroke = color;
  s.line_width = width;
  s.dash = std::move(dash);
  page.items.push_back(std::move(s));
}

void add_picture(Page& page, const FontLibrary& fonts, const ShotPictures& pictures, const Shot& shot, const Rect& frame) {
  auto it = pictures.find(shot.id);
  if (it == pictures.end() || !it->second.image) {
    add_rect(page, frame, Color{0.93, 0.93, 0.93}, std::nullopt);
    TextStyle st{TextFace::Body, 7, Color{0.45, 0.45, 0.45}};
    add_label(page, fonts, st, "no picture", frame.x, frame.y + frame.h / 2 - 5, frame.w, 0.5);
  } else {
    Image img;
    img.image = it->second.image;
    img.source = crop_window(it->second, frame.w / frame.h);
    img.dest = frame;
    page.items.push_back(std::move(img));
  }
  add_rect(page, frame, std::nullopt, kBlack, 0.8);
}

namespace {

constexpr Color kMarkColor{0.85, 0.1, 0.1, 1};
constexpr Color kHalo{1, 1, 1, 1};

// An arrow from a to b with a filled head, on a white halo so it reads on any picture.
void add_arrow(Page& page, Point a, Point b, double width) {
  const double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
  if (len < 1) return;
  const double ux = dx / len, uy = dy / len;
  const double head = std::max(6.0, width * 3.2);
  const Point base{b.x - ux * head, b.y - uy * head};
  const Point l{base.x - uy * head * 0.55, base.y + ux * head * 0.55};
  const Point r{base.x + uy * head * 0.55, base.y - ux * head * 0.55};
  add_line(page, a, base, kHalo, width + 2.5);
  add_line(page, a, base, kMarkColor, width);
  Shape tip;
  tip.path.move_to(b).line_to(l).line_to(r).close();
  tip.fill = kMarkColor;
  tip.stroke = kHalo;
  tip.line_width = 1;
  page.items.push_back(std::move(tip));
}

void add_mark_label(Page& page, const FontLibrary& fonts, std::string_view text, Point at) {
  TextStyle st{TextFace::BodyBold, 7, kMarkColor};
  SetParagraph set = set_horizontal(fonts, st, text, 200);
  add_rect(page, {at.x - 1.5, at.y - 0.5, set.width + 3, set.height + 1}, kHalo, std::nullopt);
  add_text(page, set, at.x, at.y);
}

}  // namespace

void add_camera_marks(Page& page, const FontLibrary& fonts, const Shot& shot, const Rect& f) {
  const Movement m = shot.movement.value;
  const double w = std::max(1.2, f.w / 120);
  const Point c = f.center();
  const double hx = f.w * 0.3, hy = f.h * 0.3;
  // How the move is drawn comes from its row (vocabulary/camera_moves.def); direction -1 is
  // left, up (tilt), out (push) or down (crane).
  const vocabulary::MoveRow& move = vocabulary::row(m);
  const bool positive = move.direction > 0;
  const std::string label(move.label);
  switch (move.mark) {
    case vocabulary::MoveMark::None: return;
    case vocabulary::MoveMark::Pan:
      add_arrow(page, {positive ? c.x - hx : c.x + hx, c.y}, {positive ? c.x + hx : c.x - hx, c.y}, w);
      break;
    case vocabulary::MoveMark::Truck: {
      // Trucking moves the camera itself: a double-shafted arrow along the bottom.
      const bool left = !positive;
      const double y = f.bottom() - f.h * 0.15;
      const Point a{left ? c.x + hx : c.x - hx, y}, b{left ? c.x - hx : c.x + hx, y};
      add_arrow(page, {a.x, y - 2.5 * w}, {b.x, y - 2.5 * w}, w);
      add_arrow(page, a, b, w);
      break;
    }
    case vocabulary::MoveMark::Tilt:
      add_arrow(page, {c.x, positive ? c.y - hy : c.y + hy}, {c.x, positive ? c.y + hy : c.y - hy}, w);
      break;
    case vocabulary::MoveMark::Crane: {
      const bool up = positive;
      const double x = f.x + f.w * 0.12;
      add_arrow(page, {x, up ? c.y + hy : c.y - hy}, {x, up ? c.y - hy : c.y + hy}, w);
      add_arrow(page, {x + 3 * w, up ? c.y + hy : c.y - hy}, {x + 3 * w, up ? c.y - hy : c.y + hy}, w);
      break;
    }
    case vocabulary::MoveMark::Push: {
      // The end frame as a rectangle, with arrows between the frame corners.
      const bool in = positive;
      const Rect end{c.x - f.w * 0.28, c.y - f.h * 0.28, f.w * 0.56, f.h * 0.56};
      Shape box;
      box.path = Path::rect(end);
      box.stroke = kMarkColor;
      box.line_width = w;
      box.dash = {4, 2.5};
      page.items.push_back(box);
      const Point outer[4] = {{f.x + 4, f.y + 4}, {f.right() - 4, f.y + 4}, {f.right() - 4, f.bottom() - 4}, {f.x + 4, f.bottom() - 4}};
      const Point inner[4] = {{end.x, end.y}, {end.right(), end.y}, {end.right(), end.bottom()}, {end.x, end.bottom()}};
      for (int i = 0; i < 4; ++i) {
        if (in) add_arrow(page, outer[i], inner[i], w * 0.8);
        else add_arrow(page, inner[i], outer[i], w * 0.8);
      }
      break;
    }
    case vocabulary::MoveMark::Follow:
      add_arrow(page, {c.x - hx, f.bottom() - f.h * 0.12}, {c.x + hx, f.bottom() - f.h * 0.12}, w);
      break;
  }
  add_mark_label(page, fonts, label, {f.x + 4, f.y + 4});
}

}  // namespace ekonte::layout
