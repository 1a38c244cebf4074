#include "vocabulary/tables.hpp"
#include "vocabulary/wardrobe_prose.hpp"

namespace ekonte::vocabulary {

Table wear_word_table() {
  Table t{"wear-word", "Wear words", "action prose: a phrase then a garment (`in a sou'wester`, `pulls on a coat`)", {}};
  for (const WearWordRow& r : kWearWordRows)
    t.entries.push_back({r.name, r.phrases, r.change == WearChange::On ? "on" : "off", r.description});
  return t;
}

Table wetness_table() {
  Table t{"wetness", "Wetness words", "action prose: a character is wet from that shot on in the scene (`soaked through`)", {}};
  for (const WetnessRow& r : kWetnessRows) t.entries.push_back({r.name, r.phrases, "", r.description});
  return t;
}

std::optional<Wetness> match_wetness(std::string_view name) {
  for (size_t i = 0; i < std::size(kWetnessRows); ++i)
    if (kWetnessRows[i].name == name) return Wetness(i);
  return std::nullopt;
}

}  // namespace ekonte::vocabulary
