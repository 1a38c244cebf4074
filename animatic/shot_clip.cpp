#include "animatic/shot_clip.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include <pixman.h>

namespace ekonte::animatic {

namespace {

// Output pixel -> picture pixel, per axis: src = a * out + b (pixel indices).
struct Axis {
  double a = 1, b = 0;
};
struct Map {
  Axis x, y;
};

Map view_map(const LayerView& v, int w, int h) {
  return {{1 / v.scale, (0.5 - w / 2.0) / v.scale + v.cx - 0.5}, {1 / v.scale, (0.5 - h / 2.0) / v.scale + v.cy - 0.5}};
}

bool identity(const Map& m) { return m.x.a == 1 && m.x.b == 0 && m.y.a == 1 && m.y.b == 0; }

// The box of a mask's set pixels, [x0, x1) x [y0, y1); empty when none is set.
struct MaskBox {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};
MaskBox mask_box(const render::ImageGray& mask) {
  MaskBox b{mask.width, mask.height, 0, 0};
  for (int y = 0; y < mask.height; ++y)
    for (int x = 0; x < mask.width; ++x)
      if (mask.pixels[size_t(y) * mask.width + x]) {
        b.x0 = std::min(b.x0, x), b.x1 = std::max(b.x1, x + 1);
        b.y0 = std::min(b.y0, y), b.y1 = std::max(b.y1, y + 1);
      }
  if (b.x1 <= b.x0) b = {};
  return b;
}

// Resampling goes through pixman: its bilinear scanlines are SIMD, several times faster than
// a scalar loop on 720p frames. RGBA bytes are pixman's a8b8g8r8 on a little-endian machine
// (every channel is interpolated alike, so the order matters only for alpha, which is last).
struct PixmanImage {
  pixman_image_t* image = nullptr;
  PixmanImage(const render::ImageRgba& img, int x0, int y0, int w, int h) {
    auto* base = const_cast<uint8_t*>(img.pixels.data()) + (size_t(y0) * img.width + x0) * 4;
    image = pixman_image_create_bits_no_clear(PIXMAN_a8b8g8r8, w, h, reinterpret_cast<uint32_t*>(base), img.width * 4);
  }
  ~PixmanImage() {
    if (image) pixman_image_unref(image);
  }
};

// Draws `src`'s pixels [x0, x1) x [y0, y1) through `m` (output pixel -> source pixel, in pixel
// indices) onto the output rectangle [ox0, ox1) x [oy0, oy1) of `out`: bilinear, with `op`
// (SRC for the opaque set, OVER for a premultiplied layer in front) and `repeat` (PAD: edges
// clamped; NONE: transparent outside).
void composite(const render::ImageRgba& src, const MaskBox& part, const Map& m, pixman_op_t op,
               pixman_repeat_t repeat, int ox0, int oy0, int ox1, int oy1, render::ImageRgba& out) {
  if (part.x1 <= part.x0 || part.y1 <= part.y0 || ox1 <= ox0 || oy1 <= oy0) return;
  PixmanImage s(src, part.x0, part.y0, part.x1 - part.x0, part.y1 - part.y0);
  PixmanImage d(out, 0, 0, out.width, out.height);
  if (!s.image || !d.image) return;
  // Pixel centres lie at +0.5: source = a * (dest - 0.5) + b + 0.5, less the part's origin.
  pixman_transform_t t;
  pixman_transform_init_identity(&t);
  t.matrix[0][0] = pixman_double_to_fixed(m.x.a);
  t.matrix[0][2] = pixman_double_to_fixed(m.x.b + 0.5 - 0.5 * m.x.a - part.x0);
  t.matrix[1][1] = pixman_double_to_fixed(m.y.a);
  t.matrix[1][2] = pixman_double_to_fixed(m.y.b + 0.5 - 0.5 * m.y.a - part.y0);
  pixman_image_set_transform(s.image, &t);
  pixman_image_set_filter(s.image, PIXMAN_FILTER_BILINEAR, nullptr, 0);
  pixman_image_set_repeat(s.image, repeat);
  pixman_image_composite32(op, s.image, nullptr, d.image, ox0, oy0, 0, 0, ox0, oy0, ox1 - ox0, oy1 - oy0);
}

// Samples `src` through `m` over the whole frame, edges clamped: an opaque layer (the set).
void draw_opaque(const render::ImageRgba& src, const Map& m, render::ImageRgba& out) {
  const int w = out.width, h = out.height;
  if (identity(m) && src.width == w && src.height == h) {
    std::memcpy(out.pixels.data(), src.pixels.data(), out.pixels.size());
    return;
  }
  composite(src, {0, 0, src.width, src.height}, m, PIXMAN_OP_SRC, PIXMAN_REPEAT_PAD, 0, 0, w, h, out);
}

// A layer in front (figures): the picture's colour weighted by a mask, premultiplied, so that
// the set's pixels at a figure's edge do not travel with it. Only the mask's box is kept.
render::ImageRgba premultiplied(const render::ImageRgba& src, const render::ImageGray& mask, const MaskBox& box) {
  render::ImageRgba out{src.width, src.height, std::vector<uint8_t>(src.pixels.size(), 0)};
  for (int y = box.y0; y < box.y1; ++y)
    for (int x = box.x0; x < box.x1; ++x) {
      const size_t at = size_t(y) * src.width + x;
      const uint32_t k = mask.pixels[at];
      if (!k) continue;
      for (int c = 0; c < 3; ++c) out.pixels[4 * at + c] = uint8_t((src.pixels[4 * at + c] * k + 127) / 255);
      out.pixels[4 * at + 3] = uint8_t(k);
    }
  return out;
}

// Draws a premultiplied layer whose pixels lie in `box` through `m` over `out`; only the output
// pixels whose source lies in the box are visited.
void draw_masked(const render::ImageRgba& layer, const MaskBox& box, const Map& m, render::ImageRgba& out) {
  if (box.x1 <= box.x0) return;
  const auto out_range = [](const Axis& a, int lo, int hi, int n, int* from, int* to) {
    // Output pixels whose source (src = a * out + b) falls in (lo - 1, hi).
    const double p = (lo - 1 - a.b) / a.a, q = (hi - a.b) / a.a;
    *from = std::max(0, int(std::floor(std::min(p, q))));
    *to = std::min(n, int(std::ceil(std::max(p, q))) + 1);
  };
  int ox0, ox1, oy0, oy1;
  out_range(m.x, box.x0, box.x1, out.width, &ox0, &ox1);
  out_range(m.y, box.y0, box.y1, out.height, &oy0, &oy1);
  composite(layer, box, m, PIXMAN_OP_OVER, PIXMAN_REPEAT_NONE, ox0, oy0, ox1, oy1, out);
}

void resize(render::ImageRgba& img, int w, int h) {
  img.width = w, img.height = h;
  img.pixels.resize(size_t(w) * h * 4);
}

}  // namespace

// One drawing's masks: what is in front of the set without the walkers, each walker's pixels
// and the point its feet stand on.
struct ClipPainter::Prepared {
  const ShotLayers* layers = nullptr;
  render::ImageRgba front;                // without the walkers, premultiplied by its mask
  MaskBox front_box;
  std::vector<render::ImageRgba> walker;  // one per clip.motion.walkers, premultiplied
  std::vector<MaskBox> walker_box;
  std::vector<std::pair<double, double>> feet;
};

namespace {

// A walker's pixels: its instance, grown by its outline's anti-aliased fringe (front pixels
// within kFringe of it that belong to no other figure), so no ghost of its edge stays behind.
constexpr int kFringe = 2;

render::ImageGray walker_mask(const ShotLayers& l, uint32_t instance) {
  const int w = l.picture.width, h = l.picture.height;
  render::ImageGray m{w, h, std::vector<uint8_t>(size_t(w) * h, 0)};
  if (l.instances.pixels.empty()) return m;
  for (size_t i = 0; i < m.pixels.size(); ++i)
    if (l.instances.pixels[i] == instance && l.front.pixels[i]) m.pixels[i] = 255;
  for (int pass = 0; pass < kFringe; ++pass) {
    std::vector<uint8_t> grown = m.pixels;
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        const size_t at = size_t(y) * w + x;
        if (m.pixels[at] || !l.front.pixels[at] || (l.instances.pixels[at] && l.instances.pixels[at] != instance)) continue;
        if ((x > 0 && m.pixels[at - 1]) || (x + 1 < w && m.pixels[at + 1]) || (y > 0 && m.pixels[at - w]) ||
            (y + 1 < h && m.pixels[at + w]))
          grown[at] = 255;
      }
    m.pixels = std::move(grown);
  }
  return m;
}

}  // namespace

