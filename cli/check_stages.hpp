#pragma once
// The checks `ekonte check` runs after the compiler: building every character model reports
// style words with no template (W0501), so a writer sees them before any render.
#include "compiler/compile.hpp"

namespace ekonte::cli {

void check_later_stages(CompileResult& result);

}  // namespace ekonte::cli
