#include "render/canvas.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace ekonte::render {

void set_source(cairo_t* cr, Rgb c, double alpha) {
  if (alpha >= 1.0)
    cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0);
  else
    cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, alpha);
}

Rgb mix(Rgb a, Rgb b, double t) {
  auto m = [t](uint8_t x, uint8_t y) { return uint8_t(std::clamp(std::lround(x + (y - x) * t), 0L, 255L)); };
  return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b)};
}

Rgb scale_rgb(Rgb c, double f) {
  auto s = [f](uint8_t x) { return uint8_t(std::clamp(std::lround(x * f), 0L, 255L)); };
  return {s(c.r), s(c.g), s(c.b)};
}

namespace {
cairo_t* make_map_context(cairo_surface_t* s) {
  cairo_t* cr = cairo_create(s);
  cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE);
  cairo_set_operator(cr, CAIRO_OPERATOR_SOURCE);
  return cr;
}
// A8 value v: cairo turns alpha into 16 bits (v * 257) and keeps the high byte, so v is exact.
void set_value(cairo_t* cr, int v) { cairo_set_source_rgba(cr, 0, 0, 0, v / 255.0); }
}  // namespace

Canvas::Canvas(int width, int height, bool with_maps) {
  color_surface_ = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  color_ = cairo_create(color_surface_);
  cairo_set_line_join(color_, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap(color_, CAIRO_LINE_CAP_ROUND);
  if (with_maps) {
    parts_surface_ = cairo_image_surface_create(CAIRO_FORMAT_A8, width, height);
    instances_surface_ = cairo_image_surface_create(CAIRO_FORMAT_A8, width, height);
    line_surface_ = cairo_image_surface_create(CAIRO_FORMAT_A8, width, height);
    tones_surface_ = cairo_image_surface_create(CAIRO_FORMAT_A8, width, height);
    parts_ = make_map_context(parts_surface_);
    tones_ = make_map_context(tones_surface_);
    instances_ = make_map_context(instances_surface_);
    line_ = cairo_create(line_surface_);
    cairo_set_line_join(line_, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(line_, CAIRO_LINE_CAP_ROUND);
  }
}

Canvas::Canvas(cairo_t* target) : color_(target), owned_(false) {
  cairo_set_line_join(color_, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap(color_, CAIRO_LINE_CAP_ROUND);
}

Canvas::~Canvas() {
  if (clip_) cairo_path_destroy(clip_);
  for (cairo_t* c : {parts_, instances_, line_, tones_})
    if (c) cairo_destroy(c);
  for (cairo_surface_t* s : {parts_surface_, instances_surface_, line_surface_, tones_surface_})
    if (s) cairo_surface_destroy(s);
  if (owned_) {
    cairo_destroy(color_);
    cairo_surface_destroy(color_surface_);
  }
}

#define EKONTE_ALL_LAYERS(call)            \
  do {                                     \
    for (cairo_t* c_ : {color_, parts_, instances_, line_, tones_}) \
      if (c_) call;                        \
  } while (0)

void Canvas::save() { EKONTE_ALL_LAYERS(cairo_save(c_)); }
void Canvas::restore() { EKONTE_ALL_LAYERS(cairo_restore(c_)); }
void Canvas::translate(double x, double y) { EKONTE_ALL_LAYERS(cairo_translate(c_, x, y)); }
void Canvas::rotate(double a) { EKONTE_ALL_LAYERS(cairo_rotate(c_, a)); }
void Canvas::scale(double sx, double sy) { EKONTE_ALL_LAYERS(cairo_scale(c_, sx, sy)); }

double Canvas::px_to_user(double px) const {
  cairo_matrix_t m;
  cairo_get_matrix(color_, &m);
  const double det = std::fabs(m.xx * m.yy - m.xy * m.yx);
  return px / std::sqrt(std::max(det, 1e-12));
}

void Canvas::replace_clip(cairo_path_t* path, Rgb color, Tone tone) {
  if (clip_) cairo_path_destroy(clip_);
  clip_ = path;
  clip_color_ = color;
  clip_tone_ = tone;
}

namespace {
// What a pixel painted with `label` is on the tone map: the set and the paper are None.
Tone tone_for(PartLabel label, Tone tone) { return label == PartLabel::Background ? Tone::None : tone; }

// Rec. 601 luma in 0..255: how light a shading colour reads against the fill it lies in.
double luma(Rgb c) { return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b; }
// Shading that moves the luma by less than this (after its alpha) changes no tone.
constexpr double kToneLumaStep = 4.0;

// The line art keeps the ink the colour picture still shows. A paint that covers ink with
// coverage c and alpha a leaves 1 - c * a of it: DEST_OUT with the same path, clip and alpha
// is exactly that. `paint` sets the path and source on `line` and paints.
template <typename Paint>
void erase_lines(cairo_t* line, Paint&& paint) {
  if (!line) return;
  cairo_save(line);
  cairo_set_operator(line, CAIRO_OPERATOR_DEST_OUT);
  paint(line);
  cairo_restore(line);
}
}  // namespace

void Canvas::fill(Rgb color, PartLabel label, double outline_px, Rgb ink, Tone tone) {
  cairo_path_t* path = cairo_copy_path(color_);
  set_source(color_, color);
  if (outline_px > 0) {
    cairo_fill_preserve(color_);
    set_source(color_, ink);
    cairo_set_line_width(color_, px_to_user(outline_px * line_scale_));
    cairo_stroke(color_);
  } else {
    cairo_fill(color_);
  }
  tone = tone_for(label, tone);
  if (parts_) {
    for (auto [c, v] : {std::pair{parts_, int(label)}, std::pair{instances_, instance_}, std::pair{tones_, int(tone)}}) {
      cairo_new_path(c);
      cairo_append_path(c, path);
      set_value(c, v);
      cairo_fill(c);
    }
    erase_lines(line_, [&](cairo_t* c) {
      cairo_new_path(c);
      cairo_append_path(c, path);
      cairo_set_source_rgba(c, 0, 0, 0, 1);
      cairo_fill(c);
    });
    if (outline_px > 0) {
      cairo_new_path(line_);
      cairo_append_path(line_, path);
      cairo_set_source_rgba(line_, 0, 0, 0, 1);
      cairo_set_line_width(line_, px_to_user(outline_px * line_scale_));
      cairo_stroke(line_);
    }
  }
  replace_clip(path, color, tone);
}

void Canvas::paint_image(cairo_surface_t* image, cairo_surface_t* mask, double x, double y, double scale,
                         PartLabel label) {
  auto place = [&](cairo_t* c) {
    cairo_save(c);
    cairo_translate(c, x, y);
    cairo_scale(c, scale, scale);
  };
  place(color_);
  cairo_set_source_surface(color_, image, 0, 0);
  cairo_paint(color_);
  cairo_restore(color_);
  // The picture's own alpha, filtered as the colour layer filtered it, covers the ink under it.
  erase_lines(line_, [&](cairo_t* c) {
    place(c);
    cairo_set_source_surface(c, image, 0, 0);
    cairo_paint(c);
    cairo_restore(c);
  });
  if (!parts_ || !mask) return;
  // Nearest-neighbour sampling keeps the maps' values exact: a filtered A1 mask would blend a
  // label with what lies under it at the edges.
  for (auto [c, v] : {std::pair{parts_, int(label)}, std::pair{instances_, instance_},
                      std::pair{tones_, int(tone_for(label, Tone::Base))}}) {
    place(c);
    set_value(c, v);
    cairo_pattern_t* m = cairo_pattern_create_for_surface(mask);
    cairo_pattern_set_filter(m, CAIRO_FILTER_NEAREST);
    cairo_mask(c, m);
    cairo_pattern_destroy(m);
    cairo_restore(c);
  }
}

void Canvas::fill_inside(Rgb color, PartLabel label, double outline_px, Rgb ink, Tone tone) {
  if (!clip_) return fill(color, label, outline_px, ink, tone);
  cairo_path_t* path = cairo_copy_path(color_);
  cairo_path_t* outer = clip_;
  clip_ = nullptr;
  auto clip_all = [&](cairo_t* c) {
    cairo_save(c);
    cairo_new_path(c);
    cairo_append_path(c, outer);
    cairo_clip(c);
    cairo_new_path(c);
    cairo_append_path(c, path);
  };
  clip_all(color_);
  set_source(color_, color);
  if (outline_px > 0) {
    cairo_fill_preserve(color_);
    set_source(color_, ink);
    cairo_set_line_width(color_, px_to_user(outline_px * line_scale_));
    cairo_stroke(color_);
  } else {
    cairo_fill(color_);
  }
  cairo_restore(color_);
  if (parts_) {
    for (auto [c, v] : {std::pair{parts_, int(label)}, std::pair{instances_, instance_},
                        std::pair{tones_, int(tone_for(label, tone))}}) {
      clip_all(c);
      set_value(c, v);
      cairo_fill(c);
      cairo_restore(c);
    }
    clip_all(line_);
    cairo_set_operator(line_, CAIRO_OPERATOR_DEST_OUT);
    cairo_set_source_rgba(line_, 0, 0, 0, 1);
    if (outline_px > 0) {
      cairo_fill_preserve(line_);
      cairo_set_operator(line_, CAIRO_OPERATOR_OVER);
      cairo_set_line_width(line_, px_to_user(outline_px * line_scale_));
      cairo_stroke(line_);
    } else {
      cairo_fill(line_);
    }
    cairo_restore(line_);
  }
  cairo_path_destroy(path);
  clip_ = outer;  // siblings (pupil, highlights) stay inside the same outer shape
}

void Canvas::shade(Rgb color, double alpha) {
  if (!clip_) {
    cairo_new_path(color_);
    return;
  }
  cairo_path_t* path = cairo_copy_path(color_);
  auto clip_to = [&](cairo_t* c) {
    cairo_save(c);
    cairo_new_path(c);
    cairo_append_path(c, clip_);
    cairo_clip(c);
    cairo_new_path(c);
    cairo_append_path(c, path);
  };
  clip_to(color_);
  set_source(color_, color, alpha);
  cairo_fill(color_);
  cairo_restore(color_);
  if (parts_) {
    const double step = std::min(alpha, 1.0) * (luma(color) - luma(clip_color_));
    if (clip_tone_ != Tone::None && std::fabs(step) >= kToneLumaStep) {
      clip_to(tones_);
      set_value(tones_, int(step < 0 ? Tone::Shadow : Tone::Highlight));
      cairo_fill(tones_);
      cairo_restore(tones_);
    }
    clip_to(line_);
    cairo_set_operator(line_, CAIRO_OPERATOR_DEST_OUT);
    cairo_set_source_rgba(line_, 0, 0, 0, alpha);
    cairo_fill(line_);
    cairo_restore(line_);
  }
  cairo_path_destroy(path);
}

void Canvas::stroke(Rgb color, double width_px, bool lineart, double alpha) {
  const double w = px_to_user(width_px * line_scale_);
  if (line_) {
    cairo_path_t* path = cairo_copy_path(color_);
    cairo_new_path(line_);
    cairo_append_path(line_, path);
    cairo_save(line_);
    // A stroke that is not line art (a tear, a sheen) hides the ink under it like a fill.
    if (!lineart) cairo_set_operator(line_, CAIRO_OPERATOR_DEST_OUT);
    cairo_set_source_rgba(line_, 0, 0, 0, alpha);
    cairo_set_line_width(line_, w);
    cairo_stroke(line_);
    cairo_restore(line_);
    cairo_path_destroy(path);
  }
  set_source(color_, color, alpha);
  cairo_set_line_width(color_, w);
  cairo_stroke(color_);
}

void Canvas::paint_background(Rgb color, double alpha) {
  if (line_) {
    cairo_path_t* path = cairo_copy_path(color_);
    erase_lines(line_, [&](cairo_t* c) {
      cairo_new_path(c);
      cairo_append_path(c, path);
      cairo_set_source_rgba(c, 0, 0, 0, alpha);
      cairo_fill(c);
    });
    cairo_path_destroy(path);
  }
  set_source(color_, color, alpha);
  cairo_fill(color_);
}

void Canvas::paint_background_source(cairo_pattern_t* pattern) {
  if (line_) {
    cairo_path_t* path = cairo_copy_path(color_);
    erase_lines(line_, [&](cairo_t* c) {
      cairo_new_path(c);
      cairo_append_path(c, path);
      cairo_set_source(c, pattern);
      cairo_fill(c);
    });
    cairo_path_destroy(path);
  }
  cairo_set_source(color_, pattern);
  cairo_fill(color_);
}

ImageRgba Canvas::color_image() const {
  ImageRgba img;
  if (!color_surface_) return img;
  cairo_surface_flush(color_surface_);
  img.width = cairo_image_surface_get_width(color_surface_);
  img.height = cairo_image_surface_get_height(color_surface_);
  img.pixels.resize(size_t(img.width) * img.height * 4);
  const unsigned char* data = cairo_image_surface_get_data(color_surface_);
  const int stride = cairo_image_surface_get_stride(color_surface_);
  for (int y = 0; y < img.height; ++y) {
    const auto* row = reinterpret_cast<const uint32_t*>(data + y * stride);
    uint8_t* dst = img.pixels.data() + size_t(y) * img.width * 4;
    for (int x = 0; x < img.width; ++x) {
      const uint32_t p = row[x];
      const uint32_t a = p >> 24;
      auto un = [a](uint32_t c) { return a == 255 ? c : a == 0 ? 0u : std::min(255u, (c * 255 + a / 2) / a); };
      dst[4 * x] = uint8_t(un((p >> 16) & 0xff));
      dst[4 * x + 1] = uint8_t(un((p >> 8) & 0xff));
      dst[4 * x + 2] = uint8_t(un(p & 0xff));
      dst[4 * x + 3] = uint8_t(a);
    }
  }
  return img;
}

void Canvas::read_maps(ImageGray* lineart, ImageGray* parts, ImageGray* instances, ImageGray* tones) const {
  auto read = [](cairo_surface_t* s, ImageGray* out) {
    if (!s || !out) return;
    cairo_surface_flush(s);
    out->width = cairo_image_surface_get_width(s);
    out->height = cairo_image_surface_get_height(s);
    out->pixels.resize(size_t(out->width) * out->height);
    const unsigned char* data = cairo_image_surface_get_data(s);
    const int stride = cairo_image_surface_get_stride(s);
    for (int y = 0; y < out->height; ++y)
      std::copy_n(data + y * stride, out->width, out->pixels.data() + size_t(y) * out->width);
  };
  read(line_surface_, lineart);
  read(parts_surface_, parts);
  read(instances_surface_, instances);
  read(tones_surface_, tones);
}

}  // namespace ekonte::render
