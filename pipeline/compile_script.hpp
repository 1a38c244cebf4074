#pragma once
// The first values of the chain: script text -> Script -> ShotGraph (compiler::compile) ->
// the character models, built once per run. The models' W0501 warnings join the compiler's
// diagnostics at the lines they are about, so every command reports them exactly once.
#include <string>
#include <vector>

#include "characters/character_model.hpp"
#include "compiler/compile.hpp"

namespace ekonte::pipeline {

struct CompiledScript {
  FileCompileResult compiled;  // source, graph, and every diagnostic so far (sorted by line)
  std::vector<characters::CharacterModel> models;  // by CharacterId::value

  const ShotGraph& graph() const { return compiled.graph; }
  const SourceFile& source() const { return compiled.source; }
  const DiagnosticSink& diagnostics() const { return compiled.diagnostics; }
  bool ok() const { return compiled.io_error.empty() && !compiled.diagnostics.has_errors(); }
};

CompiledScript compile_script(const std::string& path, const CompileOptions& options = {});
// The same for script text already in memory (tests).
CompiledScript compile_script_source(const std::string& path, std::string text, const CompileOptions& options = {});

}  // namespace ekonte::pipeline
