#pragma once
// Action prose as the staging readers see it: sentences of words, each word with its span and
// the character it names, and the small readers of noun phrases every other reader shares.
#include <optional>
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"

namespace ekonte::staging {

struct Word {
  std::string text;   // as written, punctuation stripped
  std::string lower;  // lowercase, possessive removed
  SourceSpan span;
  CharacterId id;     // valid when the word names a character
  bool comma_before = false;
  bool pronoun = false;  // `id` was resolved from a pronoun ("him"), not written
  bool possessive = false;  // written with 's ("OSWIN's sword"): names an owner, not a partner
};

// A character named in prose: by its id as written (`MARA`), capitalised (`Mara`: Fountain
// scripts write names in capitals only where a character is introduced), or by a word of its
// display name that no other character shares (`Violet` for VIOLET "Violet Lane"). A lowercase
// word never names a character: "seven" is a number, `SEVEN` or `Seven` the android.
CharacterId lookup(const std::vector<Character>& characters, const std::string& word);

// Splits prose into sentences of words; `;`, `.`, `!`, `?` end a sentence.
std::vector<std::vector<Word>> sentences_of(const SpannedText& text, const std::vector<Character>& characters);

// The verb's base form through the lexicon; empty when the word is no verb.
std::string lexicon_verb(const std::string& word);

// The last word of a noun phrase before "of" ("bowl of shaved ice" -> "bowl"): the head noun.
std::string head_noun(const std::string& phrase);

// The noun phrase starting at words[j] (determiners skipped), up to a word that ends it.
std::optional<Sourced<std::string>> noun_at(const std::vector<Word>& words, size_t j, size_t to);

// Looks like a present-tense verb ("juggles"): letters only, ending in a single `s`, not a word
// that merely ends so ("is", "his", "across").
bool present_verb_form(const std::string& l);

// "both hands on his staff": `both` before a plural noun is a determiner, not the subject.
bool both_hands(const std::vector<Word>& words, size_t k);

bool ends_with_ly(const std::string& w);

// The words[from, to) as written, separated by spaces.
std::string joined_text(const std::vector<Word>& words, size_t from, size_t to);

// A value read from words[from, from + n), with those words and their span.
template <typename T>
Sourced<T> sourced(int value, Origin origin, const std::vector<Word>& words, size_t from, size_t n) {
  Sourced<T> s;
  s.value = static_cast<T>(value);
  s.origin = origin;
  s.words = joined_text(words, from, from + n);
  s.span = words[from].span;
  const auto& last = words[from + n - 1].span;
  s.span.length = last.offset + last.length - s.span.offset;
  return s;
}

}  // namespace ekonte::staging
