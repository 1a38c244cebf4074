#pragma once
// The writers' corpus as a specification: reads a `.expect` file (../shared/corpus/README.md
// gives the format) and checks each fact against what Ekonte would draw for that shot: the
// shot graph's staging and the setting the renderer is given. No answers are written here; a
// fact Ekonte does not record yet (e.g. held props before they are staged) simply fails.
#include <map>
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"

namespace ekonte::test {

struct Fact {
  int line = 0;
  std::string shot, character, kind, value;  // character empty for shot facts (extras, shows, weather, time)
  std::string text;                          // the line as written
};

// The facts of an `.expect` file's text; lines that cannot be read are returned in `bad`.
std::vector<Fact> read_facts(const std::string& text, std::vector<std::string>* bad);

struct FactResult {
  Fact fact;
  bool holds = false;
  std::string why;  // for failures: what Ekonte has instead
};

// Checks every fact against `graph` (compiled from the fact file's script).
std::vector<FactResult> check_facts(const ShotGraph& graph, const std::vector<Fact>& facts);

// Per fact kind: {held, total}.
std::map<std::string, std::pair<int, int>> score_by_kind(const std::vector<FactResult>& results);

}  // namespace ekonte::test
