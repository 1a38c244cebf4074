#include "layout/backend/cairo_backend.hpp"

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <unordered_map>

#include "support/atomic_write.hpp"
#include "layout/text/font_library.hpp"
#include "render/image/jpeg.hpp"
#include "render/image/premultiply.hpp"

namespace ekonte::layout {

namespace {

const cairo_user_data_key_t kFtFaceKey{};
const cairo_user_data_key_t kPixelsKey{};

void release_ft_face(void* face) { FT_Done_Face(static_cast<FT_Face>(face)); }

bool decode_jpeg_bytes(const std::vector<uint8_t>& jpeg, render::ImageRgba* out) {
  std::FILE* f = fmemopen(const_cast<uint8_t*>(jpeg.data()), jpeg.size(), "rb");
  if (!f) return false;
  std::string problem;
  const bool ok = render::decode_jpeg(f, out, &problem, nullptr);
  std::fclose(f);
  return ok;
}

}  // namespace

PdfImageSurfaces::~PdfImageSurfaces() {
  for (auto& [_, entry] : entries_) cairo_surface_destroy(entry.surface);
}

// Per-output caches: Cairo font faces and image surfaces made once per document (or once per
// PdfImageSurfaces, when given one).
class PagePainter {
 public:
  explicit PagePainter(bool pdf, PdfImageSurfaces* shared = nullptr) : pdf_(pdf), shared_(shared) {}
  ~PagePainter() {
    end_page();
    for (auto& [_, face] : faces_) cairo_font_face_destroy(face);
    for (auto& [_, surface] : images_) cairo_surface_destroy(surface);
  }

  void draw_page(cairo_t* cr, const Page& page) {
    for (const auto& item : page.items) std::visit([&](const auto& v) { draw(cr, v); }, item);
  }

  // Surfaces of pictures loaded for the page being drawn (ImageData::load), destroyed by
  // end_page(): Cairo has written what it needs of them by then.
  void end_page() {
    for (auto& [_, surface] : page_images_)
      if (surface) cairo_surface_destroy(surface);
    page_images_.clear();
  }

 private:
  cairo_font_face_t* face_for(const Font& font) {
    auto it = faces_.find(&font);
    if (it != faces_.end()) return it->second;
    // Cairo may keep the face alive in its caches after we are done, so it holds its own
    // FreeType reference.
    FT_Reference_Face(font.ft_face());
    cairo_font_face_t* face = cairo_ft_font_face_create_for_ft_face(font.ft_face(), 0);
    cairo_font_face_set_user_data(face, &kFtFaceKey, font.ft_face(), release_ft_face);
    faces_[&font] = face;
    return face;
  }

  // The surface of `image` with its bytes; null when a picture to be loaded cannot be read.
  cairo_surface_t* surface_for(const std::shared_ptr<const ImageData>& shared_image) {
    const ImageData& image = *shared_image;
    if (image.load) {
      auto it = page_images_.find(&image);
      if (it != page_images_.end()) return it->second;
      const std::shared_ptr<const ImageData> loaded = image.load();
      cairo_surface_t* s = loaded ? make_surface(loaded, image.key) : nullptr;
      page_images_[&image] = s;
      return s;
    }
    if (shared_) {
      auto found = shared_->entries_.find(&image);
      if (found != shared_->entries_.end()) return found->second.surface;
    }
    auto it = images_.find(&image);
    if (it != images_.end()) return it->second;
    cairo_surface_t* s = make_surface(shared_image, image.key);
    if (shared_) shared_->entries_[&image] = {shared_image, s};
    else images_[&image] = s;
    return s;
  }

  // A Cairo surface of `image`'s pixels; for PDFs its JPEG as mime data (kept alive by the
  // surface itself, as long as Cairo holds it) and `key` as its unique id, so the PDF embeds
  // the JPEG once.
  cairo_surface_t* make_surface(const std::shared_ptr<const ImageData>& shared_image, const std::string& key) const {
    const ImageData& image = *shared_image;
    // An opaque picture, or one that comes without its pixels (see ImageData): the PDF embeds the
    // JPEG alone, so an opaque surface of the right size stands for it (the same PDF bytes),
    // over pixels no one reads.
    const bool jpeg_only = pdf_ && !image.jpeg.empty() && (image.rgba.empty() || image.opaque);
    cairo_surface_t* s = jpeg_only ? unread_surface(image.width, image.height)
                                   : cairo_image_surface_create(CAIRO_FORMAT_ARGB32, image.width, image.height);
    cairo_surface_flush(s);
    unsigned char* data = cairo_image_surface_get_data(s);
    const int stride = cairo_image_surface_get_stride(s);
    // A PNG preview of a picture that came as JPEG alone draws the decoded JPEG.
    render::ImageRgba decoded;
    const std::vector<uint8_t>* rgba = &image.rgba;
    if (!pdf_ && image.rgba.empty() && !image.jpeg.empty() && decode_jpeg_bytes(image.jpeg, &decoded) &&
        decoded.width == image.width && decoded.height == image.height)
      rgba = &decoded.pixels;
    const bool has_pixels = rgba->size() >= static_cast<size_t>(image.width) * image.height * 4;
    for (int y = 0; y < image.height && !jpeg_only && has_pixels; ++y)
      render::premultiply_row(rgba->data() + static_cast<size_t>(y) * image.width * 4, image.width,
                              reinterpret_cast<uint32_t*>(data + y * stride));
    cairo_surface_mark_dirty(s);
    if (pdf_ && !image.jpeg.empty()) {
      auto* keep = new std::shared_ptr<const ImageData>(shared_image);
      cairo_surface_set_mime_data(s, CAIRO_MIME_TYPE_JPEG, image.jpeg.data(), image.jpeg.size(),
                                  [](void* p) { delete static_cast<std::shared_ptr<const ImageData>*>(p); }, keep);
      auto* id = new std::string(key);
      cairo_surface_set_mime_data(s, CAIRO_MIME_TYPE_UNIQUE_ID, reinterpret_cast<const unsigned char*>(id->data()),
                                  id->size(), [](void* p) { delete static_cast<std::string*>(p); }, id);
    }
    return s;
  }

