#include "render/world/draw_user_background.hpp"

#include <algorithm>
#include <vector>

#include "render/image/premultiply.hpp"

namespace ekonte::render {

void draw_user_background(Canvas& cv, const BackgroundInput& b, const SetCamera& cam) {
  if (!b.picture || b.picture->width <= 0 || b.picture->height <= 0) return;
  const ImageRgba& p = *b.picture;
  cairo_t* cr = cv.cr();
  // What shows past the picture's edges under a dutch tilt: its own darkest tone would be better,
  // a neutral grey is enough.
  cairo_new_path(cr);
  cairo_rectangle(cr, -cam.width, -cam.height, 3.0 * cam.width, 3.0 * cam.height);
  cv.paint_background(Rgb{90, 90, 96});
  const int stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, p.width);
  std::vector<uint32_t> argb(size_t(stride / 4) * p.height);
  for (int y = 0; y < p.height; ++y)
    premultiply_row(&p.pixels[size_t(y) * p.width * 4], p.width, &argb[size_t(y) * (stride / 4)]);
  cairo_surface_t* s = cairo_image_surface_create_for_data(reinterpret_cast<unsigned char*>(argb.data()),
                                                           CAIRO_FORMAT_ARGB32, p.width, p.height, stride);
  // At the widest the picture covers the frame, centred across, its horizon on the camera's;
  // closer framings magnify it about the focus on the horizon, as they do the drawn set.
  const double W = cam.width, H = cam.height;
  const double s0 = std::max(W / p.width, H / p.height), scale = s0 * cam.zoom;
  const double fx = cam.focus_x * W, fy = cam.horizon_y * H;
  const double x0 = (W - p.width * s0) / 2, y0 = fy - b.horizon * p.height * s0;
  cairo_save(cr);
  cairo_translate(cr, fx + (x0 - fx) * cam.zoom, fy + (y0 - fy) * cam.zoom);
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, s, 0, 0);
  cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
  cairo_new_path(cr);
  cairo_rectangle(cr, 0, 0, p.width, p.height);
  cairo_fill(cr);
  cairo_restore(cr);
  cairo_surface_destroy(s);
}

bool stand_on_background(const BackgroundInput& b, Framing framing, double eye_height_cm, int height, double* k,
                         double* ground) {
  if (!b.picture || eye_height_cm <= 0) return false;
  if (framing != Framing::Full && framing != Framing::Wide && framing != Framing::ExtremeWide) return false;
  *ground = b.floor * height;
  // With the picture's horizon on the camera's, the floor line lies (floor - horizon) of the
  // frame below it: that is a standing person's eye height there.
  *k = std::max(0.02, (b.floor - b.horizon) * height / eye_height_cm);
  return true;
}

}  // namespace ekonte::render
