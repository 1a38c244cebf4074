#pragma once
// `ekonte export`: script -> ShotGraph -> timeline -> one editorial file (editorial/): a shot
// list CSV, a CMX 3600 EDL, an OpenTimelineIO timeline or an FCPXML project, the last three
// referencing the animatic's per-shot clips. The file is written atomically.
#include <string>

#include "editorial/export_format.hpp"
#include "pipeline/compile_script.hpp"

namespace ekonte::pipeline {

struct EditorialExportOptions {
  editorial::ExportFormat format = editorial::ExportFormat::Csv;
  std::string out_path;   // "-": return the text only (the CLI prints it)
  std::string clips_dir;  // empty: `clips` beside out_path (or in the working folder for "-")
  int width = 1280;       // the clips' frame size; height 0: from the script's aspect
  int height = 0;
};

struct EditorialExport {
  DiagnosticSink diagnostics;  // what the format cannot carry (W1020, W1021); never errors
  std::string text;      // the file's contents
  std::string written;   // the path written; empty for "-" or on failure
  std::string io_error;  // names the file that could not be written
  bool ok() const { return io_error.empty(); }
};

// `script` must have compiled without errors.
EditorialExport export_editorial(const CompiledScript& script, const EditorialExportOptions& options);

}  // namespace ekonte::pipeline
