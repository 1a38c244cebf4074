#include "compiler/staging/prose_subjects.hpp"
#include "compiler/staging/held_props.hpp"
#include "compiler/staging/read_actions.hpp"
#include "compiler/staging/staging_vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "support/text.hpp"
#include "vocabulary/person_words.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::staging {

Mentions::Mentions(const StagingContext& context)
    : last_owner(context.subject), last_group(context.previous_cast), genders_(context.genders) {
  for (auto id : context.previous_cast)
    if (id != context.subject) recent.push_back(id);
  if (context.subject.valid()) recent.push_back(context.subject);
}

char Mentions::gender(CharacterId id) const { return id.value < genders_.size() ? genders_[id.value] : 0; }

CharacterId Mentions::resolve(char g, CharacterId other_than) const {
  if (!other_than.valid() && last_owner.valid() && (gender(last_owner) == g || gender(last_owner) == 0)) {
    bool other_fits = false;
    for (auto id : recent) other_fits |= id != last_owner && gender(id) == g && gender(last_owner) != g;
    if (!other_fits) return last_owner;
  }
  for (auto it = recent.rbegin(); it != recent.rend(); ++it)
    if (*it != other_than && gender(*it) == g) return *it;
  for (auto it = recent.rbegin(); it != recent.rend(); ++it)
    if (*it != other_than && gender(*it) == 0) return *it;
  return {};
}

void Mentions::seen(CharacterId id) {
  recent.erase(std::remove(recent.begin(), recent.end(), id), recent.end());
  recent.push_back(id);
}

void name_people(std::vector<Word>& sentence, const std::vector<Character>& characters,
                 const std::vector<char>& genders) {
  static const auto phrases = [] {
    std::vector<std::pair<std::vector<std::string>, size_t>> out;  // words, row
    for (size_t i = 0; i < std::size(vocabulary::kPersonWordRows); ++i)
      for (const std::string& p : vocabulary::split_phrases(vocabulary::kPersonWordRows[i].phrases))
        out.push_back({split_words(p), i});
    return out;
  }();
  for (size_t k = 0; k + 1 < sentence.size(); ++k) {
    if (sentence[k].lower != "the" || sentence[k + 1].id.valid()) continue;
    size_t best = 0, row = 0;
    for (const auto& [words, r] : phrases) {
      if (words.size() <= best || k + 1 + words.size() > sentence.size()) continue;
      bool ok = true;
      for (size_t m = 0; m < words.size() && ok; ++m)
        ok = sentence[k + 1 + m].lower == words[m] && !sentence[k + 1 + m].id.valid() &&
             (m == 0 || !sentence[k + 1 + m].comma_before) && (m + 1 == words.size() || !sentence[k + 1 + m].possessive);
      if (ok) best = words.size(), row = r;
    }
    if (!best) continue;
    const auto& r = vocabulary::kPersonWordRows[row];
    CharacterId found;
    bool several = false;
    for (uint32_t i = 0; i < characters.size(); ++i) {
      const char g = i < genders.size() ? genders[i] : 0;
      if ((r.gender && g != r.gender) || !characters[i].age || *characters[i].age < r.min_age ||
          *characters[i].age > r.max_age)
        continue;
      several |= found.valid();
      found = CharacterId{i};
    }
    if (!found.valid() || several) continue;
    for (size_t m = k + 1; m < k + 1 + best; ++m) sentence[m].id = found;
    k += best;
  }
}

std::vector<size_t> clause_starts(const std::vector<Word>& sentence) {
  std::vector<size_t> starts = {0};
  for (size_t k = 1; k < sentence.size(); ++k) {
    const bool joins = sentence[k].comma_before || staging::clause_joiners().count(sentence[k - 1].lower) > 0;
    // "he", "she", "they" are never objects: wherever they stand a clause starts ("Halfway up
    // he looks back").
    const bool nominative = sentence[k].lower == "he" || sentence[k].lower == "she" || sentence[k].lower == "they";
    if (nominative ||
        (joins && (sentence[k].id.valid() || (staging::subject_pronoun(sentence[k].lower) && !both_hands(sentence, k)))))
      starts.push_back(k);
  }
  starts.push_back(sentence.size());
  return starts;
}

