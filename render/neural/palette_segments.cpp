#include "render/neural/palette_segments.hpp"

#include <algorithm>
#include <cmath>

#include "render/neural/reference_frame.hpp"

namespace ekonte::neural {
namespace {

using render::PartLabel;
using render::Tone;

// Two base colours of a part farther apart than this (RGB distance) are two segments.
constexpr double kSegmentSplit = 40.0;
// A segment needs this many clean base-tone pixels on the script's front view (labeller frame).
constexpr int kMinSegmentPixels = 12;
// A segment's tone needs this much confidence-weighted reference support to be read off the sheet.
constexpr double kMinSegmentSupport = 4.0;
// Reference labels less certain than this do not vote (as for the palette).
constexpr float kMinConfidence = 0.3f;
// Ink darkness from which a label-map pixel is ink.
constexpr uint8_t kInk = 128;
// A reference pixel looks this far (pixels) for a segment of its part on the script's view: the
// two drawings are framed alike but need not match to the pixel.
constexpr int kSearchRadius = 3;
// A tone's key needs this many clean pixels of the segment on the script's view.
constexpr int kMinKeyPixels = 3;

double distance2(Rgb a, const double* b) {
  return (a.r - b[0]) * (a.r - b[0]) + (a.g - b[1]) * (a.g - b[1]) + (a.b - b[2]) * (a.b - b[2]);
}
double distance2(Rgb a, Rgb b) {
  const double c[3] = {double(b.r), double(b.g), double(b.b)};
  return distance2(a, c);
}

// Parts whose label can cover several garments or objects; skin and the face's parts are one colour.
bool may_have_segments(int part) {
  const auto p = PartLabel(part);
  return p == PartLabel::Hair || p == PartLabel::OutfitPrimary || p == PartLabel::OutfitSecondary ||
         p == PartLabel::Accessory;
}

int tone_of(uint8_t t) { return t == 0 || t >= kPaletteTones ? int(Tone::Base) : t; }

struct Cluster {
  double sum[3] = {0, 0, 0};
  int count = 0;
  Rgb mean() const {
    return Rgb{uint8_t(std::lround(sum[0] / count)), uint8_t(std::lround(sum[1] / count)), uint8_t(std::lround(sum[2] / count))};
  }
};

}  // namespace

void add_segments(CharacterPalette& pal, const LabelledSheet& view, const ReferenceLabels& ref, const ToneModel& tones,
                  std::array<std::vector<int8_t>, kPaletteParts>* reference_segments) {
  const int w = ref.parts.width, h = ref.parts.height;
  if (w <= 0 || h <= 0 || view.picture.width <= 0) return;
  // The script's view through the frame the labeller's input was made with.
  const Frame frame = drawing_frame(view.picture, w, h);
  const render::ImageRgba picture = resample_rgb(view.picture, frame, paper_colour(view.picture));
  const render::ImageGray parts = resample_labels(view.parts, frame), tone_map = resample_labels(view.tones, frame),
                          ink = resample_labels(view.ink, frame);
  const size_t n = size_t(w) * h;
  auto rgb_at = [&](size_t i, double* c) {
    for (int k = 0; k < 3; ++k) c[k] = picture.pixels[i * 4 + k];
  };
  // Clean: inside the part, away from ink and from the next part (resampling blends edges).
  auto clean = [&](int x, int y, int part) {
    for (const auto [dx, dy] : {std::pair{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
      const int nx = x + dx, ny = y + dy;
      if (nx < 0 || ny < 0 || nx >= w || ny >= h) return false;
      const size_t j = size_t(ny) * w + nx;
      if (parts.pixels[j] != part || ink.pixels[j] >= kInk) return false;
    }
    return true;
  };

  for (int p = 1; p < kPaletteParts; ++p) {
    if (!may_have_segments(p)) continue;
    // 1. The part's distinct base colours on the script's view.
    std::vector<Cluster> clusters;
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        const size_t i = size_t(y) * w + x;
        if (tone_of(tone_map.pixels[i]) != int(Tone::Base) || !clean(x, y, p)) continue;
        double c[3];
        rgb_at(i, c);
        Cluster* best = nullptr;
        double best_d = kSegmentSplit * kSegmentSplit;
        for (auto& cl : clusters)
          if (const double d = distance2(cl.mean(), c); d < best_d) best_d = d, best = &cl;
        if (!best) best = &clusters.emplace_back();
        for (int k = 0; k < 3; ++k) best->sum[k] += c[k];
        ++best->count;
      }
    std::sort(clusters.begin(), clusters.end(), [](const Cluster& a, const Cluster& b) { return a.count > b.count; });
    while (!clusters.empty() && clusters.back().count < kMinSegmentPixels) clusters.pop_back();
    if (clusters.size() > size_t(kMaxSegments)) clusters.resize(kMaxSegments);
    if (clusters.size() < 2) continue;

    // 2. Every pixel of the part on the script's view joins the segment whose colour in its tone
    // is nearest; the segments' keys per tone are the means of their clean pixels.
    std::vector<PaletteSegment> segs(clusters.size());
    std::vector<std::array<Cluster, kPaletteTones>> keys(clusters.size());
    std::vector<int> seg_of(n, -1);
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        const size_t i = size_t(y) * w + x;
        if (parts.pixels[i] != p || ink.pixels[i] >= kInk) continue;
        const int t = tone_of(tone_map.pixels[i]);
        double c[3];
        rgb_at(i, c);
        int best = 0;
        double best_d = 1e18;
        for (size_t s = 0; s < clusters.size(); ++s) {
          const Rgb base = clusters[s].mean();
          const Rgb expect = t == int(Tone::Base) ? base : tones.predict(p, int(Tone::Base), t, base);
          if (const double d = distance2(expect, c); d < best_d) best_d = d, best = int(s);
        }
        seg_of[i] = best;
        if (clean(x, y, p)) {
          Cluster& k = keys[best][t];
          for (int ch = 0; ch < 3; ++ch) k.sum[ch] += c[ch];
          ++k.count;
        }
      }
    for (size_t s = 0; s < segs.size(); ++s)
      for (int t = 1; t < kPaletteTones; ++t)
        if (keys[s][t].count >= kMinKeyPixels) segs[s].key[t] = keys[s][t].mean(), segs[s].key_known[t] = true;

    // 3. The reference's pixels of the part vote for the segment drawn at the same place.
    if (reference_segments) (*reference_segments)[p].assign(n, -1);
    std::vector<std::array<std::vector<ColourVote>, kPaletteTones>> votes(segs.size());
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        const size_t i = size_t(y) * w + x;
        if (ref.parts.pixels[i] != p || ref.ink.pixels[i] || ref.confidence[i] < kMinConfidence) continue;
        const int t = ref.tones.pixels[i];
        if (t == 0 || t >= kPaletteTones) continue;
        int s = seg_of[i];
        for (int r = 1; s < 0 && r <= kSearchRadius; ++r)
          for (int dy = -r; dy <= r && s < 0; ++dy)
            for (int dx = -r; dx <= r && s < 0; ++dx) {
              const int nx = x + dx, ny = y + dy;
              if (nx >= 0 && ny >= 0 && nx < w && ny < h) s = seg_of[size_t(ny) * w + nx];
            }
        if (s < 0) continue;
        if (reference_segments) (*reference_segments)[p][i] = int8_t(s);
        const uint8_t* c = &ref.picture.pixels[i * 4];
        votes[s][t].push_back({{double(c[0]), double(c[1]), double(c[2])}, ref.confidence[i]});
      }
    for (size_t s = 0; s < segs.size(); ++s) {
      std::array<double, kPaletteTones> support{};
      int from = 0;
      for (int t = 1; t < kPaletteTones; ++t) {
        for (const auto& v : votes[s][t]) support[t] += v.weight;
        if (support[t] < kMinSegmentSupport) continue;
        segs[s].colour[t] = robust_colour(votes[s][t]), segs[s].known[t] = true;
        if (from == 0 || support[t] > support[from]) from = t;
      }
      if (from == 0) continue;  // the sheet does not show it: the part's colours paint it
      for (int t = 1; t < kPaletteTones; ++t)
        if (!segs[s].known[t] && tones.fit[p][from][t].weight > 0)
          segs[s].colour[t] = tones.predict(p, from, t, segs[s].colour[from]), segs[s].known[t] = true;
    }
    pal.segments[p] = std::move(segs);
  }
}

int nearest_segment(const CharacterPalette& pal, int part, int tone, Rgb rig) {
  if (part <= 0 || part >= kPaletteParts) return -1;
  const auto& segs = pal.segments[part];
  if (segs.size() < 2) return -1;
  int best = -1;
  double best_d = 1e18;
  for (size_t s = 0; s < segs.size(); ++s) {
    // The key in the pixel's tone, else the base key (a tone the front view does not show).
    const int t = segs[s].key_known[tone] ? tone : int(Tone::Base);
    if (!segs[s].key_known[t]) continue;
    if (const double d = distance2(segs[s].key[t], rig); d < best_d) best_d = d, best = int(s);
  }
  return best;
}

}  // namespace ekonte::neural
