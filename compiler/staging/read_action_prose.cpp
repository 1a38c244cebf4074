#include "compiler/staging/read_action_prose.hpp"
#include "compiler/staging/held_props.hpp"
#include "compiler/staging/prose_subjects.hpp"
#include "compiler/staging/read_actions.hpp"
#include "compiler/staging/read_relations.hpp"

#include <algorithm>

#include "vocabulary/staging.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::staging {

ProseReading read_action_prose(const input::Shot& shot, const StagingContext& context, const std::string& file,
                               DiagnosticSink& sink) {
  const auto& characters = *context.characters;
  ProseReading out;
  auto& from_prose = out.assignments;
  auto& prose_mentions = out.mentions;
  Mentions mentions(context);
  for (const auto& line : shot.action) {
    for (auto sentence : sentences_of(line, characters)) {
      const std::vector<size_t> starts = clause_starts(sentence);
      std::vector<CharacterId> pending;  // "KENJI and": subjects waiting for their verb
      for (size_t c = 0; c + 1 < starts.size(); ++c) {
        const size_t from = starts[c], to = starts[c + 1];
        ClauseSubjects subjects = read_subjects(sentence, from, to, pending, mentions);
        std::vector<CharacterId>& owners = subjects.owners;
        const size_t v = subjects.verb;
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
        std::vector<Word> words = sentence;
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
          if (owners.size() >= 2 && ((a.action && vocabulary::row(a.action->value).contact) || a.contact_phrase))
            for (auto other : owners)
              if (other != id) add_contact(a, other, words[from]);
        }
        report_verbs(words, verbs, file, sink);
      }
    }
  }
  return out;
}

}  // namespace ekonte::staging
