#pragma once
// The layout stage's public face: shot graph + prepared shot pictures -> storyboard.pdf,
// ekonte.pdf and manga.pdf (and optional PNG previews) in an output folder.
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "layout/shot_pictures.hpp"

namespace ekonte::layout {

enum class PdfFormat { Storyboard, Ekonte, Manga };
std::string_view name_of(PdfFormat format);  // "storyboard", "ekonte", "manga"
// Parses "storyboard,ekonte,manga" (any subset); false with `error` set on an unknown name.
bool parse_pdf_formats(const std::string& text, std::vector<PdfFormat>& formats, std::string& error);
// Parses "CxR", e.g. "3x2".
bool parse_grid(const std::string& text, int& columns, int& rows, std::string& error);

struct PdfOptions {
  std::vector<PdfFormat> formats = {PdfFormat::Storyboard, PdfFormat::Ekonte, PdfFormat::Manga};
  int grid_columns = 2, grid_rows = 3;  // storyboard grid
  int preview_dpi = 0;                  // > 0: also write OUTDIR/<format>-<n>.png per page (needs pixels)
  int jobs = 1;                         // PDFs written at once, one a thread (the same bytes either way)
};

struct PdfReport {
  std::vector<std::string> written;  // paths of the files written
  std::vector<int> pages;            // page count per written PDF
  double seconds = 0;                // layout and PDF assembly time
};

// Writes OUTDIR/<format>.pdf for each requested format. Reports E0602 when a font is missing,
// W0601 for dialogue split across balloons, E0604 for a file that cannot be written; returns
// false when a PDF could not be written. A shot without a picture gets empty panels.
bool write_pdfs(const ShotGraph& graph, const ShotPictures& pictures, const std::string& outdir,
                const PdfOptions& options, DiagnosticSink& sink, PdfReport* report = nullptr);

}  // namespace ekonte::layout
