#pragma once
// Colour words from colours.def: the colour the prose or a `props:` item gives a prop ("a red
// umbrella"). The compiler finds them in front of prop nouns (compiler/values/read_prop_colours.hpp).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ekonte {

enum class ColourWord {
#define EKONTE_COLOUR(id, ...) id,
#include "vocabulary/colours.def"
#undef EKONTE_COLOUR
};

}  // namespace ekonte

namespace ekonte::vocabulary {

struct ColourRow {
  std::string_view name, phrases;
  uint32_t colour;  // 0xrrggbb
  std::string_view description;
};

inline constexpr ColourRow kColourRows[] = {
#define EKONTE_COLOUR(id, name, phrases, colour, desc) {name, phrases, colour, desc},
#include "vocabulary/colours.def"
#undef EKONTE_COLOUR
};

inline const ColourRow& row(ColourWord c) { return kColourRows[static_cast<size_t>(c)]; }

// A shade word before a colour ("dark red", "pale blue") and how it changes the colour: mixed
// towards black (negative) or white (positive) by that fraction.
struct Shade {
  std::string_view word;
  double towards_white;
};
inline constexpr Shade kShades[] = {{"dark", -0.35}, {"deep", -0.25}, {"light", 0.35}, {"pale", 0.45}, {"bright", 0.12}};

// The colour row whose phrase `words` is exactly (ignoring case and hyphens), if any.
std::optional<ColourWord> match_colour(std::string_view words);
// `colour` (0xrrggbb) changed by the shade word `shade` ("dark"); unchanged when it is none.
uint32_t shaded(uint32_t colour, std::string_view shade);

}  // namespace ekonte::vocabulary
