#include "layout/shot_pictures.hpp"

#include <algorithm>
#include <cmath>

#include "render/image/downscale.hpp"
#include "render/image/jpeg.hpp"

namespace ekonte::layout {

namespace {

render::ShotLandmarks rescale(render::ShotLandmarks lm, double f) {
  auto sb = [f](render::Box& b) { b = {b.x * f, b.y * f, b.w * f, b.h * f}; };
  auto sp = [f](render::Point& p) { p = {p.x * f, p.y * f}; };
  for (auto& c : lm.characters) {
    sb(c.head);
    sb(c.body);
    sp(c.face_center);
    sp(c.mouth);
  }
  sb(lm.subject);
  lm.width = static_cast<int>(std::lround(lm.width * f));
  lm.height = static_cast<int>(std::lround(lm.height * f));
  return lm;
}

}  // namespace

ShotPicture shot_picture_from(const std::string& shot_id, std::shared_ptr<ImageData> image, int source_width,
                              int source_height, const render::ShotLandmarks& landmarks) {
  const double f = static_cast<double>(image->width) / source_width;
  render::ShotLandmarks lm = landmarks;
  if (lm.width <= 0 || lm.height <= 0) {
    lm.width = source_width;
    lm.height = source_height;
  }
  const double lf = static_cast<double>(source_width) / lm.width * f;
  image->key = "shot-" + shot_id + "-" + std::to_string(image->width) + "x" + std::to_string(image->height);
  return ShotPicture{std::move(image), rescale(lm, lf)};
}

ShotPicture lazy_shot_picture(const std::string& shot_id, int width, int height, int source_width, int source_height,
                              const render::ShotLandmarks& landmarks,
                              std::function<std::shared_ptr<const ImageData>()> load) {
  auto data = std::make_shared<ImageData>();
  data->width = width;
  data->height = height;
  data->load = std::move(load);
  return shot_picture_from(shot_id, std::move(data), source_width, source_height, landmarks);
}

ShotPicture make_shot_picture(const std::string& shot_id, const render::ImageRgba& picture,
                              const render::ShotLandmarks& landmarks, int max_width, int jpeg_quality) {
  render::ImageRgba small = render::downscale(picture, max_width);
  auto data = std::make_shared<ImageData>();
  data->width = small.width;
  data->height = small.height;
  data->jpeg = render::encode_jpeg(small, jpeg_quality);
  data->opaque = true;
  for (size_t i = 3; i < small.pixels.size() && data->opaque; i += 4) data->opaque = small.pixels[i] == 255;
  data->rgba = std::move(small.pixels);
  return shot_picture_from(shot_id, std::move(data), picture.width, picture.height, landmarks);
}

Rect crop_window(const ShotPicture& picture, double aspect) {
  const double W = picture.image->width, H = picture.image->height;
  double ww = W, wh = W / aspect;
  if (wh > H) {
    wh = H;
    ww = H * aspect;
  }
  const auto& lm = picture.landmarks;
  Point target{W / 2, H / 2};
  if (lm.subject.w > 0 && lm.subject.h > 0) target = {lm.subject.x + lm.subject.w / 2, lm.subject.y + lm.subject.h / 2};
  // Union of the visible parts of every face in frame.
  bool any = false;
  double fx0 = 0, fy0 = 0, fx1 = 0, fy1 = 0;
  for (const auto& c : lm.characters) {
    if (!c.in_frame || c.head.w <= 0) continue;
    const double x0 = std::max(0.0, c.head.x), y0 = std::max(0.0, c.head.y);
    const double x1 = std::min(W, c.head.x + c.head.w), y1 = std::min(H, c.head.y + c.head.h);
    if (x1 <= x0 || y1 <= y0) continue;
    if (!any) { fx0 = x0; fy0 = y0; fx1 = x1; fy1 = y1; any = true; }
    fx0 = std::min(fx0, x0); fy0 = std::min(fy0, y0); fx1 = std::max(fx1, x1); fy1 = std::max(fy1, y1);
  }
  if (any && fx1 - fx0 > ww) {
    // Too narrow for every face: widen past the picture (the panel shows paper above and below).
    ww = (fx1 - fx0) * 1.04;
    wh = ww / aspect;
  }
  if (any && fy1 - fy0 > wh) {
    wh = (fy1 - fy0) * 1.04;
    ww = wh * aspect;
  }
  double x = target.x - ww / 2, y = target.y - wh / 2;
  if (any) {
    x = std::min(x, fx0);
    x = std::max(x, fx1 - ww);
    y = std::min(y, fy0);
    y = std::max(y, fy1 - wh);
  }
  // Stay on the picture where it is large enough; otherwise centre the picture in the window.
  x = ww <= W ? std::clamp(x, 0.0, W - ww) : (W - ww) / 2;
  y = wh <= H ? std::clamp(y, 0.0, H - wh) : (H - wh) / 2;
  if (any && ww <= W) { x = std::min(x, fx0); x = std::max(x, fx1 - ww); }
  if (any && wh <= H) { y = std::min(y, fy0); y = std::max(y, fy1 - wh); }
  return {x, y, ww, wh};
}

}  // namespace ekonte::layout
