#include "render/world/prop_svg.hpp"

#include <librsvg/rsvg.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <unordered_map>

#include "render/world/world_drawing.hpp"

namespace ekonte::render::world {
namespace {

std::string hex_of(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
  return buf;
}

void replace_all(std::string& s, std::string_view from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
}

struct HandleDeleter {
  void operator()(RsvgHandle* h) const { g_object_unref(h); }
};
using Handle = std::unique_ptr<RsvgHandle, HandleDeleter>;

Handle parse(std::string_view text, std::string* why) {
  GError* error = nullptr;
  RsvgHandle* h = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(text.data()), text.size(), &error);
  if (!h) {
    if (why) *why = error ? error->message : "not an SVG document";
    if (error) g_error_free(error);
    return nullptr;
  }
  return Handle(h);
}

struct SurfaceDeleter {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;

struct Raster {
  Surface image, mask;
};

// Per thread: librsvg handles may not be drawn from two threads at once, and each render
// worker draws many shots of the same sets.
struct Caches {
  std::unordered_map<uint64_t, Handle> handles;  // by text and colour; null: text that failed
  std::unordered_map<uint64_t, Raster> rasters;  // by text, colour and pixel size
  size_t raster_pixels = 0;
};
thread_local Caches caches;
// Enough for every prop of a few sets at board sizes; past it the rasters are dropped at once.
constexpr size_t kMaxRasterPixels = 24u << 20;

uint64_t mix_key(uint64_t h, uint64_t v) { return (h ^ v) * 1099511628211ull; }

RsvgHandle* handle_for(std::string_view text, Rgb colour, bool lit, uint64_t key) {
  auto it = caches.handles.find(key);
  if (it != caches.handles.end()) return it->second.get();
  std::string coloured(text);
  replace_all(coloured, kMainPlaceholder, hex_of(colour));
  replace_all(coloured, kShadowPlaceholder, hex_of(scale_rgb(colour, 0.72)));
  replace_all(coloured, kLightPlaceholder, hex_of(mix(colour, Rgb{255, 255, 255}, 0.35)));
  replace_all(coloured, kLampPlaceholder, hex_of(lit ? kLampLit : kLampUnlit));
  Handle h = parse(coloured, nullptr);
  RsvgHandle* raw = h.get();
  caches.handles.emplace(key, std::move(h));
  return raw;
}

Raster make_raster(RsvgHandle* h, int w, int hgt) {
  Raster r;
  r.image.reset(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, w, hgt));
  cairo_t* cr = cairo_create(r.image.get());
  const RsvgRectangle viewport{0, 0, double(w), double(hgt)};
  rsvg_handle_render_document(h, cr, &viewport, nullptr);
  cairo_destroy(cr);
  cairo_surface_flush(r.image.get());
  // The solid pixels (at least half opaque) label the control maps.
  r.mask.reset(cairo_image_surface_create(CAIRO_FORMAT_A1, w, hgt));
  cairo_surface_flush(r.mask.get());
  const unsigned char* src = cairo_image_surface_get_data(r.image.get());
  unsigned char* dst = cairo_image_surface_get_data(r.mask.get());
  const int ss = cairo_image_surface_get_stride(r.image.get()), ds = cairo_image_surface_get_stride(r.mask.get());
  for (int y = 0; y < hgt; ++y) {
    const uint32_t* row = reinterpret_cast<const uint32_t*>(src + y * ss);
    uint32_t* out = reinterpret_cast<uint32_t*>(dst + y * ds);
    for (int x = 0; x < w; ++x)
      if ((row[x] >> 24) >= 128) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        out[x >> 5] |= 1u << (x & 31);
#else
        out[x >> 5] |= 1u << (31 - (x & 31));
#endif
      }
  }
  cairo_surface_mark_dirty(r.mask.get());
  return r;
}

}  // namespace

std::string_view builtin_prop_svg(std::string_view stem) {
  for (const BuiltinSvg& f : builtin_prop_svgs())
    if (f.stem == stem) return f.text;
  return {};
}

bool draw_svg(Canvas& cv, std::string_view svg_text, Box box, Rgb colour, PartLabel label, bool lit) {
  if (box.w <= 0 || box.h <= 0) return true;
  const uint64_t text_key = hash_text(svg_text);
  const uint64_t key = mix_key(text_key, (uint64_t(lit) << 24) | (uint64_t(colour.r) << 16) | (colour.g << 8) | colour.b);
  RsvgHandle* h = handle_for(svg_text, colour, lit, key);
  if (!h) return false;
  cairo_t* cr = cv.cr();
  if (cairo_surface_get_type(cairo_get_target(cr)) != CAIRO_SURFACE_TYPE_IMAGE) {
    const RsvgRectangle viewport{box.x, box.y, box.w, box.h};
    cairo_save(cr);
    rsvg_handle_render_document(h, cr, &viewport, nullptr);
    cairo_restore(cr);
    return true;
  }
  // Pixels at the device's scale, so a zoomed set is as sharp as an unzoomed one.
  cairo_matrix_t m;
  cairo_get_matrix(cr, &m);
  const double f = std::sqrt(std::max(std::fabs(m.xx * m.yy - m.xy * m.yx), 1e-6));
  constexpr int kMaxSide = 4096;
  const int w = std::clamp(int(std::ceil(box.w * f)), 1, kMaxSide), hgt = std::clamp(int(std::ceil(box.h * f)), 1, kMaxSide);
  const uint64_t rkey = mix_key(mix_key(key, uint64_t(w)), uint64_t(hgt) << 20);
  auto it = caches.rasters.find(rkey);
  if (it == caches.rasters.end()) {
    if (caches.raster_pixels + size_t(w) * hgt > kMaxRasterPixels) caches.rasters.clear(), caches.raster_pixels = 0;
    it = caches.rasters.emplace(rkey, make_raster(h, w, hgt)).first;
    caches.raster_pixels += size_t(w) * hgt;
  }
  cv.paint_image(it->second.image.get(), it->second.mask.get(), box.x, box.y, box.w / w, label);
  return true;
}

std::string svg_problem(std::string_view text) {
  if (text.size() > kMaxSvgBytes)
    return "it is " + std::to_string(text.size()) + " bytes, more than the limit of " + std::to_string(kMaxSvgBytes);
  if (text.find("<svg") == std::string_view::npos) return "it is not an SVG document (no `<svg` element)";
  std::string why;
  Handle h = parse(text, &why);
  if (!h) return "it is not a readable SVG document: " + why;
  double w = 0, hgt = 0;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(h.get(), &w, &hgt)) {
    // No absolute width and height: the viewBox gives the drawing's size.
    gboolean has_w = false, has_h = false, has_box = false;
    RsvgLength lw{}, lh{};
    RsvgRectangle box{};
    rsvg_handle_get_intrinsic_dimensions(h.get(), &has_w, &lw, &has_h, &lh, &has_box, &box);
    if (has_box) w = box.width, hgt = box.height;
  }
  if (!(w > 0 && hgt > 0)) return "it has no size (no width, height or viewBox)";
  if (w > kMaxSvgSide || hgt > kMaxSvgSide)
    return "it is " + std::to_string(long(w)) + "x" + std::to_string(long(hgt)) + " pixels, more than the limit of " +
           std::to_string(long(kMaxSvgSide)) + " a side";
  return "";
}

}  // namespace ekonte::render::world
