#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "vocabulary/colours.hpp"
#include "vocabulary/tables.hpp"

namespace ekonte::vocabulary {
namespace {

std::string normalised(std::string_view words) {
  std::string out;
  for (char c : words) {
    const char l = c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (l == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += l;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

Table colour_table() {
  Table t{"colour", "Colour words", "a colour word in front of a prop in the prose or in `props:` (`a red umbrella`)", {}};
  // The entries keep views: the "#rrggbb" texts live as long as the program.
  static const std::vector<std::string> hexes = [] {
    std::vector<std::string> out;
    for (const ColourRow& r : kColourRows) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "#%06x", unsigned(r.colour & 0xffffff));
      out.push_back(hex);
    }
    return out;
  }();
  for (size_t i = 0; i < std::size(kColourRows); ++i)
    t.entries.push_back({kColourRows[i].name, kColourRows[i].phrases, hexes[i], kColourRows[i].description});
  return t;
}

std::optional<ColourWord> match_colour(std::string_view words) {
  // Asked of every word and word pair of the action prose: each phrase indexed once, the first
  // row that spells it winning.
  static const std::unordered_map<std::string, size_t> by_phrase = [] {
    std::unordered_map<std::string, size_t> out;
    const auto split = split_column(kColourRows, &ColourRow::phrases);
    for (size_t i = 0; i < split.size(); ++i)
      for (const std::string& p : split[i]) out.emplace(p, i);
    return out;
  }();
  const auto it = by_phrase.find(normalised(words));
  if (it == by_phrase.end()) return std::nullopt;
  return static_cast<ColourWord>(it->second);
}

uint32_t shaded(uint32_t colour, std::string_view shade) {
  const std::string key = normalised(shade);
  for (const Shade& s : kShades) {
    if (s.word != key) continue;
    const double t = std::fabs(s.towards_white), target = s.towards_white > 0 ? 255 : 0;
    uint32_t out = 0;
    for (int shift : {16, 8, 0}) {
      const double c = double((colour >> shift) & 0xff);
      out |= uint32_t(std::lround(c + (target - c) * t)) << shift;
    }
    return out;
  }
  return colour;
}

}  // namespace ekonte::vocabulary
