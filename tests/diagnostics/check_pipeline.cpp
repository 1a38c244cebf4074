#include "tests/diagnostics/check_pipeline.hpp"

#include "pipeline/compile_script.hpp"

namespace ekonte::test {

std::vector<Diagnostic> check_script(const std::string& path, const std::string& text) {
  return pipeline::compile_script_source(path, text).diagnostics().diagnostics();
}

}  // namespace ekonte::test
