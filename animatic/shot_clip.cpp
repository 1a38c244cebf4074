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
void draw_opaque(const render::ImageRgba& src, const Map& m, render::ImageRgba& out) {
  const int w = out.width, h = out.height, sw = src.width, sh = src.height;
  if (identity(m) && sw == w && sh == h) {
    std::memcpy(out.pixels.data(), src.pixels.data(), out.pixels.size());
    return;
  }
  std::vector<int> x0(w), fx(w);
  for (int x = 0; x < w; ++x) {
    const double s = std::clamp(m.x.a * x + m.x.b, 0.0, double(sw - 1));
    x0[x] = std::min(int(s), sw - 2 < 0 ? 0 : sw - 2);
    fx[x] = int(std::lround((s - x0[x]) * 256));
  }
  const uint8_t* p = src.pixels.data();
  for (int y = 0; y < h; ++y) {
    const double s = std::clamp(m.y.a * y + m.y.b, 0.0, double(sh - 1));
    const int y0 = std::min(int(s), sh - 2 < 0 ? 0 : sh - 2);
    const int fy = int(std::lround((s - y0) * 256));
    const uint8_t* r0 = p + size_t(y0) * sw * 4;
    const uint8_t* r1 = sh > 1 ? r0 + size_t(sw) * 4 : r0;
    uint8_t* o = out.pixels.data() + size_t(y) * w * 4;
    for (int x = 0; x < w; ++x) {
      const int i = x0[x] * 4, j = sw > 1 ? i + 4 : i, f = fx[x];
      for (int c = 0; c < 3; ++c) {
        const int top = r0[i + c] * (256 - f) + r0[j + c] * f;
        const int bottom = r1[i + c] * (256 - f) + r1[j + c] * f;
        o[4 * x + c] = uint8_t((top * (256 - fy) + bottom * fy + (1 << 15)) >> 16);
      }
      o[4 * x + 3] = 255;
    }
  }
}

// Samples `src` where `mask` is set, through `m`, over `out`: a layer in front (figures). The
// colour is weighted by the mask so the set's pixels at a figure's edge do not travel with it.
void draw_masked(const render::ImageRgba& src, const render::ImageGray& mask, const Map& m, render::ImageRgba& out) {
  const int w = out.width, h = out.height, sw = src.width, sh = src.height;
  const uint8_t* p = src.pixels.data();
  const uint8_t* k = mask.pixels.data();
  for (int y = 0; y < h; ++y) {
    const double sy = m.y.a * y + m.y.b;
    if (sy <= -1 || sy >= sh) continue;
    const int y0 = int(std::floor(sy));
    const double fy = sy - y0;
    uint8_t* o = out.pixels.data() + size_t(y) * w * 4;
    for (int x = 0; x < w; ++x) {
      const double sx = m.x.a * x + m.x.b;
      if (sx <= -1 || sx >= sw) continue;
      const int x0 = int(std::floor(sx));
      const double fx = sx - x0;
      double acc[3] = {0, 0, 0}, cover = 0;
      for (int dy = 0; dy < 2; ++dy) {
        const int yy = y0 + dy;
        if (yy < 0 || yy >= sh) continue;
        const double wy = dy ? fy : 1 - fy;
        for (int dx = 0; dx < 2; ++dx) {
          const int xx = x0 + dx;
          if (xx < 0 || xx >= sw) continue;
          const size_t at = size_t(yy) * sw + xx;
          if (!k[at]) continue;
          const double wgt = wy * (dx ? fx : 1 - fx) * k[at] / 255.0;
          cover += wgt;
          for (int c = 0; c < 3; ++c) acc[c] += wgt * p[4 * at + c];
        }
      }
      if (cover <= 0) continue;
      for (int c = 0; c < 3; ++c) {
        const double v = acc[c] / cover;
        o[4 * x + c] = uint8_t(std::lround(o[4 * x + c] * (1 - cover) + v * cover));
      }
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
  std::vector<render::ImageGray> walker;  // one per clip.motion.walkers
  std::vector<std::pair<double, double>> feet;
};

ClipPainter::ClipPainter(const ShotClip& clip) : clip_(clip) {
  for (const ShotLayers* layers : {&clip.still, &clip.before, &clip.passing}) {
    auto p = std::make_unique<Prepared>();
    p->layers = layers;
    if (layers->has_plate()) {
      p->front = layers->front;
      const bool has_instances = !layers->instances.pixels.empty();
      for (const Walker& wk : clip.motion.walkers) {
        render::ImageGray m{layers->picture.width, layers->picture.height, {}};
        m.pixels.assign(p->front.pixels.size(), 0);
        int x0 = m.width, x1 = -1, y1 = -1;
        if (has_instances)
          for (int y = 0; y < m.height; ++y)
            for (int x = 0; x < m.width; ++x) {
              const size_t at = size_t(y) * m.width + x;
              if (layers->instances.pixels[at] != wk.instance || !p->front.pixels[at]) continue;
              m.pixels[at] = 255;
              p->front.pixels[at] = 0;
              x0 = std::min(x0, x), x1 = std::max(x1, x), y1 = std::max(y1, y);
            }
        p->feet.push_back(x1 >= 0 ? std::make_pair((x0 + x1) / 2.0, double(y1)) : std::make_pair(m.width / 2.0, double(m.height)));
        p->walker.push_back(std::move(m));
      }
    }
    prepared_.push_back(std::move(p));
  }
}

ClipPainter::~ClipPainter() = default;

int ClipPainter::width() const { return clip_.still.picture.width; }
int ClipPainter::height() const { return clip_.still.picture.height; }

void ClipPainter::draw(uint32_t frame, render::ImageRgba* out) const {
  const int w = width(), h = height();
  resize(*out, w, h);
  const bool early = clip_.motion.change_at_middle && !clip_.before.picture.pixels.empty() && frame < clip_.frames / 2;
  const Prepared& now = *prepared_[early ? 1 : 0];
  const ShotLayers& layers = *now.layers;
  const CameraAt cam = camera_at(clip_.motion.move, move_progress(frame, clip_.frames), w, h,
                                 clip_.motion.follow_direction);
  const bool walkers = !clip_.motion.walkers.empty() && layers.has_plate();
  if (!layers.has_plate() || (cam.still(w, h) && !walkers)) {
    draw_opaque(layers.picture, view_map(cam.front, w, h), *out);
    return;
  }
  draw_opaque(layers.plate, view_map(cam.set, w, h), *out);
  const Map front = view_map(cam.front, w, h);
  draw_masked(layers.picture, now.front, front, *out);
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
    draw_masked(from.layers->picture, from.walker[i], m, *out);
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
