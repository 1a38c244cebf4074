#pragma once
// The palette a perfect labeller would give: a rig sheet read through its true part, tone and ink
// labels, framed exactly as palette_for_reference frames what the labeller reads. `ekonte eval`
// reports it beside the network's so the labeller's share of the error is known. No torch here.
#include "render/neural/palette.hpp"
#include "render/neural/training_data.hpp"

namespace ekonte::neural {

CharacterPalette palette_from_true_labels(const LabelledSheet& sheet, const ToneModel& tones,
                                          const LabelledSheet* script_view = nullptr);

}  // namespace ekonte::neural
