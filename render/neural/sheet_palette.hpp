#pragma once
// A sheet read into a palette: the drawing framed to the labeller's grid and labelled, the face
// found on those labels and labelled again in a crop at the sheet's own resolution, then the
// palette (palette_from_labels), with segments and colour maps against the script's rig front
// view when one is given. The labels come from the reference labeller (palette_for_reference in
// reference_labeller.hpp) or, for a rig sheet, from its own true labels: what a perfect labeller
// would give, which `ekonte eval` reports beside the network's. No torch here.
#include <functional>

#include "render/neural/palette.hpp"
#include "render/neural/reference_frame.hpp"
#include "render/neural/training_data.hpp"

namespace ekonte::neural {

// The labels of the sheet seen through `frame`: the whole drawing, or (`face`) the face crop.
using SheetLabeller = std::function<ReferenceLabels(const Frame& frame, bool face)>;

// `script_label` reads the script view's picture the way `label` reads the sheet, so the colour
// maps pair colours read alike; without it the script view is read through its own true labels.
CharacterPalette palette_of_sheet(const render::ImageRgba& sheet, const SheetLabeller& label, const ToneModel& tones,
                                  const LabelledSheet* script_view, const SheetLabeller* script_label = nullptr);

// palette_of_sheet with the rig sheet's own labels.
CharacterPalette palette_from_true_labels(const LabelledSheet& sheet, const ToneModel& tones,
                                          const LabelledSheet* script_view = nullptr);

}  // namespace ekonte::neural
