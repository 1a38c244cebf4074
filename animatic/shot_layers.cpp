#include "animatic/shot_layers.hpp"

namespace ekonte::animatic {

ShotLayers layers_from_render(render::ShotRender&& r) {
  ShotLayers out;
  out.picture = std::move(r.color);
  const render::Box& subject = r.landmarks.subject;
  out.focus_x = subject.w > 0 ? subject.x + subject.w / 2 : out.picture.width / 2.0;
  out.focus_y = subject.h > 0 ? subject.y + subject.h / 2 : out.picture.height / 2.0;
  const size_t n = size_t(out.picture.width) * out.picture.height;
  if (r.background.width == out.picture.width && r.background.height == out.picture.height &&
      r.background.pixels.size() == n * 4) {
    out.plate = std::move(r.background);
    out.front.width = out.picture.width, out.front.height = out.picture.height;
    out.front.pixels.assign(n, 0);
    const uint8_t* a = out.picture.pixels.data();
    const uint8_t* b = out.plate.pixels.data();
    // Anything drawn after the plate (figures, what they hold, a table in front, rain) is in
    // front of the set; comparing pixels finds all of it, whatever instance it was drawn with.
    for (size_t i = 0; i < n; ++i)
      if (a[4 * i] != b[4 * i] || a[4 * i + 1] != b[4 * i + 1] || a[4 * i + 2] != b[4 * i + 2]) out.front.pixels[i] = 255;
  }
  if (r.instances.width == out.picture.width && r.instances.height == out.picture.height)
    out.instances = std::move(r.instances);
  return out;
}

}  // namespace ekonte::animatic
