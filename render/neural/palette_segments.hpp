#pragma once
// Segment matching: where one part label covers several colours (a coat and trousers are both
// OutfitPrimary; a brown bag and a blue hair clip are both Accessory), a single palette colour
// per part paints every one of them alike. The script's own rig front view says which colours a
// part has and where they sit on the figure; the reference pixels of that part at the same place
// of the (equally framed) sheet give each segment its colour. A shot's pixel then picks its
// segment by the rig's colour there. No torch here.
#include <array>
#include <cstdint>
#include <vector>

#include "render/neural/palette.hpp"
#include "render/neural/training_data.hpp"

namespace ekonte::neural {

// Most segments kept per part (the largest).
inline constexpr int kMaxSegments = 6;

// Adds segments to `palette` for every part `script_view` (the script's rig front view, true
// labels) draws in two or more distinct colours, reading their colours off `reference`, the
// labeller's labels of the reference sheet in the same frame geometry (reference_frame.hpp:
// drawing_frame at the labeller's size). Tones a segment does not show on the reference come from
// `tones` or, failing that, from the part's palette colour.
// `reference_segments`, when given, receives per part the segment of each reference pixel
// (labels' geometry, -1 where none), which pattern finding needs: a stripe is told from the
// garment it lies on, not from every garment of the part.
void add_segments(CharacterPalette& palette, const LabelledSheet& script_view, const ReferenceLabels& reference,
                  const ToneModel& tones, std::array<std::vector<int8_t>, kPaletteParts>* reference_segments = nullptr);

// The segment of `palette`'s `part` nearest to a rig pixel of colour `rig` in tone `tone`; -1 when
// the part has no segments.
int nearest_segment(const CharacterPalette& palette, int part, int tone, Rgb rig);

}  // namespace ekonte::neural
