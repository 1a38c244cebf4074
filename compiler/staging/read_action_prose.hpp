#pragma once
// A shot's action prose read clause by clause: each clause's subjects, then its verbs, held
// props, relations and contacts for each subject.
#include <map>
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/staging/assignment.hpp"
#include "compiler/staging/infer_staging.hpp"

namespace ekonte::staging {

struct ProseReading {
  std::map<uint32_t, Assignment> assignments;  // by character
  std::vector<CharacterId> mentions;           // every character the prose names, in order
};

ProseReading read_action_prose(const input::Shot& shot, const StagingContext& context, const std::string& file,
                               DiagnosticSink& sink);

}  // namespace ekonte::staging
