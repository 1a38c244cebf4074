#include "compiler/values/prop_by_meaning.hpp"

#include <vector>

#include "lexicon/lexicon.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte {

std::optional<PropByMeaning> prop_by_meaning(std::string_view words) {
  static const std::vector<std::vector<std::string>> rows = [] {
    std::vector<std::vector<std::string>> out;
    for (const vocabulary::PropRow& r : vocabulary::kPropRows) out.push_back(vocabulary::split_phrases(r.phrases));
    return out;
  }();
  // Props are physical things: an artefact, a plant or an animal.
  const auto choice = lexicon::nearest_row(words, lexicon::PartOfSpeech::Noun, "physical entity", rows);
  if (!choice) return std::nullopt;
  return PropByMeaning{PropKind(choice->row), choice->path_text()};
}

}  // namespace ekonte
