#include "animatic/shot_clip.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

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

// Samples `src` through `m` over the whole frame, edges clamped: an opaque layer (the set).
// Separable (scale and translation only): the columns' source offsets and weights are computed
// once per frame, each row blends two source rows in 8-bit fixed point.
void draw_opaque(const render::ImageRgba& src, const Map& m, render::ImageRgba& out) {
  const int w = out.width, h = out.height, sw = src.width, sh = src.height;
  if (identity(m) && sw == w && sh == h) {
    std::memcpy(out.pixels.data(), src.pixels.data(), out.pixels.size());
    return;
  }
  std::vector<uint32_t> left(w), right(w);
  std::vector<uint16_t> fx(w);
  for (int x = 0; x < w; ++x) {
    const double s = std::clamp(m.x.a * x + m.x.b, 0.0, double(sw - 1));
    const int x0 = std::min(int(s), std::max(0, sw - 2));
    fx[x] = uint16_t(std::lround((s - x0) * 256));
    left[x] = uint32_t(x0) * 4;
    right[x] = uint32_t(std::min(x0 + 1, sw - 1)) * 4;
  }
  const uint8_t* p = src.pixels.data();
  // Source rows resampled across, kept while consecutive output rows read them (a magnified
  // view reads each source row for one or two output rows).
  std::vector<uint16_t> rows[2] = {std::vector<uint16_t>(size_t(w) * 3), std::vector<uint16_t>(size_t(w) * 3)};
  int held[2] = {-1, -1};
  const auto across = [&](int sy, std::vector<uint16_t>& dst) {
    const uint8_t* r = p + size_t(sy) * sw * 4;
    for (int x = 0; x < w; ++x) {
      const uint32_t i = left[x], j = right[x], f = fx[x];
      for (int c = 0; c < 3; ++c) dst[3 * x + c] = uint16_t(r[i + c] * (256 - f) + r[j + c] * f);
    }
  };
  const auto row = [&](int sy) -> const uint16_t* {
    for (int k = 0; k < 2; ++k)
      if (held[k] == sy) return rows[k].data();
    const int k = held[0] == -1 || (held[1] != -1 && held[0] < held[1]) ? 0 : 1;  // drop the older row
    across(sy, rows[k]);
    held[k] = sy;
    return rows[k].data();
  };
  for (int y = 0; y < h; ++y) {
    const double s = std::clamp(m.y.a * y + m.y.b, 0.0, double(sh - 1));
    const int y0 = std::min(int(s), std::max(0, sh - 2));
    const uint32_t fy = uint32_t(std::lround((s - y0) * 256));
    const int y1 = std::min(y0 + 1, sh - 1);
    const uint16_t* a = row(y0);
    const uint16_t* b = row(y1);
    if (y1 != y0) a = row(y0);  // rows only grow down the frame, so this is y0 still; kept for safety
    uint8_t* o = out.pixels.data() + size_t(y) * w * 4;
    for (int x = 0; x < w; ++x) {
      for (int c = 0; c < 3; ++c)
        o[4 * x + c] = uint8_t((uint32_t(a[3 * x + c]) * (256 - fy) + uint32_t(b[3 * x + c]) * fy + (1u << 15)) >> 16);
      o[4 * x + 3] = 255;
    }
  }
}

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

