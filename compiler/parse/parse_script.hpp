#pragma once
// Source text -> ast::Script. The only entry point into the ANTLR-generated parser.
#include "compiler/ast.hpp"
#include "compiler/diagnostics/diagnostic.hpp"

namespace ekonte {

ast::Script parse_script(const SourceFile& source, DiagnosticSink& sink);

}  // namespace ekonte