  // An RGB24 surface over a zeroed buffer shared by every such surface, for pictures whose
  // pixels Cairo never reads (a PDF embeds their JPEG): making and clearing a buffer per picture
  // cost more than writing the page.
  static cairo_surface_t* unread_surface(int width, int height) {
    static std::mutex lock;
    static std::shared_ptr<std::vector<unsigned char>> zeros;
    const int stride = cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, width);
    const size_t bytes = static_cast<size_t>(stride) * height;
    std::shared_ptr<std::vector<unsigned char>> buffer;
    {
      std::lock_guard<std::mutex> hold(lock);
      if (!zeros || zeros->size() < bytes) zeros = std::make_shared<std::vector<unsigned char>>(bytes, 0);
      buffer = zeros;
    }
    cairo_surface_t* s = cairo_image_surface_create_for_data(buffer->data(), CAIRO_FORMAT_RGB24, width, height, stride);
    auto* keep = new std::shared_ptr<std::vector<unsigned char>>(std::move(buffer));
    cairo_surface_set_user_data(s, &kPixelsKey, keep,
                                [](void* p) { delete static_cast<std::shared_ptr<std::vector<unsigned char>>*>(p); });
    return s;
  }

  static void set_color(cairo_t* cr, const Color& c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

  static void append_path(cairo_t* cr, const Path& path) {
    cairo_new_path(cr);
    for (const auto& c : path.commands) {
      switch (c.op) {
        case PathCommand::Op::Move: cairo_move_to(cr, c.p[0].x, c.p[0].y); break;
        case PathCommand::Op::Line: cairo_line_to(cr, c.p[0].x, c.p[0].y); break;
        case PathCommand::Op::Curve: cairo_curve_to(cr, c.p[0].x, c.p[0].y, c.p[1].x, c.p[1].y, c.p[2].x, c.p[2].y); break;
        case PathCommand::Op::Close: cairo_close_path(cr); break;
      }
    }
  }

  void draw(cairo_t* cr, const TextRun& run) {
    if (run.glyphs.empty() || !run.font) return;
    cairo_save(cr);
    cairo_translate(cr, run.origin.x, run.origin.y);
    if (run.angle != 0) cairo_rotate(cr, run.angle);
    cairo_set_font_face(cr, face_for(*run.font));
    cairo_set_font_size(cr, run.size);
    std::vector<cairo_glyph_t> glyphs(run.glyphs.size());
    for (size_t i = 0; i < glyphs.size(); ++i) glyphs[i] = {run.glyphs[i].index, run.glyphs[i].x, run.glyphs[i].y};
    if (run.outline) {
      cairo_glyph_path(cr, glyphs.data(), static_cast<int>(glyphs.size()));
      set_color(cr, *run.outline);
      cairo_set_line_width(cr, run.outline_width);
      cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke(cr);
    }
    set_color(cr, run.color);
    std::vector<cairo_text_cluster_t> clusters(run.clusters.size());
    for (size_t i = 0; i < clusters.size(); ++i) clusters[i] = {run.clusters[i].num_bytes, run.clusters[i].num_glyphs};
    cairo_show_text_glyphs(cr, run.utf8.data(), static_cast<int>(run.utf8.size()), glyphs.data(),
                           static_cast<int>(glyphs.size()), clusters.data(), static_cast<int>(clusters.size()),
                           cairo_text_cluster_flags_t(0));
    cairo_restore(cr);
  }

  void draw(cairo_t* cr, const Shape& shape) {
    append_path(cr, shape.path);
    if (shape.fill) {
      set_color(cr, *shape.fill);
      if (shape.stroke) cairo_fill_preserve(cr);
      else cairo_fill(cr);
    }
    if (shape.stroke) {
      set_color(cr, *shape.stroke);
      cairo_set_line_width(cr, shape.line_width);
      cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
      cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash(cr, shape.dash.data(), static_cast<int>(shape.dash.size()), 0);
      cairo_stroke(cr);
      cairo_set_dash(cr, nullptr, 0, 0);
    }
    cairo_new_path(cr);
  }

  void draw(cairo_t* cr, const Image& item) {
    if (!item.image || item.source.w <= 0 || item.source.h <= 0) return;
    cairo_surface_t* s = surface_for(item.image);
    if (!s) return;
    cairo_save(cr);
    cairo_rectangle(cr, item.dest.x, item.dest.y, item.dest.w, item.dest.h);
    cairo_clip(cr);
    const double sx = item.dest.w / item.source.w, sy = item.dest.h / item.source.h;
    cairo_translate(cr, item.dest.x - item.source.x * sx, item.dest.y - item.source.y * sy);
    cairo_scale(cr, sx, sy);
    cairo_set_source_surface(cr, s, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
    cairo_restore(cr);
  }

  void draw(cairo_t* cr, const ClipBegin& clip) {
    cairo_save(cr);
    cairo_rectangle(cr, clip.rect.x, clip.rect.y, clip.rect.w, clip.rect.h);
    cairo_clip(cr);
  }
  void draw(cairo_t* cr, const ClipEnd&) { cairo_restore(cr); }

  bool pdf_;
  PdfImageSurfaces* shared_;
  std::unordered_map<const Font*, cairo_font_face_t*> faces_;
  std::unordered_map<const ImageData*, cairo_surface_t*> images_;
  std::unordered_map<const ImageData*, cairo_surface_t*> page_images_;
};

namespace {

bool finish_atomically(cairo_surface_t* surface, const std::string& path, std::string* error) {
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS) {
    if (error) *error = std::string("cannot write `") + path + "`: " + cairo_status_to_string(status);
    discard_temp_file(path);
    return false;
  }
  return commit_temp_file(path, error);
}

// The PDF's creation date: SOURCE_DATE_EPOCH when set (reproducible builds), else a fixed
// date, so two builds of one script give byte-identical PDFs.
std::string pdf_creation_date() {
  time_t t = 946684800;  // 2000-01-01T00:00:00Z
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    const long long v = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && v >= 0 && v < 253402300800LL) t = static_cast<time_t>(v);
  }
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

bool write_pdf(const Document& doc, const std::string& path, std::string* error, PdfImageSurfaces* images) {
  const std::string tmp = temp_path_for(path);
  const double w0 = doc.pages.empty() ? 595.28 : doc.pages[0].width;
  const double h0 = doc.pages.empty() ? 841.89 : doc.pages[0].height;
  cairo_surface_t* surface = cairo_pdf_surface_create(tmp.c_str(), w0, h0);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    if (error) *error = "cannot create `" + path + "`";
    cairo_surface_destroy(surface);
    return false;
  }
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, doc.author.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, doc.subject.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Ekonte");
  const std::string date = pdf_creation_date();
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date.c_str());
  for (const auto& entry : doc.outline) {
    char attrs[128];
    std::snprintf(attrs, sizeof attrs, "page=%d pos=[0 %.1f]", entry.page + 1, entry.y);
    cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, entry.title.c_str(), attrs,
                                  cairo_pdf_outline_flags_t(0));
  }
  {
    PagePainter painter(true, images);
    cairo_t* cr = cairo_create(surface);
    for (const auto& page : doc.pages) {
      cairo_pdf_surface_set_size(surface, page.width, page.height);
      painter.draw_page(cr, page);
      cairo_show_page(cr);
      painter.end_page();
    }
    cairo_destroy(cr);
  }
  return finish_atomically(surface, path, error);
}

