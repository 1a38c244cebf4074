#pragma once
// The compiler's public face: script text in, shot graph and diagnostics out.
#include <optional>
#include <string>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "compiler/source_span.hpp"

namespace ekonte {

struct CompileOptions {
  // Check that `sheet:` files exist (on by default; tests of pure syntax may turn it off).
  bool check_sheet_files = true;
};

struct CompileResult {
  SourceFile source;
  ShotGraph graph;       // as complete as the script allows, even when there are errors
  DiagnosticSink diagnostics;
  bool ok() const { return !diagnostics.has_errors(); }
};

// Reads and compiles a script file. An unreadable file yields an error result whose
// `io_error` is set (the CLI maps it to exit code 2).
struct FileCompileResult : CompileResult {
  std::string io_error;
};
FileCompileResult compile_file(const std::string& path, const CompileOptions& options = {});
CompileResult compile_source(const std::string& path, std::string text, const CompileOptions& options = {});

}  // namespace ekonte
