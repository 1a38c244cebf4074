// Extras: unnamed people in prose ("two guards", "a crowd of refugees", "strangers with
// umbrellas") and cues that name people but no character (`CROWD:`).
#include "compiler/staging/infer_staging.hpp"
#include "compiler/staging/prose_words.hpp"
#include "compiler/staging/staging_vocabulary.hpp"

#include <algorithm>
#include <set>

#include "lexicon/lexicon.hpp"

namespace ekonte {

using staging::lookup;
using staging::present_verb_form;
using staging::sentences_of;
using staging::Word;

std::vector<Extras> find_extras(const std::vector<SpannedText>& prose, const std::vector<Extras>& earlier) {
  static const std::vector<Character> none;
  std::vector<Extras> out;
  auto add = [&](uint32_t count, const std::vector<Word>& words, size_t from, size_t noun) {
    Extras e;
    e.count = count;
    for (size_t m = from; m <= noun; ++m) e.description += (e.description.empty() ? "" : " ") + words[m].text;
    e.span = words[from].span;
    e.span.length = words[noun].span.offset + words[noun].span.length - e.span.offset;
    out.push_back(e);
  };
  auto plural = [](const std::string& w) {
    // English plurals end in -s or -en ("men", "children"), or are "people": only those are asked.
    const bool looks_plural = w.size() > 2 && (w.back() == 's' || w.compare(w.size() - 2, 2, "en") == 0 || w == "people");
    if (!looks_plural) return false;
    const std::string base = lexicon::lemma(w, lexicon::PartOfSpeech::Noun);
    return !base.empty() && base != w;
  };
  for (const auto& line : prose)
    for (const auto& words : sentences_of(line, none)) {
      for (size_t i = 0; i < words.size(); ++i) {
        // "a rider in black armour waits", "The black knight turns": one unnamed person, where a
        // clause starts. A bare "the boy" is left out: it most often means someone already named.
        const std::string& l = words[i].lower;
        const bool clause_start = i == 0 || words[i].comma_before || staging::clause_joiners().count(words[i - 1].lower);
        if (clause_start && (l == "a" || l == "an" || l == "one" || l == "the")) {
          size_t m = i + 1;
          // The phrase ends at its verb: in "the room goes white" the person-sense of "white" is
          // past the verb, not the head of the phrase.
          while (m < words.size() && m < i + 4 && !staging::noun_phrase_ends().count(words[m].lower) &&
                 !staging::is_people_noun(words[m].lower) && !(m > i + 1 && present_verb_form(words[m].lower)))
            ++m;
          // The people noun must head the phrase: "a small fox charm" is a charm.
          const bool head = m < words.size() && (m + 1 >= words.size() || words[m + 1].comma_before ||
                            staging::noun_phrase_ends().count(words[m + 1].lower) ||
                            present_verb_form(words[m + 1].lower));
          if (m < words.size() && m < i + 4 && head && (l != "the" || m > i + 1) && !plural(words[m].lower) &&
              staging::is_people_noun(words[m].lower) && !staging::count_word(words[m].lower)) {
            add(1, words, i, m);
            i = m;
            continue;
          }
        }
        uint32_t count = staging::count_word(l);
        if (!count) {
          // "strangers with umbrellas", "The refugees break and run": people without a count, as
          // many as the scene counted them before, else a few.
          // Not after a copula: "HARU and KITSUNE are tiny figures" names the two of them.
          static const std::set<std::string> copulas = {"are", "were", "is", "was", "as", "like", "become", "seem"};
          bool predicate = false;
          for (size_t b = i; b > 0 && b + 3 > i; --b) predicate |= copulas.count(words[b - 1].lower) > 0;
          // After a subject pronoun the word is its verb: "He does."
          static const std::set<std::string> subjects = {"he", "she", "it", "they", "we", "i", "you"};
          const bool verb = i > 0 && subjects.count(words[i - 1].lower) > 0;
          if (plural(l) && staging::is_people_noun(l) && !predicate && !verb) {
            uint32_t n = 3;
            for (const std::vector<Extras>* list : {&earlier, static_cast<const std::vector<Extras>*>(&out)})
              for (const auto& e : *list) {
                const auto sp = e.description.rfind(' ');
                if (to_lower(sp == std::string::npos ? e.description : e.description.substr(sp + 1)) == l) n = e.count;
              }
            add(n, words, i, i);
          }
          continue;
        }
        size_t k = i + 1;
        if (l == "half" && k + 1 < words.size() && words[k].lower == "a" && words[k + 1].lower == "dozen") k += 2;
        if (k + 1 < words.size() && words[k].lower == "or" && staging::count_word(words[k + 1].lower)) k += 2;
        // "forty or fifty of them": more of the people just named.
        if (k + 1 < words.size() && words[k].lower == "of" && words[k + 1].lower == "them") {
          if (!out.empty()) out.back().count = std::max(out.back().count, count);
          continue;
        }
        size_t noun = std::string::npos;
        if (staging::is_people_noun(l)) noun = i;  // "a crowd"
        for (size_t m = k; m < words.size() && m < k + 4 && noun == std::string::npos; ++m) {
          if (staging::is_people_noun(words[m].lower)) noun = m;
          // "a sea of heads", "a crowd of faces": heads and faces stand for the people.
          else if (m > k && words[m - 1].lower == "of" && plural(words[m].lower) &&
                   staging::is_body_part(lexicon::lemma(words[m].lower, lexicon::PartOfSpeech::Noun)))
            noun = m;
          else if (staging::noun_phrase_ends().count(words[m].lower) && words[m].lower != "of") break;
        }
        if (noun == std::string::npos) continue;
        add(count, words, i, noun);
        i = noun;
      }
    }
  return out;
}

std::vector<Extras> find_extras(const input::Shot& shot, const std::vector<Character>& characters,
                                const std::vector<Extras>& earlier) {
  std::vector<Extras> out = find_extras(shot.action, earlier);
  // A cue that names no character but people ("CROWD", "GUARD") is heard from people in view,
  // unless marked off screen.
  for (const auto& d : shot.dialogue) {
    if (lookup(characters, d.speaker.value).valid() || is_off_screen(d.extension.value) ||
        is_off_screen(d.parenthetical.value))
      continue;
    const std::string l = to_lower(d.speaker.value);
    if (l.find(' ') != std::string::npos || !staging::is_people_noun(l)) continue;
    bool named = false;
    for (const auto& e : out) named |= to_lower(e.description).find(l) != std::string::npos;
    if (named) continue;
    const std::string base = lexicon::lemma(l, lexicon::PartOfSpeech::Noun);
    const uint32_t n = staging::count_word(l) ? staging::count_word(l) : (!base.empty() && base != l) ? 3 : 1;
    out.push_back({n, d.speaker.value, d.speaker.span});
  }
  return out;
}

}  // namespace ekonte
