#pragma once
// `ekonte import`: a screenplay (Fountain or Final Draft) -> the Ekonte script of its planned
// storyboard, and the mapping report that says what the planner read and why. The written
// script is compiled back before it is returned, so a script that would not read back as it was
// planned is an error here, not a surprise for the writer.
#include <string>
#include <vector>

#include "compiler/compile.hpp"

namespace ekonte {

enum class ReportFormat { Markdown, Json };

struct ImportResult {
  CompileResult compiled;  // the screenplay, compiled: its diagnostics, its shot graph
  std::string eko;         // the Ekonte script; empty when the screenplay has errors
  std::string report;      // the mapping report in the format asked
  std::vector<std::string> rewrites;  // values the Ekonte syntax could not hold as they were
  // Diagnostics of compiling `eko` back (none when the writer is right).
  DiagnosticSink readback;
};

ImportResult import_screenplay(const std::string& path, std::string text, SourceFormat format, ReportFormat report);

}  // namespace ekonte
