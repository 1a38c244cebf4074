#pragma once
// Transition lines (`CROSS DISSOLVE TO:`, Fountain's `> SMASH CUT TO:`) read against
// vocabulary/transitions.def; shared by every front end.
#include <string>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/input/script_input.hpp"

namespace ekonte {

// The transition `words` spell, matched with and without a closing `to`; an unknown one is
// reported (W0309, with the nearest word) and read as a cut.
Transition transition_of(const SpannedText& words, const std::string& file, DiagnosticSink& sink);

}  // namespace ekonte
