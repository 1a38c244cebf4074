#pragma once
// The v2 generator's picture: every character pixel is its character's palette colour for the
// rig's part and tone at that pixel (plus the sheet's pattern, mapped through the part's box),
// then the rig's line art on top, all at the rig's full resolution: as sharp as the rig.
#include <vector>

#include "render/neural/palette.hpp"

namespace ekonte::neural {

// `palettes[k]` belongs to instance k + 1 (null: keep the rig's colours for that character).
// Where two regions (parts, tones, a character and the setting) meet, the rig's picture is a
// blend of their two flat colours; the same blend of our two colours is painted there, so the
// edges are the rig's edges. Elsewhere outside the characters the rig's picture is kept.
render::ImageRgba paint_flat(const render::ShotRender& rig, const std::vector<const CharacterPalette*>& palettes,
                             const ToneModel& tones);

}  // namespace ekonte::neural
