#pragma once
// A Cairo drawing target that keeps the colour picture and its control maps in step: every
// filled shape is also written, unantialiased, to the part-label and instance maps, and its
// outline to the line-art map. A canvas on a borrowed context has the colour layer only.
#include <cairo.h>

#include "compiler/shot_graph.hpp"
#include "render/shot_render.hpp"

namespace ekonte::render {

class Canvas {
 public:
  // A raster canvas of `width` x `height`, with control maps when `with_maps`.
  Canvas(int width, int height, bool with_maps);
  // Draws onto an existing context (for example a scratch surface); colour only, not owned.
  explicit Canvas(cairo_t* target);
  ~Canvas();
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  // The colour context: build the current path on it, then call one of the paint calls.
  cairo_t* cr() const { return color_; }
  bool has_maps() const { return parts_ != nullptr; }

  // Transforms applied to every layer.
  void save();
  void restore();
  void translate(double x, double y);
  void rotate(double radians);
  void scale(double sx, double sy);

  void set_instance(int instance) { instance_ = instance; }
  // Multiplies outline widths (thinner lines for tiny figures).
  void set_line_scale(double s) { line_scale_ = s; }

  // Fills the current path with `color`, labels it `label` and `tone` (None where `label` is
  // Background), outlines it with `ink` at `outline_px` device pixels (0: no outline); the path
  // becomes the shading clip. Lines drawn before and now covered leave the line art.
  void fill(Rgb color, PartLabel label, double outline_px, Rgb ink = kInk, Tone tone = Tone::Base);
  // Like fill, but clipped to the last filled shape (an iris inside its eye white).
  void fill_inside(Rgb color, PartLabel label, double outline_px = 0, Rgb ink = kInk, Tone tone = Tone::Base);
  // Cel shading: paints the current path in colour, clipped to the last filled shape; the tone
  // map marks it Shadow or Highlight by whether it darkens or lightens that shape's fill.
  void shade(Rgb color, double alpha = 1.0);
  // Strokes the current path (features, folds); into the line art too when `lineart`.
  void stroke(Rgb color, double width_px, bool lineart = true, double alpha = 1.0);
  // Background painting: colour only (the maps keep Background); `alpha` for glows and haze.
  void paint_background(Rgb color, double alpha = 1.0);
  void paint_background_source(cairo_pattern_t* pattern);
  // Paints a premultiplied ARGB32 picture (an SVG prop drawn to pixels) with its top left at
  // `x`, `y` (user units), `scale` user units per picture pixel; the maps take `label` and the
  // instance where `mask` (an A1 surface of the same size: the picture's solid pixels) is set.
  void paint_image(cairo_surface_t* image, cairo_surface_t* mask, double x, double y, double scale, PartLabel label);

  // Snapshot of the colour layer so far (the background plate before characters).
  ImageRgba color_image() const;
  // Copies the control maps out; a null pointer skips that map.
  void read_maps(ImageGray* lineart, ImageGray* parts, ImageGray* instances, ImageGray* tones) const;

  static constexpr Rgb kInk{38, 30, 42};

 private:
  double px_to_user(double px) const;
  void replace_clip(cairo_path_t* path, Rgb color, Tone tone);

  cairo_surface_t* color_surface_ = nullptr;
  cairo_surface_t* parts_surface_ = nullptr;
  cairo_surface_t* instances_surface_ = nullptr;
  cairo_surface_t* line_surface_ = nullptr;
  cairo_surface_t* tones_surface_ = nullptr;
  cairo_t* color_ = nullptr;
  cairo_t* parts_ = nullptr;
  cairo_t* instances_ = nullptr;
  cairo_t* line_ = nullptr;
  cairo_t* tones_ = nullptr;
  bool owned_ = true;
  int instance_ = 0;
  double line_scale_ = 1.0;
  cairo_path_t* clip_ = nullptr;
  Rgb clip_color_;             // the fill colour of the shading clip: shade() compares with it
  Tone clip_tone_ = Tone::None;
};

void set_source(cairo_t* cr, Rgb c, double alpha = 1.0);
Rgb mix(Rgb a, Rgb b, double t);  // t = 0: a, t = 1: b
Rgb scale_rgb(Rgb c, double f);

}  // namespace ekonte::render
