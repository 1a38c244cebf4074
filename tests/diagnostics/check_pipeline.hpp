#pragma once
// What `ekonte check` runs, for the golden tests: the compiler, and the character models
// when that stage is built (it reports unknown style words).
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"

namespace ekonte::test {

std::vector<Diagnostic> check_script(const std::string& path, const std::string& text);

}  // namespace ekonte::test
