#pragma once
// The body every front end's libFuzzer target shares: any bytes through compile_source in the
// given syntax (the entry the CLI uses with `--from`), then every rendering of the result a
// user can ask for (human and JSON diagnostics, shot graph JSON), so a crash, a sanitizer
// report or invalid UTF-8 in the JSON is found wherever it starts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "compiler/compile.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"
#include "compiler/shot_graph_json.hpp"

namespace ekonte::fuzz {

// Aborts (a finding) when `text` is not one valid JSON document: what editors and tools
// reading `--diagnostics=json` or the shot graph would fail on.
inline void require_valid_json(const std::string& text) {
  if (!nlohmann::json::accept(text)) std::abort();
}

inline int compile_input(const uint8_t* data, size_t size, SourceFormat format, const char* path) {
  CompileOptions options;
  options.format = format;
  options.check_sheet_files = false;  // the fuzzer must not probe the file system
  CompileResult r = compile_source(path, std::string(reinterpret_cast<const char*>(data), size), options);
  (void)render_human(r.diagnostics.diagnostics(), &r.source, {});
  require_valid_json(render_json(r.diagnostics.diagnostics()));
  if (r.ok()) require_valid_json(shot_graph_to_json_text(r.graph));
  return 0;
}

}  // namespace ekonte::fuzz