render::ImageRgba draw_page_rgba(const Page& page, int width, int height) {
  cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  cairo_t* cr = cairo_create(surface);
  {
    PagePainter painter(false);
    painter.draw_page(cr, page);
  }
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  render::ImageRgba out{width, height, std::vector<uint8_t>(size_t(width) * height * 4)};
  const unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int y = 0; y < height; ++y)
    render::unpremultiply_row(reinterpret_cast<const uint32_t*>(data + size_t(y) * stride), width, true,
                              out.pixels.data() + size_t(y) * width * 4);
  cairo_surface_destroy(surface);
  return out;
}

bool write_page_png(const Page& page, const std::string& path, double dpi, std::string* error) {
  const double scale = dpi / 72.0;
  cairo_surface_t* surface = cairo_image_surface_create(
      CAIRO_FORMAT_RGB24, static_cast<int>(std::ceil(page.width * scale)), static_cast<int>(std::ceil(page.height * scale)));
  cairo_t* cr = cairo_create(surface);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  cairo_scale(cr, scale, scale);
  {
    PagePainter painter(false);
    painter.draw_page(cr, page);
  }
  cairo_destroy(cr);
  const std::string tmp = temp_path_for(path);
  const cairo_status_t status = cairo_surface_write_to_png(surface, tmp.c_str());
  if (status != CAIRO_STATUS_SUCCESS) {
    if (error) *error = std::string("cannot write `") + path + "`: " + cairo_status_to_string(status);
    cairo_surface_destroy(surface);
    discard_temp_file(path);
    return false;
  }
  return finish_atomically(surface, path, error);
}

}  // namespace ekonte::layout
