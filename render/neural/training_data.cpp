#include "render/neural/training_data.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <random>

#include "render/neural/neural_generator.hpp"
#include "render/neural/tone_labels.hpp"

namespace ekonte::neural {
namespace {

using render::PartLabel;

struct Rgbf {
  double r = 0, g = 0, b = 0;
};

Rgbf hsv(double h, double s, double v) {
  h = std::fmod(h, 1.0) * 6.0;
  const int i = static_cast<int>(h) % 6;
  const double f = h - std::floor(h), p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
  switch (i) {
    case 0: return {v, t, p};
    case 1: return {q, v, p};
    case 2: return {p, v, t};
    case 3: return {p, q, v};
    case 4: return {t, p, v};
    default: return {v, p, q};
  }
}

// A toy identity: the colours and styles a design is made of.
struct ToyIdentity {
  Rgbf hair, eyes, skin, outfit1, outfit2, accessory;
  int hair_style = 0;  // 0 cap, 1 long, 2 bun
  int accessory_kind = 0;  // 0 none, 1 scarf, 2 headband
};

ToyIdentity toy_identity(uint64_t seed) {
  std::mt19937_64 rng(mix_seed(seed));
  std::uniform_real_distribution<double> u(0, 1);
  ToyIdentity id;
  id.hair = hsv(u(rng), 0.2 + 0.7 * u(rng), 0.15 + 0.8 * u(rng));
  id.eyes = hsv(u(rng), 0.5 + 0.5 * u(rng), 0.3 + 0.6 * u(rng));
  id.skin = hsv(0.03 + 0.07 * u(rng), 0.15 + 0.45 * u(rng), 0.35 + 0.62 * u(rng));
  id.outfit1 = hsv(u(rng), u(rng), 0.15 + 0.85 * u(rng));
  id.outfit2 = hsv(u(rng), u(rng), 0.15 + 0.85 * u(rng));
  id.accessory = hsv(u(rng), 0.3 + 0.7 * u(rng), 0.3 + 0.7 * u(rng));
  id.hair_style = static_cast<int>(rng() % 3);
  id.accessory_kind = static_cast<int>(rng() % 3);
  return id;
}

struct Placement {
  double cx = 0, top = 0, scale = 1;  // screen x of the figure axis, y of the head top, px per figure unit
  double view = 0;                    // -1 profile left .. 0 front .. 1 profile right
  double tilt = 0;                    // radians, a lean standing in for the pose
};

struct PaintResult {
  PartLabel label = PartLabel::Background;
  render::Tone tone = render::Tone::None;
  Rgbf color;
};

// The part under figure coordinates (fx, fy) (figure height 1, head top at 0), or none.
bool paint_figure(const ToyIdentity& id, const Placement& p, double fx, double fy, PaintResult& out) {
  bool hit = false;
  auto put = [&](PartLabel label, const Rgbf& c, double shade) {
    out.label = label;
    out.tone = label == PartLabel::Eyes ? render::Tone::Pupil : shade < 1 ? render::Tone::Shadow : render::Tone::Base;
    out.color = {c.r * shade, c.g * shade, c.b * shade};
    hit = true;
  };
  auto in_ellipse = [](double x, double y, double cx, double cy, double rx, double ry) {
    const double dx = (x - cx) / rx, dy = (y - cy) / ry;
    return dx * dx + dy * dy <= 1;
  };
  // Light from the upper left: the right third of each shape is in shadow.
  auto shade = [&](double x, double cx, double r) { return x - cx > 0.35 * r ? 0.78 : 1.0; };
  const double face_dx = 0.035 * p.view;
  if (id.hair_style == 1 && fx > -0.15 && fx < 0.15 && fy > 0.1 && fy < 0.4) put(PartLabel::Hair, id.hair, shade(fx, 0, 0.15));
  if (in_ellipse(fx, fy, 0, 0.55, 0.16, 0.28)) put(PartLabel::OutfitPrimary, id.outfit1, shade(fx, 0, 0.16));
  if (fy > 0.62 && fy < 0.68 && in_ellipse(fx, fy, 0, 0.55, 0.16, 0.28)) put(PartLabel::OutfitSecondary, id.outfit2, 1.0);
  for (double lx : {-0.06, 0.06})
    if (fy > 0.78 && fy < 1.0 && std::abs(fx - lx) < 0.035) put(PartLabel::OutfitSecondary, id.outfit2, shade(fx, lx, 0.035));
  if (fy > 0.24 && fy < 0.3 && std::abs(fx) < 0.04) put(PartLabel::Skin, id.skin, 0.85);
  if (id.accessory_kind == 1 && in_ellipse(fx, fy, 0, 0.3, 0.11, 0.035)) put(PartLabel::Accessory, id.accessory, shade(fx, 0, 0.11));
  if (in_ellipse(fx, fy, 0, 0.15, 0.12, 0.125)) put(PartLabel::Skin, id.skin, shade(fx, 0, 0.12));
  if (in_ellipse(fx, fy, 0, 0.13, 0.13, 0.13) && fy < 0.1 - 0.25 * (fx - face_dx) * (fx - face_dx))
    put(PartLabel::Hair, id.hair, shade(fx, 0, 0.13));
  if (id.hair_style == 2 && in_ellipse(fx, fy, 0, 0.0, 0.06, 0.05)) put(PartLabel::Hair, id.hair, shade(fx, 0, 0.06));
  if (id.accessory_kind == 2 && fy > 0.045 && fy < 0.075 && in_ellipse(fx, fy, 0, 0.15, 0.125, 0.13))
    put(PartLabel::Accessory, id.accessory, 1.0);
  for (double ex : {-0.045, 0.045}) {
    const double x0 = ex + face_dx;
    if (std::abs(x0) > 0.1) continue;  // turned away
    if (in_ellipse(fx, fy, x0, 0.165, 0.024, 0.022)) put(PartLabel::EyeWhite, {0.97, 0.97, 0.97}, 1.0);
    if (in_ellipse(fx, fy, x0 + 0.004 * p.view, 0.165, 0.015, 0.018)) put(PartLabel::Eyes, id.eyes, 1.0);
  }
  if (in_ellipse(fx, fy, face_dx, 0.225, 0.02, 0.008)) put(PartLabel::Mouth, {0.75, 0.3, 0.3}, 1.0);
  return hit;
}

uint8_t to8(double v) { return static_cast<uint8_t>(std::clamp(std::lround(v * 255.0), 0L, 255L)); }

// Renders figures into a ShotRender: colour (shaded fills under 1-px ink), maps, landmarks.
render::ShotRender render_toy(const std::vector<ToyIdentity>& ids, const std::vector<Placement>& places, int w, int h,
                              const Rgbf& paper_top, const Rgbf& paper_bottom) {
  render::ShotRender r;
  r.landmarks.width = w, r.landmarks.height = h;
  r.color = {w, h, std::vector<uint8_t>(size_t(w) * h * 4)};
  r.background = r.color;
  r.lineart = {w, h, std::vector<uint8_t>(size_t(w) * h)};
  r.parts = r.lineart;
  r.instances = r.lineart;
  r.tones = r.lineart;
  std::vector<Rgbf> fill(size_t(w) * h);
  for (int y = 0; y < h; ++y) {
    const double t = double(y) / std::max(1, h - 1);
    const Rgbf bg{paper_top.r + (paper_bottom.r - paper_top.r) * t, paper_top.g + (paper_bottom.g - paper_top.g) * t,
                  paper_top.b + (paper_bottom.b - paper_top.b) * t};
    for (int x = 0; x < w; ++x) {
      const size_t i = size_t(y) * w + x;
      fill[i] = bg;
      r.background.pixels[i * 4] = to8(bg.r), r.background.pixels[i * 4 + 1] = to8(bg.g);
      r.background.pixels[i * 4 + 2] = to8(bg.b), r.background.pixels[i * 4 + 3] = 255;
      for (size_t k = 0; k < ids.size(); ++k) {
        const auto& p = places[k];
        // Pixel centre to figure coordinates, undoing the lean about the feet.
        const double sx = (x + 0.5 - p.cx) / p.scale, sy = (y + 0.5 - p.top) / p.scale;
        const double c = std::cos(p.tilt), s = std::sin(p.tilt);
        const double fx = c * sx + s * (sy - 1.0), fy = -s * sx + c * (sy - 1.0) + 1.0;
        PaintResult paint;
        if (paint_figure(ids[k], p, fx, fy, paint)) {
          fill[i] = paint.color;
          r.parts.pixels[i] = static_cast<uint8_t>(paint.label);
          r.instances.pixels[i] = static_cast<uint8_t>(k + 1);
          r.tones.pixels[i] = static_cast<uint8_t>(paint.tone);
        }
      }
    }
  }
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const size_t i = size_t(y) * w + x;
      bool edge = false;
      for (auto [dx, dy] : {std::pair{1, 0}, {0, 1}, {-1, 0}, {0, -1}}) {
        const int nx = x + dx, ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
        const size_t j = size_t(ny) * w + nx;
        // Ink where a character meets something else; inside, only the right/bottom side draws.
        if (r.instances.pixels[i] != r.instances.pixels[j] && r.instances.pixels[i] > 0) edge = true;
        if (r.instances.pixels[i] == r.instances.pixels[j] && r.instances.pixels[i] > 0 && dx + dy > 0 &&
            r.parts.pixels[i] != r.parts.pixels[j])
          edge = true;
      }
      r.lineart.pixels[i] = edge ? 255 : 0;
      Rgbf c = fill[i];
      if (edge) c = {0.12, 0.1, 0.14};  // the toy renderer's ink
      r.color.pixels[i * 4] = to8(c.r), r.color.pixels[i * 4 + 1] = to8(c.g), r.color.pixels[i * 4 + 2] = to8(c.b);
      r.color.pixels[i * 4 + 3] = 255;
    }
  for (size_t k = 0; k < ids.size(); ++k) {
    render::CharacterLandmarks lm;
    lm.character.value = static_cast<uint32_t>(k);
    lm.character_id = "TOY" + std::to_string(k);
    const auto& p = places[k];
    lm.head = {p.cx - 0.13 * p.scale, p.top, 0.26 * p.scale, 0.26 * p.scale};
    lm.face_center = {p.cx, p.top + 0.15 * p.scale};
    lm.mouth = {p.cx, p.top + 0.225 * p.scale};
    lm.body = {p.cx - 0.16 * p.scale, p.top, 0.32 * p.scale, p.scale};
    r.landmarks.characters.push_back(lm);
  }
  return r;
}

render::ShotRender toy_front_view(const ToyIdentity& id, int side) {
  Placement p;
  p.scale = side * 0.9;
  p.cx = side / 2.0;
  p.top = side * 0.05;
  return render_toy({id}, {p}, side, side, {1, 1, 1}, {1, 1, 1});
}

}  // namespace

