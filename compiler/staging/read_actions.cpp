#include "compiler/staging/read_actions.hpp"
#include "compiler/staging/held_props.hpp"
#include "compiler/staging/read_relations.hpp"

#include <algorithm>
#include <set>

#include "lexicon/lexicon.hpp"
#include "vocabulary/staging.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::staging {
namespace {

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
  const auto category = vocabulary::row(act).category;
  if (sets_pose(act) && (category == ActionCategory::Posture || category == ActionCategory::Locomotion ||
                         (category == ActionCategory::Interaction && vocabulary::row(act).lasts)))
    a.moved = true;
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

}  // namespace

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

std::vector<size_t> apply_words(const std::vector<Word>& words, size_t from, size_t to, bool stage,
                                Origin origin, Assignment& a, const std::vector<bool>* slots,
                                std::vector<VerbReading>* verbs) {
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
        // "fits the wrench to the valve", "draws the ring from her finger": a verb the tables do
        // not know, done to a hand prop, has it in hand.
        if (!reading && !negated && known)
          if (auto noun = noun_at(words, i + 1, to); noun && !words[i + 1].id.valid() && hand_prop(noun->value) &&
                                                     staging::determiners().count(words[i + 1].lower))
            add_held(a, *noun, hand_in(words, i, to, a));
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
          // "they fight on foot", "is back on her feet": wherever a phrase of standing stands, a
          // seated character is on their feet.
          if (static_cast<Action>(p->value) == Action::Stand && n > 1) {
            a.rose = true;
            if (!in_slot(i)) {
              if (!a.pose) apply_action(words, i, n, to, Action::Stand, origin, a);
              break;
            }
          }
          if (n == 1 && !in_slot(i)) break;
          // "rests a hand on the boy's head", "leans his whole weight on the wrench": with an
          // object after it, leaning moves a part or a thing, not the body; a hand prop leant on
          // is held.
          if (n == 1 && vocabulary::row(static_cast<Action>(p->value)).pose == Pose::Lean && i + 1 < to &&
              !words[i + 1].id.valid() && staging::determiners().count(words[i + 1].lower)) {
            for (size_t k = i + 2; k + 1 < to && k < i + 6; ++k)
              if (words[k].lower == "on" || words[k].lower == "upon" || words[k].lower == "against") {
                if (auto noun = noun_at(words, k + 1, to); noun && hand_prop(noun->value))
                  add_held(a, *noun, hand_in(words, i, to, a));
                break;
              }
            break;
          }
          // "a pack on her back": away from a verb position, a posture phrase that opens with a
          // preposition says where a thing is, not how the character lies.
          if (!in_slot(i) && !words[i].comma_before && staging::place_prepositions().count(words[i].lower) &&
              vocabulary::row(static_cast<Action>(p->value)).category == ActionCategory::Posture)
            break;
          // "walk hand in hand", "stands, arms crossed": a phrase away from a verb position tells
          // how the verb is done; it sets the pose only over plain standing.
          if (!in_slot(i) && a.pose_weight > 0) {
            if (vocabulary::row(static_cast<Action>(p->value)).contact) a.contact_phrase = true;
            read_objects(words, i, n, to, static_cast<Action>(p->value), origin, a);
            break;
          }
          // "slides the screen door open", "passes the window": handing over needs someone to take it.
          if (static_cast<Action>(p->value) == Action::HandOver && n == 1 &&
              std::none_of(words.begin() + i + 1, words.begin() + to, [](const Word& w) { return w.id.valid(); }))
            break;
          apply_action(words, i, n, to, static_cast<Action>(p->value), origin, a);
          if (static_cast<Action>(p->value) == Action::Stand) a.rose = true;
          break;
        // The last feeling named wins: "smiles, sad" is a sad smile.
        case Attr::Expression:
          a.expression = sourced<Expression>(p->value, origin, words, i, n);
          if (p->cue >= 0)
            a.expression->words += " (expression cue `" +
                                   std::string(vocabulary::row(static_cast<ExpressionCue>(p->cue)).name) + "`)";
          break;
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

}  // namespace ekonte::staging
