#include "layout/write_pdfs.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <thread>

#include "layout/backend/cairo_backend.hpp"
#include "layout/manga/build_manga.hpp"
#include "layout/pages/page_builders.hpp"

namespace ekonte::layout {

std::string_view name_of(PdfFormat format) {
  switch (format) {
    case PdfFormat::Storyboard: return "storyboard";
    case PdfFormat::Ekonte: return "ekonte";
    case PdfFormat::Manga: return "manga";
  }
  return "storyboard";
}

bool parse_pdf_formats(const std::string& text, std::vector<PdfFormat>& formats, std::string& error) {
  formats.clear();
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) {
    if (item.empty()) continue;
    bool found = false;
    for (PdfFormat f : {PdfFormat::Storyboard, PdfFormat::Ekonte, PdfFormat::Manga})
      if (item == name_of(f)) {
        formats.push_back(f);
        found = true;
      }
    if (!found) {
      error = "unknown page format `" + item + "`; expected storyboard, ekonte or manga";
      return false;
    }
  }
  if (formats.empty()) {
    error = "`--pdf` needs at least one of storyboard, ekonte, manga";
    return false;
  }
  return true;
}

bool parse_grid(const std::string& text, int& columns, int& rows, std::string& error) {
  const auto x = text.find_first_of("xX");
  try {
    if (x == std::string::npos) throw std::invalid_argument("no x");
    size_t used = 0;
    columns = std::stoi(text.substr(0, x), &used);
    if (used != x) throw std::invalid_argument("columns");
    rows = std::stoi(text.substr(x + 1), &used);
    if (used != text.size() - x - 1) throw std::invalid_argument("rows");
  } catch (const std::exception&) {
    error = "`--grid` expects COLUMNSxROWS, e.g. 2x3, not `" + text + "`";
    return false;
  }
  if (columns < 1 || rows < 1 || columns > 6 || rows > 6) {
    error = "`--grid` allows 1 to 6 columns and rows, not `" + text + "`";
    return false;
  }
  return true;
}

namespace {

struct WrittenPdf {
  bool ok = false;
  std::vector<std::string> written;
  int pages = 0;
};

WrittenPdf write_one_pdf(const ShotGraph& graph, const ShotPictures& pictures, const std::string& outdir,
                         const PdfOptions& options, PdfFormat format, const FontLibrary& fonts,
                         PdfImageSurfaces* surfaces, DiagnosticSink& sink) {
  WrittenPdf out;
  Document doc;
  switch (format) {
    case PdfFormat::Storyboard: doc = build_storyboard(graph, pictures, fonts, {options.grid_columns, options.grid_rows}); break;
    case PdfFormat::Ekonte: doc = build_ekonte(graph, pictures, fonts); break;
    case PdfFormat::Manga: doc = build_manga(graph, pictures, fonts, sink); break;
  }
  const std::string name = std::string(name_of(format));
  const std::string path = (std::filesystem::path(outdir) / (name + ".pdf")).string();
  std::string error;
  if (!write_pdf(doc, path, &error, surfaces)) {
    sink.report(DiagnosticKind::CannotWritePages, path, {}, error, "check that the output folder is writable");
    return out;
  }
  out.ok = true;
  out.written.push_back(path);
  out.pages = static_cast<int>(doc.pages.size());
  if (options.preview_dpi > 0)
    for (size_t i = 0; i < doc.pages.size(); ++i) {
      const std::string png = (std::filesystem::path(outdir) / (name + "-" + std::to_string(i + 1) + ".png")).string();
      if (write_page_png(doc.pages[i], png, options.preview_dpi, &error)) out.written.push_back(png);
    }
  return out;
}

}  // namespace

bool write_pdfs(const ShotGraph& graph, const ShotPictures& pictures, const std::string& outdir,
                const PdfOptions& options, DiagnosticSink& sink, PdfReport* report) {
  const auto start = std::chrono::steady_clock::now();
  std::error_code ec;
  std::filesystem::create_directories(outdir, ec);
  const size_t n = options.formats.size();
  const size_t threads = std::min(n, size_t(std::max(1, options.jobs)));
  // One PDF a thread, each with fonts of its own (FreeType faces serve one thread at a time) and
  // its own diagnostics, gathered in the formats' order so the output does not depend on timing.
  // The fonts are loaded and freed here, one library at a time: FreeType's shared library is
  // not to be used by two threads at once for that. A single thread shares one library and the
  // image surfaces across the PDFs (a picture converted once for all of them).
  std::vector<std::shared_ptr<FontLibrary>> fonts(threads);
  for (auto& f : fonts) {
    f = FontLibrary::load(sink);
    if (!f) return false;
  }
  std::vector<DiagnosticSink> sinks(n);
  std::vector<WrittenPdf> done(n);
  {
    std::vector<PdfImageSurfaces> surfaces(threads);  // destroyed before `fonts`
    std::atomic<size_t> next{0};
    auto run = [&](size_t t) {
      for (size_t i; (i = next.fetch_add(1)) < n;)
        done[i] = write_one_pdf(graph, pictures, outdir, options, options.formats[i], *fonts[t], &surfaces[t], sinks[i]);
    };
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(run, t);
    run(0);
    for (auto& t : pool) t.join();
  }
  fonts.clear();
  bool ok = true;
  for (size_t i = 0; i < n; ++i) {
    sink.append(sinks[i]);
    ok = ok && done[i].ok;
    if (!report || !done[i].ok) continue;
    report->written.insert(report->written.end(), done[i].written.begin(), done[i].written.end());
    report->pages.push_back(done[i].pages);
  }
  if (report) report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return ok;
}

}  // namespace ekonte::layout
