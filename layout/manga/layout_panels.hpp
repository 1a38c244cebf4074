#pragma once
// The panel layout engine: shots -> pages of tiers of panels.
#include <vector>

#include "compiler/shot_graph.hpp"
#include "layout/display_list.hpp"

namespace ekonte::layout {

struct PanelSlot {
  size_t shot = 0;  // index into graph.shots
  int page = 0;
  int tier = 0;     // on its page, top to bottom
  int order = 0;    // reading order on its page
  Rect rect;
};

// Width a shot asks for, as a fraction of the tier: wide framings take more, close-ups less,
// longer shots and shots with dialogue (room for balloons) a little more.
double panel_width_share(const Shot& shot, uint32_t fps);

// Lays the shots out in `live` (the page's panel area): an extreme wide takes a full tier, a
// scene change starts a new tier, shots are grouped into tiers so that no panel is stretched
// far beyond the width its framing asks for (a close-up is paired with its neighbours rather
// than spread across a tier), pages are filled to their foot and break at scene changes where
// they can, and panels run in the reading direction.
std::vector<PanelSlot> layout_panels(const ShotGraph& graph, const Rect& live);

}  // namespace ekonte::layout
