#pragma once
// Internal to lexicon/: the synsets of a word's senses, read from WordNet under the one mutex.
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace ekonte::lexicon::detail {

// A synset as its words: lowercase, spaces for WordNet's underscores ("cocked hat").
using Synset = std::vector<std::string>;
// One sense of a word: its synset, then each hypernym up to the top (the first hypernym at each
// level; WordNet gives nouns almost always one).
using SensePath = std::vector<Synset>;

// Lowercase, spaces between words, no leading or trailing space.
std::string normalise(std::string_view words);
// Every sense of `word` (normalised, then reduced to its lemma), most frequent first. Cached.
const std::vector<SensePath>& senses(const std::string& word, PartOfSpeech pos);
// The most frequent sense alone with its hypernyms (senses(...).front()), without the other
// senses. Cached.
const SensePath& first_sense(const std::string& word, PartOfSpeech pos);
// The synset of the most frequent sense alone (senses(...).front().front()), read without the
// other senses and without any hypernym: the cheap question asked of every word of prose. Cached.
const Synset& first_synset(const std::string& word, PartOfSpeech pos);

}  // namespace ekonte::lexicon::detail
