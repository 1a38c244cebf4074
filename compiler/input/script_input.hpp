#pragma once
// The script as the checker reads it, whatever it was written in: the neutral value every front
// end produces (docs/front-end.md). The Ekonte front end parses `.eko` text into an ast::Script
// and reads its shot headers, scene headings and transitions into this; a screenplay reader
// (Fountain) fills the same value from its own syntax. Words are kept as written, with their
// spans, wherever the checker resolves names or reports on them; what a front end has already
// read (camera words, durations, transitions) arrives as vocabulary values with their origin.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "compiler/source_span.hpp"

namespace ekonte::input {

// `key: value`, with the indented lines that follow it (e.g. a multi-line `backstory:`). Front
// matter keys: title, author, episode, aspect, fps, reading.
struct Property {
  SpannedText key;
  SpannedText value;
  std::vector<SpannedText> continuation;
  SourceSpan span;
};

struct CharacterDecl {
  SpannedText id;
  SpannedText display_name;
  std::optional<SpannedText> like;
  std::vector<Property> properties;  // age, height, build, hair, eyes, skin, outfit, ...
  SourceSpan span;
};

struct SettingDecl {
  SpannedText id;
  SpannedText name;
  std::vector<Property> properties;  // time, palette, props
  SourceSpan span;
};

// `prop LANTERN2: refs/lantern.svg, 40cm, handheld`: a writer's own prop, its SVG file (relative
// to the script's folder), its size (the longest side) and its kind (vocabulary/props.def's
// kinds: handheld, floor furniture, wall, ...). Parts not written are empty.
struct PropDecl {
  SpannedText id, file, size, kind;
  SourceSpan span;
};

// `12A EXT. STONE PATH - DUSK - FLASHBACK`, in parts.
struct SceneHeading {
  std::optional<SpannedText> number;  // as written; absent: scenes are numbered in order
  std::optional<SpannedText> int_ext;  // "INT.", "EXT.", "INT./EXT." ...
  SpannedText place;                   // "STONE PATH"
  std::optional<SpannedText> time;     // "DUSK"
  bool flashback = false;
  std::vector<SpannedText> more;  // further parts after the time, in order
};

// A shot's camera as read from its header (Ekonte) or its slug line (screenplays). Each value
// keeps its origin: Origin::Header when written, Origin::Default when not.
struct Camera {
  std::optional<SpannedText> id;  // absent: the shot is numbered automatically
  Sourced<Framing> framing{Framing::Medium, Origin::Default, {}, {}};
  Framing size = Framing::Medium;  // see Shot::size
  std::vector<SpannedText> subject;  // the words naming the subject (a character id or a thing)
  Sourced<Angle> angle{Angle::EyeLevel, Origin::Default, {}, {}};
  Sourced<Movement> movement{Movement::Static, Origin::Default, {}, {}};
  std::optional<uint32_t> duration_frames;  // absent: one second
  std::string duration_text;                // as written: "2+12"
  uint32_t take = 1;
};

struct Dialogue {
  SpannedText speaker;
  SpannedText parenthetical;  // without the parentheses; how the line is said
  SpannedText line;
  SourceSpan span;
  // The cue's extension, without the parentheses: V.O., O.S., O.C. (a voice heard, not seen)
  // or CONT'D; empty if none.
  SpannedText extension;
};

struct Shot {
  Camera camera;
  std::vector<SpannedText> action;  // paragraphs of action prose
  std::vector<Dialogue> dialogue;
  std::vector<SpannedText> sfx;
  std::vector<SpannedText> stage;  // staging clauses (`HARU left, facing KITSUNE`)
  std::vector<SpannedText> notes;
  std::vector<Property> properties;  // the shot's own `background:`, `horizon:`, `floor:`
  SourceSpan span;
};

struct TransitionMark {
  Transition transition = Transition::CutTo;
  size_t before_shot = 0;  // index into Scene::shots of the shot that follows it
  SourceSpan span;
};

struct Scene {
  SceneHeading heading;
  std::optional<SpannedText> setting_ref;  // the setting id the scene is drawn in
  std::string section;                     // the act or sequence it is in; empty if none
  std::vector<SpannedText> action;         // scene-level prose, outside any shot
  std::vector<TransitionMark> transitions;
  std::vector<Shot> shots;
  SourceSpan span;
};

struct ScriptInput {
  std::vector<Property> front_matter;
  std::vector<CharacterDecl> characters;
  std::vector<SettingDecl> settings;
  std::vector<PropDecl> props;
  std::vector<Scene> scenes;
};

}  // namespace ekonte::input
