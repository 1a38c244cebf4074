#pragma once
// Model sheets: one A4 landscape page per character with its turnaround, expression chart,
// palette swatches with hex values, a height line-up against the other characters, and the
// backstory and notes, all set as shaped, searchable text. The pictures come rendered from
// render/ (the caller renders them); this only places them.
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "layout/display_list.hpp"
#include "layout/text/font_library.hpp"
#include "render/shot_render.hpp"

namespace ekonte::layout {

struct ModelSheetSwatch {
  std::string name;  // "hair", "outfit 1", ...
  Rgb color;
};

struct ModelSheetExpression {
  std::string name;  // "happy"
  render::ImageRgba close_up;
};

// One character as the sheet shows it.
struct ModelSheetCharacter {
  CharacterId character;                          // into graph.characters: id, name, backstory, notes
  std::string facts;                              // one line: age, height, head count, templates
  double height_cm = 0;                           // for the line-up, to scale
  render::ImageRgba turnaround;                   // front, three-quarter, profile, back side by side
  std::vector<std::string> turnaround_labels;     // one per view, left to right
  std::vector<ModelSheetExpression> expressions;  // the expression chart, in order
  std::vector<ModelSheetSwatch> swatches;
  render::ImageRgba full_figure;                  // standing, front, the figure filling kFullFigureFill
                                                  // of the picture height with its feet at kFullFigureFeet
};

// A full-framing figure picture (render/'s Framing::Full shows 10 % of the figure's height
// above its head and 8 % below its feet): the figure is this fraction of the picture height,
// and its feet stand this fraction down from the top.
inline constexpr double kFullFigureFill = 1.0 / 1.18;
inline constexpr double kFullFigureFeet = 1.1 / 1.18;

// One page per entry of `pages` (indices into `characters`); the line-up on each page shows
// every entry of `characters`, the page's own character highlighted.
Document build_model_sheet(const ShotGraph& graph, const std::vector<ModelSheetCharacter>& characters,
                           const std::vector<size_t>& pages, const FontLibrary& fonts);

}  // namespace ekonte::layout
