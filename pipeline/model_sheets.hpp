#pragma once
// `ekonte sheet`: the character models (built once, in CompiledScript) -> model sheet pictures
// -> model sheet pages (PDF), and turnaround PNGs (the `sheet: refs/<id>.png` files a script
// may point at).
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "pipeline/compile_script.hpp"

namespace ekonte::pipeline {

struct SheetOptions {
  std::string only;      // one character's script id; empty: every character
  std::string png_dir;   // not empty: write <dir>/<id lowercased>.png turnarounds
  std::string pdf_path;  // not empty: write the model sheets
};

struct SheetReport {
  DiagnosticSink diagnostics;        // E0602 (fonts), E0604/E0605 (files)
  std::vector<std::string> written;  // paths
};

SheetReport make_model_sheets(const CompiledScript& script, const SheetOptions& options);

}  // namespace ekonte::pipeline