// Samples `src` where `mask` is set, through `m`, over `out`: a layer in front (figures). The
// colour is weighted by the mask so the set's pixels at a figure's edge do not travel with it.
// Only the output pixels whose source lies in the mask's box `box` are visited.
void draw_masked(const render::ImageRgba& src, const render::ImageGray& mask, const MaskBox& box, const Map& m,
                 render::ImageRgba& out) {
  if (box.x1 <= box.x0) return;
  const int w = out.width, h = out.height, sw = src.width;
  const auto out_range = [](const Axis& a, int lo, int hi, int n, int* from, int* to) {
    // Output pixels whose source (src = a * out + b) falls in (lo - 1, hi).
    const double p = (lo - 1 - a.b) / a.a, q = (hi - a.b) / a.a;
    *from = std::max(0, int(std::floor(std::min(p, q))));
    *to = std::min(n, int(std::ceil(std::max(p, q))) + 1);
  };
  int ox0, ox1, oy0, oy1;
  out_range(m.x, box.x0, box.x1, w, &ox0, &ox1);
  out_range(m.y, box.y0, box.y1, h, &oy0, &oy1);
  if (ox1 <= ox0 || oy1 <= oy0) return;
  std::vector<int> cx(size_t(ox1 - ox0));
  std::vector<float> fxs(cx.size());
  for (int x = ox0; x < ox1; ++x) {
    const double sx = m.x.a * x + m.x.b;
    cx[x - ox0] = int(std::floor(sx));
    fxs[x - ox0] = float(sx - std::floor(sx));
  }
  const uint8_t* p = src.pixels.data();
  const uint8_t* k = mask.pixels.data();
  for (int y = oy0; y < oy1; ++y) {
    const double sy = m.y.a * y + m.y.b;
    const int y0 = int(std::floor(sy));
    const float fy = float(sy - y0);
    uint8_t* o = out.pixels.data() + size_t(y) * w * 4;
    for (int x = ox0; x < ox1; ++x) {
      const int x0 = cx[x - ox0];
      const float fx = fxs[x - ox0];
      float acc[3] = {0, 0, 0}, cover = 0;
      for (int dy = 0; dy < 2; ++dy) {
        const int yy = y0 + dy;
        if (yy < box.y0 || yy >= box.y1) continue;
        const float wy = dy ? fy : 1 - fy;
        for (int dx = 0; dx < 2; ++dx) {
          const int xx = x0 + dx;
          if (xx < box.x0 || xx >= box.x1) continue;
          const size_t at = size_t(yy) * sw + xx;
          if (!k[at]) continue;
          const float wgt = wy * (dx ? fx : 1 - fx) * (k[at] * (1.0f / 255));
          cover += wgt;
          for (int c = 0; c < 3; ++c) acc[c] += wgt * p[4 * at + c];
        }
      }
      if (cover <= 0) continue;
      if (cover > 0.999f) {
        for (int c = 0; c < 3; ++c) o[4 * x + c] = uint8_t(std::lround(acc[c] / cover));
        continue;
      }
      for (int c = 0; c < 3; ++c) o[4 * x + c] = uint8_t(std::lround(o[4 * x + c] * (1 - cover) + acc[c]));
    }
  }
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
  render::ImageGray front;               // without the walkers
  MaskBox front_box;
  std::vector<render::ImageGray> walker;  // one per clip.motion.walkers
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
      p->front = layers->front;
      for (const Walker& wk : clip.motion.walkers) {
        render::ImageGray m = walker_mask(*layers, wk.instance);
        for (size_t i = 0; i < m.pixels.size(); ++i)
          if (m.pixels[i]) p->front.pixels[i] = 0;
        const MaskBox b = mask_box(m);
        p->feet.push_back(b.x1 > b.x0 ? std::make_pair((b.x0 + b.x1) / 2.0, double(b.y1))
                                      : std::make_pair(m.width / 2.0, double(m.height)));
        p->walker_box.push_back(b);
        p->walker.push_back(std::move(m));
      }
      p->front_box = mask_box(p->front);
    }
    prepared_.push_back(std::move(p));
  }
}

ClipPainter::~ClipPainter() = default;

int ClipPainter::width() const { return clip_.still.picture.width; }
int ClipPainter::height() const { return clip_.still.picture.height; }

bool ClipPainter::same_as_previous(uint32_t frame) const {
  if (frame == 0 || clip_.motion.any()) return false;
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

void ClipPainter::draw_pictures(uint32_t frame, render::ImageRgba* out) const {
  const int w = width(), h = height();
  resize(*out, w, h);
  const bool early = clip_.motion.change_at_middle && !clip_.before.picture.pixels.empty() && frame < clip_.frames / 2;
  const Prepared& now = *prepared_[early ? 1 : 0];
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
  draw_masked(layers.picture, now.front, now.front_box, front, *out);
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
    draw_masked(from.layers->picture, from.walker[i], from.walker_box[i], m, *out);
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