uint64_t mix_seed(uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

TrainingExample synthetic_example(const ExampleRequest& req) {
  std::mt19937_64 rng(mix_seed(req.shot_seed ^ 0x5107));
  std::uniform_real_distribution<double> u(0, 1);
  std::vector<ToyIdentity> ids;
  std::vector<Placement> places;
  const size_t n = req.identities.size();
  // Framing: the figure height as a multiple of the frame height (close-ups crop the body).
  const double figure_h = req.height * (n > 1 ? 0.7 + 0.8 * u(rng) : 0.6 + 2.4 * u(rng));
  for (size_t k = 0; k < n; ++k) {
    ids.push_back(toy_identity(req.identities[k]));
    Placement p;
    p.scale = figure_h * (0.9 + 0.2 * u(rng));
    p.cx = req.width * ((k + 0.5) / n + 0.15 * (u(rng) - 0.5) / n);
    p.top = req.height * (0.02 + 0.15 * u(rng));
    p.view = std::array{-1.0, -0.5, 0.0, 0.0, 0.5, 1.0}[rng() % 6];
    p.tilt = (u(rng) - 0.5) * 0.3;
    places.push_back(p);
  }
  const Rgbf top = hsv(u(rng), 0.4 * u(rng), 0.5 + 0.5 * u(rng)), bottom = hsv(u(rng), 0.4 * u(rng), 0.3 + 0.6 * u(rng));
  TrainingExample ex;
  ex.shot = render_toy(ids, places, req.width, req.height, top, bottom);
  for (size_t k = 0; k < n; ++k) {
    auto front = toy_front_view(ids[k], 96);
    if (req.augment_reference)
      front.color = augment_reference(front.color, mix_seed(req.shot_seed + 31 * k), &front.parts, &front.tones);
    ex.references.push_back(std::move(front.color));
    ex.reference_parts.push_back(std::move(front.parts));
    ex.reference_tones.push_back(std::move(front.tones));
  }
  return ex;
}

render::ImageRgba augment_reference(const render::ImageRgba& src, uint64_t seed, render::ImageGray* parts,
                                    render::ImageGray* tones) {
  std::mt19937_64 rng(mix_seed(seed ^ 0xa11ce));
  std::uniform_real_distribution<double> u(0, 1);
  const int w = src.width, h = src.height;
  const double angle = (u(rng) - 0.5) * 2 * 8 * std::numbers::pi / 180;  // +-8 degrees
  const double scale = 0.88 + 0.24 * u(rng);                            // +-12 %
  const double tx = (u(rng) - 0.5) * 0.12 * w, ty = (u(rng) - 0.5) * 0.12 * h;  // +-6 % shift (a crop)
  const bool flip = u(rng) < 0.5;
  const int line_weight = static_cast<int>(rng() % 3);  // 0 as drawn, 1 thicker, 2 paler lines
  const double value_gain = 1 + (u(rng) - 0.5) * 0.08;  // brightness +-4 %
  const double sat_gain = 1 + (u(rng) - 0.5) * 0.12;    // saturation +-6 %
  const double c = std::cos(angle), s = std::sin(angle);
  auto at = [&](int x, int y, int ch) -> double {
    if (x < 0 || y < 0 || x >= w || y >= h) return 1.0;  // paper outside the sheet
    return src.pixels[(size_t(y) * w + x) * 4 + ch] / 255.0;
  };
  render::ImageRgba out{w, h, std::vector<uint8_t>(size_t(w) * h * 4)};
  render::ImageGray out_parts{w, h, std::vector<uint8_t>(size_t(w) * h)};
  const bool with_parts = parts && parts->width == w && parts->height == h;
  render::ImageGray out_tones{w, h, std::vector<uint8_t>(size_t(w) * h)};
  const bool with_tones = tones && tones->width == w && tones->height == h;
  std::vector<double> lum(size_t(w) * h);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      // Inverse map: output pixel -> source position.
      double dx = x + 0.5 - w / 2.0 - tx, dy = y + 0.5 - h / 2.0 - ty;
      if (flip) dx = -dx;
      const double sx = (c * dx + s * dy) / scale + w / 2.0 - 0.5, sy = (-s * dx + c * dy) / scale + h / 2.0 - 0.5;
      const int x0 = static_cast<int>(std::floor(sx)), y0 = static_cast<int>(std::floor(sy));
      const double fx = sx - x0, fy = sy - y0;
      if (with_parts || with_tones) {
        const int nx = static_cast<int>(std::lround(sx)), ny = static_cast<int>(std::lround(sy));
        const bool outside = nx < 0 || ny < 0 || nx >= w || ny >= h;
        const size_t from = outside ? 0 : size_t(ny) * w + nx;
        if (with_parts) out_parts.pixels[size_t(y) * w + x] = outside ? 0 : parts->pixels[from];
        if (with_tones) out_tones.pixels[size_t(y) * w + x] = outside ? 0 : tones->pixels[from];
      }
      double rgb[3];
      for (int ch = 0; ch < 3; ++ch)
        rgb[ch] = (at(x0, y0, ch) * (1 - fx) + at(x0 + 1, y0, ch) * fx) * (1 - fy) +
                  (at(x0, y0 + 1, ch) * (1 - fx) + at(x0 + 1, y0 + 1, ch) * fx) * fy;
      // Colour jitter in HSV terms that keeps hue: scale chroma about the grey axis and the value.
      const double mx = std::max({rgb[0], rgb[1], rgb[2]});
      for (double& v : rgb) v = std::clamp((mx - (mx - v) * sat_gain) * value_gain, 0.0, 1.0);
      const size_t i = size_t(y) * w + x;
      for (int ch = 0; ch < 3; ++ch) out.pixels[i * 4 + ch] = to8(rgb[ch]);
      out.pixels[i * 4 + 3] = 255;
      // Ink is dark and grey; dark but coloured pixels (black hair, navy cloth) are not ink.
      const double chroma = mx - std::min({rgb[0], rgb[1], rgb[2]});
      lum[i] = chroma < 0.08 ? 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] : 1.0;
    }
  if (line_weight != 0) {
    constexpr double kInkLuma = 0.25;  // darker than this counts as line art
    auto copy = out;
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        const size_t i = size_t(y) * w + x;
        if (line_weight == 1) {
          // Thicker: a pixel next to ink becomes ink.
          for (auto [ddx, ddy] : {std::pair{1, 0}, {0, 1}}) {
            const int nx = x + ddx, ny = y + ddy;
            if (nx >= w || ny >= h) continue;
            const size_t j = size_t(ny) * w + nx;
            if (lum[j] < kInkLuma && lum[i] >= kInkLuma)
              for (int ch = 0; ch < 3; ++ch) copy.pixels[i * 4 + ch] = out.pixels[j * 4 + ch];
          }
        } else if (lum[i] < kInkLuma) {
          // Thinner: ink pales towards grey, as with a lighter pen.
          for (int ch = 0; ch < 3; ++ch) copy.pixels[i * 4 + ch] = static_cast<uint8_t>(copy.pixels[i * 4 + ch] / 2 + 50);
        }
      }
    out = std::move(copy);
  }
  if (with_parts) *parts = std::move(out_parts);
  if (with_tones) *tones = std::move(out_tones);
  return out;
}

