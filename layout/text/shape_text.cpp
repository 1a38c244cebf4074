#include "layout/text/shape_text.hpp"

#include <hb.h>

#include <algorithm>
#include <map>

namespace ekonte::layout {

std::vector<ShapedGlyph> shape_text(const Font& font, double size, std::string_view text,
                                    TextDirection direction, std::string_view feature) {
  hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
  hb_buffer_guess_segment_properties(buf);
  if (direction == TextDirection::Vertical) hb_buffer_set_direction(buf, HB_DIRECTION_TTB);
  else hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
  hb_buffer_set_cluster_level(buf, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  hb_feature_t f{};
  const bool with_feature =
      !feature.empty() && hb_feature_from_string(feature.data(), static_cast<int>(feature.size()), &f);
  hb_shape(font.hb_font(), buf, with_feature ? &f : nullptr, with_feature ? 1 : 0);
  unsigned n = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
  const double scale = size / font.units_per_em();
  std::vector<ShapedGlyph> out(n);
  for (unsigned i = 0; i < n; ++i) {
    out[i].index = info[i].codepoint;
    out[i].cluster = info[i].cluster;
    out[i].x_advance = pos[i].x_advance * scale;
    out[i].y_advance = -pos[i].y_advance * scale;
    out[i].x_offset = pos[i].x_offset * scale;
    out[i].y_offset = -pos[i].y_offset * scale;
  }
  hb_buffer_destroy(buf);
  return out;
}

TextRun make_text_run(std::shared_ptr<const Font> font, double size, std::string_view text,
                      const std::vector<ShapedGlyph>& glyphs, Point origin, double* extent) {
  TextRun run;
  run.font = std::move(font);
  run.size = size;
  run.origin = origin;
  run.utf8 = std::string(text);
  double x = 0, y = 0;
  for (const auto& g : glyphs) {
    run.glyphs.push_back({g.index, x + g.x_offset, y + g.y_offset});
    x += g.x_advance;
    y += g.y_advance;
  }
  if (extent) *extent = std::max(std::abs(x), std::abs(y));
  // Clusters: consecutive glyphs with the same cluster value form one cluster; its bytes run
  // to the next cluster's start (the buffer is in logical order for LTR and TTB).
  size_t i = 0;
  while (i < glyphs.size()) {
    size_t j = i;
    while (j < glyphs.size() && glyphs[j].cluster == glyphs[i].cluster) ++j;
    const size_t end = j < glyphs.size() ? glyphs[j].cluster : text.size();
    run.clusters.push_back({static_cast<int>(end - glyphs[i].cluster), static_cast<int>(j - i)});
    i = j;
  }
  if (!glyphs.empty() && glyphs.front().cluster > 0 && !run.clusters.empty())
    run.clusters.front().num_bytes += static_cast<int>(glyphs.front().cluster);
  return run;
}

}  // namespace ekonte::layout
