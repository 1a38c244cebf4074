#include "layout/text/typeset.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "layout/text/break_lines.hpp"
#include "layout/text/orient_vertical.hpp"
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

// A tate-chū-yoko group is narrowed to at most this share of the column's em.
constexpr double kTateChuYokoWidth = 0.95;

// Advances down a vertical column: upright characters as shaped top to bottom, sideways Latin
// as shaped left to right, and a tate-chū-yoko group one em as a single unbreakable cluster.
Measure measure_vertical(const Font& font, double size, std::string_view text, const DecodedText& d,
                         const std::vector<VerticalOrientation>& orient) {
  Measure v = measure(font, size, text, TextDirection::Vertical);
  if (std::all_of(orient.begin(), orient.end(), [](auto o) { return o == VerticalOrientation::Upright; })) return v;
  const Measure h = measure(font, size, text, TextDirection::Horizontal);
  for (size_t i = 0; i < d.cps.size(); ++i) {
    switch (orient[i]) {
      case VerticalOrientation::Upright: break;
      case VerticalOrientation::Sideways:
        v.widths[i] = h.widths[i];
        v.cluster_start[i] = h.cluster_start[i];
        break;
      case VerticalOrientation::TateChuYoko: {
        const bool first = i == 0 || orient[i - 1] != VerticalOrientation::TateChuYoko;
        v.widths[i] = first ? size : 0;
        v.cluster_start[i] = first;
        break;
      }
    }
  }
  return v;
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
  const DecodedText d = decode_utf8_with_offsets(text);
  const auto orient = orient_vertical(d.cps);
  const Measure m = measure_vertical(*font, style.size, text, d, orient);
  const auto spans = break_lines(text, m.widths, m.cluster_start, max_height);
  const double pitch = style.size * style.leading;
  out.width = pitch * spans.size();
  for (const auto& s : spans) out.height = std::max(out.height, s.width);
  auto cp_at = [&](size_t offset) {
    return static_cast<size_t>(std::lower_bound(d.offsets.begin(), d.offsets.end(), offset) - d.offsets.begin());
  };
  auto run_of = [&](std::string_view piece, const std::vector<ShapedGlyph>& glyphs, double size, Point origin,
                    GlyphOrientation o, double* extent) {
    TextRun run = make_text_run(font, size, piece, glyphs, origin, extent);
    run.color = style.color;
    run.orientation = o;
    return run;
  };
  // The upright characters of every column form one run; Latin pieces and tate-chū-yoko
  // numbers are runs of their own (see GlyphOrientation).
  TextRun upright;
  upright.font = font;
  upright.size = style.size;
  upright.color = style.color;
  upright.orientation = GlyphOrientation::Upright;
  std::vector<TextRun> others;
  for (size_t k = 0; k < spans.size(); ++k) {
    const auto& s = spans[k];
    out.lines.emplace_back(text.substr(s.begin, s.end - s.begin));
    const double cx = out.width - (k + 0.5) * pitch;
    double y = 0;
    for (size_t i = cp_at(s.begin), end = cp_at(s.end); i < end;) {
      size_t j = i;
      while (j < end && orient[j] == orient[i]) ++j;
      const std::string_view piece = text.substr(d.offsets[i], d.offsets[j] - d.offsets[i]);
      double extent = 0;
      switch (orient[i]) {
        case VerticalOrientation::Upright: {
          // HarfBuzz's vertical offsets already refer to the glyph's horizontal origin, left of
          // the column centre, so glyphs sit centred on the pen at `cx`.
          const TextRun r = run_of(piece, shape_text(*font, style.size, piece, TextDirection::Vertical), style.size,
                                   {cx, y}, GlyphOrientation::Upright, &extent);
          for (const auto& g : r.glyphs) upright.glyphs.push_back({g.index, g.x + cx, g.y + y});
          break;
        }
        case VerticalOrientation::Sideways: {
          // Turned 90° clockwise, the baseline runs down the column and the ascender points
          // right: the em box is centred on the column.
          const double baseline_x = cx - (font->ascender() - font->descender()) / 2 * style.size;
          TextRun r = run_of(piece, shape_text(*font, style.size, piece, TextDirection::Horizontal), style.size,
                             {baseline_x, y}, GlyphOrientation::Sideways, &extent);
          r.angle = M_PI / 2;
          others.push_back(std::move(r));
          break;
        }
        case VerticalOrientation::TateChuYoko: {
          // Two characters take half-width forms, three third-width ones (JLREQ), so the group
          // fits the column at the full size where the font has them.
          const size_t n = j - i;
          const std::string_view feature = n == 2 ? "hwid" : n == 3 ? "twid" : "";
          double width = 0;
          for (const auto& g : shape_text(*font, style.size, piece, TextDirection::Horizontal, feature)) width += g.x_advance;
          const double size = style.size * std::min(1.0, kTateChuYokoWidth * style.size / std::max(width, 1e-6));
          const double w = width * size / style.size;
          const double baseline = y + style.size / 2 + (font->ascender() - font->descender()) / 2 * size;
          others.push_back(run_of(piece, shape_text(*font, size, piece, TextDirection::Horizontal, feature), size,
                                  {cx - w / 2, baseline}, GlyphOrientation::TateChuYoko, nullptr));
          extent = style.size;
          break;
        }
      }
      y += extent;
      i = j;
    }
  }
  std::vector<TextRun> runs;
  if (!upright.glyphs.empty()) runs.push_back(std::move(upright));
  for (auto& r : others) runs.push_back(std::move(r));
  // PDF text extraction reads by rows, so the columns are tagged with the paragraph as
  // ActualText on the first run and extract (and copy) in logical order; the other runs add
  // nothing to the extracted text.
  for (size_t i = 0; i < runs.size(); ++i) {
    auto& r = runs[i];
    r.utf8 = i == 0 ? std::string(text.substr(spans.front().begin, spans.back().end - spans.front().begin)) : "";
    r.clusters = {{static_cast<int>(r.utf8.size()), static_cast<int>(r.glyphs.size())}};
  }
  out.runs = std::move(runs);
  return out;
}

double ink_length(const FontLibrary& fonts, const TextStyle& style, std::string_view text, bool vertical) {
  auto font = fonts.for_text(text, style.face);
  const DecodedText d = decode_utf8_with_offsets(text);
  const Measure m = vertical ? measure_vertical(*font, style.size, text, d, orient_vertical(d.cps))
                             : measure(*font, style.size, text, TextDirection::Horizontal);
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
