#include "characters/read_words.hpp"

#include <algorithm>
#include <cstdint>

#include "compiler/diagnostics/diagnostic.hpp"
#include "lexicon/lexicon.hpp"

namespace ekonte::characters {
namespace {

// Typos only: a word further than this from every phrase is not a misspelling of one.
constexpr size_t kMaxTypoDistance = 2;

bool contains_phrase(const std::string& padded_words, const std::string& phrase) {
  return padded_words.find(" " + phrase + " ") != std::string::npos;
}

}  // namespace

std::string normalise_words(std::string_view words) {
  std::string out;
  for (char c : words) {
    char l = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    if (l == '-' || l == '_' || l == '\t') l = ' ';
    if (l == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(l);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> split_items(std::string_view style) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= style.size()) {
    size_t end = style.find(',', start);
    if (end == std::string_view::npos) end = style.size();
    std::string item = normalise_words(style.substr(start, end - start));
    while (!item.empty() && item.front() == ' ') item.erase(item.begin());
    if (!item.empty()) out.push_back(std::move(item));
    start = end + 1;
  }
  return out;
}

WordMatch read_words(std::string_view words, const std::vector<const WordTable*>& tables) {
  const std::string w = normalise_words(words);
  // A phrase written with a hyphen reads the same as with a space ("t-shirt", "t shirt").
  for (size_t t = 0; t < tables.size(); ++t)
    for (size_t r = 0; r < tables[t]->rows.size(); ++r)
      for (const std::string& p : tables[t]->rows[r])
        if (normalise_words(p) == w) return {t, r, Found::Exact, {}};
  if (w.empty()) return {};
  // The longest known phrase inside the words, the rest being modifiers ("patched tunic"). A
  // phrase ending the words names the head noun and wins outright; one elsewhere in them
  // ("sword at hip") only after WordNet has had its say on the head noun.
  const std::string padded = " " + w + " ";
  WordMatch best, inside;
  size_t best_len = 0, inside_len = 0;
  for (size_t t = 0; t < tables.size(); ++t)
    for (size_t r = 0; r < tables[t]->rows.size(); ++r)
      for (const std::string& p : tables[t]->rows[r]) {
        const std::string np = normalise_words(p);
        if (!contains_phrase(padded, np)) continue;
        const bool ends = padded.size() >= np.size() + 1 && padded.compare(padded.size() - np.size() - 1, np.size() + 1, np + " ") == 0;
        if (ends && np.size() > best_len) best = {t, r, Found::Phrase, "the words end with `" + np + "`"}, best_len = np.size();
        if (np.size() > inside_len) inside = {t, r, Found::Phrase, "the words contain `" + np + "`"}, inside_len = np.size();
      }
  if (best_len > 0) return best;
  for (size_t t = 0; t < tables.size(); ++t) {
    if (tables[t]->subtree.empty()) continue;
    if (auto choice = lexicon::nearest_row(w, lexicon::PartOfSpeech::Noun, tables[t]->subtree, tables[t]->rows))
      return {t, choice->row, Found::Meaning, choice->path_text()};
  }
  if (inside_len > 0) return inside;
  size_t best_d = SIZE_MAX;
  for (size_t t = 0; t < tables.size(); ++t)
    for (size_t r = 0; r < tables[t]->rows.size(); ++r)
      for (const std::string& p : tables[t]->rows[r]) {
        const size_t d = edit_distance(w, normalise_words(p));
        if (d < best_d) best_d = d, best = {t, r, Found::Spelling, "a misspelling of `" + p + "`"};
      }
  // Short words are within two letters of too much ("cap" of "hat").
  if (best_d <= kMaxTypoDistance && w.size() > best_d * 2 + 1) return best;
  return {};
}

std::vector<size_t> rows_mentioned(std::string_view text, const WordTable& table) {
  const std::string padded = " " + normalise_words(text) + " ";
  std::vector<std::pair<size_t, size_t>> found;  // phrase length, row
  for (size_t r = 0; r < table.rows.size(); ++r)
    for (const std::string& p : table.rows[r])
      if (contains_phrase(padded, normalise_words(p))) found.push_back({p.size(), r});
  std::sort(found.begin(), found.end(), [](auto a, auto b) { return a.first > b.first; });
  std::vector<size_t> out;
  for (auto [len, r] : found) out.push_back(r);
  return out;
}

}  // namespace ekonte::characters
