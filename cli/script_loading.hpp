#pragma once
// Compiles the script named on the command line (through the pipeline's first stage: graph and
// character models) and prints its diagnostics the way the user asked
// (`--diagnostics=human|json`, colour on a TTY). `--from ekonte|fountain|fdx` names the
// script's syntax where its extension does not (`.txt`). Every command starts here.
#include <optional>
#include <string>

#include "cli/args.hpp"
#include "pipeline/compile_script.hpp"

namespace ekonte::cli {

// nullopt on an I/O or usage error (already reported); otherwise the result, whose
// diagnostics have been printed.
std::optional<pipeline::CompiledScript> load_script(const std::string& path, const Args& args,
                                                    const CompileOptions& options = {});

// The exit code of a stage that failed with `diagnostics`: kExitUsage (2) when an output or
// shot file could not be written or read (an I/O error), else kExitScriptErrors (1).
int exit_code_for_errors(const DiagnosticSink& diagnostics);

// Prints diagnostics a later stage returned, in the format the user asked for; `source` may be null.
void print_diagnostics(const DiagnosticSink& diagnostics, const SourceFile* source, const Args& args);

}  // namespace ekonte::cli
