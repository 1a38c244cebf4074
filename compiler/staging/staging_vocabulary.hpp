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
  int cue = -1;  // an Expression read from an expression cue (ExpressionCue), not named outright
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
// Words after which a name or a pronoun starts a new clause with its own subject ("and", "as",
// "while": "Two guards cross their spears as OSWIN walks up the hall").
const std::set<std::string>& clause_joiners();
// Prepositions that open a place phrase before the subject ("At the far end the QUEEN sits").
const std::set<std::string>& place_prepositions();
// Words that negate the next word or two ("doesn't smile", "never looks"): what they negate is
// not staged.
const std::set<std::string>& negations();
// How many words at words[k] name a group of the characters in view as a subject: "everyone",
// "everybody" (1), "the family", "the pair" (2), "the two of them" (4); 0 when they do not.
size_t group_subject(const std::vector<std::string>& words, size_t k);
// 'f' for she, 'm' for he, 'n' for they / both; 0 for any other word.
char subject_pronoun(const std::string& lower);
// How many people a counting word means ("two" 2, "dozen" 12, "crowd" 20); 0 if none.
uint32_t count_word(const std::string& lower);
// True when a plural noun names people ("guards", "drinkers", "refugees").
bool is_people_noun(const std::string& lower);

// A verb outside the action classes read by meaning: the class whose verb is the nearest
// hypernym of `verb` in WordNet, and the path that led there ("doze → nap").
struct NearestAction {
  Action action;
  std::string lemma;  // the verb's base form ("doze")
  std::string path;   // "doze → nap"
};
// Only the most frequent senses are tried, and only a few levels up, so a rare sense or a very
// general hypernym ("move", "change") never decides; the verb's own synonyms count only in its
// first sense. Nothing when no sense reaches a class (the caller reports the verb as unread).
// Cached per word.
std::optional<NearestAction> nearest_action(const std::string& verb);

// Unnamed people, read by meaning: a noun one of whose most frequent senses is a person or a
// social group ("guards", "a rider", "the crew"). Cached per word.
bool is_people_noun_by_meaning(const std::string& lower);
// A thing carried in a hand, read by meaning: a noun whose most frequent sense is an
// instrumentality (a stick, a bowl, a lamp) and no garment, building, vehicle or furniture.
bool is_hand_thing(const std::string& lower);
// A part of the body ("eye", "hand"): never a held prop. Cached per word.
bool is_body_part(const std::string& lower);
// The number a number word names through its WordNet synset ("twelve" and "dozen" share the
// synset of `12`); 0 when it names none. Cached per word.
uint32_t number_by_meaning(const std::string& lower);

}  // namespace ekonte::staging
