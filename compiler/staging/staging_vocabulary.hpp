#pragma once
// The staging phrase tables, built once from the rows of vocabulary/staging_*.def: the words of
// `stage:` clauses and action prose that set a character's position, depth, pose, expression,
// facing and view.
#include <set>
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "support/text.hpp"

namespace ekonte::staging {

enum class Attr { Position, Depth, Pose, Expression, Facing, View };

struct StagingPhrase {
  std::string words;
  Attr attr;
  int value;
  bool stage_only = false;  // too ambiguous in prose ("comes back"), fine in a `stage:` clause
};

// Every staging phrase, and each split into lowercase words (same order). The phrases of the
// `character` facing are not among them: they take a character after them (facing_words()).
const std::vector<StagingPhrase>& staging_phrases();
const std::vector<std::vector<std::string>>& staging_words();
// Phrases that take a character after them ("facing HARU", "looks at GRANDMA"), split.
const std::vector<std::vector<std::string>>& facing_words();
// Words before a character's name that make it an object, not the one acting.
const std::set<std::string>& object_markers();

}  // namespace ekonte::staging
