#pragma once
// Subjects of action prose: the names, pronouns and groups ("X and Y", "they", "both") a clause
// opens with, pronouns resolved by the characters' pronouns and then by recency, and the
// characters' pronouns learnt from the script.
#include <optional>
#include <string>
#include <vector>

#include "compiler/staging/infer_staging.hpp"
#include "compiler/staging/prose_words.hpp"

namespace ekonte::staging {

// Who a shot's pronouns can mean: the characters mentioned so far, most recent last.
class Mentions {
 public:
  // The previous shot's cast first, so a shot whose prose has only pronouns ("She turns away")
  // still finds its people; the shot's subject is the most recent.
  explicit Mentions(const StagingContext& context);
  char gender(CharacterId id) const;
  // The character a pronoun of gender `g` means: the last one with that gender, else the last
  // one whose gender nobody stated; `other_than` excludes the clause's own subject.
  CharacterId resolve(char g, CharacterId other_than) const;
  void seen(CharacterId id);

  CharacterId last_owner;               // the last clause's first subject
  std::vector<CharacterId> shot_cast;   // everyone the shot's prose names, for "the family"
  std::vector<CharacterId> last_group;  // the last clause's subjects, when several ("they")
  std::vector<CharacterId> recent;      // most recently mentioned last

 private:
  const std::vector<char>& genders_;
};

// "the boy", "the old woman": after `the`, a person word of vocabulary/person_words.def names
// the one character whose gender (`genders`, as StagingContext::genders) and age it fits; its
// words are given that character.
void name_people(std::vector<Word>& sentence, const std::vector<Character>& characters,
                 const std::vector<char>& genders);

// Where the clauses of a sentence start: at a name or a subject pronoun after a comma or a
// clause joiner ("and", "as", "while"). The sentence's end closes the list.
std::vector<size_t> clause_starts(const std::vector<Word>& sentence);

// The subjects a clause words[from, to) opens with.
struct ClauseSubjects {
  std::vector<CharacterId> owners;
  size_t verb = 0;             // the first word after the subject words
  bool thing_subject = false;  // the clause is about a thing ("The rain falls")
  // "OSWIN's sword rings off the shield": the owner holds the thing the clause is about.
  CharacterId thing_owner;
  std::optional<Sourced<std::string>> thing;
};
// `pending` are the names of an earlier clause that had no verb ("KENJI and").
ClauseSubjects read_subjects(const std::vector<Word>& sentence, size_t from, size_t to,
                             std::vector<CharacterId> pending, const Mentions& mentions);

// Names later in a clause are objects; pronouns there ("him", "her") mean someone other than
// `subject`: each is given the character it means.
void resolve_object_pronouns(std::vector<Word>& words, size_t from, size_t to, CharacterId subject,
                             const Mentions& mentions);

}  // namespace ekonte::staging
