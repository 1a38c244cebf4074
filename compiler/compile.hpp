#pragma once
// The compiler's public face: script text in, shot graph and diagnostics out.
#include <optional>
#include <string>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "compiler/source_span.hpp"

namespace ekonte {

// The syntax a script is written in. ByExtension: `.fountain` and `.spmd` are Fountain, `.fdx`
// Final Draft, anything else Ekonte (a `.txt` screenplay needs `--from fountain`).
enum class SourceFormat { ByExtension, Ekonte, Fountain, FinalDraft };
// `ekonte|fountain|fdx` -> the format; nullopt for any other word.
std::optional<SourceFormat> source_format_named(const std::string& word);
SourceFormat source_format_of(const std::string& path, SourceFormat requested);

struct CompileOptions {
  SourceFormat format = SourceFormat::ByExtension;
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