ClauseSubjects read_subjects(const std::vector<Word>& sentence, size_t from, size_t to,
                             std::vector<CharacterId> pending, const Mentions& mentions) {
  ClauseSubjects out;
  std::vector<CharacterId>& owners = out.owners;
  owners = std::move(pending);
  size_t v = from;
  bool& thing_subject = out.thing_subject;
  std::vector<std::string> lower;
  for (size_t k = 0; k < to; ++k) lower.push_back(sentence[k].lower);
  for (; v < to; ++v) {
    const Word& w = sentence[v];
    // "The family walks home", "Everyone turns": everyone the shot's prose names.
    if (owners.empty() && v == from) {
      if (const size_t n = staging::group_subject(lower, v); n) {
        const auto& group = mentions.shot_cast.size() >= 2 ? mentions.shot_cast : mentions.recent;
        owners.insert(owners.end(), group.begin(), group.end());
        v += n - 1;
        continue;
      }
    }
    // "The QUEEN rises": an article before a name.
    if ((w.lower == "the" || w.lower == "a") && v + 1 < to && sentence[v + 1].id.valid()) continue;
    // "At the far end the QUEEN sits ...": a clause opening with a place phrase has its
    // subject in the first name after it that no preposition governs.
    if (v == from && owners.empty() && staging::place_prepositions().count(w.lower)) {
      size_t k = v + 1;
      while (k < to && !(sentence[k].id.valid() && !sentence[k].pronoun &&
                         !staging::object_markers().count(sentence[k - 1].lower) &&
                         k + 1 < to && !sentence[k + 1].id.valid()))
        ++k;
      if (k < to) {
        v = k - 1;
        continue;
      }
    }
    if (w.id.valid() && w.possessive && v == from && owners.empty()) {
      // "OSWIN's sword rings off the shield": the owner holds the thing the clause is about.
      // The noun phrase ends where the clause's verb starts ("OTTO's umbrella flaps").
      size_t end = v + 1;
      while (end < to && end < v + 5 && !(end > v + 1 && present_verb_form(sentence[end].lower))) ++end;
      if (auto noun = noun_at(sentence, v, end); noun && hand_prop(noun->value)) {
        out.thing_owner = w.id;
        out.thing = noun;
        thing_subject = true;
        break;
      }
    }
    if (w.id.valid()) {
      if (std::find(owners.begin(), owners.end(), w.id) == owners.end()) owners.push_back(w.id);
    } else if (const char g = staging::subject_pronoun(w.lower); g && !both_hands(sentence, v)) {
      if (g == 'n') {
        const auto& group = mentions.last_group.size() >= 2 ? mentions.last_group : mentions.recent;
        for (auto id : group)
          if (std::find(owners.begin(), owners.end(), id) == owners.end()) owners.push_back(id);
      } else if (const CharacterId id = mentions.resolve(g, {}); id.valid()) {
        owners.push_back(id);
      }
    } else if (w.lower == "and" || w.lower == "both" || w.lower == "together" || w.lower == "then" ||
               w.lower == "slowly" || w.lower == "suddenly" || w.lower == "still" || w.lower == "now") {
    } else if (v == from && from == 0 && (w.lower == "his" || w.lower == "her" || w.lower == "their")) {
      // "Her gloved hand goes to her mouth": the body part of the one the pronoun means.
      if (const CharacterId id = mentions.resolve(w.lower == "his" ? 'm' : w.lower == "her" ? 'f' : 'n', {}); id.valid())
        owners.push_back(id);
      break;
    } else {
      if (v == from && from == 0 && owners.empty()) {
        const StagingPhrase* ph = nullptr;
        CharacterId towards;
        // A sentence opening with a noun ("The rain falls") is about that thing; one opening
        // with a verb ("Takes the cup") continues the last subject.
        thing_subject = staging::determiners().count(w.lower) ||
                        (match(sentence, v, false, &ph, &towards) == 0 && !ends_with_ly(w.lower));
        // "The smile stays, but it is a sad one now": a sentence about a feeling's face is about
        // the one who wears it, the last subject.
        if (staging::determiners().count(w.lower) && v + 1 < to && match(sentence, v + 1, false, &ph, &towards) &&
            ph && ph->attr == Attr::Expression)
          thing_subject = false;
      }
      break;
    }
  }
  out.verb = v;
  return out;
}

