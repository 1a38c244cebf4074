#pragma once
// Compiles the script named on the command line and prints its diagnostics the way the
// user asked (`--diagnostics=human|json`, colour on a TTY). Every command starts here.
#include <optional>
#include <string>

#include "cli/args.hpp"
#include "compiler/compile.hpp"

namespace ekonte::cli {

// nullopt on an I/O or usage error (already reported); otherwise the result, whose
// diagnostics have been printed.
std::optional<CompileResult> load_script(const std::string& path, const Args& args,
                                         const CompileOptions& options = {});

}  // namespace ekonte::cli
