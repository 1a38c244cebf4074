#include "compiler/staging/infer_staging.hpp"
#include "compiler/staging/staging_vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <set>
#include <sstream>

#include "lexicon/lexicon.hpp"
#include "vocabulary/staging.hpp"
#include "vocabulary/vocabulary.hpp"
#include "vocabulary/world.hpp"

namespace ekonte {
namespace {

std::string lexicon_verb(const std::string& word) { return lexicon::lemma(word, lexicon::PartOfSpeech::Verb); }

using staging::Attr;
using staging::StagingPhrase;


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
CharacterId lookup(const std::vector<Character>& characters, const std::string& word) {
  if (word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) return {};
  for (uint32_t i = 0; i < characters.size(); ++i)
    if (characters[i].id == word) return CharacterId{i};
  const bool capitalised = std::all_of(word.begin() + 1, word.end(), [](char c) {
    return !std::isupper(static_cast<unsigned char>(c));
  });
  const std::string upper = to_upper(word);
  if (capitalised)
    for (uint32_t i = 0; i < characters.size(); ++i)
      if (characters[i].id == upper) return CharacterId{i};
  if (!capitalised && upper != word) return {};
  CharacterId found;
  for (uint32_t i = 0; i < characters.size(); ++i)
    for (const auto& w : split_words(characters[i].display_name)) {
      if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0])) || to_upper(w) != upper) continue;
      if (found.valid() && found.value != i) return {};  // shared by two characters: names neither
      found = CharacterId{i};
    }
  return found;
}

// The character whose display name has `lower` as a capitalised word ("Queen Elowen" for "queen"),
// when exactly one has; a word of every-day prose that is a title ("Sir", "Lady") names the one
// who bears it.
CharacterId role(const std::vector<Character>& characters, const std::string& lower) {
  if (lower.size() < 3) return {};
  CharacterId found;
  for (uint32_t i = 0; i < characters.size(); ++i)
    for (const auto& w : split_words(characters[i].display_name)) {
      if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0])) || to_lower(w) != lower) continue;
      if (found.valid() && found.value != i) return {};
      found = CharacterId{i};
    }
  return found;
}

// Splits prose into sentences of words; `;`, `.`, `!`, `?` end a sentence.
std::vector<std::vector<Word>> sentences_of(const SpannedText& text, const std::vector<Character>& characters) {
  std::vector<std::vector<Word>> out(1);
  const std::string& s = text.value;
  bool comma = false;
  // Word spans are found by walking the line once (ast::sub_span counts from the line's start
  // each time, which made a long action line quadratic).
  SourceSpan cursor = text.span;
  size_t cursor_at = 0;
  auto span_at = [&](size_t begin, size_t length) {
    for (; cursor_at < begin; ++cursor_at)
      if ((static_cast<unsigned char>(s[cursor_at]) & 0xC0) != 0x80) ++cursor.column;
    SourceSpan span = cursor;
    span.offset = text.span.offset + static_cast<uint32_t>(begin);
    span.length = static_cast<uint32_t>(length);
    return span;
  };
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c) || c == '_' || c == '\'' || c == '/' || c >= 0x80) {
      size_t j = i;
      while (j < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[j]);
        if (!(std::isalnum(d) || d == '_' || d == '\'' || d == '-' || d == '/' || d >= 0x80)) break;
        ++j;
      }
      Word w;
      w.text = s.substr(i, j - i);
      std::string base = w.text;
      for (const char* suffix : {"'s", "\xE2\x80\x99s"}) {
        const std::string suf = suffix;
        if (base.size() > suf.size() && base.compare(base.size() - suf.size(), suf.size(), suf) == 0) {
          base = base.substr(0, base.size() - suf.size());
          w.possessive = true;
        }
      }
      w.id = lookup(characters, base);
      w.lower = to_lower(base);
      // "the queen", "her father": a role word of one character's display name ("Queen Elowen").
      if (!w.id.valid() && !out.back().empty() && staging::determiners().count(out.back().back().lower))
        w.id = role(characters, w.lower);
      w.span = span_at(i, j - i);
      w.comma_before = comma;
      comma = false;
      out.back().push_back(std::move(w));
      i = j;
      continue;
    }
    if (c == ',') comma = true;
    // A colon before a name opens a clause with its own subject ("The family comes in: EMI and
    // SORA walk hand in hand"); before anything else it opens an apposition ("frame right: a
    // huge bald man") that goes on describing the subject.
    if (c == ':') {
      size_t k = i + 1;
      while (k < s.size() && s[k] == ' ') ++k;
      size_t e = k;
      while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '\'')) ++e;
      std::string next = s.substr(k, e - k);
      if (to_lower(next) == "the") {
        size_t k2 = e;
        while (k2 < s.size() && s[k2] == ' ') ++k2;
        size_t e2 = k2;
        while (e2 < s.size() && std::isalnum(static_cast<unsigned char>(s[e2]))) ++e2;
        next = s.substr(k2, e2 - k2);
      }
      if (lookup(characters, next).valid() && !out.back().empty()) out.emplace_back();
      else comma = true;
    }
    if (c == '.' || c == '!' || c == '?' || c == ';') {
      if (!out.back().empty()) out.emplace_back();
      comma = false;
    }
    ++i;
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

struct Assignment {
  std::optional<Sourced<ScreenPosition>> position;
  std::optional<Sourced<Depth>> depth;
  std::optional<Sourced<Pose>> pose;
  std::optional<Sourced<Expression>> expression;
  std::optional<Sourced<Facing>> facing;
  CharacterId facing_target;
  std::optional<Sourced<View>> view;
  int pose_weight = -1;  // how strongly the chosen verb sets the pose (see staging_actions.def)
  std::optional<Sourced<Action>> action;
  std::vector<Sourced<HeldProp>> held;
  bool released = false;  // "puts down", "hands over": what was in hand is gone
  bool rose = false;      // "stands", "gets up": a seated character is on their feet
  bool contact_phrase = false;  // a contact phrase that did not set the pose ("hand in hand")
  // The sentence being read and the one that set the pose (the offset of its first word): a
  // later sentence's verb replaces the pose (see apply_action).
  uint32_t sentence = 0, pose_sentence = 0;
  std::optional<Sourced<std::string>> seat;
  std::vector<Sourced<CharacterId>> contacts;
  std::vector<Sourced<Relation>> relations;
};

// How strongly an action sets the pose when a clause names several verbs: a posture over an
// interaction, that over locomotion and gestures (ties: the last verb), anything over plain
// standing.
int pose_weight(Action act) {
  const auto& r = vocabulary::row(act);
  if (act == Action::Stand) return 0;
  switch (r.category) {
    case ActionCategory::Posture: return 3;
    // Moving is what a character does on the way to the next thing: "runs up and holds out a
    // paper" is drawn holding out the paper.
    case ActionCategory::Locomotion: return 1;
    case ActionCategory::Interaction: return 2;
    case ActionCategory::Gesture: return 1;
    case ActionCategory::Looking: return -1;
  }
  return -1;
}

bool sets_pose(Action act) {
  const auto& r = vocabulary::row(act);
  return r.category != ActionCategory::Looking && !(r.pose == Pose::Stand && act != Action::Stand);
}

// The last word of a noun phrase before "of" ("bowl of shaved ice" -> "bowl"): the head noun.
std::string head_noun(const std::string& phrase) {
  std::string head = phrase;
  if (const size_t of = head.find(" of "); of != std::string::npos) head = head.substr(0, of);
  if (const size_t sp = head.rfind(' '); sp != std::string::npos) head = head.substr(sp + 1);
  return head;
}

