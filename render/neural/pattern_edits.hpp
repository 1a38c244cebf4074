#pragma once
// Parametric edits of a character's design, painted on a picture through its part and tone maps
// in part-box coordinates: the labeller's colour augmentation (recolour, stripes, dots) and the
// out-of-distribution suite of `ekonte eval` (which also paints crests and hair streaks, edit
// kinds training never sees). No torch here.
#include <string_view>

#include "render/neural/palette.hpp"

namespace ekonte::neural {

enum class EditKind : uint8_t {
  Recolour,     // the part's base colour replaced (its shading follows through the tone model)
  Stripes,      // bands across the part's box
  Dots,         // a grid of dots over the part's box
  Crest,        // one emblem, high on the part's box (held out of training)
  HairStreaks,  // vertical streaks down the part's box (held out of training)
};
std::string_view name_of(EditKind kind);
// Whether training's colour augmentation paints this kind (the rest are held out).
bool trained_on(EditKind kind);

struct PatternEdit {
  EditKind kind = EditKind::Recolour;
  render::PartLabel part = render::PartLabel::OutfitPrimary;
  Rgb colour;           // the new base colour, or the pattern's colour
  double period = 0.2;  // stripes, dots, streaks: repeat, as a share of the box
  double angle = 0;     // stripes: radians from horizontal
};

// The pixels an edit paints: those of `edit.part` (and of `instance` when `instances` is given)
// where the pattern lies. Painted pixels take the edit's colour in their own tone (through
// `tones_model`) under the line art's ink. Returns a mask (1 = painted) the size of the picture.
render::ImageGray apply_edit(render::ImageRgba& picture, const render::ImageGray& parts, const render::ImageGray& tones,
                             const render::ImageGray& lineart, const render::ImageGray* instances, int instance,
                             const PatternEdit& edit, const ToneModel& tones_model);

}  // namespace ekonte::neural
