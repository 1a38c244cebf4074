#include "render/neural/pattern_edits.hpp"

#include <algorithm>
#include <cmath>

#include "render/canvas.hpp"

namespace ekonte::neural {
namespace {

// The crest: an ellipse centred here in part-box coordinates, with these half-axes.
constexpr double kCrestU = 0.5, kCrestV = 0.3, kCrestRadiusU = 0.16, kCrestRadiusV = 0.1;
// Share of each period that stripes, streaks and dots cover.
constexpr double kBandShare = 0.5, kStreakShare = 0.35, kDotRadius = 0.28;

bool painted(const PatternEdit& e, double u, double v) {
  switch (e.kind) {
    case EditKind::Recolour:
      return true;
    case EditKind::Stripes: {
      const double s = v * std::cos(e.angle) + u * std::sin(e.angle);
      const double f = s / e.period - std::floor(s / e.period);
      return f < kBandShare;
    }
    case EditKind::Dots: {
      const double fu = u / e.period - std::floor(u / e.period) - 0.5, fv = v / e.period - std::floor(v / e.period) - 0.5;
      return fu * fu + fv * fv < kDotRadius * kDotRadius;
    }
    case EditKind::Crest: {
      const double du = (u - kCrestU) / kCrestRadiusU, dv = (v - kCrestV) / kCrestRadiusV;
      return du * du + dv * dv <= 1.0;
    }
    case EditKind::HairStreaks: {
      const double f = u / e.period - std::floor(u / e.period);
      return f < kStreakShare;
    }
  }
  return false;
}

}  // namespace

std::string_view name_of(EditKind kind) {
  switch (kind) {
    case EditKind::Recolour: return "recolour";
    case EditKind::Stripes: return "stripes";
    case EditKind::Dots: return "dots";
    case EditKind::Crest: return "crest";
    case EditKind::HairStreaks: return "hair-streaks";
  }
  return "?";
}

bool trained_on(EditKind kind) { return kind == EditKind::Recolour || kind == EditKind::Stripes || kind == EditKind::Dots; }

render::ImageGray apply_edit(render::ImageRgba& picture, const render::ImageGray& parts, const render::ImageGray& tones,
                             const render::ImageGray& lineart, const render::ImageGray* instances, int instance,
                             const PatternEdit& edit, const ToneModel& model) {
  const int w = picture.width, h = picture.height;
  render::ImageGray mask{w, h, std::vector<uint8_t>(size_t(w) * h, 0)};
  const int part = static_cast<int>(edit.part);
  auto mine = [&](size_t i) {
    return parts.pixels[i] == part && (!instances || instance == 0 || instances->pixels[i] == instance);
  };
  int x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      if (mine(size_t(y) * w + x)) x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
  if (x1 < 0) return mask;
  const Rgb ink = render::Canvas::kInk;
  const bool have_tones = tones.pixels.size() == parts.pixels.size();
  const bool have_lines = lineart.pixels.size() == parts.pixels.size();
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) {
      const size_t i = size_t(y) * w + x;
      if (!mine(i)) continue;
      const double u = (x - x0 + 0.5) / (x1 - x0 + 1), v = (y - y0 + 0.5) / (y1 - y0 + 1);
      if (!painted(edit, u, v)) continue;
      mask.pixels[i] = 1;
      int t = have_tones ? tones.pixels[i] : int(render::Tone::Base);
      if (t == 0 || t >= kPaletteTones) t = int(render::Tone::Base);
      const Rgb fill = model.predict(part, int(render::Tone::Base), t, edit.colour);
      const int line = have_lines ? lineart.pixels[i] : 0;
      uint8_t* o = &picture.pixels[i * 4];
      const uint8_t rgb[3] = {fill.r, fill.g, fill.b}, k[3] = {ink.r, ink.g, ink.b};
      for (int c = 0; c < 3; ++c) o[c] = static_cast<uint8_t>((rgb[c] * (255 - line) + k[c] * line + 127) / 255);
    }
  return mask;
}

}  // namespace ekonte::neural
