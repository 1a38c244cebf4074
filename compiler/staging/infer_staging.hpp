#pragma once
// Staging: who is in frame, where, in what pose, facing where, with what expression.
// Read from a shot's `stage:` line when present, else inferred from its action prose and
// dialogue; every value records the words it came from (docs/language.md lists the words).
#include <map>
#include <optional>
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
  // Per character: 'f' (she), 'm' (he), 'n' (they) or 0, from `pronouns:` or the prose.
  std::vector<char> genders;
  // What lasts across the scene's shots (a sitting pose, a held prop, a seat), per character,
  // and the shot that set it: carried until the prose changes it.
  struct Carried {
    std::optional<Sourced<Pose>> pose;
    std::optional<Sourced<Action>> action;
    CompactVector<Sourced<HeldProp>> held;
    std::optional<Sourced<InternedString>> seat;
    CompactVector<Sourced<HeldProp>> let_go;  // what this shot's release took from the hands (handed on)
    CompactVector<Sourced<WardrobeChange>> wardrobe;  // what the scene's prose put on or took off so far
    std::optional<Sourced<Wetness>> wet;
    std::string origin_words;  // "continued from shot N"
    // Props this character handed to someone in the scene: the noun, the shot and the receiver.
    struct Handed {
      std::string noun, shot;
      CharacterId to;
    };
    std::vector<Handed> handed;
  };
  std::map<uint32_t, Carried>* carried = nullptr;
  std::string shot_id;  // the shot being staged, for "continued from shot N"
  // The colour words of the shot being staged ("a red umbrella"): they colour the props put in
  // hand in this shot, and the colour stays with a prop carried on.
  const CompactVector<PropColour>* prop_colours = nullptr;
  std::vector<CharacterId> previous_cast;  // the scene's previous shot's characters ("they")
};

// Each character's pronoun ('f', 'm', 'n') from `pronouns:`, else from the prose: a sentence
// that opens with a character's id and goes on with `her`/`his`/`she`/`he` before naming anyone
// else. 0 where neither says.
std::vector<char> learn_genders(const input::ScriptInput& script, const std::vector<Character>& characters);

// Unnamed people in prose: "two guards", "a crowd of refugees", "a rider" where a clause starts,
// and people without a count ("strangers") as many as `earlier` (the scene's extras so far)
// counted them, else three.
std::vector<Extras> find_extras(const std::vector<SpannedText>& prose, const std::vector<Extras>& earlier = {});
// A shot's extras: its prose's, and a cue that names people but no character (`CROWD:`) heard
// in view.
std::vector<Extras> find_extras(const input::Shot& shot, const std::vector<Character>& characters,
                                const std::vector<Extras>& earlier = {});

std::vector<Staging> infer_staging(const input::Shot& shot, const StagingContext& context,
                                   const std::string& file, DiagnosticSink& sink);

// Expression implied by a dialogue parenthetical such as "(cheerful)"; Neutral if none.
bool expression_from_words(const std::string& text, Expression* out);
// Whisper / shout from a parenthetical such as "(whispering)".
Delivery delivery_from_parenthetical(const std::string& parenthetical);
// True when the parenthetical marks an off-screen voice: V.O., O.S., O.C., off.
bool is_off_screen(const std::string& parenthetical);

}  // namespace ekonte
