#pragma once
// How each character stands in a vertical Japanese column (W3C JLREQ §3.1.7 and Appendix F):
// Japanese characters upright (punctuation in its vertical forms, through HarfBuzz `vert`);
// Latin words and long numbers rotated 90° clockwise; a number of one to three digits, an
// abbreviation of up to three capitals and a `!?` pair set horizontally across the column
// (tate-chū-yoko). A line that is mostly Latin is not set vertically at all.
#include <string_view>
#include <vector>

namespace ekonte::layout {

enum class VerticalOrientation { Upright, Sideways, TateChuYoko };

// Characters set upright in a vertical column: Japanese, full-width forms and the few
// general punctuation marks that have vertical forms (ellipses, dashes).
bool upright_in_vertical(char32_t c);

// One orientation per code point of `cps`. The code points of a tate-chū-yoko group all get
// TateChuYoko; the group is set as one unit one em high and never broken.
std::vector<VerticalOrientation> orient_vertical(const std::vector<char32_t>& cps);

// Japanese dialogue is set in vertical columns when its upright characters make up at least
// kVerticalShare of its length (an upright character counted one em, any other non-space
// character half an em, its usual advance): "次は、中野です。Next stop, Nakano." is vertical,
// "Nakano! Tokyo! 東京" is not.
inline constexpr double kVerticalShare = 0.4;
bool sets_vertically(std::string_view utf8);

}  // namespace ekonte::layout
