// compiler/staging/phrase_index.cpp: a vocabulary column's phrases, split into words once,
// found where they start in a run of words, in the order the rows list them.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "compiler/staging/phrase_index.hpp"

using ekonte::staging::PhraseIndex;

namespace {

// (row, words) of every phrase that starts at words[k] and ends before `to`.
std::vector<std::pair<size_t, size_t>> matches(const PhraseIndex& index, const std::vector<std::string>& words, size_t k,
                                               size_t to) {
  std::vector<std::pair<size_t, size_t>> out;
  index.for_each_match(k, to, [&](size_t i) -> const std::string& { return words[i]; },
                       [&](size_t row, size_t n) { out.push_back({row, n}); });
  return out;
}

}  // namespace

TEST_CASE("every phrase that starts at a word is found, in row order and then each row's order") {
  const PhraseIndex index({{"soaked", "soaked to the skin"}, {"in", "in a"}, {"damp"}});
  const std::vector<std::string> words{"soaked", "to", "the", "skin", "in", "a", "coat"};
  CHECK(matches(index, words, 0, words.size()) == std::vector<std::pair<size_t, size_t>>{{0, 1}, {0, 4}});
  CHECK(matches(index, words, 4, words.size()) == std::vector<std::pair<size_t, size_t>>{{1, 1}, {1, 2}});
  CHECK(matches(index, words, 6, words.size()).empty());
}

TEST_CASE("a phrase that would run past the end of the clause is not found") {
  const PhraseIndex index({{"soaked to the skin"}});
  const std::vector<std::string> words{"soaked", "to", "the", "skin"};
  CHECK(matches(index, words, 0, 3).empty());
  CHECK(matches(index, words, 0, 4).size() == 1);
  CHECK(matches(index, words, 4, 4).empty());
}

TEST_CASE("a phrase matches only the same words, not a word that merely starts with one") {
  const PhraseIndex index({{"rain soaked"}});
  CHECK(matches(index, {"rain", "soaked"}, 0, 2).size() == 1);
  CHECK(matches(index, {"rain", "soakedd"}, 0, 2).empty());
  CHECK(matches(index, {"rains", "soaked"}, 0, 2).empty());
}
