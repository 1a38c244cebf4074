#pragma once
// Human (compiler-style, with source line and caret) and JSON renderings of diagnostics.
#include <functional>
#include <string>
#include <string_view>
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
// The same, handed to `write` a piece (of about 64 KiB) at a time: a large script's thousands of
// warnings are never held as one text.
void render_human(const std::vector<Diagnostic>& ds, const SourceFile* source, const HumanRenderOptions& options,
                  const std::function<void(std::string_view)>& write);
// One JSON document: {"diagnostics": [...], "errors": N, "warnings": N}.
std::string render_json(const std::vector<Diagnostic>& ds);

}  // namespace ekonte
