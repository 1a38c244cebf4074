#pragma once
// How the words of a character property become rows of the vocabulary tables: a known phrase;
// else a known phrase inside the words ("grey service suit" -> service suit); else the nearest
// row by meaning through WordNet, inside the table's subtree ("tricorn -> cocked hat -> hat");
// else a phrase within two letters of them (a typo); else nothing.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "vocabulary/vocabulary.hpp"

namespace ekonte::characters {

enum class Found { Exact, Phrase, Meaning, Spelling, Nothing };

// The words of one table: each row's name and phrases, and the WordNet synset its words live
// under ("" when its words are not nouns: builds, eye shapes).
struct WordTable {
  std::string_view kind;  // the `ekonte vocabulary` kind
  std::vector<std::vector<std::string>> rows;
  std::string_view subtree;
};

template <typename Row, size_t N>
WordTable word_table(std::string_view kind, const Row (&rows)[N], std::string_view subtree) {
  WordTable t{kind, {}, subtree};
  for (const Row& r : rows) {
    std::vector<std::string> phrases{std::string(r.name)};
    for (const std::string& p : vocabulary::split_phrases(r.phrases))
      if (p != r.name) phrases.push_back(p);
    t.rows.push_back(std::move(phrases));
  }
  return t;
}

struct WordMatch {
  size_t table = 0, row = 0;
  Found how = Found::Nothing;
  std::string why;  // for W0501: "tricorn → cocked hat → hat", "the words contain `coat`"
  bool resolved() const { return how == Found::Exact || how == Found::Phrase; }
};

// The wardrobe's tables in the order a garment's words are tried (the narrow subtrees first,
// since hats and shoes are clothing too), and each one's index in that list.
enum WardrobeTableIndex : size_t { kWardrobeHeadwear, kWardrobeFootwear, kWardrobeOuterwear, kWardrobeOutfit, kWardrobeAccessory };
const std::vector<const WordTable*>& wardrobe_word_tables();

// Reads `words` against `tables`, earlier tables first where two match equally well.
WordMatch read_words(std::string_view words, const std::vector<const WordTable*>& tables);

// The comma-separated items of a property ("trench coat, fedora"), trimmed, empty ones dropped.
std::vector<std::string> split_items(std::string_view style);

// Lowercase, single spaces, '-' and '_' as spaces.
std::string normalise_words(std::string_view words);

// Whole phrases of `table` that occur in `text` (a note), longest first, as row indices.
std::vector<size_t> rows_mentioned(std::string_view text, const WordTable& table);

}  // namespace ekonte::characters
