// libFuzzer target for the Ekonte front end: any bytes through compile_source, then every
// rendering of the result a user can ask for (human and JSON diagnostics, shot graph JSON),
// so a crash, a sanitizer report or invalid UTF-8 in the JSON is found wherever it starts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "compiler/compile.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"
#include "compiler/shot_graph_json.hpp"

namespace {

// Aborts (a finding) when `text` is not one valid JSON document: what editors and tools
// reading `--diagnostics=json` or the shot graph would fail on.
void require_valid_json(const std::string& text) {
  if (!nlohmann::json::accept(text)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ekonte::CompileOptions options;
  options.check_sheet_files = false;  // the fuzzer must not probe the file system
  ekonte::CompileResult r =
      ekonte::compile_source("fuzz.eko", std::string(reinterpret_cast<const char*>(data), size), options);
  (void)ekonte::render_human(r.diagnostics.diagnostics(), &r.source, {});
  require_valid_json(ekonte::render_json(r.diagnostics.diagnostics()));
  if (r.ok()) require_valid_json(ekonte::shot_graph_to_json_text(r.graph));
  return 0;
}
