#pragma once
// input::ScriptInput -> Ekonte script text (docs/language.md): what `ekonte import` writes from a
// planned screenplay, so a writer can refine the characters, settings and shots the planner
// chose. Read back by the Ekonte front end, the text gives the same ScriptInput values (ids,
// properties, headings, framings, subjects, durations, lines), only the spans and the origins
// differ: a planned framing becomes a written one, and its rule is kept in a `//` comment.
#include <string>
#include <vector>

#include "compiler/input/script_input.hpp"

namespace ekonte {

struct EkonteText {
  std::string text;
  // Where the Ekonte syntax could not hold a value as it was (a `//` inside prose, a line that
  // would read as a cue): what was written instead, one line each, `line N: ...`.
  std::vector<std::string> rewrites;
};

EkonteText write_ekonte_script(const input::ScriptInput& script);

// Prose as an Ekonte text run can hold it: `//`, `/*` and `[[` would start a comment, the
// boneyard or a note, so a space goes between their two characters; line breaks become spaces.
std::string ekonte_safe_prose(const std::string& text);

}  // namespace ekonte
