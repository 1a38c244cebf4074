#pragma once
// The kind of place words name when no row's phrase is in them, by meaning through WordNet:
// "carriage" → railway car → train carriage, "saloon" → barroom → bar.
#include <optional>
#include <string_view>

#include "vocabulary/world.hpp"

namespace ekonte::render {

// The kind whose phrase is the nearest hypernym of the head noun of `words` (a setting's name
// or a heading's place); nothing when WordNet is missing or no sense reaches a row.
std::optional<SettingKind> setting_kind_by_meaning(std::string_view words);

}  // namespace ekonte::render
