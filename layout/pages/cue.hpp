#pragma once
// The cue over a dialogue line (the speaker's name in capitals, the extension), read from the
// shot graph alone, no fonts: the pages, the balloons and `ekonte explain` share it.
#include <optional>
#include <string>

#include "compiler/shot_graph.hpp"

namespace ekonte::layout {

std::string upper(std::string s);
std::string speaker_name(const ShotGraph& graph, const DialogueLine& line);
// The cue extension of a line: its own, or its parenthetical when that is one (a front end
// that keeps `(V.O.)` as the parenthetical).
std::optional<CueExtension> cue_extension_of(const DialogueLine& line);

}  // namespace ekonte::layout
