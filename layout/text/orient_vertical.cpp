#include "layout/text/orient_vertical.hpp"

#include "layout/text/char_classes.hpp"
#include "layout/text/utf8.hpp"

namespace ekonte::layout {

namespace {

// The longest number or abbreviation set across the column: three half-width characters
// still fit one em once narrowed (JLREQ sets two as a rule and allows three).
constexpr size_t kTateChuYokoMax = 3;

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_capital(char32_t c) { return c >= 'A' && c <= 'Z'; }
bool is_bang(char32_t c) { return c == '!' || c == '?'; }

// Whether the non-upright group [b, e) is set across the column as one unit.
bool tate_chu_yoko(const std::vector<char32_t>& cps, size_t b, size_t e) {
  const size_t n = e - b;
  if (n == 0 || n > kTateChuYokoMax) return false;
  bool digits = true, capitals = true, bangs = n <= 2;
  for (size_t i = b; i < e; ++i) {
    digits &= is_digit(cps[i]);
    capitals &= is_capital(cps[i]);
    bangs &= is_bang(cps[i]);
  }
  return digits || (capitals && n >= 2) || bangs;
}

}  // namespace

bool upright_in_vertical(char32_t c) {
  return is_cjk(c) || c == U'…' || c == U'‥' || c == U'—' || c == U'―' || c == U'‖';
}

std::vector<VerticalOrientation> orient_vertical(const std::vector<char32_t>& cps) {
  std::vector<VerticalOrientation> out(cps.size(), VerticalOrientation::Upright);
  size_t i = 0;
  while (i < cps.size()) {
    if (upright_in_vertical(cps[i])) { ++i; continue; }
    // A run of other characters between upright ones; spaces at its ends are not part of it.
    size_t e = i;
    while (e < cps.size() && !upright_in_vertical(cps[e])) ++e;
    size_t b = i, last = e;
    while (b < last && is_line_space(cps[b])) ++b;
    while (last > b && is_line_space(cps[last - 1])) --last;
    const auto o = tate_chu_yoko(cps, b, last) ? VerticalOrientation::TateChuYoko : VerticalOrientation::Sideways;
    for (size_t k = i; k < e; ++k) out[k] = (k >= b && k < last) ? o : VerticalOrientation::Sideways;
    i = e;
  }
  return out;
}

bool sets_vertically(std::string_view utf8) {
  double upright = 0, other = 0;
  for (char32_t c : decode_utf8(utf8)) {
    if (is_line_space(c)) continue;
    if (upright_in_vertical(c)) upright += 1;
    else other += 0.5;
  }
  return upright > 0 && upright >= kVerticalShare * (upright + other);
}

}  // namespace ekonte::layout
