#include "cli/script_loading.hpp"

#include <unistd.h>

#include <iostream>

#include "cli/check_stages.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"

namespace ekonte::cli {

std::optional<CompileResult> load_script(const std::string& path, const Args& args, const CompileOptions& options) {
  const std::string format = args.get_or("diagnostics", "human");
  if (format != "human" && format != "json") {
    std::cerr << "ekonte: error: `--diagnostics` is `human` or `json`, not `" << format << "`\n";
    return std::nullopt;
  }
  FileCompileResult result = compile_file(path, options);
  if (!result.io_error.empty()) {
    std::cerr << "ekonte: error: " << result.io_error << "\n";
    return std::nullopt;
  }
  check_later_stages(result);
  const auto& ds = result.diagnostics.diagnostics();
  if (format == "json") {
    std::cout << render_json(ds);
  } else if (!ds.empty()) {
    HumanRenderOptions render;
    render.color = isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr;
    std::cerr << render_human(ds, &result.source, render);
  }
  return static_cast<CompileResult&&>(std::move(result));
}

}  // namespace ekonte::cli
