#pragma once
// Model sheets: one page per character with a turnaround, an expression chart, palette
// swatches, a height line-up and the backstory; and turnaround images for `sheet: refs/...`.
#include <string>
#include <vector>

#include "characters/character_model.hpp"
#include "compiler/shot_graph.hpp"
#include "render/shot_render.hpp"

namespace ekonte::render {

// The four turnaround views (front, three-quarter, profile, back) side by side.
ImageRgba render_turnaround(const characters::CharacterModel& model, int view_width, int height);

// Writes a PDF with one page per character of `graph` whose id is in `only` (all when empty).
// Returns an error message, empty on success.
std::string write_model_sheet_pdf(const ShotGraph& graph, const std::vector<characters::CharacterModel>& models,
                                  const std::vector<std::string>& only, const std::string& path);

}  // namespace ekonte::render
