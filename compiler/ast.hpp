#pragma once
// The script as written: what the transformer builds from the parse tree, before any
// name is resolved or any value is interpreted. Plain data; nothing here knows ANTLR.
#include <optional>
#include <string>
#include <vector>

#include "compiler/source_span.hpp"

namespace ekonte::ast {

struct Text {
  std::string value;
  SourceSpan span;
};

// The span of value[begin, begin + length) inside `text` (same line; value as written).
inline SourceSpan sub_span(const Text& text, size_t begin, size_t length) {
  SourceSpan s = text.span;
  for (size_t i = 0; i < begin && i < text.value.size(); ++i)
    if ((static_cast<unsigned char>(text.value[i]) & 0xC0) != 0x80) ++s.column;
  s.offset += static_cast<uint32_t>(begin);
  s.length = static_cast<uint32_t>(length);
  return s;
}

// `key: value`, with the indented lines that follow it (e.g. a multi-line `backstory:`).
struct Property {
  Text key;
  Text value;
  std::vector<Text> continuation;
  SourceSpan span;
};

struct CharacterDecl {
  Text id;
  Text display_name;
  std::optional<Text> like;
  std::vector<Property> properties;
  SourceSpan span;
};

struct SettingDecl {
  Text id;
  Text name;
  std::vector<Property> properties;
  SourceSpan span;
};

struct Dialogue {
  Text speaker;
  Text parenthetical;  // without the parentheses
  Text line;           // cue-line form: the indented lines joined with spaces
  SourceSpan span;
};

// A transition line (`DISSOLVE TO:`), its words as written; the checker looks them up in
// vocabulary/transitions.def.
struct TransitionMark {
  Text words;
  size_t before_shot = 0;  // index into SceneDecl::shots of the shot that follows it
  SourceSpan span;
};

struct ShotDecl {
  std::vector<std::vector<Text>> items;  // the comma-separated header items, as words
  std::vector<Text> action;
  std::vector<Dialogue> dialogue;
  std::vector<Text> sfx;
  std::vector<Text> stage;
  std::vector<Text> notes;
  SourceSpan span;
};

struct SceneDecl {
  std::vector<std::vector<Text>> heading_parts;  // separated by ` - `, as words
  std::optional<Text> setting_ref;
  std::string section;
  std::vector<Text> action;  // scene-level prose, outside any shot
  std::vector<TransitionMark> transitions;
  std::vector<ShotDecl> shots;
  SourceSpan span;
};

struct Script {
  std::vector<Property> front_matter;
  std::vector<CharacterDecl> characters;
  std::vector<SettingDecl> settings;
  std::vector<SceneDecl> scenes;
};

}  // namespace ekonte::ast
