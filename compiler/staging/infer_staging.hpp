#pragma once
// Staging: who is in frame, where, in what pose, facing where, with what expression.
// Read from a shot's `stage:` line when present, else inferred from its action prose and
// dialogue; every value records the words it came from (docs/language.md lists the words).
#include <map>
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/input/script_input.hpp"
#include "compiler/shot_graph.hpp"

namespace ekonte {

struct StagingContext {
  const std::vector<Character>* characters = nullptr;
  Framing framing = Framing::Medium;
  CharacterId subject;
  // Screen positions characters last had in this scene, and the shot that gave each one:
  // an unstated position keeps its side (the 180-degree rule).
  std::map<uint32_t, std::pair<ScreenPosition, std::string>> scene_positions;
};

std::vector<Staging> infer_staging(const input::Shot& shot, const StagingContext& context,
                                   const std::string& file, DiagnosticSink& sink);

// Expression implied by a dialogue parenthetical such as "(cheerful)"; Neutral if none.
bool expression_from_words(const std::string& text, Expression* out);
// Whisper / shout from a parenthetical such as "(whispering)".
Delivery delivery_from_parenthetical(const std::string& parenthetical);
// True when the parenthetical marks an off-screen voice: V.O., O.S., O.C., off.
bool is_off_screen(const std::string& parenthetical);

}  // namespace ekonte
