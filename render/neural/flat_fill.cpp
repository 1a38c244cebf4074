#include "render/neural/flat_fill.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "render/canvas.hpp"
#include "render/neural/palette_segments.hpp"
#include "render/neural/tone_labels.hpp"

namespace ekonte::neural {
namespace {

// Instances with their own rig colour means; later ones (crowds) keep the pixel's own colour.
constexpr int kMaxInstances = 16;
// Line-art darkness below which a rig pixel shows its fill unmixed with ink (for the rig's means).
constexpr int kCleanLine = 40;
// Above this darkness the ink hides the fill: the edge blend is not worth recovering.
constexpr int kOpaqueLine = 204;
// Two neighbouring fills closer than this (squared RGB distance) cannot tell a blend apart.
constexpr double kMinContrast2 = 100.0;
// A fill this close to the ink (squared RGB distance) cannot show how much ink lies on it: the
// line map's darkness is taken as it is.
constexpr double kMinInkContrast2 = 400.0;
// Ink coverage read off the rig's picture is allowed this much more (anti-aliasing noise).
constexpr double kInkSlack = 0.05;
// Passes that carry a segment from clean pixels into ink-covered ones of the same part.
constexpr int kSegmentSpread = 4;
// A clean pixel farther than this (squared RGB distance) from its region's flat colour is a
// detail the rig drew in a colour of its own inside the region (a fox mask's black nose).
constexpr double kDetail2 = 48.0 * 48.0;
// A line pixel farther than this (squared RGB distance) from ink over its region's colour is a
// stroke in a colour of its own (a brown hair strand, a red marking), not ink.
constexpr double kStroke2 = 32.0 * 32.0;
// The same on a character's edge, where the line covers the pixel whole (squared RGB distance).
constexpr double kEdgeStroke2 = 64.0 * 64.0;

struct PartBox {
  int x0 = 1 << 30, y0 = 1 << 30, x1 = -1, y1 = -1;
  void add(int x, int y) { x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y); }
  bool empty() const { return x1 < x0; }
};

struct Colour {
  double r = 0, g = 0, b = 0;
};
Colour of(Rgb c) { return {double(c.r), double(c.g), double(c.b)}; }
Colour of(const uint8_t* p) { return {double(p[0]), double(p[1]), double(p[2])}; }
Colour mix(Colour a, Colour b, double t) { return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t}; }
double dot(Colour a, Colour b) { return a.r * b.r + a.g * b.g + a.b * b.b; }
Colour minus(Colour a, Colour b) { return {a.r - b.r, a.g - b.g, a.b - b.b}; }
uint8_t byte(double v) { return static_cast<uint8_t>(std::clamp(std::lround(v), 0L, 255L)); }

}  // namespace

