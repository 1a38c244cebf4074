#pragma once
// The pictures and facts of a model sheet (turnaround, expression chart, full figure for the
// height line-up, palette, one line of facts), and turnaround images for `sheet: refs/...`.
// The page itself is laid out by layout/pages/build_model_sheet.cpp.
#include <string>
#include <utility>
#include <vector>

#include "characters/character_model.hpp"
#include "compiler/shot_graph.hpp"
#include "render/shot_render.hpp"

namespace ekonte::render {

// The four turnaround views (front, three-quarter, profile, back) side by side.
ImageRgba render_turnaround(const characters::CharacterModel& model, int view_width, int height);
// The names of the turnaround's views, left to right.
std::vector<std::string> turnaround_view_names();

struct ModelSheetPictures {
  ImageRgba turnaround;
  std::vector<std::pair<Expression, ImageRgba>> expressions;  // every expression, close-up
  ImageRgba full_figure;  // standing, front, Framing::Full, on white (for the line-up)
};
ModelSheetPictures render_model_sheet_pictures(const characters::CharacterModel& model);

// "age 16 · 158 cm · 6.5 heads · hair bob · eyes round · sailor uniform · scarf"
std::string model_facts(const characters::CharacterModel& model);
// The sheet colours with their names: hair, eyes, skin, outfit 1, outfit 2, accessory.
std::vector<std::pair<std::string, Rgb>> model_swatches(const characters::CharacterModel& model);

}  // namespace ekonte::render
