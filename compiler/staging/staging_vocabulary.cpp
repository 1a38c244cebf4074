#include "compiler/staging/staging_vocabulary.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <mutex>

#include "lexicon/lexicon.hpp"

#include "vocabulary/staging.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::staging {
namespace {

template <size_t N>
void add_rows(std::vector<StagingPhrase>& out, Attr attr, const vocabulary::StagingRow (&rows)[N], int skip = -1) {
  for (size_t i = 0; i < N; ++i) {
    if (static_cast<int>(i) == skip) continue;
    for (std::string& p : vocabulary::split_phrases(rows[i].phrases)) out.push_back({std::move(p), attr, int(i)});
    for (std::string& p : vocabulary::split_phrases(rows[i].stage_phrases))
      out.push_back({std::move(p), attr, int(i), true});
  }
}

}  // namespace

const std::vector<StagingPhrase>& staging_phrases() {
  static const std::vector<StagingPhrase> phrases = [] {
    std::vector<StagingPhrase> t;
    add_rows(t, Attr::Position, vocabulary::kPositionRows);
    add_rows(t, Attr::Depth, vocabulary::kDepthRows);
    add_rows(t, Attr::Pose, vocabulary::kPoseRows);
    add_rows(t, Attr::Expression, vocabulary::kExpressionRows);
    // After the expression words and before the actions: at equal length a cue wins.
    for (size_t i = 0; i < std::size(vocabulary::kExpressionCueRows); ++i)
      for (std::string& p : vocabulary::split_phrases(vocabulary::kExpressionCueRows[i].phrases))
        t.push_back({std::move(p), Attr::Expression, int(vocabulary::kExpressionCueRows[i].expression), false, int(i)});
    add_rows(t, Attr::Facing, vocabulary::kFacingRows, int(Facing::Character));
    add_rows(t, Attr::View, vocabulary::kViewRows);
    for (size_t i = 0; i < std::size(vocabulary::kActionRows); ++i)
      for (std::string& p : vocabulary::split_phrases(vocabulary::kActionRows[i].phrases))
        t.push_back({std::move(p), Attr::Action, int(i)});
    return t;
  }();
  return phrases;
}

const std::set<std::string>& object_markers() {
  // Prepositions and verbs of looking: the character after them is looked at, not acting.
  static const std::set<std::string> markers = {"to", "at", "toward", "towards", "facing", "beside", "with",
                                                "from", "behind", "near", "of", "in", "on", "for", "like",
                                                "than", "watches", "watching", "faces", "and"};
  return markers;
}

const std::set<std::string>& determiners() {
  static const std::set<std::string> words = {"a", "an", "the", "his", "her", "their", "its", "my", "your", "our",
                                              "one", "some", "this", "that", "these", "those", "another"};
  return words;
}

const std::set<std::string>& noun_phrase_ends() {
  static const std::set<std::string> words = {
      "and", "or", "but", "to", "with", "beside", "behind", "near", "at", "on", "onto", "in", "into", "over",
      "under", "from", "for", "by", "as", "while", "then", "toward", "towards", "across", "against", "along",
      "through", "up", "down", "out", "off", "before", "after", "above", "below", "like", "so", "which",
      "that", "who", "he", "she", "they", "it", "him", "them", "is", "are", "was", "not", "between", "around"};
  return words;
}

const std::set<std::string>& clause_joiners() {
  static const std::set<std::string> words = {"and", "then", "while", "as", "when", "where", "until",
                                              "before", "after", "but", "so", "whereupon"};
  return words;
}

const std::set<std::string>& place_prepositions() {
  static const std::set<std::string> words = {"at", "by", "in", "on", "near", "beside", "behind", "between",
                                              "across", "under", "below", "above", "inside", "outside",
                                              "down", "up", "along", "through", "from", "over", "among",
                                              "against", "around", "beyond", "within", "opposite"};
  return words;
}

const std::set<std::string>& negations() {
  static const std::set<std::string> words = {"not", "never", "no", "without", "doesn't", "don't", "didn't",
                                              "isn't", "won't", "can't", "cannot", "nor", "hardly", "barely"};
  return words;
}

