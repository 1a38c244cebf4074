#pragma once
// What `ekonte check` runs, for the golden tests: the pipeline's compile stage (the compiler,
// then the character models, which report unknown style words).
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"

namespace ekonte::test {

std::vector<Diagnostic> check_script(const std::string& path, const std::string& text);

}  // namespace ekonte::test
