#pragma once
// The Ekonte front end's second half: ast::Script (the script as written) -> input::ScriptInput
// (the neutral value the checker reads). Shot headers become cameras, scene headings their
// parts, transition lines vocabulary values; words outside the vocabulary are reported here.
#include <string>

#include "compiler/ast.hpp"
#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/input/script_input.hpp"

namespace ekonte {

// `source` is the text the script was parsed from (its spans index it) and names the file.
input::ScriptInput read_ekonte_script(ast::Script script, const SourceFile& source, DiagnosticSink& sink);

// The whole Ekonte front end: source text -> parse_script() -> read_ekonte_script().
input::ScriptInput read_ekonte_source(const SourceFile& source, DiagnosticSink& sink);

}  // namespace ekonte
