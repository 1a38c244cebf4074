#include "compiler/staging/read_action_prose.hpp"
#include "compiler/staging/read_wardrobe.hpp"
#include "compiler/staging/held_props.hpp"
#include "compiler/staging/prose_subjects.hpp"
#include "compiler/staging/read_actions.hpp"
#include "compiler/staging/read_relations.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "vocabulary/staging.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::staging {
namespace {

// "her open mouth", "TAM's eyes wide", "his tears": a feeling shown on someone's face is theirs,
// whoever the clause is about. Read before the clause's subjects, and taken out of the words so
// the subjects do not read it too; a feeling on the subject's own face is left to them.
void read_possessed_feelings(std::vector<Word>& words, size_t from, size_t to, CharacterId subject,
                             const Mentions& mentions, ProseReading& out) {
  for (size_t k = from; k + 1 < to; ++k) {
    const std::string& l = words[k].lower;
    CharacterId who;
    if (words[k].id.valid() && words[k].possessive) who = words[k].id;
    else if (l == "his" || l == "her") who = mentions.resolve(l == "his" ? 'm' : 'f', {});
    if (!who.valid() || who == subject || words[k + 1].comma_before) continue;
    const StagingPhrase* p = nullptr;
    CharacterId towards;
    const size_t n = match(words, k + 1, false, &p, &towards);
    if (!n || k + 1 + n > to || !p || p->attr != Attr::Expression) continue;
    const bool negated = k > 0 && staging::negations().count(words[k - 1].lower);
    if (!negated) {
      auto& expression = out.assignments[who.value].expression;
      out.mentions.push_back(who);
      expression = sourced<Expression>(p->value, Origin::Action, words, k, n + 1);
      if (p->cue >= 0)
        expression->words += " (expression cue `" +
                             std::string(vocabulary::row(static_cast<ExpressionCue>(p->cue)).name) + "`)";
    }
    for (size_t m = k + 1; m < k + 1 + n; ++m) words[m].lower.clear();
    k += n;
  }
}

// "presses it into his gauntlet", "slips the key into NELL's hand": what is put into another's
// hand is handed to them, and the two touch. The prop is left to what the giver holds
// (pass_handed_props) unless a noun stands right before `into`.
void read_put_in_hand(const std::vector<Word>& words, size_t from, size_t to, CharacterId giver,
                      const Mentions& mentions, Assignment& a) {
  static const std::set<std::string> hand_words = {"hand", "hands", "palm", "palms", "fist", "fingers",
                                                   "glove", "gloves", "gauntlet", "gauntlets", "mitt"};
  for (size_t k = from + 1; k + 2 < to; ++k) {
    if ((words[k].lower != "into" && words[k].lower != "in") || !hand_words.count(words[k + 2].lower)) continue;
    const Word& owner = words[k + 1];
    CharacterId who;
    if (owner.id.valid() && owner.possessive) who = owner.id;
    else if (owner.lower == "his" || owner.lower == "her") who = mentions.resolve(owner.lower == "his" ? 'm' : 'f', giver);
    if (!who.valid() || who == giver) continue;
    Sourced<Relation> r;
    r.value.kind = RelationKind::HandTo;
    r.value.character = who;
    if (words[k - 1].lower != "it" && words[k - 1].lower != "them")
      if (const auto noun = noun_at(words, k - 1, k); noun && hand_prop(noun->value)) r.value.prop = noun->value;
    r.origin = Origin::Action;
    r.words = owner.text + " " + words[k + 2].text;
    r.span = owner.span;
    r.span.length = words[k + 2].span.offset + words[k + 2].span.length - owner.span.offset;
    a.relations.push_back(r);
    add_contact(a, who, owner);
    return;
  }
}

}  // namespace

