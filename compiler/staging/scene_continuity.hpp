#pragma once
// Continuity within a scene: a lasting pose, a held prop and a seat are carried from shot to
// shot until the prose changes them, a prop handed over changes hands, and a continued state
// that contradicts the new shot is warned about (W0408).
#include <map>
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/staging/infer_staging.hpp"

namespace ekonte::staging {

// Where a state continued from an earlier shot of the scene contradicts this shot's prose
// (W0408). The cases:
// 1. Seated, then moving: the character was seated, lying, asleep, kneeling or riding, and this
//    shot's prose makes them walk, run, jump, climb or crawl with no rising verb ("stands",
//    "gets up") in between: the board would cut from a seated figure to a running one.
// 2. A handed-over prop used again: the character handed a prop to someone earlier in the scene,
//    and this shot's prose has them use it (drink from it, read it, raise it, put it down) without
//    taking it back (a taking verb: "takes", "grabs", "holds").
// Each warning names the shot the continued state comes from.
void check_continued(const Staging& s, const StagingContext::Carried& c, bool rose,
                     const std::vector<Character>& characters, const std::string& file, DiagnosticSink& sink);
// Scene continuity: a lasting pose, a held prop and a seat stay until the prose changes them.
// A gesture or an interaction in a later shot does not stand a seated character up; a posture
// or a movement verb of the shot does (`moved`), even one a later verb replaced.
void carry_over(Staging& s, bool released, bool rose, bool moved, std::map<uint32_t, StagingContext::Carried>& carried,
                const std::string& shot_id);
// A prop handed to someone is theirs from now on in the scene: in their hand in later shots,
// and no longer the giver's (check_continued warns when the giver uses it again).
void pass_handed_props(std::vector<Staging>& out, const StagingContext& context);

}  // namespace ekonte::staging
