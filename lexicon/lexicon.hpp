#pragma once
// Ekonte's WordNet: the lemma of a word, the hypernym paths of a noun or verb, and the row of a
// vocabulary table nearest in meaning to words the table does not know.
//
// WordNet's C library keeps global state and is not thread-safe: every call here takes one
// mutex and results are cached per word. When the database is missing every query answers
// nothing and database_error() says which package to install; nothing throws or crashes.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ekonte::lexicon {

enum class PartOfSpeech { Noun, Verb };

// True when the WordNet database could be opened (opened on first use).
bool available();
// Empty when available(); otherwise one line naming the missing package.
std::string database_error();

// The base form of `word` ("boots" -> "boot", "wore" -> "wear"); the word itself, lowercased and
// with spaces, when WordNet knows it as is; empty when WordNet does not know it at all.
std::string lemma(std::string_view word, PartOfSpeech pos);

// Every sense of `word` as the chain of synsets from the word up to the top of the hierarchy,
// most frequent sense first; each synset is named by its first word ("cocked hat").
using HypernymPath = std::vector<std::string>;
std::vector<HypernymPath> hypernym_paths(std::string_view word, PartOfSpeech pos);

// The path of the most frequent sense alone (hypernym_paths(...).front(), empty when WordNet does
// not know the word), read without the other senses.
HypernymPath first_hypernym_path(std::string_view word, PartOfSpeech pos);

// The words of each sense's own synset, most frequent sense first ("twelve": {"twelve", "12",
// "xii", "dozen"}).
std::vector<std::vector<std::string>> synonyms(std::string_view word, PartOfSpeech pos);

// The words of the most frequent sense's synset alone (synonyms(...).front(), empty when WordNet
// does not know the word): one synset read, where synonyms() reads every sense's hypernyms.
std::vector<std::string> first_synonyms(std::string_view word, PartOfSpeech pos);

// Does one sense of `word` lie under the synset named `root` (or is it `root`)?
bool is_under(std::string_view word, PartOfSpeech pos, std::string_view root);

struct RowChoice {
  size_t row = 0;
  std::vector<std::string> path;  // from the words to the row's phrase: "tricorn", "cocked hat", "hat"
  std::string path_text() const;  // "tricorn → cocked hat → hat"
};

// The row whose phrase is the nearest hypernym of `words` under `subtree_root`. `candidate_rows`
// holds each row's phrases. The words are tried whole, then without their leading words
// ("long captain's coat", "captain's coat", "coat"), so the head noun decides. Nothing when
// no sense of any of them reaches a row's phrase inside the subtree.
std::optional<RowChoice> nearest_row(std::string_view words, PartOfSpeech pos, std::string_view subtree_root,
                                     const std::vector<std::vector<std::string>>& candidate_rows);

}  // namespace ekonte::lexicon
