#pragma once
// `ekonte vocabulary wardrobe --sheet`: the wardrobe rows -> the standard figure wearing each,
// drawn by the rig (render/wardrobe_catalogue.hpp) -> pages (layout/pages/build_wardrobe_sheet.hpp)
// -> a PDF.
#include <string>

#include "compiler/diagnostics/diagnostic.hpp"

namespace ekonte::pipeline {

struct WardrobeSheetReport {
  DiagnosticSink diagnostics;  // E0602 (fonts), E0605 (the file); W0501 if a row's name stopped naming its row
  int entries = 0;             // one per row drawn
  int pages = 0;
};

WardrobeSheetReport make_wardrobe_sheet(const std::string& pdf_path);

}  // namespace ekonte::pipeline