ProseReading read_action_prose(const input::Shot& shot, const StagingContext& context, const std::string& file,
                               DiagnosticSink& sink) {
  const auto& characters = *context.characters;
  ProseReading out;
  auto& from_prose = out.assignments;
  auto& prose_mentions = out.mentions;
  Mentions mentions(context);
  std::vector<std::vector<Word>> sentences;
  for (const auto& line : shot.action)
    for (auto& sentence : sentences_of(line, characters)) {
      name_people(sentence, characters, context.genders);
      for (const Word& w : sentence)
        if (w.id.valid() && std::find(mentions.shot_cast.begin(), mentions.shot_cast.end(), w.id) == mentions.shot_cast.end())
          mentions.shot_cast.push_back(w.id);
      sentences.push_back(std::move(sentence));
    }
  for (auto& sentence : sentences) {
    const std::vector<size_t> starts = clause_starts(sentence);
    std::vector<CharacterId> pending;  // "KENJI and": subjects waiting for their verb
    for (size_t c = 0; c + 1 < starts.size(); ++c) {
      const size_t from = starts[c], to = starts[c + 1];
      ClauseSubjects subjects = read_subjects(sentence, from, to, pending, mentions);
      std::vector<CharacterId>& owners = subjects.owners;
      const size_t v = subjects.verb;
      const CharacterId subject = !owners.empty()          ? owners.front()
                                  : subjects.thing_subject ? CharacterId{}
                                                           : mentions.last_owner;
      read_possessed_feelings(sentence, from, to, subject, mentions, out);
      if (subjects.thing) {
        add_held(from_prose[subjects.thing_owner.value], *subjects.thing, Hand::Right);
        prose_mentions.push_back(subjects.thing_owner);
        mentions.seen(subjects.thing_owner);
      }
      if (v >= to && !owners.empty() && c + 2 < starts.size()) {
        pending = owners;  // only names so far: they share the next clause's verb
        continue;
      }
      pending.clear();
      if (owners.empty() && !subjects.thing_subject && mentions.last_owner.valid()) owners.push_back(mentions.last_owner);
      if (owners.empty()) continue;
      for (auto id : owners) {
        prose_mentions.push_back(id);
        mentions.seen(id);
      }
      if (owners.size() >= 2) mentions.last_group = owners;
      mentions.last_owner = owners.front();
      // Object pronouns are resolved for this clause only: later clauses read the sentence as
      // written. Their readings are put back at the end rather than the sentence copied.
      std::vector<Word>& words = sentence;
      std::vector<std::pair<CharacterId, bool>> as_written;
      as_written.reserve(v < to ? to - v : 0);
      for (size_t k = v; k < to; ++k) as_written.push_back({words[k].id, words[k].pronoun});
      // A name later in the clause is an object, and the one a later pronoun most likely
      // means ("sits beside SORA, one hand on her shoulder").
      for (size_t k = v; k < to; ++k)
        if (words[k].id.valid()) {
          prose_mentions.push_back(words[k].id);
          if (std::find(owners.begin(), owners.end(), words[k].id) == owners.end()) mentions.seen(words[k].id);
        }
      resolve_object_pronouns(words, v, to, owners.front(), mentions);
      std::vector<VerbReading> verbs;
      const std::vector<bool> slots = verb_slots(words, v, to);
      for (auto id : owners) {
        Assignment& a = from_prose[id.value];
        a.sentence = words.front().span.offset + 1;
        apply_words(words, v, to, false, Origin::Action, a, &slots, id == owners.front() ? &verbs : nullptr);
        read_held_in_hand(words, v, to, a);
        read_hands_on(words, v, to, id, mentions, a);
        read_with_prop(words, v, to, a);
        read_wardrobe(words, from, to, a);
        if (id == owners.front()) read_put_in_hand(words, v, to, id, mentions, a);
        if (owners.size() >= 2 && ((a.action && vocabulary::row(a.action->value).contact) || a.contact_phrase))
          for (auto other : owners)
            if (other != id) add_contact(a, other, words[from]);
      }
      report_verbs(words, verbs, file, sink);
      for (size_t k = v; k < to; ++k) std::tie(words[k].id, words[k].pronoun) = as_written[k - v];
    }
  }
  return out;
}

}  // namespace ekonte::staging
