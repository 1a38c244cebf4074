#pragma once
// Where the reference labeller looks on a sheet: the drawing cropped and letterboxed to the
// labeller's grid, or a square around the face. A Frame maps a grid of output pixels onto the
// source picture, so pictures and label maps go through the same geometry. No torch here.
#include <vector>

#include "compiler/shot_graph.hpp"
#include "render/image/image.hpp"
#include "render/shot_render.hpp"

namespace ekonte::neural {

// The grid the whole sheet is framed to (a standing figure: twice as tall as wide) and the
// side of the face crop; both divisible by 16 (the labeller's four stride-2 stages).
inline constexpr int kSheetWidth = 128, kSheetHeight = 256, kFaceSide = 128;
// The face crop's side is this many times the face box's longer side (hair and chin included).
inline constexpr double kFaceGrow = 1.15;

// Output pixel (x, y) covers the source square [x0 + x * scale, x0 + (x + 1) * scale) (same in y).
struct Frame {
  double x0 = 0, y0 = 0, scale = 1;
  int width = 0, height = 0;
  bool mirror = false;  // output x runs right to left over the source (training flips)
  // The source point under the centre of output pixel (x, y).
  double source_x(double x) const { return x0 + ((mirror ? width - 1 - x : x) + 0.5) * scale; }
  double source_y(double y) const { return y0 + (y + 0.5) * scale; }
};

// The sheet's paper: the colour of its top-left pixel.
Rgb paper_colour(const render::ImageRgba& image);
// The drawing (pixels that differ from the paper) plus a 4 % margin, centred in a frame of
// width x height with the paper around it.
Frame drawing_frame(const render::ImageRgba& image, int width, int height);
// A square frame of `side` pixels around `box` (source pixels), its side `grow` times the box's
// longer side.
Frame square_frame(const render::Box& box, double grow, int side);

// The picture through the frame: each output pixel is the mean of a grid of bilinear samples
// (no aliasing when shrinking); outside the source it is `paper`. Alpha is composited over paper.
render::ImageRgba resample_rgb(const render::ImageRgba& image, const Frame& frame, Rgb paper);
// The picture through the frame, nearest neighbour: each output pixel is the source pixel under
// its centre, so a part a few source pixels wide keeps its own colour where `resample_rgb` would
// blend it with its neighbours. Palettes read their colours from this (labels line up with it).
render::ImageRgba sample_nearest_rgb(const render::ImageRgba& image, const Frame& frame, Rgb paper);
// A label map through the frame, nearest neighbour; outside the source it is 0.
render::ImageGray resample_labels(const render::ImageGray& labels, const Frame& frame);

}  // namespace ekonte::neural