ClipPainter::ClipPainter(const ShotClip& clip) : clip_(clip) {
  for (const ShotLayers* layers : {&clip.still, &clip.before, &clip.passing}) {
    auto p = std::make_unique<Prepared>();
    p->layers = layers;
    if (layers->has_plate()) {
      render::ImageGray front = layers->front;
      for (const Walker& wk : clip.motion.walkers) {
        render::ImageGray m = walker_mask(*layers, wk.instance);
        for (size_t i = 0; i < m.pixels.size(); ++i)
          if (m.pixels[i]) front.pixels[i] = 0;
        const MaskBox b = mask_box(m);
        p->feet.push_back(b.x1 > b.x0 ? std::make_pair((b.x0 + b.x1) / 2.0, double(b.y1))
                                      : std::make_pair(m.width / 2.0, double(m.height)));
        p->walker_box.push_back(b);
        p->walker.push_back(premultiplied(layers->picture, m, b));
      }
      p->front_box = mask_box(front);
      p->front = premultiplied(layers->picture, front, p->front_box);
    }
    prepared_.push_back(std::move(p));
  }
}

ClipPainter::~ClipPainter() = default;

int ClipPainter::width() const { return clip_.still.picture.width; }
int ClipPainter::height() const { return clip_.still.picture.height; }

