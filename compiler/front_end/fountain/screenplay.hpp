#pragma once
// A screenplay as its writer typed it, element by element: what the Fountain reader
// (read_fountain.cpp) and the Final Draft reader (fdx/read_fdx.cpp) both produce, and what
// plan_screenplay() turns into the checker's input::ScriptInput. No shots yet: a screenplay has
// scenes, and the board artist's coverage is planned from these elements (plan_shots.cpp).
#include <optional>
#include <string>
#include <vector>

#include "compiler/input/script_input.hpp"

namespace ekonte::screenplay {

enum class ElementKind {
  SceneHeading,  // `INT. KITCHEN - NIGHT`, `.THE LAMP ROOM`
  Action,        // a paragraph; `lines` keep their indentation
  Dialogue,      // a cue and its parts
  Transition,    // `CUT TO:`, `> BURN TO WHITE.`
  Centered,      // `> THE END <`
  PageBreak,     // `===`
  Section,       // `# ACT ONE`
  Synopsis,      // `= The clockwork jams`
  Shot,          // a shot slug inside a scene: `.SNIPER SCOPE POV`, `MAUD'S POV:`, `POV:` (text: the slug)
};

// One line under a character cue: a parenthetical (without its parentheses), a spoken line or a
// sung one (`~`).
struct DialoguePart {
  enum class Kind { Parenthetical, Line, Lyric } kind = Kind::Line;
  SpannedText text;
};

struct Element {
  ElementKind kind = ElementKind::Action;
  // The heading, transition, centered text, section or synopsis title; for action and
  // dialogue, empty (see lines / parts).
  SpannedText text;
  std::vector<SpannedText> lines;  // action: one per source line, emphasis markers removed
  // Scene heading: `#12A#`.
  std::optional<SpannedText> scene_number;
  // Dialogue: the cue's name (`MAUD`), its extension (`V.O.`, `CONT'D`), `^` (dual dialogue:
  // spoken at the same time as the dialogue before it).
  SpannedText cue;
  std::vector<std::string> extensions;
  bool dual = false;
  std::vector<DialoguePart> parts;
  int section_depth = 0;
  std::vector<SpannedText> notes;  // `[[ ]]` notes written inside the element
  SourceSpan span;
};

struct Screenplay {
  std::vector<input::Property> title_page;  // keys lower-cased (`Draft date` -> `draft date`)
  std::vector<Element> elements;
};

}  // namespace ekonte::screenplay