uint32_t count_word(const std::string& w) {
  // Words that count people without naming a number: how many the drawing shows for each.
  static const std::map<std::string, uint32_t> indefinite = {
      {"several", 3}, {"few", 3},      {"many", 10},   {"crowd", 20},  {"group", 5},   {"handful", 4},
      {"couple", 2},  {"pair", 2},     {"dozens", 24}, {"hundreds", 100}, {"scores", 40}, {"throng", 30},
      {"line", 6},    {"queue", 6},    {"river", 30},  {"sea", 50},    {"half", 6},    {"knot", 4},
      {"gang", 5},    {"band", 5},     {"squad", 6},   {"troop", 8},   {"host", 20},   {"mob", 20}};
  if (auto it = indefinite.find(w); it != indefinite.end()) return it->second;
  if (w.empty() || w.size() > 12) return 0;
  if (std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
    return w.size() < 5 ? static_cast<uint32_t>(std::stoul(w)) : 0;
  if (!std::all_of(w.begin(), w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); })) return 0;
  // Number words through WordNet ("twelve", "dozen", "forty"); one person is read elsewhere
  // (find_extras: "a rider", "the black knight").
  const uint32_t n = number_by_meaning(w);
  return n >= 2 ? n : 0;
}

bool is_people_noun(const std::string& w) {
  // Collective words that name people whatever WordNet's first sense says ("folk" is music first).
  static const std::set<std::string> people = {"people", "folk", "townsfolk", "crowd", "crew"};
  return people.count(w) > 0 || is_people_noun_by_meaning(w);
}

namespace {

// Per-word caches of the WordNet readings: WordNet is slow to ask and a script repeats its words.
template <typename V>
class WordCache {
 public:
  template <typename F>
  V get(const std::string& word, F compute) {
    {
      std::lock_guard lock(mutex_);
      if (auto it = values_.find(word); it != values_.end()) return it->second;
    }
    V v = compute();
    std::lock_guard lock(mutex_);
    values_.emplace(word, v);
    return v;
  }

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, V> values_;
};

bool reaches(const std::vector<std::string>& path, std::initializer_list<const char*> roots) {
  for (const auto& p : path)
    for (const char* r : roots)
      if (p == r) return true;
  return false;
}

// Each action class's verbs in their base forms: a row's bare phrase that the row also spells
// with `-s` ("walk" and "walks"). Only these are targets of a WordNet path: a form the row lists
// only inflected ("rests", "turns", "strikes") is too general a verb to stand for the class
// ("stay" reaches "rest", "pat" reaches "strike"), and a past form ("lay") is another verb's
// present.
const std::unordered_map<std::string, Action>& action_bases() {
  static const auto table = [] {
    std::unordered_map<std::string, Action> m;
    for (size_t i = 0; i < std::size(vocabulary::kActionRows); ++i) {
      const auto phrases = vocabulary::split_phrases(vocabulary::kActionRows[i].phrases);
      const std::set<std::string> listed(phrases.begin(), phrases.end());
      for (const std::string& p : phrases)
        if (p.find(' ') == std::string::npos && (listed.count(p + "s") || listed.count(p + "es")))
          m.emplace(p, static_cast<Action>(i));
    }
    return m;
  }();
  return table;
}

}  // namespace

bool is_people_noun_by_meaning(const std::string& w) {
  static WordCache<bool> cache;
  return cache.get(w, [&] {
    // Only the most frequent sense: a fox is an animal before it is a sly person, a star a sun
    // before a celebrity, a house a building before a family. That sense alone is read first:
    // most words of prose are no person, and every sense of them costs a read.
    if (!reaches(lexicon::first_hypernym_path(w, lexicon::PartOfSpeech::Noun), {"person", "people", "social group"}))
      return false;
    // A word that also names a bird is the bird in prose: "Gulls hang on the wind", though WordNet
    // lists the gullible person first (so with pigeons, chickens and cuckoos). Other animal senses
    // do not count: soldiers and workers are ants and bees only in a few senses.
    const auto paths = lexicon::hypernym_paths(w, lexicon::PartOfSpeech::Noun);
    return std::none_of(paths.begin(), paths.end(), [](const auto& p) { return reaches(p, {"bird"}); });
  });
}

bool is_hand_thing(const std::string& w) {
  static WordCache<bool> cache;
  return cache.get(w, [&] {
    const auto paths = lexicon::hypernym_paths(w, lexicon::PartOfSpeech::Noun);
    return !paths.empty() && reaches(paths[0], {"instrumentality", "implement", "container"}) &&
           !reaches(paths[0], {"clothing", "covering", "structure", "conveyance", "furniture", "body part"});
  });
}

