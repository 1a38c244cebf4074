#pragma once
// The shot list as CSV (RFC 4180): a header row, then one row per shot in episode order.
// Fields holding a comma, a quote or a line break are quoted, quotes doubled; rows end in CRLF;
// text is UTF-8 as written (no byte-order mark). Lists inside a field (characters, dialogue
// lines, sound effects, notes) are one item per line.
#include <string>
#include <string_view>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::editorial {

// The header row, in order.
const std::vector<std::string_view>& shot_list_columns();

std::string shot_list_csv(const ShotGraph& graph, const timeline::Timeline& timeline);

// One field as RFC 4180 writes it.
std::string csv_field(std::string_view text);

// "2", "1.5", "0.042": frames / fps, at most three decimals, no trailing zeros.
std::string seconds_text(uint64_t frames, uint32_t fps);

}  // namespace ekonte::editorial
