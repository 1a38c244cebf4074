#pragma once
// Props in the hands of a posed figure, and the shot's extras as simplified background figures.
// Both are drawn in pixels (before any dutch tilt), on the canvas the figures are drawn on.
#include <cstdint>
#include <optional>
#include <vector>

#include "render/draw_figure.hpp"
#include "render/shot_render.hpp"
#include "render/shot_render_input.hpp"

namespace ekonte::render {

// Where a figure stands on screen: its origin (feet) at ox, oy pixels, k pixels per centimetre.
struct FigurePlacement {
  double ox = 0, oy = 0, k = 1;
};
Point joint_px(const FigureGeometry& geo, characters::Joint joint, const FigurePlacement& at);

// Draws each held prop at its real size (props.def) with its grip in the holding hand, turned by
// `tilt_deg` about the grip (crossed blades). `grip` moves the grip of every prop (a hand-over:
// between the giver's and the taker's hands). Returns the props' boxes (pixels).
std::vector<HeldLandmark> draw_held_props(Canvas& cv, const std::vector<HeldInput>& held, const FigureGeometry& geo,
                                          const FigurePlacement& at, bool lit, double tilt_deg = 0,
                                          std::optional<Point> grip = std::nullopt);

// What the viewer of a POV shot holds, seen from their eyes: each held prop large in the lower
// part of the frame, cut by its bottom edge, with the viewer's hands (in `skin`) gripping it.
// Returns the props' boxes (pixels).
std::vector<PropLandmark> draw_viewer_held(Canvas& cv, const std::vector<HeldInput>& held, Rgb skin, int width,
                                           int height, bool lit);

// A crowd is drawn as at most this many figures, whatever count the prose gives ("a crowd of
// hundreds"): more stops reading as people at storyboard size and hides the named characters.
inline constexpr uint32_t kMaxExtras = 14;

struct ExtrasStage {
  int width = 0, height = 0;
  double ground_y = 0;     // pixels: where the named characters' feet are
  double k = 1;            // the named characters' pixels per centimetre
  uint64_t seed = 0;       // the shot's seed: the same shot gives the same crowd
  Rgb backdrop{200, 200, 200};  // the colour the figures fade towards
  bool lit = false;
};
// Draws the extras behind the named characters: lighter, smaller, silhouette-like figures, each
// with the prop its description names (an umbrella, a spear, a helmet) where a row matches.
std::vector<ExtraLandmark> draw_extras(Canvas& cv, const std::vector<ExtrasInput>& extras, const ExtrasStage& stage);

}  // namespace ekonte::render
