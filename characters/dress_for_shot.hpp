#pragma once
// A character as one shot's prose dresses it (compiler/staging/read_wardrobe.hpp): the garments
// the scene's prose put on or took off so far, and wet from the wetness the prose gave.
#include <optional>
#include <vector>

#include "characters/character_model.hpp"

namespace ekonte::characters {

// `m` with each change applied in order, each garment's words read through the wardrobe tables
// and WordNet (an unknown garment changes nothing): a hat replaces the hat, a coat goes over the
// top, a top or a bottom replaces its own; taken off, a worn garment of the same row goes (a coat
// taken off that names no worn layer takes the outermost one). Wet, the clothes and the hair are
// darkened by the wetness row.
CharacterModel dress_for_shot(CharacterModel m, const std::vector<WardrobeChange>& changes, std::optional<Wetness> wet);

}  // namespace ekonte::characters
