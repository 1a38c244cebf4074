#pragma once
// Every message Ekonte prints about a script has this one shape: severity, stable code,
// primary span, message, optional notes at other spans, optional hint.
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source_span.hpp"

namespace ekonte {

enum class Severity { Note, Warning, Error };

enum class DiagnosticKind {
#define EKONTE_DIAGNOSTIC(name, code, severity, summary) name,
#include "compiler/diagnostics/diagnostic_kinds.def"
#undef EKONTE_DIAGNOSTIC
};

struct DiagnosticKindInfo {
  DiagnosticKind kind;
  std::string_view name;
  std::string_view code;
  Severity severity;
  std::string_view summary;
};

// All registered kinds, in registry order.
const std::vector<DiagnosticKindInfo>& all_diagnostic_kinds();
const DiagnosticKindInfo& info(DiagnosticKind kind);
std::string_view severity_name(Severity severity);

struct DiagnosticNote {
  SourceSpan span;
  std::string message;
};

struct Diagnostic {
  DiagnosticKind kind;
  Severity severity;  // from the registry unless a caller escalates it
  std::string file;   // path as given on the command line; empty for file-less messages
  SourceSpan span;
  std::string message;
  std::vector<DiagnosticNote> notes;
  std::string hint;
};

// Collects diagnostics; stages report and continue, only the driver decides to stop.
class DiagnosticSink {
 public:
  Diagnostic& report(DiagnosticKind kind, const std::string& file, SourceSpan span,
                     std::string message, std::string hint = {});
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  bool has_errors() const { return error_count() > 0; }
  size_t error_count() const;
  size_t warning_count() const;
  void append(const DiagnosticSink& other);
  // Orders by file, then line and column, keeping report order for ties.
  void sort_by_location();

 private:
  std::vector<Diagnostic> diagnostics_;
};

// "Did you mean" helper: the candidate closest to `word` by edit distance, or empty if none
// is close enough to be a plausible typo.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);
size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace ekonte
