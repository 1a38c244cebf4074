#pragma once
// The script as written in Ekonte: what the transformer builds from the parse tree, before any
// name is resolved or any value is interpreted. Plain data; nothing here knows ANTLR. The
// definitions (front matter, characters, settings) already have the neutral shape the checker
// reads (compiler/input/script_input.hpp); shot headers, scene headings and transitions are
// still words, which compiler/front_end/read_ekonte_script.cpp reads into that shape.
#include <optional>
#include <string>
#include <vector>

#include "compiler/input/script_input.hpp"
#include "compiler/source_span.hpp"

namespace ekonte::ast {

using Text = SpannedText;
using ekonte::sub_span;
using input::CharacterDecl;
using input::Dialogue;
using input::PropDecl;
using input::Property;
using input::SettingDecl;

// A transition line (`DISSOLVE TO:`), its words as written.
struct TransitionMark {
  Text words;
  size_t before_shot = 0;  // index into SceneDecl::shots of the shot that follows it
  SourceSpan span;
};

// A shot header's comma-separated items, their words held as spans: each word is the script's
// text at its span (words_of() reads them back). As strings in vectors, the words of a header
// took about four times the memory of the line they were read from, and the whole script's
// headers were held until every scene was read.
struct HeaderItems {
  std::vector<SourceSpan> words;  // every item's words, in order
  std::vector<uint32_t> ends;     // for each item, one past its last word in `words`
};
HeaderItems header_items(const std::vector<std::vector<Text>>& items);
// The items as words, read from `source` (the text the spans index).
std::vector<std::vector<Text>> words_of(const HeaderItems& items, const std::string& source);

struct ShotDecl {
  HeaderItems items;  // the comma-separated header items
  std::vector<Text> action;
  std::vector<Dialogue> dialogue;
  std::vector<Text> sfx;
  std::vector<Text> stage;
  std::vector<Text> notes;
  std::vector<Property> properties;  // the shot's own `background:`, `horizon:`, `floor:`
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
  std::vector<PropDecl> props;
  std::vector<SceneDecl> scenes;
};

}  // namespace ekonte::ast
