#pragma once
// screenplay::Screenplay -> input::ScriptInput, the value the checker reads: the title page
// becomes front matter, the characters and places a screenplay never declares are declared from
// what it says about them (declare_cast.cpp), and each scene's elements are planned into shots
// the way a board artist covers a scene (plan_shots.cpp). Fountain and Final Draft share it.
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/front_end/fountain/screenplay.hpp"
#include "compiler/input/script_input.hpp"

namespace ekonte::screenplay {

// What the planner read and why, for the mapping report of `ekonte import --report`: each
// design value of a character with the introduction's words that chose it, each setting's kind
// with the words of its heading that named it. The shots carry their own rule (framing.words).
struct Reason {
  std::string key, value, words;  // `build`, `slim`, `"wiry"` / `default for a girl of 12`
};
struct CastReport {
  std::string id, introduction;  // `MAUD`, `MAUD PENHALLOW (70s, oilskin coat, ...)`; empty if none
  std::vector<Reason> reasons;
};
struct SettingReport {
  std::string id, kind, time, why;
};
struct MappingReport {
  std::vector<CastReport> cast;
  std::vector<SettingReport> settings;
};

input::ScriptInput plan_screenplay(const Screenplay& play, const std::string& file, DiagnosticSink& sink,
                                   MappingReport* report = nullptr);

// ---- the parts, exposed for their tests ----

// `MRS. PENHALLOW` -> `MRS_PENHALLOW`: a character id is one word the staging reader can match.
std::string character_id_of(const std::string& cue);
// `GULL POINT LIGHTHOUSE` -> `GULL_POINT_LIGHTHOUSE`.
std::string setting_id_of(const std::string& place);

// `INT. KITCHEN - NIGHT - FLASHBACK` in parts, each with its span.
input::SceneHeading split_heading(const SpannedText& heading);

// An upper-case run of words in action prose (`MAUD PENHALLOW`, `MARY JANE`), leading
// articles dropped; words need two letters, so `A` and `I` are not runs.
struct CapsRun {
  std::string text;
  size_t begin = 0, end = 0;  // bytes of the line
  bool introduces = false;    // followed by `(`: a character's introduction, `(70s, oilskin coat)`
  std::string description;    // what the parentheses say
};
std::vector<CapsRun> caps_runs(const std::string& line);

// Every speaker and every introduced character (a caps run followed by parentheses), with a
// design read from the introduction: age, build, hair, outfit.
std::vector<input::CharacterDecl> declare_characters(const Screenplay& play, std::vector<CastReport>* report = nullptr);
// One setting per place named by a scene heading, its kind and time from the headings.
std::vector<input::SettingDecl> declare_settings(const Screenplay& play, std::vector<SettingReport>* report = nullptr);

struct ShotPlanOptions {
  uint32_t fps = 24;
};
std::vector<input::Scene> plan_shots(const Screenplay& play, const std::vector<input::CharacterDecl>& characters,
                                     const ShotPlanOptions& options, const std::string& file, DiagnosticSink& sink);

}  // namespace ekonte::screenplay
