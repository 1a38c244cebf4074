#pragma once
// Action reading: the staging phrases of a clause (verbs to action classes and poses,
// positions, expressions, facings), verbs outside the tables read by meaning through WordNet,
// and the report of every verb read that way or left unread.
#include <optional>
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/staging/assignment.hpp"
#include "compiler/staging/prose_words.hpp"
#include "compiler/staging/staging_vocabulary.hpp"

namespace ekonte::staging {

// Matches the longest staging phrase at words[at]; returns its length (0 if none).
size_t match(const std::vector<Word>& words, size_t at, bool stage, const StagingPhrase** found,
               CharacterId* towards);

// The verb positions of a clause whose subject ends before words[v]: `v` itself; after "and",
// "then", "but" or an adverb in a verb position ("and slowly rises"); a participle after a comma
// ("..., singing"); and after an aside set off by commas right after the subject ("REN,
// beaming, points"). A single-word action phrase counts only there: elsewhere its spelling is
// a noun or an adjective ("hands deep in his pockets", "a gun pointed at him").
std::vector<bool> verb_slots(const std::vector<Word>& words, size_t v, size_t to);

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
                                std::vector<VerbReading>* verbs = nullptr);

// Each verb outside the tables is reported: read by meaning (a note with the WordNet path), or
// unread (the pose is not changed by it), so no verb is dropped silently.
void report_verbs(const std::vector<Word>& words, const std::vector<VerbReading>& verbs, const std::string& file,
                  DiagnosticSink& sink);

}  // namespace ekonte::staging
