#include "compiler/staging/staging_vocabulary.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>

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

uint32_t count_word(const std::string& w) {
  static const std::map<std::string, uint32_t> counts = {
      {"two", 2},     {"three", 3},   {"four", 4},    {"five", 5},     {"six", 6},      {"seven", 7},
      {"eight", 8},   {"nine", 9},    {"ten", 10},    {"eleven", 11},  {"twelve", 12},  {"dozen", 12},
      {"twenty", 20}, {"thirty", 30}, {"forty", 40},  {"fifty", 50},   {"hundred", 100}, {"several", 3},
      {"few", 3},     {"many", 10},   {"crowd", 20},  {"group", 5},    {"handful", 4},  {"couple", 2},
      {"pair", 2},    {"dozens", 24}, {"hundreds", 100}, {"scores", 40}, {"throng", 30}, {"line", 6},
      {"queue", 6},   {"river", 30},  {"sea", 50},    {"half", 6},   {"knot", 4},    {"gang", 5},    {"band", 5},     {"squad", 6},    {"troop", 8}};
  if (auto it = counts.find(w); it != counts.end()) return it->second;
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
      w.size() < 5)
    return static_cast<uint32_t>(std::stoul(w));
  return 0;
}

bool is_people_noun(const std::string& w) {
  static const std::set<std::string> people = {
      "people", "men", "women", "children", "kids", "guards", "soldiers", "sailors", "pirates", "strangers",
      "refugees", "villagers", "townsfolk", "folk", "monks", "knights", "guests", "servants", "crew", "crowd",
      "figures", "girls", "boys", "officers", "police", "cops", "students", "patrons", "drinkers", "dancers",
      "passengers", "workers", "dockers", "onlookers", "spectators", "customers", "musicians", "priests",
      "nuns", "courtiers", "ladies", "lords", "peasants", "merchants", "vendors", "revellers", "families",
      "couples", "friends", "clerks", "technicians", "engineers", "scientists", "marines", "troopers",
      "archers", "riders", "hunters", "travellers", "pilgrims", "mourners", "fishermen", "stallholders",
      "shoppers", "commuters", "tourists", "fans", "players", "singers", "bystanders", "elders"};
  if (people.count(w)) return true;
  for (const char* suffix : {"ists", "ians", "men"})
    if (w.size() > 5 && w.compare(w.size() - std::strlen(suffix), std::strlen(suffix), suffix) == 0) return true;
  return false;
}

char subject_pronoun(const std::string& w) {
  if (w == "she") return 'f';
  if (w == "he") return 'm';
  if (w == "they" || w == "both") return 'n';
  return 0;
}

std::optional<Action> nearest_action(const std::string&) { return std::nullopt; }

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