render::ImageRgba paint_flat(const render::ShotRender& rig, const std::vector<const CharacterPalette*>& palettes,
                             const ToneModel& tones) {
  const int w = rig.color.width, h = rig.color.height;
  const size_t n = size_t(w) * h;
  // The rig's tone map (read off its picture for rigs that wrote none).
  const render::ImageGray tone_map = tones_of(rig);
  const size_t k_count = palettes.size();
  auto tone_at = [&](size_t i) {
    const int t = tone_map.pixels.size() == n ? tone_map.pixels[i] : int(render::Tone::Base);
    return t == 0 || t >= kPaletteTones ? int(render::Tone::Base) : t;
  };
  auto palette_at = [&](size_t i) -> const CharacterPalette* {
    const int k = rig.instances.pixels[i];
    return k > 0 && size_t(k) <= k_count ? palettes[k - 1] : nullptr;
  };

  // Pass 0: the segment of each pixel of a part drawn in several colours (palette_segments.hpp),
  // by the rig's colour where no ink covers it, else from a neighbour of the same part.
  std::vector<int8_t> segment(n, -1);
  bool any_segments = false;
  for (size_t i = 0; i < n; ++i) {
    const CharacterPalette* pal = palette_at(i);
    const int p = rig.parts.pixels[i];
    if (!pal || p >= kPaletteParts || pal->segments[p].empty()) continue;
    any_segments = true;
    if (rig.lineart.pixels[i] < kCleanLine) segment[i] = int8_t(nearest_segment(*pal, p, tone_at(i), Rgb{rig.color.pixels[i * 4], rig.color.pixels[i * 4 + 1], rig.color.pixels[i * 4 + 2]}));
  }
  for (int pass = 0; any_segments && pass < kSegmentSpread; ++pass) {
    bool changed = false;
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        const size_t i = size_t(y) * w + x;
        const int p = rig.parts.pixels[i];
        if (segment[i] >= 0 || !palette_at(i) || p >= kPaletteParts || palette_at(i)->segments[p].empty()) continue;
        for (const auto& [dx, dy] : {std::pair{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
          const int nx = x + dx, ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const size_t j = size_t(ny) * w + nx;
          if (segment[j] >= 0 && rig.instances.pixels[j] == rig.instances.pixels[i] && rig.parts.pixels[j] == p) {
            segment[i] = segment[j], changed = true;
            break;
          }
        }
      }
    if (!changed) break;
  }

  // Pass 1: each character's part boxes (where its patterns are mapped to) and the rig's own
  // flat colour per (instance, part, tone, segment) in this shot (what the rig's edge blends are made of).
  std::vector<std::array<PartBox, kPaletteParts>> boxes(k_count);
  std::vector<std::array<std::array<std::array<std::array<double, 4>, kMaxSegments + 1>, kPaletteTones>, kPaletteParts>>
      rig_sum(std::min<size_t>(k_count, kMaxInstances));
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const size_t i = size_t(y) * w + x;
      const int k = rig.instances.pixels[i], p = rig.parts.pixels[i];
      if (k == 0 || size_t(k) > k_count || p >= kPaletteParts) continue;
      boxes[k - 1][p].add(x, y);
      if (size_t(k) <= rig_sum.size() && rig.lineart.pixels[i] < kCleanLine) {
        auto& s = rig_sum[k - 1][p][tone_at(i)][segment[i] + 1];
        for (int c = 0; c < 3; ++c) s[c] += rig.color.pixels[i * 4 + c];
        s[3] += 1;
      }
    }

  // A pixel's fill as we paint it (none: keep the rig's pixel) and as the rig painted it.
  auto ours = [&](size_t i, int x, int y) -> std::optional<Colour> {
    const int k = rig.instances.pixels[i], p = rig.parts.pixels[i];
    if (k == 0) {
      if (p != int(render::PartLabel::Background)) return std::nullopt;  // props: the rig's picture
      return of(&rig.background.pixels[i * 4]);
    }
    const CharacterPalette* pal = palette_at(i);
    const int t = tone_at(i);
    if (!pal || p == 0 || p >= kPaletteParts) return std::nullopt;
    const ColourMap* map = &pal->map[p];
    if (segment[i] >= 0) map = &pal->segments[p][segment[i]].map;
    // The rig's own colour of this region in this shot, mapped to the reference's: where the
    // region is a blend at this scale (a catch-light over an iris), so is ours. A tone the
    // sheet does not show and the tone model cannot derive (an eye's lid shadow) is the rig's
    // colour of it through the part's map, not the rig's (the script's) colour.
    std::optional<Rgb> mapped;
    if (map->valid && size_t(k) <= rig_sum.size()) {
      const auto& s = rig_sum[k - 1][p][t][segment[i] + 1];
      if (s[3] > 0) {
        const double mean[3] = {s[0] / s[3], s[1] / s[3], s[2] / s[3]};
        mapped = map->apply(mean, t);
      }
    }
    if (!pal->known[p][t] && !mapped) return std::nullopt;
    Rgb fill = pal->colour[p][t];
    if (segment[i] >= 0) {
      const PaletteSegment& seg = pal->segments[p][segment[i]];
      if (seg.known[t]) fill = seg.colour[t];
    }
    if (mapped) fill = *mapped;
    const PartPattern& pat = pal->pattern[p];
    const PartBox& b = boxes[k - 1][p];
    if (!pat.empty() && !b.empty()) {
      // The same place of the part's box on the sheet (normalised part-box coordinates).
      const double u = (x - b.x0 + 0.5) / (b.x1 - b.x0 + 1), v = (y - b.y0 + 0.5) / (b.y1 - b.y0 + 1);
      const int px = std::min(pat.width - 1, static_cast<int>(u * pat.width));
      const int py = std::min(pat.height - 1, static_cast<int>(v * pat.height));
      const size_t q = size_t(py) * pat.width + px;
      if (pat.present[q]) fill = tones.predict(p, int(render::Tone::Base), t, pat.colour[q]);
    }
    return of(fill);
  };
  auto rig_flat = [&](size_t i) -> Colour {
    const int k = rig.instances.pixels[i], p = rig.parts.pixels[i];
    if (k == 0) return of(&rig.background.pixels[i * 4]);
    if (size_t(k) <= rig_sum.size() && p < kPaletteParts) {
      const auto& s = rig_sum[k - 1][p][tone_at(i)][segment[i] + 1];
      if (s[3] > 0) return {s[0] / s[3], s[1] / s[3], s[2] / s[3]};
    }
    return of(&rig.color.pixels[i * 4]);
  };
  // The part's colour map (its segment's where it has one): a detail's own colour goes through it.
  auto map_at = [&](size_t i) -> const ColourMap* {
    const CharacterPalette* pal = palette_at(i);
    const int p = rig.parts.pixels[i];
    if (!pal || p == 0 || p >= kPaletteParts) return nullptr;
    return segment[i] >= 0 ? &pal->segments[p][segment[i]].map : &pal->map[p];
  };
  auto mapped_own = [&](const ColourMap* map, Colour c) {
    const double rgb[3] = {std::clamp(c.r, 0.0, 255.0), std::clamp(c.g, 0.0, 255.0), std::clamp(c.b, 0.0, 255.0)};
    return map ? of(map->apply(rgb, 0)) : Colour{rgb[0], rgb[1], rgb[2]};
  };
  auto label = [&](size_t i) {
    return (int(segment[i] + 1) << 24) | (int(rig.instances.pixels[i]) << 16) | (int(rig.parts.pixels[i]) << 8) | tone_at(i);
  };

  // Pass 2: the flat colour, blended at region edges as the rig blended them there, then ink.
  const Colour ink = of(render::Canvas::kInk);
  render::ImageRgba out = rig.color;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const size_t i = size_t(y) * w + x;
      const auto mine = ours(i, x, y);
      if (!mine) continue;
      if (rig.instances.pixels[i] == 0) {
        // Bare setting: only pixels beside a character (its fill's blend into the setting)
        // need anything but the rig's own picture.
        bool beside = false;
        for (int dy = -1; dy <= 1 && !beside; ++dy)
          for (int dx = -1; dx <= 1 && !beside; ++dx) {
            const int nx = x + dx, ny = y + dy;
            beside = nx >= 0 && ny >= 0 && nx < w && ny < h && rig.instances.pixels[size_t(ny) * w + nx] != 0;
          }
        // Farther out the rig's picture is the setting plus the outline's spill: keep it.
        if (!beside) continue;
      }
      Colour fill = *mine;
      const int line = rig.lineart.pixels[i];
      double a = line / 255.0;
      const uint8_t* px = &rig.color.pixels[i * 4];
      const Colour seen_raw = of(px);
      // The region beside this pixel whose flat colour differs most from ours (rig colours).
      const int me = label(i);
      const Colour own_rig = rig_flat(i);
      double best = kMinContrast2;
      Colour other_rig, other_ours;
      bool found = false;
      for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx) {
          const int nx = x + dx, ny = y + dy;
          if ((!dx && !dy) || nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const size_t j = size_t(ny) * w + nx;
          if (label(j) == me) continue;
          const auto theirs = ours(j, nx, ny);
          if (!theirs) continue;
          const Colour r = rig_flat(j);
          const double d = dot(minus(own_rig, r), minus(own_rig, r));
          if (d > best) best = d, other_rig = r, other_ours = *theirs, found = true;
        }
      // The setting beside a character we do not repaint, or too like it to tell: the rig's pixel.
      if (!found && rig.instances.pixels[i] == 0) continue;
      if (line > 0) {
        // Ink only as dark as the rig's picture shows it: a line of the line map that a later
        // fill covered (or a rig that kept such lines) leaves the picture at the fill's colour,
        // and must not be drawn over ours.
        auto coverage = [&](Colour flat) {
          const Colour d = minus(ink, flat);
          const double nn = dot(d, d);
          return nn > kMinInkContrast2 ? std::clamp(dot(minus(seen_raw, flat), d) / nn, 0.0, 1.0) : a;
        };
        double shown = coverage(own_rig);
        if (found) shown = std::max(shown, coverage(other_rig));
        a = std::min(a, shown + kInkSlack);
      }
      // The rig paints a region flat, so what its picture shows beyond the region's colours and
      // ink is a detail drawn in a colour of its own (a mask's nose, a marking, a strand): it keeps
      // that colour through the part's map, so it follows a recolour of the part and is not
      // painted over with the region's colour or drawn as ink.
      bool stroke = false;
      // A character's edge pixel is a stroke only where the stroke covers it and is far from
      // anything ink and the two regions make: at small sizes an eye's edges mix three colours.
      const bool edge_stroke_only = found && rig.instances.pixels[i] != 0;
      if (line >= kCleanLine && (!edge_stroke_only || line >= kOpaqueLine)) {
        // A line pixel far from ink over its region's colour, or over any blend of it with the
        // neighbouring region's, is a stroke of its own colour (the rig strokes such details into
        // the line map as ink): as much of it as the line map shows. One on the setting beside a
        // character runs past its part's edge: it keeps the rig's colour (no part map to follow).
        const Colour p0 = mix(own_rig, ink, a), p1 = found ? mix(other_rig, ink, a) : p0;
        const Colour span = minus(p1, p0);
        const double span2 = dot(span, span);
        const double t = span2 > 0 ? std::clamp(dot(minus(seen_raw, p0), span) / span2, 0.0, 1.0) : 0.0;
        const Colour d = minus(seen_raw, mix(p0, p1, t));
        if (dot(d, d) > (edge_stroke_only ? kEdgeStroke2 : kStroke2)) {
          const double la = line / 255.0;
          const Colour under = mix(own_rig, other_rig, found ? t : 0.0);
          const Colour colour = line >= kOpaqueLine ? seen_raw : Colour{(seen_raw.r - under.r * (1 - la)) / la,
                                                                        (seen_raw.g - under.g * (1 - la)) / la,
                                                                        (seen_raw.b - under.b * (1 - la)) / la};
          // Over the same blend of our colours as the rig's under it.
          if (found) fill = mix(fill, other_ours, t);
          fill = mix(fill, mapped_own(map_at(i), colour), la);
          a = 0;
          stroke = true;
        }
      } else if (!found && rig.instances.pixels[i] != 0) {
        // Inside one region, a clean pixel far from the region's colour.
        const Colour d = minus(seen_raw, own_rig);
        if (dot(d, d) > kDetail2) fill = mapped_own(map_at(i), seen_raw);
      }
      if (found && !stroke && line < kOpaqueLine) {
        // An edge pixel: the rig's fill here (ink taken out) is a blend of this region's flat
        // colour and a neighbour's; the same blend of our two colours keeps the rig's edges.
        const Colour seen{(px[0] - a * ink.r) / (1 - a), (px[1] - a * ink.g) / (1 - a), (px[2] - a * ink.b) / (1 - a)};
        const double own_share = std::clamp(dot(minus(seen, other_rig), minus(own_rig, other_rig)) / best, 0.0, 1.0);
        // No blend of the two explains it: a detail of its own colour meets the edge here.
        const Colour residual = minus(seen, mix(other_rig, own_rig, own_share));
        if (rig.instances.pixels[i] != 0 && dot(residual, residual) > kDetail2)
          fill = mapped_own(map_at(i), seen);
        else
          fill = mix(other_ours, fill, own_share);
      }
      uint8_t* o = &out.pixels[i * 4];
      o[0] = byte(fill.r * (1 - a) + ink.r * a), o[1] = byte(fill.g * (1 - a) + ink.g * a), o[2] = byte(fill.b * (1 - a) + ink.b * a);
      o[3] = 255;
    }
  return out;
}

}  // namespace ekonte::neural
