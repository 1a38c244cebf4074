#pragma once
// One script line as the parser read it: its kind, indentation and fields. The parse step
// produces a flat list of these; assemble_blocks() turns the list into the ast::Script tree.
#include <optional>
#include <string>
#include <vector>

#include "compiler/ast.hpp"
#include "compiler/diagnostics/diagnostic.hpp"

namespace ekonte::parse {

enum class LineKind {
  Blank, Invalid, CharacterHeader, SettingHeader, SceneHeading, ShotHeader, Section,
  Transition, Sfx, Stage, Note, Property, Dialogue, Action,
};

struct Line {
  LineKind kind = LineKind::Blank;
  uint32_t indent = 0;  // columns, a tab advancing to the next multiple of 4
  SourceSpan span;      // the line's content, after indentation
  std::string raw;      // that content as written, comments removed, trimmed
  // Field meaning by kind: headers (id, name, like); property (key, value);
  // dialogue (speaker, parenthetical, text); action/sfx/stage/section (text).
  ast::Text first, second, third;
  std::vector<std::vector<ast::Text>> parts;  // scene heading parts / shot header items
  std::optional<ast::Text> setting_ref;
  std::vector<ast::Text> notes;  // `[[ ... ]]` on this line
};

// Builds the ast::Script hierarchy from lines, using keywords and indentation.
ast::Script assemble_blocks(const std::vector<Line>& lines, const std::string& file, DiagnosticSink& sink);

}  // namespace ekonte::parse
