#pragma once
// A contact sheet: pictures in a grid, each with its label underneath ("take 2"), for picking
// one of the variants `ekonte render --variants N` renders.
#include <string>
#include <vector>

#include "render/shot_render.hpp"

namespace ekonte::render {

// Each picture is scaled to `cell_width` pixels wide; `columns` 0 picks a near-square grid.
ImageRgba contact_sheet(const std::vector<ImageRgba>& pictures, const std::vector<std::string>& labels,
                        int cell_width = 400, int columns = 0);

}  // namespace ekonte::render