// The noun phrase starting at words[j] (determiners skipped), up to a word that ends it.
std::optional<Sourced<std::string>> noun_at(const std::vector<Word>& words, size_t j, size_t to) {
  // "the captain's chair", "OSWIN's sword": an owner's name is a determiner.
  while (j < to && (staging::determiners().count(words[j].lower) || words[j].possessive)) ++j;
  // "kneels beside her, left": the determiner was a pronoun and the phrase ended with it.
  if (j < to && words[j].comma_before) return std::nullopt;
  size_t k = j;
  // A participle after the noun starts a clause about it: "a gun pointed at his chest".
  auto participle = [](const std::string& w) {
    return w.size() > 4 && (w.compare(w.size() - 2, 2, "ed") == 0 || w.compare(w.size() - 3, 3, "ing") == 0);
  };
  while (k < to && k < j + 4 && !words[k].id.valid() && !staging::noun_phrase_ends().count(words[k].lower) &&
         (k == j || (!words[k].comma_before && (!participle(words[k].lower) || words[k - 1].lower == "of"))))
    ++k;
  if (k == j) return std::nullopt;
  Sourced<std::string> out;
  out.origin = Origin::Action;
  for (size_t m = j; m < k; ++m) out.value += (out.value.empty() ? "" : " ") + words[m].lower;
  out.words = out.value;
  out.span = words[j].span;
  out.span.length = words[k - 1].span.offset + words[k - 1].span.length - out.span.offset;
  return out;
}

Hand hand_in(const std::vector<Word>& words, size_t from, size_t to, const Assignment& a) {
  for (size_t k = from; k + 1 < to; ++k) {
    if (words[k].lower == "left" && (words[k + 1].lower == "hand" || words[k + 1].lower == "fist")) return Hand::Left;
    if (words[k].lower == "both" && words[k + 1].lower == "hands") return Hand::Both;
  }
  for (const auto& h : a.held)
    if (h.value.hand == Hand::Right) return Hand::Left;
  return Hand::Right;
}

void add_held(Assignment& a, Sourced<std::string> noun, Hand hand) {
  for (const auto& h : a.held)
    if (h.value.noun == noun.value) return;
  if (a.held.size() >= 2) a.held.erase(a.held.begin());
  Sourced<HeldProp> held;
  held.value = {noun.value, hand};
  held.origin = noun.origin;
  held.words = noun.words;
  held.span = noun.span;
  a.held.push_back(held);
}

void add_contact(Assignment& a, CharacterId id, const Word& w) {
  for (const auto& c : a.contacts)
    if (c.value == id) return;
  a.contacts.push_back({id, Origin::Action, w.text, w.span});
}

void add_relation(Assignment& a, RelationKind kind, const std::vector<Word>& words, size_t k, size_t to,
                  Origin origin, std::string prop = {}) {
  Sourced<Relation> r;
  r.value.kind = kind;
  r.value.prop = std::move(prop);
  r.origin = origin;
  if (k >= to) return;
  if (words[k].id.valid()) {
    r.value.character = words[k].id;
    r.words = words[k].text;
    r.span = words[k].span;
  } else if (auto noun = noun_at(words, k, to)) {
    r.value.noun = noun->value;
    r.words = noun->words;
    r.span = noun->span;
  } else {
    return;
  }
  for (auto& old : a.relations)
    if (old.value.kind == kind) {
      old = r;
      return;
    }
  a.relations.push_back(r);
}

// Relations from a verb's prepositional object: "leans against the bar", "stands by the door",
// "hands the letter to KAI", "holds her umbrella over both of them". `j` is the first word after
// the verb.
void read_relations(const std::vector<Word>& words, size_t j, size_t to, Action act, Origin origin, Assignment& a) {
  auto preposition_at = [&](std::initializer_list<const char*> ps, size_t limit) -> size_t {
    // "leans against the wall" read by the phrase "leans against": the object follows at once.
    for (const char* p : ps)
      if (j > 0 && words[j - 1].lower == p) return j;
    for (size_t k = j; k < to && k < j + limit; ++k) {
      if (words[k].id.valid() && k != j) return to;
      for (const char* p : ps)
        if (words[k].lower == p) return k + 1 < to && words[k + 1].lower == "to" ? k + 2 : k + 1;  // "next to"
    }
    return to;
  };
  const auto& row = vocabulary::row(act);
  if (act == Action::Lean || act == Action::LeanOn) {
    add_relation(a, RelationKind::LeanAgainst, words, preposition_at({"against", "on", "upon"}, 2), to, origin);
  } else if (act == Action::Stand || act == Action::KneelBefore) {
    add_relation(a, RelationKind::StandBy, words, preposition_at({"by", "beside", "at", "near", "next"}, 2), to, origin);
  } else if (act == Action::HandOver && j < to && words[j].id.valid()) {
    // "hands her the letter": the receiver, then the prop.
    Sourced<Relation> r;
    r.value.kind = RelationKind::HandTo;
    r.value.character = words[j].id;
    if (const auto prop = noun_at(words, j + 1, to)) r.value.prop = prop->value;
    r.origin = origin;
    r.words = words[j].text;
    r.span = words[j].span;
    a.relations.push_back(r);
  } else if (act == Action::HandOver || row.object == ActionObject::Held) {
    const auto prop = noun_at(words, j, to);
    const bool over = row.object == ActionObject::Held;
    const size_t k = preposition_at({over ? "over" : "to"}, 8);
    if (k < to) add_relation(a, over ? RelationKind::HoldOver : RelationKind::HandTo, words, k, to, origin,
                             prop && !words[j].id.valid() ? prop->value : std::string());
  }
}

// What follows an action verb: a held prop, a seat, a contact partner.
void read_objects(const std::vector<Word>& words, size_t i, size_t n, size_t to, Action act, Origin origin,
                  Assignment& a) {
  const auto& r = vocabulary::row(act);
  size_t j = i + n;
  read_relations(words, j, to, act, origin, a);
  // A partner right after the verb, or after one small word ("lunges at KAI", "leans on him").
  size_t p = j;
  if (p < to && !(words[p].id.valid() && !words[p].possessive) &&
      (words[p].lower == "at" || words[p].lower == "on" || words[p].lower == "against" || words[p].lower == "to" ||
       words[p].lower == "with" || words[p].lower == "the"))
    ++p;
  bool partner = p < to && words[p].id.valid() && !words[p].possessive;
  if (partner && (r.contact || r.object == ActionObject::Held)) add_contact(a, words[p].id, words[p]);
  // "carries REN" read by the phrase "carries him": the partner is inside the phrase.
  for (size_t k = i + 1; k < i + n; ++k)
    if (words[k].id.valid() && r.contact) {
      add_contact(a, words[k].id, words[k]);
      partner = true;
    }
  if (act == Action::HandOver)
    for (size_t k = j; k + 1 < to; ++k)
      if (words[k].lower == "to" && words[k + 1].id.valid()) add_contact(a, words[k + 1].id, words[k + 1]);
  if (partner) return;
  switch (r.object) {
    case ActionObject::None: break;
    case ActionObject::Held:
      if (auto noun = noun_at(words, j, to); noun && !staging::is_body_part(head_noun(noun->value))) {
        noun->origin = origin;
        add_held(a, *noun, hand_in(words, i, to, a));
      }
      break;
    case ActionObject::Released: {
      a.released = true;
      const auto noun = noun_at(words, j, to);
      auto& held = a.held;
      held.erase(std::remove_if(held.begin(), held.end(),
                                [&](const Sourced<HeldProp>& h) { return !noun || h.value.noun == noun->value; }),
                 held.end());
      break;
    }
    case ActionObject::Seat:
      // "slides onto the stool": the phrase ends with the preposition.
      if (static const std::set<std::string> into = {"onto", "into", "on", "in", "at"}; into.count(words[i + n - 1].lower)) {
        if (auto noun = noun_at(words, j, to)) {
          noun->origin = origin;
          a.seat = *noun;
        }
        break;
      }
      for (size_t k = j; k < to && k < j + 6; ++k) {
        // "sits there, snow in his hair": past a comma is another phrase.
        if (words[k].id.valid() || (k > j && words[k].comma_before)) break;
        static const std::set<std::string> on = {"on", "onto", "at", "in", "into", "upon", "astride", "across"};
        if (!on.count(words[k].lower)) continue;
        if (auto noun = noun_at(words, k + 1, to)) {
          noun->origin = origin;
          a.seat = *noun;
        }
        break;
      }
      break;
  }
}

