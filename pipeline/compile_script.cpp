#include "pipeline/compile_script.hpp"

namespace ekonte::pipeline {
namespace {

CompiledScript with_models(FileCompileResult compiled) {
  CompiledScript out;
  out.compiled = std::move(compiled);
  DiagnosticSink sink;
  out.models = characters::models_from_graph(out.compiled.graph, &sink, out.compiled.source.path);
  out.compiled.diagnostics.append(sink);
  out.compiled.diagnostics.sort_by_location();
  return out;
}

}  // namespace

CompiledScript compile_script(const std::string& path, const CompileOptions& options) {
  return with_models(compile_file(path, options));
}

CompiledScript compile_script_source(const std::string& path, std::string text, const CompileOptions& options) {
  FileCompileResult result;
  static_cast<CompileResult&>(result) = compile_source(path, std::move(text), options);
  return with_models(std::move(result));
}

}  // namespace ekonte::pipeline
