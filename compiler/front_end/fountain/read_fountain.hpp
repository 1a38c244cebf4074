#pragma once
// Fountain 1.1 (https://fountain.io/syntax) -> screenplay::Screenplay: a hand-written line
// classifier following the syntax's own rules. Boneyard and notes are taken out first (their
// bytes blanked, so every span still points into the file as written), then each line is
// classified by its shape and the blank lines around it.
#include <string>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/front_end/fountain/screenplay.hpp"
#include "compiler/source_span.hpp"

namespace ekonte::screenplay {

Screenplay read_fountain(const SourceFile& source, DiagnosticSink& sink);

// `**bold**`, `*italic*`, `_underline_` -> the words without their markers (a storyboard page
// draws plain text); `\*` and `\_` stay as the characters.
std::string strip_emphasis(const std::string& text);

// A point-of-view slug: capitals naming `POV` (`SNIPER SCOPE POV`, `MAUD'S POV:`, `POV:`,
// `POINT OF VIEW`), a leading `.` and a closing `:` allowed. It asks for a shot, not a new place.
bool is_pov_slug(const std::string& trimmed);

}  // namespace ekonte::screenplay
