#include "compiler/diagnostics/diagnostic.hpp"

#include <algorithm>
#include <stdexcept>

namespace ekonte {

const std::vector<DiagnosticKindInfo>& all_diagnostic_kinds() {
  static const std::vector<DiagnosticKindInfo> kinds = {
#define EKONTE_DIAGNOSTIC(name, code, severity, summary) \
  {DiagnosticKind::name, #name, code, Severity::severity, summary},
#include "compiler/diagnostics/diagnostic_kinds.def"
#undef EKONTE_DIAGNOSTIC
  };
  return kinds;
}

const DiagnosticKindInfo& info(DiagnosticKind kind) {
  return all_diagnostic_kinds().at(static_cast<size_t>(kind));
}

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

Diagnostic& DiagnosticSink::report(DiagnosticKind kind, const std::string& file, SourceSpan span,
                                   std::string message, std::string hint) {
  Diagnostic d;
  d.kind = kind;
  d.severity = info(kind).severity;
  d.file = file;
  d.span = span;
  d.message = std::move(message);
  d.hint = std::move(hint);
  diagnostics_.push_back(std::move(d));
  return diagnostics_.back();
}

size_t DiagnosticSink::error_count() const {
  return std::count_if(diagnostics_.begin(), diagnostics_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

size_t DiagnosticSink::warning_count() const {
  return std::count_if(diagnostics_.begin(), diagnostics_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Warning; });
}

void DiagnosticSink::append(const DiagnosticSink& other) {
  diagnostics_.insert(diagnostics_.end(), other.diagnostics_.begin(), other.diagnostics_.end());
}

void DiagnosticSink::sort_by_location() {
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.span.line != b.span.line) return a.span.line < b.span.line;
    return a.span.column < b.span.column;
  });
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const char ca = static_cast<char>(std::tolower(static_cast<unsigned char>(a[i - 1])));
      const char cb = static_cast<char>(std::tolower(static_cast<unsigned char>(b[j - 1])));
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca == cb ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = static_cast<size_t>(-1);
  for (const auto& c : candidates) {
    const size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  // A plausible typo changes at most a third of the word (and at least one edit is allowed).
  const size_t limit = std::max<size_t>(1, (word.size() + 2) / 3);
  return best_distance <= limit ? best : std::string();
}

}  // namespace ekonte
