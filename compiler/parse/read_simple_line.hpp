#pragma once
// Most lines of a script are action prose, dialogue, `key: value`, `stage:` and shot headers
// with nothing else on them: no comment, no note, no tab after the indentation. Such a line is
// read here by a loop into the parse::Line the parse tree would give, without ANTLR's lexer and
// parser (which took two fifths of a compile); any other line is left to them.
#include <cstddef>
#include <cstdint>
#include <string>

#include "compiler/parse/line.hpp"

namespace ekonte::parse {

// Reads the line of `source` that starts at byte `at` and is line `number`, when it is simple:
// then `out` is the line as parse_script.cpp's reading of its parse tree builds it and `next`
// the byte after its line break. False for any other line (including one the grammar rejects
// and the last line when it has no line break); `out` is then unspecified.
bool read_simple_line(const std::string& source, size_t at, uint32_t number, Line& out, size_t& next);

}  // namespace ekonte::parse
