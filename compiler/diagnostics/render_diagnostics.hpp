#pragma once
// Human (compiler-style, with source line and caret) and JSON renderings of diagnostics.
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"

namespace ekonte {

struct HumanRenderOptions {
  bool color = false;
};

// `file:line:col: error[E0201]: message`, the source line, a caret under the span, notes, hint.
std::string render_human(const Diagnostic& d, const SourceFile* source, const HumanRenderOptions& options);
std::string render_human(const std::vector<Diagnostic>& ds, const SourceFile* source,
                         const HumanRenderOptions& options);
// One JSON document: {"diagnostics": [...], "errors": N, "warnings": N}.
std::string render_json(const std::vector<Diagnostic>& ds);

}  // namespace ekonte