void resolve_object_pronouns(std::vector<Word>& words, size_t from, size_t to, CharacterId subject,
                             const Mentions& mentions) {
  for (size_t k = from; k < to; ++k) {
    if (words[k].id.valid()) continue;
    const std::string& l = words[k].lower;
    const bool next_ends = k + 1 >= to || staging::noun_phrase_ends().count(words[k + 1].lower) > 0;
    const bool her_object = l == "her" && (next_ends || (k + 1 < to && staging::determiners().count(words[k + 1].lower)));
    const char g = l == "him" ? 'm' : her_object ? 'f' : l == "them" ? 'n' : 0;
    if (!g || g == 'n') continue;
    if (const CharacterId id = mentions.resolve(g, subject); id.valid()) {
      words[k].id = id;
      words[k].pronoun = true;
    }
  }
}

}  // namespace ekonte::staging

namespace ekonte {

using staging::sentences_of;

namespace {

// Whether `text` has a word that votes in learn_genders (her, she, herself, his, he, him,
// himself), its words split as sentences_of splits them. Most action lines have none, and
// then need not be split into sentences of words at all.
bool has_gendered_pronoun(const std::string& text) {
  static constexpr std::string_view kVoters[] = {"her", "she", "herself", "his", "he", "him", "himself"};
  const auto word_letter = [](unsigned char c, bool first) {
    return std::isalnum(c) || c == '_' || c == '\'' || c == '/' || c >= 0x80 || (!first && c == '-');
  };
  size_t i = 0;
  while (i < text.size()) {
    if (!word_letter(static_cast<unsigned char>(text[i]), true)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && word_letter(static_cast<unsigned char>(text[j]), false)) ++j;
    std::string_view word(text.data() + i, j - i);
    for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
      if (word.size() > suffix.size() && word.ends_with(suffix)) word.remove_suffix(suffix.size());
    if (word.size() <= 7 && std::find(std::begin(kVoters), std::end(kVoters), to_lower(std::string(word))) != std::end(kVoters))
      return true;
    i = j;
  }
  return false;
}

}  // namespace

std::vector<char> learn_genders(const input::ScriptInput& script, const std::vector<Character>& characters) {
  std::vector<char> out(characters.size(), 0);
  std::vector<std::array<int, 2>> votes(characters.size(), {0, 0});
  for (uint32_t i = 0; i < characters.size(); ++i) {
    const std::string& p = characters[i].pronouns;
    if (p.rfind("she", 0) == 0 || p.rfind("her", 0) == 0) out[i] = 'f';
    else if (p.rfind("he", 0) == 0 || p.rfind("him", 0) == 0) out[i] = 'm';
    else if (!p.empty()) out[i] = 'n';
  }
  for (const auto& scene : script.scenes)
    for (const auto& shot : scene.shots)
      for (const auto& line : shot.action) {
        if (!has_gendered_pronoun(line.value)) continue;
        for (const auto& sentence : sentences_of(line, characters)) {
          if (sentence.empty() || !sentence[0].id.valid()) continue;
          for (size_t k = 1; k < sentence.size(); ++k) {
            if (sentence[k].id.valid()) break;
            const std::string& w = sentence[k].lower;
            if (w == "her" || w == "she" || w == "herself") ++votes[sentence[0].id.value][0];
            else if (w == "his" || w == "he" || w == "him" || w == "himself") ++votes[sentence[0].id.value][1];
          }
        }
      }
  for (uint32_t i = 0; i < characters.size(); ++i)
    if (!out[i] && votes[i][0] != votes[i][1]) out[i] = votes[i][0] > votes[i][1] ? 'f' : 'm';
  return out;
}

}  // namespace ekonte
