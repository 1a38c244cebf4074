#include "render/neural/tone_labels.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

#include "render/canvas.hpp"

namespace ekonte::neural {
namespace {

using render::PartLabel;
using render::Tone;

constexpr int kParts = static_cast<int>(PartLabel::Count);
// Line-art darkness below which a pixel shows its fill (it votes for the base colour).
constexpr int kCleanLine = 40;
// A pixel within this RGB distance of its region's densest colour (or of that colour blended
// with ink) is the base tone.
constexpr double kBaseRadius = 18.0;
// Eyes: this much darker than the iris (luma, 0..255) is the pupil; this bright is a catch-light.
constexpr double kPupilDrop = 25.0, kCatchLightLuma = 225.0;
// Colours vote in RGB cubes of this side.
constexpr int kBin = 8;

double luma(double r, double g, double b) { return 0.299 * r + 0.587 * g + 0.114 * b; }

}  // namespace

bool has_tone_map(const render::ImageGray& tones, const render::ImageGray& parts) {
  if (tones.pixels.size() != parts.pixels.size()) return false;
  for (size_t i = 0; i < parts.pixels.size(); ++i)
    if (parts.pixels[i] != 0 && tones.pixels[i] != 0) return true;
  return false;
}

render::ImageGray derive_tones(const render::ImageRgba& color, const render::ImageGray& parts,
                               const render::ImageGray* instances, const render::ImageGray& lineart) {
  const size_t n = parts.pixels.size();
  render::ImageGray tones{parts.width, parts.height, std::vector<uint8_t>(n, 0)};
  auto region = [&](size_t i) { return (instances ? int(instances->pixels[i]) : 0) * kParts + parts.pixels[i]; };
  // The densest clean colour of every region.
  std::unordered_map<int, std::unordered_map<int, int>> votes;
  for (size_t i = 0; i < n; ++i) {
    if (parts.pixels[i] == 0 || parts.pixels[i] >= kParts || lineart.pixels[i] >= kCleanLine) continue;
    const uint8_t* c = &color.pixels[i * 4];
    ++votes[region(i)][(c[0] / kBin) * 1024 + (c[1] / kBin) * 32 + c[2] / kBin];
  }
  std::unordered_map<int, std::array<double, 3>> base;
  for (const auto& [r, bins] : votes) {
    int best = 0, count = -1;
    for (const auto& [key, c] : bins)
      if (c > count) count = c, best = key;
    base[r] = {(best / 1024 + 0.5) * kBin, (best / 32 % 32 + 0.5) * kBin, (best % 32 + 0.5) * kBin};
  }
  const Rgb ink = render::Canvas::kInk;
  const double k[3] = {double(ink.r), double(ink.g), double(ink.b)};
  for (size_t i = 0; i < n; ++i) {
    const int p = parts.pixels[i];
    if (p == 0 || p >= kParts) continue;
    tones.pixels[i] = uint8_t(Tone::Base);
    const auto it = base.find(region(i));
    if (it == base.end()) continue;
    const uint8_t* c = &color.pixels[i * 4];
    const double r = c[0], g = c[1], b = c[2];
    const auto& m = it->second;
    const double l = luma(r, g, b), lm = luma(m[0], m[1], m[2]);
    if (p == int(PartLabel::Eyes)) {
      if (l >= kCatchLightLuma && std::max({r, g, b}) - std::min({r, g, b}) < 30) tones.pixels[i] = uint8_t(Tone::EyeHighlight);
      else if (l < lm - kPupilDrop) tones.pixels[i] = uint8_t(Tone::Pupil);
      continue;
    }
    // The base colour under some ink lies on the segment from the base to the ink; the line map
    // is not trusted here (it may keep lines a later fill hid, which the picture does not show).
    const double d[3] = {k[0] - m[0], k[1] - m[1], k[2] - m[2]};
    const double dd = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
    const double t = dd > 0 ? std::clamp(((r - m[0]) * d[0] + (g - m[1]) * d[1] + (b - m[2]) * d[2]) / dd, 0.0, 1.0) : 0.0;
    const double er = r - (m[0] + t * d[0]), eg = g - (m[1] + t * d[1]), eb = b - (m[2] + t * d[2]);
    if (std::sqrt(er * er + eg * eg + eb * eb) < kBaseRadius) continue;
    tones.pixels[i] = uint8_t(l < lm ? Tone::Shadow : Tone::Highlight);
  }
  return tones;
}

render::ImageGray tones_of(const render::ShotRender& shot) {
  if (has_tone_map(shot.tones, shot.parts)) return shot.tones;
  return derive_tones(shot.color, shot.parts, &shot.instances, shot.lineart);
}

}  // namespace ekonte::neural
