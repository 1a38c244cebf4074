#pragma once
// The one place that draws: a display list to PDF (text kept searchable through
// cairo_show_text_glyphs clusters, images embedded as JPEG, metadata and outline) or to PNG.
// Every file is written atomically (temporary name, then rename).
#include <optional>
#include <string>

#include "layout/display_list.hpp"
#include "render/shot_render.hpp"

namespace ekonte::layout {

// On failure returns false and sets `error`.
bool write_pdf(const Document& doc, const std::string& path, std::string* error = nullptr);
bool write_png(const Page& page, const std::string& path, double dpi, std::string* error = nullptr);

// Reads a PNG file into straight-alpha RGBA; empty when it cannot be read.
std::optional<render::ImageRgba> load_png(const std::string& path);

}  // namespace ekonte::layout
