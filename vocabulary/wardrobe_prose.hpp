#pragma once
// The wardrobe words of action prose (wear_words.def) and the words that make a figure wet
// (wetness.def): what a shot's prose changes in how a character is dressed, for the rest of the scene.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ekonte {

enum class WearWord : uint8_t {
#define EKONTE_WEAR_WORD(id, ...) id,
#include "vocabulary/wear_words.def"
#undef EKONTE_WEAR_WORD
};

enum class Wetness : uint8_t {
#define EKONTE_WETNESS(id, ...) id,
#include "vocabulary/wetness.def"
#undef EKONTE_WETNESS
};

}  // namespace ekonte

namespace ekonte::vocabulary {

enum class WearChange { On, Off };

struct WearWordRow {
  std::string_view name, phrases;
  WearChange change;
  std::string_view description;
};

inline constexpr WearWordRow kWearWordRows[] = {
#define EKONTE_WEAR_WORD(id, name, phrases, change, desc) {name, phrases, WearChange::change, desc},
#include "vocabulary/wear_words.def"
#undef EKONTE_WEAR_WORD
};

struct WetnessRow {
  std::string_view name, phrases;
  double darken;
  int drops;
  std::string_view description;
};

inline constexpr WetnessRow kWetnessRows[] = {
#define EKONTE_WETNESS(id, name, phrases, darken, drops, desc) {name, phrases, darken, drops, desc},
#include "vocabulary/wetness.def"
#undef EKONTE_WETNESS
};

inline const WearWordRow& row(WearWord w) { return kWearWordRows[static_cast<size_t>(w)]; }
inline const WetnessRow& row(Wetness w) { return kWetnessRows[static_cast<size_t>(w)]; }

std::optional<Wetness> match_wetness(std::string_view name);

}  // namespace ekonte::vocabulary