template <typename T>
Sourced<T> sourced(int value, Origin origin, const std::vector<Word>& words, size_t from, size_t n) {
  Sourced<T> s;
  s.value = static_cast<T>(value);
  s.origin = origin;
  for (size_t k = from; k < from + n; ++k) s.words += (s.words.empty() ? "" : " ") + words[k].text;
  s.span = words[from].span;
  const auto& last = words[from + n - 1].span;
  s.span.length = last.offset + last.length - s.span.offset;
  return s;
}

// Matches the longest staging phrase at words[at]; returns its length (0 if none).
size_t match(const std::vector<Word>& words, size_t at, bool stage, const StagingPhrase** found,
             CharacterId* towards) {
  size_t best = 0;
  for (const auto& ws : staging::facing_words()) {
    if (ws[0] != words[at].lower) continue;
    if (at + ws.size() >= words.size() || ws.size() < best) continue;
    bool ok = true;
    for (size_t k = 0; k < ws.size() && ok; ++k) ok = words[at + k].lower == ws[k];
    size_t target = at + ws.size();
    if (ok && target < words.size() && words[target].lower == "the") ++target;
    if (ok && target < words.size() && words[target].id.valid()) {
      best = target - at + 1;
      *towards = words[target].id;
      *found = nullptr;
    }
  }
  const auto& table = staging::staging_words();
  const auto starting = staging::phrases_starting_with().find(words[at].lower);
  if (starting == staging::phrases_starting_with().end()) return best;
  for (const size_t pi : starting->second) {
    const auto& p = staging::staging_phrases()[pi];
    if (p.stage_only && !stage) continue;
    const auto& ws = table[pi];
    if (ws[0] != words[at].lower) continue;
    if (ws.size() <= best || at + ws.size() > words.size()) continue;
    bool ok = true;
    // A phrase's "her" / "him" stands for anyone: "carries him" reads "carries REN".
    for (size_t k = 0; k < ws.size() && ok; ++k)
      ok = words[at + k].lower == ws[k] || (k > 0 && (ws[k] == "her" || ws[k] == "him") && words[at + k].id.valid());
    if (ok) {
      best = ws.size();
      *found = &p;
      *towards = {};
    }
  }
  return best;
}

bool position_modifies_noun(const std::string& next) {
  if (next == "of") return true;
  if (staging::determiners().count(next) || staging::noun_phrase_ends().count(next) ||
      staging::clause_joiners().count(next))
    return false;
  const auto& phrases = staging::phrases_starting_with();
  if (phrases.count(next)) return false;  // "left, foreground", "right background"
  return !lexicon::lemma(next, lexicon::PartOfSpeech::Noun).empty();
}

// An action read at words[i, i + n): the pose from the strongest verb, ties to the last one
// ("stands and points"), then what follows the verb (a held prop, a seat, a partner, a target).
void apply_action(const std::vector<Word>& words, size_t i, size_t n, size_t to, Action act, Origin origin,
                  Assignment& a, const std::string& reading = {}) {
  const int weight = pose_weight(act);
  auto source = sourced<Action>(int(act), origin, words, i, n);
  // A later sentence tells what happens next: its verb replaces the pose, except that a lasting
  // posture (sitting, kneeling) stays through gestures and partnerless interactions ("She sits.
  // She lights a cigarette.") until a posture, a movement or an interaction with someone.
  if (sets_pose(act) && a.pose && a.sentence != a.pose_sentence && a.action) {
    const auto& old = vocabulary::row(a.action->value);
    const auto cat = vocabulary::row(act).category;
    bool with_someone = false;
    for (size_t k = i; k < to && k < i + n + 2; ++k) with_someone |= words[k].id.valid();
    const bool changes = cat == ActionCategory::Posture || cat == ActionCategory::Locomotion ||
                         (cat == ActionCategory::Interaction && with_someone);
    if (!(old.category == ActionCategory::Posture && old.lasts) || changes) a.pose_weight = -1;
  }
  if (!reading.empty()) source.words += " (WordNet: " + reading + ")";
  if (sets_pose(act) && weight >= a.pose_weight) {
    a.pose = sourced<Pose>(int(vocabulary::row(act).pose), origin, words, i, n);
    a.pose_sentence = a.sentence;
    if (!reading.empty()) a.pose->words = source.words;
    a.pose_weight = weight;
    a.action = source;
  } else if (!a.action) {
    a.action = source;
  }
  // "bows to the queen", "waves at them", "points towards KAI": a gesture made to someone faces them.
  if (vocabulary::row(act).category != ActionCategory::Looking && !a.facing) {
    size_t k = i + n;
    if (k + 1 < to && (words[k].lower == "to" || words[k].lower == "at" || words[k].lower == "towards" ||
                       words[k].lower == "toward")) {
      ++k;
      if (k + 1 < to && words[k].lower == "the") ++k;
      if (words[k].id.valid()) {
        a.facing = sourced<Facing>(int(Facing::Character), origin, words, i, k + 1 - i);
        a.facing_target = words[k].id;
      }
    }
  }
  // "looks up at KAI", "glances across at her": the one looked at.
  if (vocabulary::row(act).category == ActionCategory::Looking) {
    static const std::set<std::string> between = {"at", "up", "down", "across", "over", "back", "round", "around",
                                                  "towards", "toward", "to", "the"};
    for (size_t k = i + n; k < to && k < i + n + 4; ++k) {
      if (words[k].id.valid()) {
        a.facing = sourced<Facing>(int(Facing::Character), origin, words, i, k + 1 - i);
        a.facing_target = words[k].id;
        break;
      }
      if (!between.count(words[k].lower)) break;
    }
  }
  read_objects(words, i, n, to, act, origin, a);
}

