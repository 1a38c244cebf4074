#pragma once
// Final Draft (`.fdx`, XML) -> screenplay::Screenplay, read with libxml2: the paragraphs of
// type Scene Heading, Action (and General, Shot), Character, Parenthetical, Dialogue and
// Transition, `<DualDialogue>` groups and the title page. Malformed XML is reported with the
// parser's line and message.
#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/front_end/fountain/screenplay.hpp"
#include "compiler/source_span.hpp"

namespace ekonte::screenplay {

Screenplay read_fdx(const SourceFile& source, DiagnosticSink& sink);

}  // namespace ekonte::screenplay
