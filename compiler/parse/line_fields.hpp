#pragma once
// The fields of a line made from its pieces of text and their spans: shared by the parse tree's
// reader (parse_script.cpp) and the reader of simple lines (read_simple_line.cpp), so a line
// reads the same whichever of them read it.
#include <string>
#include <string_view>

#include "compiler/parse/line.hpp"

namespace ekonte::parse {

// `span` moved `skip` bytes into `source` (columns counted in code points) and `length` long;
// on the same line.
SourceSpan shifted_span(const std::string& source, SourceSpan span, size_t skip, size_t length);

// Prose as written: trimmed, each run of spaces and tabs one space.
std::string collapse_spaces(const std::string& joined);

// The columns of an indentation, a tab advancing to the next multiple of 4.
uint32_t indent_columns(std::string_view indent);

// `HARU (whispering): ` read into its speaker, extension and parenthetical, with its prose.
CueFields cue_fields(const std::string& source, const std::string& cue, SourceSpan cue_span, ast::Text text);

// `hair: ` read into its key, with its value.
PropertyFields property_fields(const std::string& source, const std::string& key, SourceSpan key_span, ast::Text value);

// An action line: its first letter (the token that started the line) and the prose after it.
ast::Text action_text(const std::string& source, const std::string& start, SourceSpan start_span, const ast::Text& rest);

}  // namespace ekonte::parse