// Looks like a present-tense verb ("juggles"): letters only, ending in a single `s`, not a word
// that merely ends so ("is", "his", "across").
bool present_verb_form(const std::string& l) {
  static const std::set<std::string> not_verbs = {"is", "was", "has", "does", "his", "its", "this", "always",
                                                  "perhaps", "towards", "sideways", "afterwards", "yes", "thus",
                                                  "less", "across", "plus", "as", "us", "ones", "hers", "theirs",
                                                  "yours", "ours", "whereas", "besides", "downstairs", "upstairs",
                                                  "indoors", "outdoors", "overseas", "nearby"};
  if (l.size() < 4 || l.back() != 's' || l[l.size() - 2] == 's' || l[l.size() - 2] == '\'' || not_verbs.count(l))
    return false;
  return std::all_of(l.begin(), l.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// "both hands on his staff": `both` before a plural noun is a determiner, not the subject.
bool both_hands(const std::vector<Word>& words, size_t k) {
  if (words[k].lower != "both" || k + 1 >= words.size() || words[k + 1].id.valid()) return false;
  const std::string& next = words[k + 1].lower;
  const std::string base = lexicon::lemma(next, lexicon::PartOfSpeech::Noun);
  return !base.empty() && base != next;
}

bool ends_with_ly(const std::string& w) { return w.size() > 3 && w.compare(w.size() - 2, 2, "ly") == 0; }

// The verb positions of a clause whose subject ends before words[v]: `v` itself; after "and",
// "then", "but" or an adverb in a verb position ("and slowly rises"); a participle after a comma
// ("..., singing"); and after an aside set off by commas right after the subject ("REN,
// beaming, points"). A single-word action phrase counts only there: elsewhere its spelling is
// a noun or an adjective ("hands deep in his pockets", "a gun pointed at him").
std::vector<bool> verb_slots(const std::vector<Word>& words, size_t v, size_t to) {
  std::vector<bool> slot(words.size(), false);
  if (v >= to) return slot;
  slot[v] = true;
  const bool aside = words[v].comma_before;
  bool aside_open = aside;
  for (size_t i = v + 1; i < to; ++i) {
    const std::string& prev = words[i - 1].lower;
    const std::string& l = words[i].lower;
    if (staging::determiners().count(prev)) continue;
    if (prev == "and" || prev == "then" || prev == "but") slot[i] = true;
    static const std::set<std::string> before_verb = {"still", "now", "again", "already", "just", "is", "are",
                                                      "keeps", "starts", "begins", "also", "then"};
    if (slot[i - 1] && (ends_with_ly(prev) || before_verb.count(prev))) slot[i] = true;
    // "crouches beside him, takes the flashlight": a list of verbs, each with its object.
    if (words[i].comma_before && i + 1 < to && present_verb_form(l) &&
        (staging::determiners().count(words[i + 1].lower) || words[i + 1].id.valid() ||
         words[i + 1].lower == "him" || words[i + 1].lower == "them" || words[i + 1].lower == "it"))
      slot[i] = true;
    if (words[i].comma_before && l.size() > 4 && l.compare(l.size() - 3, 3, "ing") == 0) slot[i] = true;
    if (aside_open && words[i].comma_before) {
      slot[i] = true;
      aside_open = false;
    }
  }
  return slot;
}

// A verb the tables do not know, at words[at]: read by meaning, or left unread.
struct VerbReading {
  size_t at = 0;
  std::optional<staging::NearestAction> reading;  // empty: unread
};

// Applies the staging words of `words[from, to)` to `a`. Returns the indices of words that
// matched nothing (for `stage:` diagnostics). In prose, a verb outside the tables at a verb
// position (after `v`, the first word after the subject) is read through WordNet; `verbs`, when
// given, receives each such verb and its reading.
std::vector<size_t> apply_words(const std::vector<Word>& words, size_t from, size_t to, bool stage,
                                Origin origin, Assignment& a, const std::vector<bool>* slots = nullptr,
                                std::vector<VerbReading>* verbs = nullptr) {
  auto in_slot = [&](size_t i) { return !slots || (i < slots->size() && (*slots)[i]); };
  std::vector<size_t> unknown;
  size_t i = from;
  while (i < to) {
    const StagingPhrase* p = nullptr;
    CharacterId towards;
    const size_t n = match(words, i, stage, &p, &towards);
    // "doesn't smile", "never looks back": what is negated is not staged.
    const bool negated = (i > 0 && staging::negations().count(words[i - 1].lower)) ||
                         (i > 1 && staging::negations().count(words[i - 2].lower) &&
                          !staging::noun_phrase_ends().count(words[i - 1].lower));
    if (n == 0 || i + n > to) {
      if (!words[i].id.valid()) unknown.push_back(i);
      if (!stage && slots && !words[i].id.valid() && in_slot(i) && present_verb_form(words[i].lower)) {
        auto reading = staging::nearest_action(words[i].lower);
        // An interaction read by meaning needs someone to do it to ("draws the ring" is no pull).
        if (reading && vocabulary::row(reading->action).category == ActionCategory::Interaction &&
            !(i + 1 < to && (words[i + 1].id.valid() || (i + 2 < to && words[i + 2].id.valid()))))
          reading.reset();
        // Past the first verb, only a word WordNet knows as a verb counts ("and oranges" is no verb).
        const bool first = i == from;
        const bool known = first || !lexicon_verb(words[i].lower).empty();
        if (reading && !negated) apply_action(words, i, 1, to, reading->action, origin, a, reading->path);
        if (verbs && (reading || known)) verbs->push_back({i, reading});
      }
      ++i;
      continue;
    }
    if (negated && p && (p->attr == Attr::Expression || p->attr == Attr::Action)) {
      i += n;
      continue;
    }
    if (!p) {
      a.facing = sourced<Facing>(int(Facing::Character), origin, words, i, n);
      a.facing_target = towards;
    } else {
      switch (p->attr) {
        case Attr::Position:
          // "the middle of his chest", "her right hand": a position word before a noun is part of
          // that noun phrase, not where the character stands.
          if (!stage && i + n < to && !words[i + n].comma_before && position_modifies_noun(words[i + n].lower)) break;
          a.position = sourced<ScreenPosition>(p->value, origin, words, i, n);
          break;
        case Attr::Depth: a.depth = sourced<Depth>(p->value, origin, words, i, n); break;
        case Attr::Pose:
          if (!a.pose || a.pose->span.line != words[i].span.line) a.pose = sourced<Pose>(p->value, origin, words, i, n);
          break;
        case Attr::Action:
          // After "the", "her", "a" a verb's spelling is a noun ("climbs the steps", "her hands").
          if (i > 0 && staging::determiners().count(words[i - 1].lower)) break;
          if (n == 1 && !in_slot(i)) break;
          // "walk hand in hand", "stands, arms crossed": a phrase away from a verb position tells
          // how the verb is done; it sets the pose only over plain standing.
          if (!in_slot(i) && a.pose_weight > 0) {
            if (vocabulary::row(static_cast<Action>(p->value)).contact) a.contact_phrase = true;
            read_objects(words, i, n, to, static_cast<Action>(p->value), origin, a);
            break;
          }
          apply_action(words, i, n, to, static_cast<Action>(p->value), origin, a);
          if (static_cast<Action>(p->value) == Action::Stand) a.rose = true;
          break;
        // The last feeling named wins: "smiles, sad" is a sad smile.
        case Attr::Expression: a.expression = sourced<Expression>(p->value, origin, words, i, n); break;
        case Attr::Facing:
          a.facing = sourced<Facing>(p->value, origin, words, i, n);
          a.facing_target = {};
          // "looks up at KAI": the one looked at decides where the face turns.
          if (i + n + 1 < to && (words[i + n].lower == "at" || words[i + n].lower == "to") && words[i + n + 1].id.valid()) {
            a.facing = sourced<Facing>(int(Facing::Character), origin, words, i, n + 2);
            a.facing_target = words[i + n + 1].id;
            i += 2;
          }
          break;
        case Attr::View: a.view = sourced<View>(p->value, origin, words, i, n); break;
      }
    }
    i += n;
  }
  return unknown;
}


// "a glass of rye in his hand", "newspapers under his arm": a prop held without a verb.
void read_held_in_hand(const std::vector<Word>& words, size_t from, size_t to, Assignment& a) {
  static const std::set<std::string> parts = {"hand", "hands", "fist", "arm", "arms", "grip", "fingers"};
  for (size_t k = from + 1; k + 2 < to + 0 && k + 2 < words.size() + 0; ++k) {
    // "a shield on his arm" too: worn on the arm, held by it.
    if ((words[k].lower != "in" && words[k].lower != "under" && words[k].lower != "on") ||
        !parts.count(words[k + 2].lower))
      continue;
    if (words[k + 1].lower != "his" && words[k + 1].lower != "her" && words[k + 1].lower != "their") continue;
    size_t b = k;
    while (b > from && b + 4 > k && !words[b - 1].id.valid() && !staging::determiners().count(words[b - 1].lower) &&
           words[b - 1].lower != "with" && !words[b].comma_before)
      --b;
    if (b == k) continue;
    Sourced<std::string> noun;
    noun.origin = Origin::Action;
    for (size_t m = b; m < k; ++m) noun.value += (noun.value.empty() ? "" : " ") + words[m].lower;
    noun.words = noun.value;
    noun.span = words[b].span;
    noun.span.length = words[k - 1].span.offset + words[k - 1].span.length - noun.span.offset;
    add_held(a, noun, words[k + 2].lower == "hands" ? Hand::Both : hand_in(words, k, k + 3, a));
  }
}


// A thing one carries in a hand: a prop of the prop table used in the hand, or one that stands
// on a table and is small enough to pick up (a kettle, a vase, a radio), else a WordNet
// instrumentality (a stick, a bowl, a lamp) that is no garment, building or vehicle.
bool hand_prop(const std::string& phrase) {
  constexpr double kPickUpCm = 60;  // the longest side of a table-top thing one lifts with a hand
  const std::string head = head_noun(phrase);
  if (const auto m = vocabulary::match_prop(head)) {
    const vocabulary::PropRow& r = vocabulary::row(m->value);
    return r.category == vocabulary::PropCategory::HandProp || r.kind == vocabulary::PropUse::Handheld ||
           (r.kind == vocabulary::PropUse::TableTop && std::max(r.width_cm, r.height_cm) <= kPickUpCm);
  }
  return staging::is_hand_thing(head);
}

// "follows slowly with his walking stick", "sits with a bowl of shaved ice": a hand prop after
// `with` is held.
void read_with_prop(const std::vector<Word>& words, size_t from, size_t to, Assignment& a) {
  static const std::set<std::string> owned = {"his", "her", "their", "a", "an"};
  for (size_t k = from; k + 2 < to; ++k) {
    if (words[k].lower != "with" || !owned.count(words[k + 1].lower)) continue;
    auto noun = noun_at(words, k + 1, to);
    if (noun && hand_prop(noun->value)) add_held(a, *noun, hand_in(words, k, to, a));
  }
}

// Each verb outside the tables is reported: read by meaning (a note with the WordNet path), or
// unread (the pose is not changed by it), so no verb is dropped silently.
void report_verbs(const std::vector<Word>& words, const std::vector<VerbReading>& verbs, const std::string& file,
                  DiagnosticSink& sink) {
  for (const auto& [at, reading] : verbs) {
    const Word& w = words[at];
    if (reading) {
      const auto& row = vocabulary::row(reading->action);
      sink.report(DiagnosticKind::VerbReadByMeaning, file, w.span,
                  "`" + w.text + "` read as `" + std::string(row.name) + "` (WordNet: " + reading->path + ")",
                  "if that is not what is meant, add `" + w.lower + "` to a row of vocabulary/staging_actions.def");
      continue;
    }
    sink.report(DiagnosticKind::UnreadActionVerb, file, w.span,
                "`" + w.text + "` is in no action class; the pose is not changed by it",
                "use a verb of `ekonte vocabulary action`, or add `" + w.lower + "` to a row of vocabulary/staging_actions.def");
  }
}

template <typename T>
void fill(Sourced<T>& target, const std::optional<Sourced<T>>& stage, const std::optional<Sourced<T>>& prose) {
  if (stage) target = *stage;
  else if (prose) target = *prose;
}

View view_for(const Staging& s, const std::vector<Staging>& all, Pose pose) {
  const bool sideways = pose == Pose::Walk || pose == Pose::Run || pose == Pose::Climb;
  switch (s.facing.value) {
    case Facing::Camera:
    case Facing::Up: return View::Front;
    case Facing::Away: return View::Back;
    case Facing::ScreenLeft: return sideways ? View::ProfileLeft : View::ThreeQuarterLeft;
    case Facing::ScreenRight: return sideways ? View::ProfileRight : View::ThreeQuarterRight;
    case Facing::Character:
      for (const auto& o : all) {
        if (o.character != s.facing_target) continue;
        if (o.position.value > s.position.value) return View::ThreeQuarterRight;
        if (o.position.value < s.position.value) return View::ThreeQuarterLeft;
      }
      return View::Front;
  }
  return View::Front;
}

// The prop row a seat noun is drawn as: a Seat row of the prop table by its phrases, else the
// Seat row nearest in meaning under WordNet's `seat` ("ottoman" -> "seat" -> ...). Nothing when
// neither finds one (grass, the floor: the ground is the seat).
std::optional<std::pair<PropKind, std::string>> seat_row(const std::string& noun) {
  if (const auto m = vocabulary::match_prop(noun)) {
    if (vocabulary::row(m->value).category == vocabulary::PropCategory::Seat) return std::pair{m->value, std::string("table")};
    return std::nullopt;
  }
  static const auto rows = [] {
    std::pair<std::vector<PropKind>, std::vector<std::vector<std::string>>> out;
    for (size_t i = 0; i < std::size(vocabulary::kPropRows); ++i)
      if (vocabulary::kPropRows[i].category == vocabulary::PropCategory::Seat) {
        out.first.push_back(static_cast<PropKind>(i));
        out.second.push_back(vocabulary::split_phrases(vocabulary::kPropRows[i].phrases));
      }
    return out;
  }();
  if (auto choice = lexicon::nearest_row(noun, lexicon::PartOfSpeech::Noun, "seat", rows.second))
    return std::pair{rows.first[choice->row], choice->path_text()};
  return std::nullopt;
}

// The seat becomes a sit-on relation drawn as its prop row; asleep on a chair, a sofa or a
// throne is asleep sitting up.
void relate_seat(Staging& s) {
  if (s.seat.value.empty()) return;
  Sourced<Relation> r;
  r.value.kind = RelationKind::SitOn;
  r.value.noun = s.seat.value;
  r.origin = s.seat.origin;
  r.words = s.seat.words;
  r.span = s.seat.span;
  const auto row = seat_row(s.seat.value);
  if (row) {
    r.value.kind_row = std::string(vocabulary::row(row->first).name);
    r.value.reading = row->second;
  }
  s.relations.erase(std::remove_if(s.relations.begin(), s.relations.end(),
                                   [](const auto& x) { return x.value.kind == RelationKind::SitOn; }),
                    s.relations.end());
  s.relations.insert(s.relations.begin(), r);
  if (row && s.action.value == Action::Sleep && s.pose.value == Pose::Sleep) {
    s.pose.value = Pose::Sit;
    s.pose.words += " (asleep sitting up on the " + r.value.kind_row + ")";
  }
}

bool seated(Pose p) { return p == Pose::Sit || p == Pose::Lie || p == Pose::Sleep || p == Pose::Ride; }

// Where a state continued from an earlier shot of the scene contradicts this shot's prose
// (W0408). The cases:
// 1. Seated, then moving: the character was seated, lying, asleep, kneeling or riding, and this
//    shot's prose makes them walk, run, jump, climb or crawl with no rising verb ("stands",
//    "gets up") in between: the board would cut from a seated figure to a running one.
// 2. A handed-over prop used again: the character handed a prop to someone earlier in the scene,
//    and this shot's prose has them use it (drink from it, read it, raise it, put it down) without
//    taking it back (a taking verb: "takes", "grabs", "holds").
// Each warning names the shot the continued state comes from.
void check_continued(const Staging& s, const StagingContext::Carried& c, bool rose,
                     const std::vector<Character>& characters, const std::string& file, DiagnosticSink& sink) {
  const std::string& id = characters[s.character.value].id;
  const auto& act = vocabulary::row(s.action.value);
  const bool down = c.pose && (seated(c.pose->value) || c.pose->value == Pose::Kneel);
  if (down && s.action.origin == Origin::Action && act.category == ActionCategory::Locomotion &&
      vocabulary::row(s.action.value).pose != Pose::Ride && !rose) {
    auto& d = sink.report(DiagnosticKind::ContinuityContradiction, file, s.action.span,
                          "`" + id + "` is " + std::string(name_of(c.pose->value)) + " (" + c.origin_words +
                              ") but `" + s.action.words + "` here has them moving",
                          "say how they get up (`" + id + " gets up and ...`), or cut to a shot that shows it");
    if (c.pose->span.line) d.notes.push_back({c.pose->span, "the pose is set here"});
  }
  if (s.action.origin != Origin::Action || s.action.value == Action::Hold || s.action.value == Action::Reach) return;
  for (const auto& h : s.held) {
    if (h.origin != Origin::Action) continue;
    for (const auto& given : c.handed)
      if (given.noun == h.value.noun) {
        sink.report(DiagnosticKind::ContinuityContradiction, file, h.span,
                    "`" + id + "` handed the `" + given.noun + "` to `" + characters[given.to.value].id + "` in shot " +
                        given.shot + " but uses it here",
                    "have `" + id + "` take it back first, or give this action to `" +
                        characters[given.to.value].id + "`");
      }
  }
}

// Scene continuity: a lasting pose, a held prop and a seat stay until the prose changes them.
// A gesture or an interaction in a later shot does not stand a seated character up.
void carry_over(Staging& s, bool released, bool rose, std::map<uint32_t, StagingContext::Carried>& carried,
                const std::string& shot_id) {
  auto& c = carried[s.character.value];
  const std::string from = c.pose || !c.held.empty() || c.seat ? c.origin_words : std::string();
  auto continued = [&](auto value) {
    value.origin = Origin::Continuity;
    value.words = from;
    value.span = {};
    return value;
  };
  const bool own_pose = s.pose.origin != Origin::Default;
  const bool changes_posture = own_pose && (vocabulary::row(s.action.value).category == ActionCategory::Posture ||
                                            vocabulary::row(s.action.value).category == ActionCategory::Locomotion);
  // "rises", "gets up": whatever else the shot says, they are on their feet.
  if (c.pose && (!own_pose || (!changes_posture && !rose && seated(c.pose->value)))) {
    s.pose = continued(*c.pose);
    if (!own_pose && c.action) s.action = continued(*c.action);
  }
  if (s.held.empty() && !released)
    for (const auto& h : c.held) s.held.push_back(continued(h));
  if (s.seat.value.empty() && c.seat && seated(s.pose.value)) s.seat = continued(*c.seat);

  // What this shot hands on.
  const std::string here = "continued from shot " + shot_id;
  if (own_pose && s.pose.origin != Origin::Continuity) {
    if (vocabulary::row(s.action.value).lasts || s.action.value == Action::Stand) c.pose = s.pose, c.action = s.action;
    else if (changes_posture) c.pose.reset(), c.action.reset();
  }
  if (released || s.held.empty() || s.held.front().origin != Origin::Continuity) c.held = s.held;
  if (!seated(s.pose.value)) c.seat.reset();
  else if (!s.seat.value.empty() && s.seat.origin != Origin::Continuity) c.seat = s.seat;
  c.origin_words = here;
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
      for (const auto& line : shot.action)
        for (const auto& sentence : sentences_of(line, characters)) {
          if (sentence.empty() || !sentence[0].id.valid()) continue;
          for (size_t k = 1; k < sentence.size(); ++k) {
            if (sentence[k].id.valid()) break;
            const std::string& w = sentence[k].lower;
            if (w == "her" || w == "she" || w == "herself") ++votes[sentence[0].id.value][0];
            else if (w == "his" || w == "he" || w == "him" || w == "himself") ++votes[sentence[0].id.value][1];
          }
        }
  for (uint32_t i = 0; i < characters.size(); ++i)
    if (!out[i] && votes[i][0] != votes[i][1]) out[i] = votes[i][0] > votes[i][1] ? 'f' : 'm';
  return out;
}

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
          while (m < words.size() && m < i + 4 && !staging::noun_phrase_ends().count(words[m].lower) &&
                 !staging::is_people_noun(words[m].lower))
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
          if (plural(l) && staging::is_people_noun(l) && !predicate) {
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

bool expression_from_words(const std::string& text, Expression* out) {
  const auto words = split_words(to_lower(text).c_str());
  bool found = false;
  for (const auto& w : words) {
    std::string clean;
    for (char c : w)
      if (std::isalpha(static_cast<unsigned char>(c))) clean += c;
    for (const auto& p : staging::staging_phrases())
      if (p.attr == Attr::Expression && clean == p.words) {
        *out = static_cast<Expression>(p.value);
        found = true;
      }
  }
  return found;
}

Delivery delivery_from_parenthetical(const std::string& parenthetical) {
  return vocabulary::match_delivery(parenthetical);
}

bool is_off_screen(const std::string& parenthetical) {
  const std::string p = to_lower(parenthetical);
  for (const char* w : {"v.o.", "o.s.", "o.c.", "off", "voice over", "vo", "os"}) {
    const std::string word = w;
    if (p == word || p.find(word + " ") == 0 || p.find(" " + word) != std::string::npos ||
        (word.size() > 3 && p.find(word) != std::string::npos))
      return true;
  }
  return false;
}

std::vector<Staging> infer_staging(const input::Shot& shot, const StagingContext& context, const std::string& file,
                                   DiagnosticSink& sink) {
  const auto& characters = *context.characters;
  std::vector<CharacterId> order;  // characters in frame, in order of first mention
  std::map<uint32_t, Assignment> from_stage, from_prose;
  auto mention = [&](CharacterId id) {
    if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
  };

  // 1. `stage:` clauses: `HARU left standing angry facing KITSUNE; KITSUNE right ...`
  for (const auto& line : shot.stage) {
    for (const auto& sentence : sentences_of(line, characters)) {
      if (sentence.empty()) continue;
      const Word& head = sentence[0];
      if (!head.id.valid()) {
        std::vector<std::string> ids;
        for (const auto& c : characters) ids.push_back(c.id);
        const std::string guess = closest_match(head.text, ids);
        sink.report(DiagnosticKind::UndefinedCharacter, file, head.span,
                    "`stage:` clause starts with `" + head.text + "`, which is not a defined character",
                    guess.empty() ? "a clause reads `ID position pose expression facing OTHER`, clauses separated by `;`"
                                  : "did you mean `" + guess + "`?");
        continue;
      }
      mention(head.id);
      auto unknown = apply_words(sentence, 1, sentence.size(), true, Origin::Stage, from_stage[head.id.value]);
      for (size_t u : unknown) {
        std::vector<std::string> vocab;
        for (const auto& p : staging::staging_phrases()) vocab.push_back(p.words);
        const std::string guess = closest_match(sentence[u].lower, vocab);
        sink.report(DiagnosticKind::BadStageClause, file, sentence[u].span,
                    "`" + sentence[u].text + "` is not a staging word",
                    guess.empty() ? "staging words: left/center/right, foreground/background, a pose, an "
                                    "expression, `facing ID`, front/back/profile"
                                  : "did you mean `" + guess + "`?");
      }
    }
  }
  const bool staged = !shot.stage.empty();

  // 2. Action prose: each clause's subjects (names, pronouns, "X and Y", "they", "both"),
  // pronouns resolved by the characters' pronouns and then by recency.
  CharacterId last_owner = context.subject;
  std::vector<CharacterId> last_group = context.previous_cast;
  std::vector<CharacterId> recent;  // most recently mentioned last
  // The previous shot's cast first, so a shot whose prose has only pronouns ("She turns away")
  // still finds its people; the shot's subject is the most recent.
  for (auto id : context.previous_cast)
    if (id != context.subject) recent.push_back(id);
  if (context.subject.valid()) recent.push_back(context.subject);
  auto seen = [&](CharacterId id) {
    recent.erase(std::remove(recent.begin(), recent.end(), id), recent.end());
    recent.push_back(id);
  };
  auto gender = [&](CharacterId id) -> char {
    return id.value < context.genders.size() ? context.genders[id.value] : 0;
  };
  // The character a pronoun of gender `g` means: the last one with that gender, else the last
  // one whose gender nobody stated; `other_than` excludes the clause's own subject.
  auto resolve = [&](char g, CharacterId other_than) -> CharacterId {
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
  };
  // "one hand on her shoulder", "both hands folded over his walking stick": a hand on another
  // character is a contact; on a thing of one's own ("his staff"), a held prop.
  auto read_hands_on = [&](const std::vector<Word>& words, size_t from, size_t to, CharacterId owner, Assignment& a) {
    static const std::set<std::string> hands = {"hand", "hands", "fist", "arm", "arms", "fingers", "palm"};
    static const std::set<std::string> onto = {"on", "over", "around", "round", "upon", "across", "about"};
    for (size_t k = from; k + 2 < to; ++k) {
      if (!hands.count(words[k].lower)) continue;
      size_t j = k + 1;
      if (j + 1 < to && words[j].lower.size() > 3 && words[j].lower.compare(words[j].lower.size() - 2, 2, "ed") == 0) ++j;
      if (!onto.count(words[j].lower)) continue;
      ++j;
      if (words[j].id.valid()) {
        if (words[j].id != owner) add_contact(a, words[j].id, words[j]);
        continue;
      }
      const std::string& l = words[j].lower;
      const char g = l == "his" ? 'm' : l == "her" ? 'f' : l == "their" ? 'n' : 0;
      if (!g) continue;
      const bool own = g == 'n' || gender(owner) == g || (gender(owner) == 0 && !resolve(g, owner).valid());
      if (!own) {
        if (const CharacterId other = resolve(g, owner); other.valid()) add_contact(a, other, words[j]);
        continue;
      }
      if (auto noun = noun_at(words, j, to); noun && hand_prop(noun->value)) {
        const bool both = words[k].lower == "hands" || words[k].lower == "arms";
        add_held(a, *noun, both ? Hand::Both : hand_in(words, k, to, a));
      }
    }
  };
  std::vector<CharacterId> prose_mentions;
  for (const auto& line : shot.action) {
    for (auto sentence : sentences_of(line, characters)) {
      std::vector<size_t> starts = {0};
      for (size_t k = 1; k < sentence.size(); ++k) {
        const bool joins = sentence[k].comma_before || staging::clause_joiners().count(sentence[k - 1].lower) > 0;
        if (joins && (sentence[k].id.valid() || (staging::subject_pronoun(sentence[k].lower) && !both_hands(sentence, k))))
          starts.push_back(k);
      }
      starts.push_back(sentence.size());
      std::vector<CharacterId> pending;  // "KENJI and": subjects waiting for their verb
      for (size_t c = 0; c + 1 < starts.size(); ++c) {
        const size_t from = starts[c], to = starts[c + 1];
        // Leading subject words.
        std::vector<CharacterId> owners = pending;
        size_t v = from;
        bool thing_subject = false;
        for (; v < to; ++v) {
          const Word& w = sentence[v];
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
              add_held(from_prose[w.id.value], *noun, Hand::Right);
              prose_mentions.push_back(w.id);
              seen(w.id);
              thing_subject = true;
              break;
            }
          }
          if (w.id.valid()) {
            if (std::find(owners.begin(), owners.end(), w.id) == owners.end()) owners.push_back(w.id);
          } else if (const char g = staging::subject_pronoun(w.lower); g && !both_hands(sentence, v)) {
            if (g == 'n') {
              const auto& group = last_group.size() >= 2 ? last_group : recent;
              for (auto id : group)
                if (std::find(owners.begin(), owners.end(), id) == owners.end()) owners.push_back(id);
            } else if (const CharacterId id = resolve(g, {}); id.valid()) {
              owners.push_back(id);
            }
          } else if (w.lower == "and" || w.lower == "both" || w.lower == "together" || w.lower == "then" ||
                     w.lower == "slowly" || w.lower == "suddenly" || w.lower == "still" || w.lower == "now") {
          } else if (v == from && from == 0 && (w.lower == "his" || w.lower == "her" || w.lower == "their")) {
            // "Her gloved hand goes to her mouth": the body part of the one the pronoun means.
            if (const CharacterId id = resolve(w.lower == "his" ? 'm' : w.lower == "her" ? 'f' : 'n', {}); id.valid())
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
            }
            break;
          }
        }
        if (v >= to && !owners.empty() && c + 2 < starts.size()) {
          pending = owners;  // only names so far: they share the next clause's verb
          continue;
        }
        pending.clear();
        if (owners.empty() && !thing_subject && last_owner.valid()) owners.push_back(last_owner);
        if (owners.empty()) continue;
        for (auto id : owners) {
          prose_mentions.push_back(id);
          seen(id);
        }
        if (owners.size() >= 2) last_group = owners;
        last_owner = owners.front();
        // Names later in the clause are objects; pronouns there mean someone else.
        std::vector<Word> words = sentence;
        for (size_t k = v; k < to; ++k) {
          if (words[k].id.valid()) {
            prose_mentions.push_back(words[k].id);
            continue;
          }
          const std::string& l = words[k].lower;
          const bool next_ends = k + 1 >= to || staging::noun_phrase_ends().count(words[k + 1].lower) > 0;
          const bool her_object = l == "her" && (next_ends || (k + 1 < to && staging::determiners().count(words[k + 1].lower)));
          const char g = l == "him" ? 'm' : her_object ? 'f' : l == "them" ? 'n' : 0;
          if (!g || g == 'n') continue;
          if (const CharacterId id = resolve(g, owners.front()); id.valid()) {
            words[k].id = id;
            words[k].pronoun = true;
          }
        }
        std::vector<VerbReading> verbs;
        const std::vector<bool> slots = verb_slots(words, v, to);
        for (auto id : owners) {
          Assignment& a = from_prose[id.value];
          a.sentence = words.front().span.offset + 1;
          apply_words(words, v, to, false, Origin::Action, a, &slots, id == owners.front() ? &verbs : nullptr);
          read_held_in_hand(words, v, to, a);
          read_hands_on(words, v, to, id, a);
          read_with_prop(words, v, to, a);
          if (owners.size() >= 2 && ((a.action && vocabulary::row(a.action->value).contact) || a.contact_phrase))
            for (auto other : owners)
              if (other != id) add_contact(a, other, words[from]);
        }
        report_verbs(words, verbs, file, sink);
      }
    }
  }
  // Dialogue parentheticals may carry a feeling: `HARU9 (cheerful): ...`.
  std::set<uint32_t> speakers;
  for (const auto& d : shot.dialogue) {
    const CharacterId id = lookup(characters, d.speaker.value);
    if (!id.valid() || is_off_screen(d.parenthetical.value) || is_off_screen(d.extension.value)) continue;
    speakers.insert(id.value);
    Expression e;
    auto& a = from_prose[id.value];
    if (!a.expression && expression_from_words(d.parenthetical.value, &e)) {
      Sourced<Expression> s;
      s.value = e;
      s.origin = Origin::Dialogue;
      s.words = d.parenthetical.value;
      s.span = d.parenthetical.span;
      a.expression = s;
    }
  }

  // 3. Who is in frame.
  const Framing framing = context.framing;
  const bool single_subject = context.subject.valid() &&
                              (framing == Framing::CloseUp || framing == Framing::ExtremeCloseUp ||
                               framing == Framing::MediumCloseUp);
  if (!staged) {
    if (framing == Framing::Insert) {
      order.clear();  // an insert shows the prop, not the people around it
    } else if (single_subject) {
      order = {context.subject};
    } else {
      if (context.subject.valid() && framing != Framing::Pov) mention(context.subject);
      for (auto id : prose_mentions) mention(id);
      for (const auto& d : shot.dialogue) {
        const CharacterId id = lookup(characters, d.speaker.value);
        if (id.valid() && speakers.count(id.value)) mention(id);
      }
      if (framing == Framing::Pov && context.subject.valid())
        order.erase(std::remove(order.begin(), order.end(), context.subject), order.end());
    }
  }

  // 4. Resolve each character's staging: stage line, then prose, then continuity and defaults.
  std::vector<Staging> out;
  for (auto id : order) {
    Staging s;
    s.character = id;
    s.speaks = speakers.count(id.value) > 0;
    const auto st = from_stage.count(id.value) ? std::optional<Assignment>(from_stage[id.value]) : std::nullopt;
    const auto pr = from_prose.count(id.value) ? std::optional<Assignment>(from_prose[id.value]) : std::nullopt;
    const Assignment none;
    const Assignment& A = st ? *st : none;
    const Assignment& B = pr ? *pr : none;
    s.pose.value = Pose::Stand;
    s.expression.value = Expression::Neutral;
    s.depth.value = Depth::Midground;
    s.facing.value = Facing::Camera;
    fill(s.position, A.position, B.position);
    fill(s.depth, A.depth, B.depth);
    fill(s.pose, A.pose, B.pose);
    fill(s.expression, A.expression, B.expression);
    fill(s.facing, A.facing, B.facing);
    s.facing_target = A.facing ? A.facing_target : B.facing_target;
    fill(s.view, A.view, B.view);
    if (A.action || B.action) s.action = A.action ? *A.action : *B.action;
    else s.action = {Action::Stand, Origin::Default, {}, {}};
    s.held = A.held.empty() ? B.held : A.held;
    if (A.seat || B.seat) s.seat = A.seat ? *A.seat : *B.seat;
    s.contacts = A.contacts;
    for (const auto& c : B.contacts) s.contacts.push_back(c);
    s.relations = A.relations.empty() ? B.relations : A.relations;
    if (context.carried) {
      check_continued(s, (*context.carried)[id.value], A.rose || B.rose, characters, file, sink);
      carry_over(s, A.released || B.released, A.rose || B.rose, *context.carried, context.shot_id);
    }
    relate_seat(s);
    out.push_back(s);
  }

  // A prop handed to someone is theirs from now on in the scene: in their hand in later shots,
  // and no longer the giver's (check_continued warns when the giver uses it again).
  for (auto& s : out)
    for (auto& r : s.relations) {
      if (r.value.kind != RelationKind::HandTo || !r.value.character.valid()) continue;
      // "takes a ring ... and gives it to him": `it` is what the giver last held.
      if (r.value.prop.empty() || r.value.prop == "it" || r.value.prop == "them") {
        const auto& c = context.carried ? (*context.carried)[s.character.value] : StagingContext::Carried{};
        const auto& held = !s.held.empty() ? s.held : c.held;
        r.value.prop = held.empty() ? std::string() : held.back().value.noun;
      }
      if (r.value.prop.empty()) continue;
      for (auto& other : out)
        if (other.character == r.value.character) {
          bool has = false;
          for (const auto& h : other.held) has |= h.value.noun == r.value.prop;
          if (!has) other.held.push_back({{r.value.prop, other.held.empty() ? Hand::Right : Hand::Left}, r.origin, r.words, r.span});
        }
    }
  if (context.carried)
    for (const auto& s : out)
      for (const auto& r : s.relations) {
        if (r.value.kind != RelationKind::HandTo || r.value.prop.empty() || !r.value.character.valid()) continue;
        auto& giver = (*context.carried)[s.character.value];
        giver.handed.push_back({r.value.prop, context.shot_id, r.value.character});
        std::erase_if(giver.held, [&](const Sourced<HeldProp>& h) { return h.value.noun == r.value.prop; });
        auto& receiver = (*context.carried)[r.value.character.value];
        Sourced<HeldProp> held{{r.value.prop, Hand::Right}, Origin::Continuity, r.words, {}};
        receiver.held.push_back(held);
        if (receiver.origin_words.empty()) receiver.origin_words = "continued from shot " + context.shot_id;
      }

  // Over the shoulder: the named character is the foreground shoulder, seen from behind.
  if (framing == Framing::OverTheShoulder && context.subject.valid()) {
    for (auto& s : out) {
      if (s.character != context.subject) continue;
      if (s.depth.origin == Origin::Default) s.depth = {Depth::Foreground, Origin::Header, "over the shoulder", {}};
      if (s.view.origin == Origin::Default) s.view = {View::Back, Origin::Header, "over the shoulder", {}};
    }
  }

  // Positions: keep the scene's sides, then fill free slots left to right.
  const bool alone = out.size() == 1;
  std::set<ScreenPosition> taken;
  for (auto& s : out) {
    if (s.position.origin != Origin::Default) {
      taken.insert(s.position.value);
      continue;
    }
    if (alone) {
      s.position.value = ScreenPosition::Center;
      continue;
    }
    auto it = context.scene_positions.find(s.character.value);
    if (it != context.scene_positions.end() && !taken.count(it->second.first)) {
      s.position = {it->second.first, Origin::Continuity, "shot " + it->second.second, {}};
      taken.insert(it->second.first);
    }
  }
  if (!alone) {
    for (auto& s : out) {
      if (s.position.origin != Origin::Default) continue;
      for (auto p : {ScreenPosition::Left, ScreenPosition::Right, ScreenPosition::Center}) {
        if (taken.count(p)) continue;
        s.position.value = p;
        taken.insert(p);
        break;
      }
    }
  }
  // Facing: with company, a character who faces nowhere in particular faces the nearest other.
  for (auto& s : out) {
    if (s.facing.origin != Origin::Default || out.size() < 2) continue;
    const Staging* nearest = nullptr;
    for (const auto& o : out)
      if (o.character != s.character &&
          (!nearest || std::abs(int(o.position.value) - int(s.position.value)) <
                           std::abs(int(nearest->position.value) - int(s.position.value))))
        nearest = &o;
    if (nearest && nearest->position.value != s.position.value) {
      s.facing.value = Facing::Character;
      s.facing.origin = Origin::Inferred;
      s.facing.words = "nearest other character";
      s.facing_target = nearest->character;
    }
  }
  for (auto& s : out) {
    if (s.view.origin != Origin::Default) {
      // `profile` / `three quarter` take their side from where the character faces.
      const View derived = view_for(s, out, s.pose.value);
      const bool faces_left = derived == View::ThreeQuarterLeft || derived == View::ProfileLeft;
      if (s.view.value == View::ProfileRight && faces_left) s.view.value = View::ProfileLeft;
      if (s.view.value == View::ThreeQuarterRight && faces_left) s.view.value = View::ThreeQuarterLeft;
      continue;
    }
    s.view.value = view_for(s, out, s.pose.value);
    s.view.origin = Origin::Derived;
    s.view.words = std::string("facing ") + std::string(name_of(s.facing.value));
  }
  std::sort(out.begin(), out.end(), [](const Staging& a, const Staging& b) {
    if (a.position.value != b.position.value) return a.position.value < b.position.value;
    return a.depth.value > b.depth.value;  // background first, so foreground draws last
  });
  return out;
}

}  // namespace ekonte
