#pragma once
// The one place that draws: a display list to PDF (text kept searchable through
// cairo_show_text_glyphs clusters, images embedded as JPEG, metadata and outline) or to PNG.
// Every file is written atomically (temporary name, then rename).
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "layout/display_list.hpp"
#include "render/image/image.hpp"

typedef struct _cairo_surface cairo_surface_t;

namespace ekonte::layout {

// Cairo image surfaces made from pictures, kept across the documents written with them, so a
// picture shown in several PDFs (the three of a build) is converted and analysed once.
class PdfImageSurfaces {
 public:
  PdfImageSurfaces() = default;
  ~PdfImageSurfaces();
  PdfImageSurfaces(const PdfImageSurfaces&) = delete;
  PdfImageSurfaces& operator=(const PdfImageSurfaces&) = delete;

 private:
  friend class PagePainter;
  struct Entry {
    std::shared_ptr<const ImageData> image;  // held, so that its address is never reused while cached
    cairo_surface_t* surface;
  };
  std::unordered_map<const ImageData*, Entry> entries_;
};

// On failure returns false and sets `error`. `images` may be null.
bool write_pdf(const Document& doc, const std::string& path, std::string* error = nullptr,
               PdfImageSurfaces* images = nullptr);
// A page drawn on a transparent `width` x `height` picture, one point to a pixel (text burnt
// into animatic frames).
render::ImageRgba draw_page_rgba(const Page& page, int width, int height);

// A page as a PNG picture at `dpi` (previews).
bool write_page_png(const Page& page, const std::string& path, double dpi, std::string* error = nullptr);

}  // namespace ekonte::layout