bool ClipPainter::same_as_previous(uint32_t frame) const {
  if (frame == 0) return false;
  // Only a change of pose moves in a shot with a still camera and no walkers: outside its
  // dissolve, the frames before and after it repeat.
  const ShotMotion& m = clip_.motion;
  if (m.move != Movement::Static || !m.walkers.empty()) return false;
  if (m.change_at_middle && still_share(frame) != still_share(frame - 1)) return false;
  for (const Overlay& o : clip_.overlays)
    if ((frame >= o.first && frame < o.last) != (frame - 1 >= o.first && frame - 1 < o.last)) return false;
  return true;
}

void ClipPainter::draw(uint32_t frame, render::ImageRgba* out) const {
  draw_pictures(frame, out);
  for (const Overlay& o : clip_.overlays) {
    if (frame < o.first || frame >= o.last || !o.picture || o.picture->pixels.size() != out->pixels.size()) continue;
    const uint8_t* p = o.picture->pixels.data();
    uint8_t* d = out->pixels.data();
    for (size_t i = 0; i < out->pixels.size(); i += 4) {
      const uint32_t a = p[i + 3];
      if (!a) continue;
      for (int c = 0; c < 3; ++c) d[i + c] = uint8_t((d[i + c] * (255 - a) + p[i + c] * a + 127) / 255);
    }
  }
}

double ClipPainter::still_share(uint32_t frame) const {
  if (!clip_.motion.change_at_middle || clip_.before.picture.pixels.empty()) return 1;
  return pose_mix(frame, clip_.frames);
}

void ClipPainter::draw_pictures(uint32_t frame, render::ImageRgba* out) const {
  const double share = still_share(frame);
  if (share >= 1 || share <= 0) {
    draw_drawing(*prepared_[share >= 1 ? 0 : 1], frame, out);
    return;
  }
  // The in-between of a change of pose: the earlier drawing dissolving into the still.
  render::ImageRgba earlier;
  draw_drawing(*prepared_[1], frame, &earlier);
  draw_drawing(*prepared_[0], frame, out);
  const uint32_t t = uint32_t(std::lround(share * 256));
  uint8_t* o = out->pixels.data();
  const uint8_t* e = earlier.pixels.data();
  for (size_t i = 0; i < out->pixels.size(); ++i) o[i] = uint8_t((e[i] * (256 - t) + o[i] * t + 128) >> 8);
}

void ClipPainter::draw_drawing(const Prepared& now, uint32_t frame, render::ImageRgba* out) const {
  const int w = width(), h = height();
  resize(*out, w, h);
  const ShotLayers& layers = *now.layers;
  const CameraAt cam = camera_at(clip_.motion.move, move_progress(frame, clip_.frames), w, h,
                                 clip_.motion.follow_direction, {clip_.still.focus_x, clip_.still.focus_y});
  const bool walkers = !clip_.motion.walkers.empty() && layers.has_plate();
  const bool one_layer = cam.set.scale == cam.front.scale && cam.set.cx == cam.front.cx && cam.set.cy == cam.front.cy;
  if (!layers.has_plate() || (one_layer && !walkers)) {
    // Nothing moves against anything else: the picture through one view.
    draw_opaque(layers.picture, view_map(cam.front, w, h), *out);
    return;
  }
  const Map front = view_map(cam.front, w, h);
  draw_opaque(layers.plate, view_map(cam.set, w, h), *out);
  draw_masked(now.front, now.front_box, front, *out);
  const Prepared& passing = *prepared_[2];
  for (size_t i = 0; i < clip_.motion.walkers.size(); ++i) {
    const WalkerAt at = walker_at(clip_.motion.walkers[i], frame, clip_.frames, clip_.fps, w);
    const bool use_passing = at.passing && passing.layers->has_plate() && i < passing.walker.size();
    const Prepared& from = use_passing ? passing : now;
    if (i >= from.walker.size()) continue;
    // The walker moves and scales about its feet in the picture, then the camera sees it.
    const auto [fx, fy] = now.feet[i];
    Map m = front;
    m.x = {m.x.a / at.scale, (m.x.b - fx - at.dx) / at.scale + fx};
    m.y = {m.y.a / at.scale, (m.y.b - fy) / at.scale + fy};
    draw_masked(from.walker[i], from.walker_box[i], m, *out);
  }
}

void draw_transition_frame(const render::ImageRgba* from, const render::ImageRgba* to, uint32_t i, uint32_t n,
                           int width, int height, render::ImageRgba* out) {
  resize(*out, width, height);
  // Frame i of n lies strictly between the two shots: never all of one or all of the other.
  const int t = int(std::lround(256.0 * (i + 1) / (n + 1)));
  const size_t count = size_t(width) * height * 4;
  const auto valid = [&](const render::ImageRgba* img) { return img && img->pixels.size() == count; };
  const uint8_t* a = valid(from) ? from->pixels.data() : nullptr;
  const uint8_t* b = valid(to) ? to->pixels.data() : nullptr;
  uint8_t* o = out->pixels.data();
  for (size_t k = 0; k < count; ++k) {
    if ((k & 3) == 3) {
      o[k] = 255;
      continue;
    }
    const int va = a ? a[k] : 0, vb = b ? b[k] : 0;
    o[k] = uint8_t((va * (256 - t) + vb * t + 128) >> 8);
  }
}

}  // namespace ekonte::animatic
