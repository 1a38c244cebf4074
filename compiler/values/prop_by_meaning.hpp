#pragma once
// A prop word outside the prop table, read by meaning: the table row whose phrase is the
// nearest WordNet hypernym of the words ("briefcase" is a case, and a case is the bag row).
// The compiler's note and the renderer's drawing both come from this one lookup.
#include <optional>
#include <string>
#include <string_view>

#include "vocabulary/world.hpp"

namespace ekonte {

struct PropByMeaning {
  PropKind prop;
  std::string path;  // "briefcase → case"
};
std::optional<PropByMeaning> prop_by_meaning(std::string_view words);

}  // namespace ekonte
