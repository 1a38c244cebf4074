#pragma once
// The screenplay front ends: Fountain (`.fountain`, `.spmd`) and Final Draft (`.fdx`) text ->
// input::ScriptInput, through the same screenplay::Screenplay and the same shot planning
// (compiler/front_end/fountain/plan_screenplay.hpp; docs/fountain.md).
#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/input/script_input.hpp"
#include "compiler/source_span.hpp"

namespace ekonte {

input::ScriptInput read_fountain_source(const SourceFile& source, DiagnosticSink& sink);
input::ScriptInput read_fdx_source(const SourceFile& source, DiagnosticSink& sink);

}  // namespace ekonte
