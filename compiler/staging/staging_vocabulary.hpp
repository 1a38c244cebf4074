#pragma once
// The staging phrase tables, built once from the rows of vocabulary/staging_*.def: the words of
// `stage:` clauses and action prose that set a character's position, depth, pose, expression,
// facing and view.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "support/text.hpp"

namespace ekonte::staging {

enum class Attr { Position, Depth, Pose, Expression, Facing, View, Action };

struct StagingPhrase {
  std::string words;
  Attr attr;
  int value;
  bool stage_only = false;  // too ambiguous in prose ("comes back"), fine in a `stage:` clause
};

// Every staging phrase, and each split into lowercase words (same order). The phrases of the
// `character` facing are not among them: they take a character after them (facing_words()).
const std::vector<StagingPhrase>& staging_phrases();
const std::vector<std::vector<std::string>>& staging_words();
// Indices into staging_phrases() by the phrase's first word, so a word is compared only with
// the phrases it can start.
const std::unordered_map<std::string, std::vector<size_t>>& phrases_starting_with();
// Phrases that take a character after them ("facing HARU", "looks at GRANDMA"), split.
const std::vector<std::vector<std::string>>& facing_words();
// Words before a character's name that make it an object, not the one acting.
const std::set<std::string>& object_markers();
// Words that stand between a verb and its object noun ("the", "her", "a") and words that end
// a noun phrase ("and", "to", "beside").
const std::set<std::string>& determiners();
const std::set<std::string>& noun_phrase_ends();
// 'f' for she, 'm' for he, 'n' for they / both; 0 for any other word.
char subject_pronoun(const std::string& lower);
// How many people a counting word means ("two" 2, "dozen" 12, "crowd" 20); 0 if none.
uint32_t count_word(const std::string& lower);
// True when a plural noun names people ("guards", "drinkers", "refugees").
bool is_people_noun(const std::string& lower);

// The hook where a verb outside the action classes would be looked up by meaning (WordNet, the
// `lexicon/` library): returns the class it reads as, or nothing. Today it finds nothing, and
// the caller reports the verb as unread.
std::optional<Action> nearest_action(const std::string& verb);

}  // namespace ekonte::staging
