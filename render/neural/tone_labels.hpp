#pragma once
// A tone map for pictures whose renderer did not write one (weights trained, or rig versions,
// before the rig's tone map existed): the tones read off the picture itself. No torch here.
#include "render/shot_render.hpp"

namespace ekonte::neural {

// True when `tones` labels some pixel of a part (the rig wrote a tone map).
bool has_tone_map(const render::ImageGray& tones, const render::ImageGray& parts);

// Per (instance, part) region the densest clean colour is the base; a pixel far from it is
// shadow when darker, highlight when lighter; in the eyes the much darker pixels are the pupil
// and near-white ones the catch-lights (the rig's render::Tone meanings). A pixel on the blend
// from the base to the ink is base. The line art only picks the clean pixels that vote for the
// base. `instances` may be null (one figure).
render::ImageGray derive_tones(const render::ImageRgba& color, const render::ImageGray& parts,
                               const render::ImageGray* instances, const render::ImageGray& lineart);

// The rig's tone map when it has one, else derived from the picture.
render::ImageGray tones_of(const render::ShotRender& shot);

}  // namespace ekonte::neural
