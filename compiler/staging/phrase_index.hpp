#pragma once
// A vocabulary column's phrases split into words once and indexed by their first word, for
// readers that ask at every word of the prose whether a row's phrase starts there (splitting
// the wear-word and wetness rows at every word was a quarter of a compile).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ekonte::staging {

class PhraseIndex {
 public:
  // `rows[r]` holds row r's phrases as vocabulary::split_phrases gives them; each phrase is split
  // on single spaces (so "in  a" keeps an empty word, which only an empty word matches).
  explicit PhraseIndex(const std::vector<std::vector<std::string>>& rows);

  // Calls `found(row, n)` for every phrase whose n words are words[k, k + n) with n <= to - k,
  // in row order and, within a row, in the order the row lists them. `lower(i)` is the
  // lowercase i-th word.
  template <typename Lower, typename Found>
  void for_each_match(size_t k, size_t to, Lower&& lower, Found&& found) const {
    if (k >= to) return;
    const auto it = by_first_word_.find(std::string_view(lower(k)));
    if (it == by_first_word_.end()) return;
    for (const uint32_t p : it->second) {
      const Phrase& phrase = phrases_[p];
      if (phrase.words.size() > to - k) continue;
      size_t n = 1;
      while (n < phrase.words.size() && std::string_view(lower(k + n)) == phrase.words[n]) ++n;
      if (n == phrase.words.size()) found(phrase.row, n);
    }
  }

 private:
  struct Phrase {
    size_t row;
    std::vector<std::string> words;
  };
  std::vector<Phrase> phrases_;  // in row order, then each row's order
  // The key views the first word of a phrase in `phrases_`, which never moves once built.
  std::unordered_map<std::string_view, std::vector<uint32_t>> by_first_word_;
};

}  // namespace ekonte::staging
