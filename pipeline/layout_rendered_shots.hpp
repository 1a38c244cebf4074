#pragma once
// `ekonte layout`: shots rendered earlier (their files in a folder, see render/shot_files.hpp)
// -> page pictures -> pages -> PDFs, without rendering again.
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "layout/write_pdfs.hpp"
#include "pipeline/compile_script.hpp"

namespace ekonte::pipeline {

class PictureSpool;

// The page pictures of every shot whose files are in `shots_dir`; E0603 for each shot whose
// picture or landmarks cannot be read (its panels stay empty). With a `spool`, each picture's
// bytes are parked there as soon as it is made (memory does not grow with the shots).
layout::ShotPictures read_shot_pictures(const ShotGraph& graph, const std::string& shots_dir, int jobs,
                                        DiagnosticSink& sink, PictureSpool* spool = nullptr);

struct LayoutReport {
  DiagnosticSink diagnostics;
  std::vector<std::string> written;  // every file written (PDFs and previews)
  bool ok = false;
};

LayoutReport layout_rendered_shots(const CompiledScript& script, const std::string& shots_dir,
                                   const std::string& out_dir, const layout::PdfOptions& options, int jobs = 1);

}  // namespace ekonte::pipeline
