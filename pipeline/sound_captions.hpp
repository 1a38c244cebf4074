#pragma once
// Sound effects in the animatic: a shot's `sfx:` lines are shown as an on-screen caption at the
// top of its frames for the whole shot ("SFX: temple bell, distant"), set with the layout's
// shaped text, so an editor sees what the scratch track does not play. Always drawn; the text
// goes into the clip's key, so editing an sfx line re-encodes only that shot.
#include <string>
#include <vector>

#include "animatic/shot_clip.hpp"
#include "compiler/shot_graph.hpp"
#include "layout/text/font_library.hpp"

namespace ekonte::pipeline {

// The caption overlay of `shot` (none when it has no sfx line); appends what it draws to `key_text`.
std::vector<animatic::Overlay> sound_captions(const layout::FontLibrary& fonts, const Shot& shot, int width, int height,
                                              std::string* key_text);

}  // namespace ekonte::pipeline