std::string name_of(IdentitySet set) { return set == IdentitySet::Classic ? "classic-1" : "wardrobe-1"; }

IdentitySet identity_set_named(const std::string& name) {
  if (name == "classic-1") return IdentitySet::Classic;
  if (name == "wardrobe-1") return IdentitySet::Wardrobe;
  throw NeuralError("unknown identity set `" + name + "`; this ekonte knows `classic-1` and `wardrobe-1`");
}

ExampleSource example_source_named(const std::string& name) {
  if (name == "synthetic") return synthetic_example;
  if (name == "rig") {
    auto src = rig_example_source();
    if (!src) throw NeuralError("training data `rig` needs the rig renderer, and this ekonte was built without it");
    return src;
  }
  throw NeuralError("unknown training data `" + name + "`; use `rig` or `synthetic`");
}

LabelledSheet labelled_sheet_of(render::ShotRender r) {
  LabelledSheet s;
  s.tones = has_tone_map(r.tones, r.parts) ? std::move(r.tones) : derive_tones(r.color, r.parts, nullptr, r.lineart);
  s.picture = std::move(r.color);
  s.parts = std::move(r.parts);
  s.ink = std::move(r.lineart);
  // Outline ink: where the line art is at least half dark and the picture shows it (dark), so a
  // line that a later fill covered is never called ink.
  for (size_t i = 0; i < s.ink.pixels.size(); ++i) {
    const uint8_t* c = &s.picture.pixels[i * 4];
    s.ink.pixels[i] = s.ink.pixels[i] >= 128 && 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2] < 140 ? 255 : 0;
  }
  return s;
}

render::ShotRender shot_of_sheet(LabelledSheet s) {
  render::ShotRender r;
  r.instances = s.parts;
  for (auto& v : r.instances.pixels) v = v ? 1 : 0;
  r.color = std::move(s.picture);
  r.parts = std::move(s.parts);
  r.tones = std::move(s.tones);
  r.lineart = std::move(s.ink);
  return r;
}

}  // namespace ekonte::neural
