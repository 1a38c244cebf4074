#include "tests/diagnostics/check_pipeline.hpp"

#include "compiler/compile.hpp"
#include "cli/check_stages.hpp"

namespace ekonte::test {

std::vector<Diagnostic> check_script(const std::string& path, const std::string& text) {
  CompileResult result = compile_source(path, text);
  cli::check_later_stages(result);
  return result.diagnostics.diagnostics();
}

}  // namespace ekonte::test
