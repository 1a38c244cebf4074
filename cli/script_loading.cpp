#include "cli/script_loading.hpp"

#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "compiler/diagnostics/render_diagnostics.hpp"

namespace ekonte::cli {

void print_diagnostics(const DiagnosticSink& diagnostics, const SourceFile* source, const Args& args) {
  const auto& ds = diagnostics.diagnostics();
  if (ds.empty()) return;
  if (args.get_or("diagnostics", "human") == "json") {
    std::cout << render_json(ds);
    return;
  }
  HumanRenderOptions render;
  render.color = isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr;
  render_human(ds, source, render, [](std::string_view piece) { std::cerr.write(piece.data(), static_cast<std::streamsize>(piece.size())); });
}

int exit_code_for_errors(const DiagnosticSink& diagnostics) {
  for (const Diagnostic& d : diagnostics.diagnostics())
    if (d.severity == Severity::Error &&
        (d.kind == DiagnosticKind::CannotWritePages || d.kind == DiagnosticKind::CannotWriteShotFiles ||
         d.kind == DiagnosticKind::CannotWriteScratchAudio ||
         d.kind == DiagnosticKind::MissingShotImage))
      return kExitUsage;
  return kExitScriptErrors;
}

std::optional<pipeline::CompiledScript> load_script(const std::string& path, const Args& args,
                                                    const CompileOptions& options) {
  const std::string format = args.get_or("diagnostics", "human");
  if (format != "human" && format != "json") {
    std::cerr << "ekonte: error: `--diagnostics` is `human` or `json`, not `" << format << "`\n";
    return std::nullopt;
  }
  CompileOptions with_format = options;
  if (const auto from = args.get("from")) {
    const auto named = source_format_named(*from);
    if (!named) {
      std::cerr << "ekonte: error: `--from` is `ekonte`, `fountain` or `fdx`, not `" << *from << "`\n";
      return std::nullopt;
    }
    with_format.format = *named;
  }
  pipeline::CompiledScript script = pipeline::compile_script(path, with_format);
  if (!script.compiled.io_error.empty()) {
    std::cerr << "ekonte: error: " << script.compiled.io_error << "\n";
    return std::nullopt;
  }
  if (format == "json")
    std::cout << render_json(script.diagnostics().diagnostics());
  else
    print_diagnostics(script.diagnostics(), &script.source(), args);
  return script;
}

}  // namespace ekonte::cli
