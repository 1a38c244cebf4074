#pragma once
// Source text -> ast::Script. The only entry point into the ANTLR-generated parser.
#include "compiler/ast.hpp"
#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/parse/line.hpp"

namespace ekonte {

// `simple_lines`: read the commonest lines without ANTLR (read_simple_line.hpp); false only to
// test that they read the same.
ast::Script parse_script(const SourceFile& source, DiagnosticSink& sink, bool simple_lines = true);

// The lines parse_script() hands to the block assembler, in order (for tests).
std::vector<parse::Line> parse_script_lines(const SourceFile& source, DiagnosticSink& sink, bool simple_lines);

}  // namespace ekonte
