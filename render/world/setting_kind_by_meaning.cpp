#include "render/world/setting_kind_by_meaning.hpp"

#include <string>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::render {

std::optional<SettingKind> setting_kind_by_meaning(std::string_view words) {
  static const std::vector<std::vector<std::string>> rows = [] {
    std::vector<std::vector<std::string>> out;
    for (const vocabulary::SettingKindRow& r : vocabulary::kSettingKindRows) out.push_back(vocabulary::split_phrases(r.phrases));
    return out;
  }();
  // Every place is a physical object, an area or a structure; "entity" keeps them all and the
  // rows' phrases do the choosing.
  std::string lower;
  for (char c : words) lower.push_back(char(std::tolower(static_cast<unsigned char>(c))));
  const auto choice = lexicon::nearest_row(lower, lexicon::PartOfSpeech::Noun, "entity", rows);
  if (!choice || choice->row == 0) return std::nullopt;
  return SettingKind(choice->row);
}

}  // namespace ekonte::render