bool is_body_part(const std::string& w) {
  static WordCache<bool> cache;
  return cache.get(w, [&] {
    const auto paths = lexicon::hypernym_paths(w, lexicon::PartOfSpeech::Noun);
    return !paths.empty() && reaches(paths[0], {"body part"});
  });
}

uint32_t number_by_meaning(const std::string& w) {
  static WordCache<uint32_t> cache;
  return cache.get(w, [&]() -> uint32_t {
    // Only the first sense: "ten" is 10 first; a rarer sense ("one") may be anything.
    for (const std::string& s : lexicon::first_synonyms(w, lexicon::PartOfSpeech::Noun))
      if (!s.empty() && s.size() < 5 &&
          std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return static_cast<uint32_t>(std::stoul(s));
    return 0;
  });
}

std::optional<NearestAction> nearest_action(const std::string& verb) {
  static WordCache<std::optional<NearestAction>> cache;
  return cache.get(verb, [&]() -> std::optional<NearestAction> {
    const std::string base = lexicon::lemma(verb, lexicon::PartOfSpeech::Verb);
    if (base.empty()) return std::nullopt;
    const auto& bases = action_bases();
    if (auto it = bases.find(base); it != bases.end()) return NearestAction{it->second, base, verb + " → " + base};
    constexpr size_t kSenses = 3;  // the most frequent senses
    constexpr size_t kLevels = 4;  // hypernyms above the verb
    const auto synsets = lexicon::synonyms(verb, lexicon::PartOfSpeech::Verb);
    if (!synsets.empty())
      for (const std::string& s : synsets.front())
        if (auto it = bases.find(s); it != bases.end() && s != base) return NearestAction{it->second, base, base + " → " + s};
    const auto paths = lexicon::hypernym_paths(verb, lexicon::PartOfSpeech::Verb);
    for (size_t i = 0; i < paths.size() && i < kSenses; ++i)
      for (size_t k = 1; k < paths[i].size() && k <= kLevels; ++k)
        if (auto it = bases.find(paths[i][k]); it != bases.end()) {
          std::string path = base;
          for (size_t m = 1; m <= k; ++m) path += " → " + paths[i][m];
          return NearestAction{it->second, base, path};
        }
    return std::nullopt;
  });
}

size_t group_subject(const std::vector<std::string>& words, size_t k) {
  static const std::set<std::string> alone = {"everyone", "everybody"};
  static const std::set<std::string> after_the = {"family", "group", "pair", "couple", "trio", "company"};
  if (k >= words.size()) return 0;
  if (alone.count(words[k])) return 1;
  if (words[k] != "the" || k + 1 >= words.size()) return 0;
  if (after_the.count(words[k + 1])) return 2;
  // "the two of them", "the three of them"
  if (k + 3 < words.size() && count_word(words[k + 1]) && words[k + 2] == "of" && words[k + 3] == "them") return 4;
  return 0;
}

char subject_pronoun(const std::string& w) {
  if (w == "she") return 'f';
  if (w == "he") return 'm';
  if (w == "they" || w == "both") return 'n';
  return 0;
}


// The phrase tables split into words once.
const std::vector<std::vector<std::string>>& facing_words() {
  static const auto table = [] {
    std::vector<std::vector<std::string>> t;
    for (const std::string& f : vocabulary::split_phrases(vocabulary::row(Facing::Character).phrases))
      t.push_back(split_words(f));
    return t;
  }();
  return table;
}

const std::unordered_map<std::string, std::vector<size_t>>& phrases_starting_with() {
  static const auto index = [] {
    std::unordered_map<std::string, std::vector<size_t>> m;
    const auto& words = staging_words();
    for (size_t i = 0; i < words.size(); ++i)
      if (!words[i].empty()) m[words[i][0]].push_back(i);
    return m;
  }();
  return index;
}

const std::vector<std::vector<std::string>>& staging_words() {
  static const auto table = [] {
    std::vector<std::vector<std::string>> t;
    for (const auto& p : staging_phrases()) t.push_back(split_words(p.words));
    return t;
  }();
  return table;
}

}  // namespace ekonte::staging
