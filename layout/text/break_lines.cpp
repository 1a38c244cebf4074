#include "layout/text/break_lines.hpp"

#include <algorithm>

#include "layout/text/font_library.hpp"
#include "layout/text/utf8.hpp"

namespace ekonte::layout {

namespace {

bool is_latin_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c < 0x250); }

// A break before `cur` (after `prev`) is allowed.
bool may_break_between(char32_t before_prev, char32_t prev, char32_t cur) {
  if (is_line_space(cur)) return false;
  if (is_line_space(prev)) return kinsoku_may_start_line(cur);
  if (prev == '-' && is_latin_letter(before_prev) && is_latin_letter(cur)) return true;
  if (is_cjk(prev) || is_cjk(cur)) return kinsoku_may_start_line(cur) && kinsoku_may_end_line(prev);
  return false;
}

// Japanese punctuation that closes a phrase: a line broken just after it reads naturally.
bool closes_phrase(char32_t c) { return c == U'。' || c == U'、' || c == U'！' || c == U'？' || c == U'…'; }

// A Japanese line breaks after the last phrase-closing punctuation rather than at the last
// allowed character when that leaves the line at least this full.
constexpr double kPhraseBreakFill = 0.4;

}  // namespace

bool kinsoku_may_start_line(char32_t c) {
  static constexpr std::u32string_view kNoStart =
      U"。、，．」』）］｝〕〉》】〙〗〟’”｠»!?！？ー・：；ゝゞヽヾ々…‥"
      U"ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
      U",.:;)]}";
  return kNoStart.find(c) == std::u32string_view::npos;
}

bool kinsoku_may_end_line(char32_t c) {
  static constexpr std::u32string_view kNoEnd = U"「『（［｛〔〈《【〘〖〝‘“｟«([{";
  return kNoEnd.find(c) == std::u32string_view::npos;
}

std::vector<LineSpan> break_lines(std::string_view text, const std::vector<double>& widths,
                                  const std::vector<bool>& cluster_start, double max_width) {
  const DecodedText d = decode_utf8_with_offsets(text);
  const size_t n = d.cps.size();
  auto width_of = [&](size_t i) { return i < widths.size() ? widths[i] : 0.0; };
  auto starts_cluster = [&](size_t i) { return i >= cluster_start.size() || cluster_start[i]; };
  auto opportunity = [&](size_t i) {
    if (i == 0 || i >= n || !starts_cluster(i)) return false;
    return may_break_between(i >= 2 ? d.cps[i - 2] : 0, d.cps[i - 1], d.cps[i]);
  };

  std::vector<LineSpan> lines;
  size_t start = 0;
  while (start < n && is_line_space(d.cps[start])) ++start;
  while (start < n) {
    double x = 0;
    size_t last_opportunity = 0, last_phrase = 0;
    double phrase_x = 0;
    size_t brk = n;
    for (size_t i = start; i < n; ++i) {
      if (i > start && opportunity(i)) {
        last_opportunity = i;
        if (closes_phrase(d.cps[i - 1])) {
          last_phrase = i;
          phrase_x = x;
        }
      }
      if (!is_line_space(d.cps[i]) && x + width_of(i) > max_width + 1e-6 && i > start) {
        if (last_phrase > start && phrase_x >= kPhraseBreakFill * max_width) {
          brk = last_phrase;
        } else if (last_opportunity > start) {
          brk = last_opportunity;
        } else {
          // Emergency break inside a word: the latest cluster boundary that kinsoku allows.
          brk = 0;
          for (size_t j = i; j > start; --j) {
            if (starts_cluster(j) && kinsoku_may_start_line(d.cps[j]) && kinsoku_may_end_line(d.cps[j - 1])) {
              brk = j;
              break;
            }
          }
          // Nowhere before: the punctuation hangs past the measure (burasage) rather than
          // starting the next line.
          if (brk == 0) {
            brk = i + 1;
            while (brk < n && !(starts_cluster(brk) && kinsoku_may_start_line(d.cps[brk]) &&
                                kinsoku_may_end_line(d.cps[brk - 1])))
              ++brk;
          }
        }
        break;
      }
      x += width_of(i);
    }
    size_t end = brk;
    while (end > start && is_line_space(d.cps[end - 1])) --end;
    LineSpan line{d.offsets[start], d.offsets[end], 0};
    for (size_t i = start; i < end; ++i) line.width += width_of(i);
    lines.push_back(line);
    start = brk;
    while (start < n && is_line_space(d.cps[start])) ++start;
  }
  return lines;
}

}  // namespace ekonte::layout
