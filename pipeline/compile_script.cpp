#include "pipeline/compile_script.hpp"

#include "pipeline/check_sheet_images.hpp"

namespace ekonte::pipeline {
namespace {

// The compiler only asks whether a `sheet:` file exists; the pipeline opens and decodes it
// (pipeline/check_sheet_images.hpp), so the compiler's own check is left off.
CompileOptions without_sheet_check(CompileOptions options) {
  options.check_sheet_files = false;
  return options;
}

CompiledScript with_models(FileCompileResult compiled, bool check_sheets) {
  CompiledScript out;
  out.compiled = std::move(compiled);
  DiagnosticSink sink;
  if (check_sheets && out.compiled.io_error.empty()) {
    check_sheet_images(out.compiled.graph, out.compiled.source.path, sink);
    check_background_images(out.compiled.graph, out.compiled.source.path, sink);
  }
  out.models = characters::models_from_graph(out.compiled.graph, &sink, out.compiled.source.path);
  out.compiled.diagnostics.append(sink);
  out.compiled.diagnostics.sort_by_location();
  return out;
}

}  // namespace

CompiledScript compile_script(const std::string& path, const CompileOptions& options) {
  return with_models(compile_file(path, without_sheet_check(options)), options.check_sheet_files);
}

CompiledScript compile_script_source(const std::string& path, std::string text, const CompileOptions& options) {
  FileCompileResult result;
  static_cast<CompileResult&>(result) = compile_source(path, std::move(text), without_sheet_check(options));
  return with_models(std::move(result), options.check_sheet_files);
}

}  // namespace ekonte::pipeline
