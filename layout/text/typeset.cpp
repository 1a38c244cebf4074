#include "layout/text/typeset.hpp"

#include <algorithm>
#include <unordered_map>

#include "layout/text/break_lines.hpp"
#include "layout/text/shape_text.hpp"
#include "layout/text/utf8.hpp"

namespace ekonte::layout {

namespace {

struct Measure {
  std::vector<double> widths;
  std::vector<bool> cluster_start;
};

Measure measure(const Font& font, double size, std::string_view text, TextDirection dir) {
  const DecodedText d = decode_utf8_with_offsets(text);
  std::unordered_map<size_t, size_t> cp_of_offset;
  for (size_t i = 0; i < d.cps.size(); ++i) cp_of_offset[d.offsets[i]] = i;
  Measure m{std::vector<double>(d.cps.size(), 0.0), std::vector<bool>(d.cps.size(), false)};
  for (const auto& g : shape_text(font, size, text, dir)) {
    auto it = cp_of_offset.find(g.cluster);
    if (it == cp_of_offset.end()) continue;
    m.widths[it->second] += dir == TextDirection::Vertical ? g.y_advance : g.x_advance;
    m.cluster_start[it->second] = true;
  }
  return m;
}

}  // namespace

SetParagraph set_horizontal(const FontLibrary& fonts, const TextStyle& style, std::string_view text,
                            double max_width, double align) {
  SetParagraph out;
  auto font = fonts.for_text(text, style.face);
  const Measure m = measure(*font, style.size, text, TextDirection::Horizontal);
  const auto spans = break_lines(text, m.widths, m.cluster_start, max_width);
  const double pitch = style.size * style.leading;
  for (const auto& s : spans) out.width = std::max(out.width, s.width);
  double y = 0;
  for (const auto& s : spans) {
    const std::string_view line = text.substr(s.begin, s.end - s.begin);
    const double baseline = y + (pitch - style.size) / 2 + font->ascender() * style.size;
    const double x = (out.width - s.width) * align;
    TextRun run = make_text_run(font, style.size, line, shape_text(*font, style.size, line, TextDirection::Horizontal),
                                {x, baseline});
    run.color = style.color;
    out.runs.push_back(std::move(run));
    out.lines.emplace_back(line);
    y += pitch;
  }
  out.height = y;
  return out;
}

SetParagraph set_vertical(const FontLibrary& fonts, const TextStyle& style, std::string_view text,
                          double max_height) {
  SetParagraph out;
  auto font = fonts.for_text(text, style.face);
  const Measure m = measure(*font, style.size, text, TextDirection::Vertical);
  const auto spans = break_lines(text, m.widths, m.cluster_start, max_height);
  const double pitch = style.size * style.leading;
  out.width = pitch * spans.size();
  for (const auto& s : spans) out.height = std::max(out.height, s.width);
  // All columns form one run with a single cluster: PDF text extraction reads by rows, so the
  // columns are tagged with the paragraph as ActualText and extract (and copy) in order.
  TextRun all;
  all.font = font;
  all.size = style.size;
  all.color = style.color;
  for (size_t k = 0; k < spans.size(); ++k) {
    const auto& s = spans[k];
    const std::string_view column = text.substr(s.begin, s.end - s.begin);
    const double cx = out.width - (k + 0.5) * pitch;
    // HarfBuzz's vertical offsets already refer to the glyph's horizontal origin, left of the
    // column centre, so glyphs sit centred on the pen at `cx`.
    TextRun run = make_text_run(font, style.size, column, shape_text(*font, style.size, column, TextDirection::Vertical),
                                {cx, 0});
    for (auto g : run.glyphs) all.glyphs.push_back({g.index, g.x + cx, g.y});
    all.utf8 += column;
    out.lines.emplace_back(column);
  }
  if (!all.glyphs.empty()) {
    all.clusters.push_back({static_cast<int>(all.utf8.size()), static_cast<int>(all.glyphs.size())});
    out.runs.push_back(std::move(all));
  }
  return out;
}

double ink_length(const FontLibrary& fonts, const TextStyle& style, std::string_view text, bool vertical) {
  auto font = fonts.for_text(text, style.face);
  const Measure m = measure(*font, style.size, text, vertical ? TextDirection::Vertical : TextDirection::Horizontal);
  const DecodedText d = decode_utf8_with_offsets(text);
  double length = 0;
  for (size_t i = 0; i < d.cps.size() && i < m.widths.size(); ++i)
    if (!is_line_space(d.cps[i])) length += m.widths[i];
  return length;
}

void translate(std::vector<TextRun>& runs, double dx, double dy) {
  for (auto& r : runs) {
    r.origin.x += dx;
    r.origin.y += dy;
  }
}

}  // namespace ekonte::layout
