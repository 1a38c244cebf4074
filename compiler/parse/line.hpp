#pragma once
// One script line as the parser read it: its kind, indentation and fields. The parse step
// produces these one at a time; a BlockAssembler builds the ast::Script tree from them.
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics/diagnostic.hpp"

namespace ekonte::parse {

enum class LineKind {
  Blank, Invalid, CharacterHeader, SettingHeader, PropDecl, SceneHeading, ShotHeader, Section,
  Transition, Sfx, Stage, Note, Property, Dialogue, Action,
};

// The fields of each kind of line.
struct HeaderFields {  // `character ID "Name" like BASE:` / `setting ID "Name":`
  ast::Text id, name, like;
};
struct SceneHeadingFields {  // `scene 1 EXT. PATH - DUSK (PATH)`
  std::vector<std::vector<ast::Text>> parts;  // separated by ` - `, as words
  std::optional<ast::Text> setting_ref;
};
struct ShotHeaderFields {  // `shot 4 close-up HARU, 2s: action...`
  std::vector<std::vector<ast::Text>> items;  // the comma-separated items, as words
  ast::Text action;                           // prose after the colon; empty if none
};
struct PropertyFields {  // `key: value`
  ast::Text key, value;
};
struct CueFields {  // `HARU (whispering): line`, `YUI (V.O.) (crying): line`
  ast::Text speaker, parenthetical, text;
  ast::Text extension;  // V.O., O.S., O.C., CONT'D: how the voice is heard, not how it is said
};
struct PropDeclFields {  // `prop ID: file, size, kind`
  ast::Text id, value;
};
struct TextFields {  // section, transition, sfx, stage, note (the prose after it) and action
  ast::Text text;
};
using LineFields = std::variant<std::monostate, HeaderFields, SceneHeadingFields, ShotHeaderFields, PropertyFields,
                                CueFields, TextFields, PropDeclFields>;

struct Line {
  LineKind kind = LineKind::Blank;
  uint32_t indent = 0;  // columns, a tab advancing to the next multiple of 4
  SourceSpan span;      // the line's content, after indentation
  std::string raw;      // that content as written, comments removed, trimmed
  LineFields fields;    // the alternative that belongs to `kind`
  std::vector<ast::Text> notes;  // `[[ ... ]]` on this line

  // The fields of this line's kind (the caller knows the kind).
  template <typename Fields>
  const Fields& as() const { return std::get<Fields>(fields); }
};

// Builds the ast::Script hierarchy from lines, using keywords and indentation. Lines are added
// as they are read, so a script's lines are never all held at once.
class BlockAssembler {
 public:
  BlockAssembler(const std::string& file, DiagnosticSink& sink);
  ~BlockAssembler();
  void add(const Line& line);
  ast::Script finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace ekonte::parse
