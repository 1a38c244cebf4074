#include "render/neural/palette.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "render/neural/color_metrics.hpp"
#include "render/neural/palette_segments.hpp"

namespace ekonte::neural {
namespace {

using render::PartLabel;
using render::Tone;

// Labels less certain than this (P(part) * P(tone)) do not vote for a palette colour.
constexpr float kMinConfidence = 0.3f;
// A palette entry needs at least this much confidence-weighted support (about pixels).
constexpr double kMinSupportSheet = 5.0;
constexpr double kMinSupportFace = 3.0;
// Line-art darkness below which a rig pixel shows its part's colour unmixed with ink.
constexpr uint8_t kCleanLine = 40;
// Robust mean: pixels vote in RGB cubes of this side; the heaviest cube's neighbourhood
// (this radius, RGB units) is averaged, so stripes and stray labels do not move a base colour.
constexpr int kModeBin = 16;
constexpr double kModeRadius = 28.0;
// A reference pixel is pattern unless one tone of its part lies within this RGB distance of it...
constexpr double kPatternDistance = 45.0;
// ... or farther than this (CIEDE2000) from each of them in perceived colour.
constexpr double kPatternDeltaE = 12.0;
// Pattern pixels need this many pattern neighbours (of 8): single stray pixels are noise.
constexpr int kPatternNeighbours = 3;
// A pattern needs this many pixels to be carried at all, in pieces of at least this many.
constexpr int kMinPatternPixels = 6;
constexpr int kMinPatternComponent = 10;
// Colour maps: the gain's pull towards 1 (a variance, 8-bit units squared) and its largest value.
constexpr double kMapRidge = 100.0;
constexpr double kMaxMapGain = 4.0;
// The face is looked for in this top share of the drawing's height.
constexpr double kFaceBand = 0.3;

double rgb_distance(const double* a, Rgb b) {
  return std::sqrt((a[0] - b.r) * (a[0] - b.r) + (a[1] - b.g) * (a[1] - b.g) + (a[2] - b.b) * (a[2] - b.b));
}

}  // namespace

Rgb robust_colour(const std::vector<ColourVote>& votes) {
  std::map<int, double> bins;
  for (const ColourVote& v : votes)
    bins[(int(v.rgb[0]) / kModeBin) * 4096 + (int(v.rgb[1]) / kModeBin) * 64 + int(v.rgb[2]) / kModeBin] += v.weight;
  // The heaviest cube, counting its neighbours too (a colour on a bin edge splits its votes).
  int best = 0;
  double best_w = -1;
  for (const auto& [key, w0] : bins) {
    const int r = key / 4096, g = key / 64 % 64, b = key % 64;
    double w = 0;
    for (int dr = -1; dr <= 1; ++dr)
      for (int dg = -1; dg <= 1; ++dg)
        for (int db = -1; db <= 1; ++db) {
          auto it = bins.find((r + dr) * 4096 + (g + dg) * 64 + b + db);
          if (it != bins.end()) w += it->second * (dr == 0 && dg == 0 && db == 0 ? 1.0 : 0.5);
        }
    if (w > best_w) best_w = w, best = key;
  }
  double centre[3] = {(best / 4096 + 0.5) * kModeBin, (best / 64 % 64 + 0.5) * kModeBin, (best % 64 + 0.5) * kModeBin};
  // Two rounds: the mean of the neighbourhood, then of the neighbourhood of that mean.
  Lab mean;
  for (int round = 0; round < 2; ++round) {
    double sum[3] = {0, 0, 0}, lab[3] = {0, 0, 0}, w = 0;
    for (const ColourVote& v : votes) {
      if (rgb_distance(v.rgb, Rgb{uint8_t(std::clamp(centre[0], 0.0, 255.0)), uint8_t(std::clamp(centre[1], 0.0, 255.0)),
                                  uint8_t(std::clamp(centre[2], 0.0, 255.0))}) > kModeRadius)
        continue;
      const Lab l = srgb_to_lab(uint8_t(v.rgb[0]), uint8_t(v.rgb[1]), uint8_t(v.rgb[2]));
      for (int c = 0; c < 3; ++c) sum[c] += v.rgb[c] * v.weight;
      lab[0] += l.l * v.weight, lab[1] += l.a * v.weight, lab[2] += l.b * v.weight;
      w += v.weight;
    }
    if (w <= 0) break;
    for (int c = 0; c < 3; ++c) centre[c] = sum[c] / w;
    mean = {lab[0] / w, lab[1] / w, lab[2] / w};
  }
  return lab_to_srgb(mean);
}

namespace {

uint8_t channel(double v) { return static_cast<uint8_t>(std::clamp(std::lround(v), 0L, 255L)); }

// Palette entries (colour, support) of one labelled picture.
struct Entries {
  std::array<std::array<Rgb, kPaletteTones>, kPaletteParts> colour{};
  std::array<std::array<double, kPaletteTones>, kPaletteParts> support{};
};

Entries entries_of(const ReferenceLabels& labels) {
  std::array<std::array<std::vector<ColourVote>, kPaletteTones>, kPaletteParts> votes;
  const size_t n = labels.parts.pixels.size();
  for (size_t i = 0; i < n; ++i) {
    const int p = labels.parts.pixels[i], t = labels.tones.pixels[i];
    if (p == 0 || p >= kPaletteParts || t == 0 || t >= kPaletteTones || labels.ink.pixels[i] || labels.confidence[i] < kMinConfidence)
      continue;
    const uint8_t* c = &labels.picture.pixels[i * 4];
    votes[p][t].push_back({{double(c[0]), double(c[1]), double(c[2])}, labels.confidence[i]});
  }
  Entries e;
  for (int p = 1; p < kPaletteParts; ++p)
    for (int t = 1; t < kPaletteTones; ++t) {
      double w = 0;
      for (const ColourVote& v : votes[p][t]) w += v.weight;
      e.support[p][t] = w;
      if (w > 0) e.colour[p][t] = robust_colour(votes[p][t]);
    }
  return e;
}

// Whether a pattern piece is a neighbouring part mislabelled: it lies within two pixels of
// another part that shows the piece's colour elsewhere on the sheet, in more pixels than the
// piece has (a pale forearm partly labelled as the sleeve above it). A stripe or crest is in a
// colour of its own; where the labeller has split one between two parts, the other part shows its
// colour only there. Carried over, a spill would put specks of skin on the garment in every shot.
bool spills_from_neighbour(const ReferenceLabels& labels, int part, const PartPattern& pat,
                           const std::vector<size_t>& component) {
  constexpr int kReach = 2;
  const int w = labels.parts.width, h = labels.parts.height;
  double sum[3] = {0, 0, 0};
  int bx0 = w, by0 = h, bx1 = -1, by1 = -1;
  std::array<bool, kPaletteParts> beside{};
  for (const size_t k : component) {
    const int x = pat.x0 + int(k % size_t(pat.width)), y = pat.y0 + int(k / size_t(pat.width));
    bx0 = std::min(bx0, x), by0 = std::min(by0, y), bx1 = std::max(bx1, x), by1 = std::max(by1, y);
    const uint8_t* c = &labels.picture.pixels[(size_t(y) * w + x) * 4];
    for (int i = 0; i < 3; ++i) sum[i] += c[i];
    for (int dy = -kReach; dy <= kReach; ++dy)
      for (int dx = -kReach; dx <= kReach; ++dx) {
        const int nx = x + dx, ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= w || ny >= h || labels.ink.pixels[size_t(ny) * w + nx]) continue;
        const int q = labels.parts.pixels[size_t(ny) * w + nx];
        if (q > 0 && q < kPaletteParts && q != part) beside[q] = true;
      }
  }
  const double n = double(component.size());
  const Rgb mean{channel(sum[0] / n), channel(sum[1] / n), channel(sum[2] / n)};
  const Lab here = srgb_to_lab(mean.r, mean.g, mean.b);
  // The neighbours' pixels of the piece's colour away from it (outside its box and the reach).
  std::array<int, kPaletteParts> elsewhere{};
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      if (x >= bx0 - kReach - 1 && x <= bx1 + kReach + 1 && y >= by0 - kReach - 1 && y <= by1 + kReach + 1) continue;
      const size_t i = size_t(y) * w + x;
      const int q = labels.parts.pixels[i];
      if (q <= 0 || q >= kPaletteParts || !beside[q] || labels.ink.pixels[i]) continue;
      const uint8_t* c = &labels.picture.pixels[i * 4];
      const double rgb[3] = {double(c[0]), double(c[1]), double(c[2])};
      if (rgb_distance(rgb, mean) <= kPatternDistance && delta_e_2000(here, srgb_to_lab(c[0], c[1], c[2])) <= kPatternDeltaE)
        ++elsewhere[q];
    }
  for (int q = 1; q < kPaletteParts; ++q)
    if (elsewhere[q] > int(component.size())) return true;
  return false;
}

// `segment_of`: the segment of each labels pixel of the part (palette_segments.hpp), or empty.
PartPattern pattern_of(const ReferenceLabels& labels, int part, const CharacterPalette& palette,
                       const std::vector<int8_t>& segment_of) {
  const int w = labels.parts.width, h = labels.parts.height;
  auto at = [&](int x, int y) { return labels.parts.pixels[size_t(y) * w + x]; };
  int x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      if (at(x, y) == part && !labels.ink.pixels[size_t(y) * w + x])
        x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
  PartPattern pat;
  if (x1 < x0 + 2 || y1 < y0 + 2) return pat;
  pat.x0 = x0, pat.y0 = y0, pat.width = x1 - x0 + 1, pat.height = y1 - y0 + 1;
  pat.colour.assign(size_t(pat.width) * pat.height, Rgb{});
  std::vector<uint8_t> raw(size_t(pat.width) * pat.height, 0);
  for (int y = y0 + 1; y < y1; ++y)
    for (int x = x0 + 1; x < x1; ++x) {
      // Only inside the part (all 8 neighbours labelled so): edges mix with the next part's colour.
      bool inside = true;
      for (int dy = -1; dy <= 1 && inside; ++dy)
        for (int dx = -1; dx <= 1 && inside; ++dx)
          inside = at(x + dx, y + dy) == part && !labels.ink.pixels[size_t(y + dy) * w + x + dx];
      if (!inside) continue;
      const uint8_t* c = &labels.picture.pixels[(size_t(y) * w + x) * 4];
      const double rgb[3] = {double(c[0]), double(c[1]), double(c[2])};
      // The colours of the garment this pixel lies on: its segment's where the part has several.
      const int seg = segment_of.empty() ? -1 : segment_of[size_t(y) * w + x];
      const bool on_segment = seg >= 0 && palette.segments[part][seg].known[int(Tone::Base)];
      const auto& colours = on_segment ? palette.segments[part][seg].colour : palette.colour[part];
      const auto& known = on_segment ? palette.segments[part][seg].known : palette.known[part];
      // Near one of them both in RGB and in perceived colour: the garment's own. RGB distance alone
      // misses a change of hue at a like lightness (an orange crest 40 units from a pink's highlight
      // is 14 dE2000 from it).
      const Lab here = srgb_to_lab(c[0], c[1], c[2]);
      bool own_colour = false;
      for (int t = 1; t < kPaletteTones && !own_colour; ++t)
        own_colour = known[t] && rgb_distance(rgb, colours[t]) <= kPatternDistance &&
                     delta_e_2000(here, srgb_to_lab(colours[t].r, colours[t].g, colours[t].b)) <= kPatternDeltaE;
      if (own_colour) continue;
      // Stored as the colour it would have in the base tone: the pixel's offset from its own tone.
      const int tone = labels.tones.pixels[size_t(y) * w + x];
      const Rgb own = tone > 0 && tone < kPaletteTones && known[tone] ? colours[tone] : colours[int(Tone::Base)];
      const size_t k = size_t(y - y0) * pat.width + (x - x0);
      raw[k] = 1;
      const Rgb base = colours[int(Tone::Base)];
      pat.colour[k] = Rgb{channel(base.r + rgb[0] - own.r), channel(base.g + rgb[1] - own.g), channel(base.b + rgb[2] - own.b)};
    }
  pat.present.assign(raw.size(), 0);
  int count = 0;
  for (int y = 0; y < pat.height; ++y)
    for (int x = 0; x < pat.width; ++x) {
      if (!raw[size_t(y) * pat.width + x]) continue;
      int neighbours = 0;
      for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx) {
          const int nx = x + dx, ny = y + dy;
          if ((dx || dy) && nx >= 0 && ny >= 0 && nx < pat.width && ny < pat.height) neighbours += raw[size_t(ny) * pat.width + nx];
        }
      if (neighbours >= kPatternNeighbours) pat.present[size_t(y) * pat.width + x] = 1, ++count;
    }
  // Small specks (a button, a label's noise) are details, not a pattern to spread over the part.
  std::vector<int> stack;
  std::vector<uint8_t> seen(pat.present.size(), 0);
  for (size_t start = 0; start < pat.present.size(); ++start) {
    if (!pat.present[start] || seen[start]) continue;
    std::vector<size_t> component;
    stack.assign(1, int(start));
    seen[start] = 1;
    while (!stack.empty()) {
      const int k = stack.back();
      stack.pop_back();
      component.push_back(size_t(k));
      const int x = k % pat.width, y = k / pat.width;
      for (const auto& [dx, dy] : {std::pair{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
        const int nx = x + dx, ny = y + dy;
        if (nx < 0 || ny < 0 || nx >= pat.width || ny >= pat.height) continue;
        const int q = ny * pat.width + nx;
        if (pat.present[q] && !seen[q]) seen[q] = 1, stack.push_back(q);
      }
    }
    if (int(component.size()) < kMinPatternComponent || spills_from_neighbour(labels, part, pat, component))
      for (size_t k : component) pat.present[k] = 0, --count;
  }
  if (count < kMinPatternPixels) return PartPattern{};
  return pat;
}

}  // namespace

Rgb ToneModel::predict(int part, int from, int to, Rgb c) const {
  if (from == to) return c;
  const ToneFit& f = fit[part][from][to];
  const double in[3] = {double(c.r), double(c.g), double(c.b)};
  return Rgb{channel(f.gain[0] * in[0] + f.bias[0]), channel(f.gain[1] * in[1] + f.bias[1]),
             channel(f.gain[2] * in[2] + f.bias[2])};
}

nlohmann::json ToneModel::to_json() const {
  // Only fitted entries: [part, from, to, gain r, g, b, bias r, g, b, weight].
  nlohmann::json rows = nlohmann::json::array();
  for (int p = 0; p < kPaletteParts; ++p)
    for (int s = 0; s < kPaletteTones; ++s)
      for (int t = 0; t < kPaletteTones; ++t) {
        const ToneFit& f = fit[p][s][t];
        if (f.weight <= 0) continue;
        auto r4 = [](double v) { return std::round(v * 10000) / 10000; };
        rows.push_back({p, s, t, r4(f.gain[0]), r4(f.gain[1]), r4(f.gain[2]), r4(f.bias[0]), r4(f.bias[1]), r4(f.bias[2]), f.weight});
      }
  return rows;
}

ToneModel ToneModel::from_json(const nlohmann::json& j) {
  ToneModel m;
  if (!j.is_array()) return m;
  for (const auto& row : j) {
    if (!row.is_array() || row.size() != 10) continue;
    const int p = row[0].get<int>(), s = row[1].get<int>(), t = row[2].get<int>();
    if (p < 0 || p >= kPaletteParts || s < 0 || s >= kPaletteTones || t < 0 || t >= kPaletteTones) continue;
    ToneFit& f = m.fit[p][s][t];
    for (int c = 0; c < 3; ++c) f.gain[c] = row[3 + c].get<double>(), f.bias[c] = row[6 + c].get<double>();
    f.weight = row[9].get<double>();
  }
  return m;
}

void ToneModelFitter::add_shot(const render::ShotRender& shot) {
  if (shot.tones.pixels.size() != shot.parts.pixels.size()) return;
  constexpr int kMaxInstances = 8;
  // Mean clean colour per (instance, part, tone) in this shot.
  std::array<std::array<std::array<std::array<double, 4>, kPaletteTones>, kPaletteParts>, kMaxInstances> acc{};
  const size_t n = shot.parts.pixels.size();
  const int w = shot.parts.width, h = shot.parts.height;
  // A pixel inside its tone's region: it and its four neighbours show the same instance, part and
  // tone, free of ink. Edge pixels blend two tones (an iris a few pixels wide is mostly edge), and
  // pairs of blended means flatten the fitted slopes.
  auto inside = [&](size_t i) {
    const int x = int(i % size_t(w)), y = int(i / size_t(w));
    if (x == 0 || y == 0 || x == w - 1 || y == h - 1) return false;
    for (const size_t j : {i - 1, i + 1, i - size_t(w), i + size_t(w)})
      if (shot.parts.pixels[j] != shot.parts.pixels[i] || shot.tones.pixels[j] != shot.tones.pixels[i] ||
          shot.instances.pixels[j] != shot.instances.pixels[i] || shot.lineart.pixels[j] > kCleanLine)
        return false;
    return true;
  };
  for (size_t i = 0; i < n; ++i) {
    const int k = shot.instances.pixels[i], p = shot.parts.pixels[i], t = shot.tones.pixels[i];
    if (k == 0 || k > kMaxInstances || p >= kPaletteParts || t == 0 || t >= kPaletteTones || shot.lineart.pixels[i] > kCleanLine ||
        !inside(i))
      continue;
    auto& a = acc[k - 1][p][t];
    for (int c = 0; c < 3; ++c) a[c] += shot.color.pixels[i * 4 + c];
    a[3] += 1;
  }
  constexpr double kMinPixels = 4;
  for (const auto& inst : acc)
    for (int p = 1; p < kPaletteParts; ++p)
      for (int s = 1; s < kPaletteTones; ++s) {
        if (inst[p][s][3] < kMinPixels) continue;
        for (int t = 1; t < kPaletteTones; ++t) {
          if (t == s || inst[p][t][3] < kMinPixels) continue;
          Sums& z = sums_[p][s][t];
          for (int c = 0; c < 3; ++c) {
            const double x = inst[p][s][c] / inst[p][s][3], y = inst[p][t][c] / inst[p][t][3];
            z.x[c] += x, z.y[c] += y, z.xx[c] += x * x, z.xy[c] += x * y;
          }
          z.n += 1;
        }
      }
}

ToneModel ToneModelFitter::fit() const {
  ToneModel m;
  // A slope needs this spread of the input colour (variance, 8-bit units squared) to be trusted.
  constexpr double kMinVariance = 25.0;
  for (int p = 0; p < kPaletteParts; ++p)
    for (int s = 0; s < kPaletteTones; ++s)
      for (int t = 0; t < kPaletteTones; ++t) {
        const Sums& z = sums_[p][s][t];
        if (z.n < 3) continue;
        ToneFit& f = m.fit[p][s][t];
        f.weight = z.n;
        for (int c = 0; c < 3; ++c) {
          const double mx = z.x[c] / z.n, my = z.y[c] / z.n;
          const double var = z.xx[c] / z.n - mx * mx, cov = z.xy[c] / z.n - mx * my;
          f.gain[c] = var > kMinVariance ? cov / var : 1.0;
          f.bias[c] = my - f.gain[c] * mx;
        }
      }
  return m;
}

bool carries_pattern(PartLabel part) {
  return part == PartLabel::Hair || part == PartLabel::OutfitPrimary || part == PartLabel::OutfitSecondary ||
         part == PartLabel::Accessory;
}

CharacterPalette palette_from_labels(const ReferenceLabels& sheet, const ReferenceLabels* face, const ToneModel& tones,
                                     const LabelledSheet* script_view) {
  const Entries whole = entries_of(sheet);
  Entries crop;
  if (face) crop = entries_of(*face);
  CharacterPalette pal;
  std::array<std::array<double, kPaletteTones>, kPaletteParts> support{};
  for (int p = 1; p < kPaletteParts; ++p) {
    // The eyes and the mouth are read from the face crop when it shows them: it has the pixels.
    const bool face_part = p == int(PartLabel::Eyes) || p == int(PartLabel::EyeWhite) || p == int(PartLabel::Mouth);
    for (int t = 1; t < kPaletteTones; ++t) {
      if (face && face_part && crop.support[p][t] >= kMinSupportFace) {
        pal.colour[p][t] = crop.colour[p][t], pal.known[p][t] = true, support[p][t] = crop.support[p][t];
      } else if (whole.support[p][t] >= kMinSupportSheet) {
        pal.colour[p][t] = whole.colour[p][t], pal.known[p][t] = true, support[p][t] = whole.support[p][t];
      }
    }
    // Tones the sheet does not show: from the best-supported tone it does, through the fitted model.
    int from = 0;
    for (int s = 1; s < kPaletteTones; ++s)
      if (pal.known[p][s] && (from == 0 || support[p][s] > support[p][from])) from = s;
    // Every tone the sheet shows is read as drawn, the eye's included: the labeller learned the
    // face crop from sheets of many sizes, and on a sheet the size of a drawn one (a 440 px figure)
    // an iris, its shadow and its pupil each have pixels of their own. (Predicting them from the
    // pupil through the tone model carried only half of an eye recolour: the pupil is the iris
    // darkened to a third, so its reading's error came back tripled.)
    if (from == 0) continue;
    for (int t = 1; t < kPaletteTones; ++t)
      if (!pal.known[p][t] && tones.fit[p][from][t].weight > 0) {
        pal.colour[p][t] = tones.predict(p, from, t, pal.colour[p][from]);
        pal.known[p][t] = true;
      }
  }
  std::array<std::vector<int8_t>, kPaletteParts> segment_of;
  if (script_view) add_segments(pal, *script_view, sheet, tones, &segment_of);
  for (int p = 1; p < kPaletteParts; ++p)
    if (carries_pattern(PartLabel(p)) && pal.known[p][int(Tone::Base)]) pal.pattern[p] = pattern_of(sheet, p, pal, segment_of[p]);
  return pal;
}

Rgb ColourMap::apply(const double* rgb, int tone) const {
  if (tone > 0 && tone < kPaletteTones && anchored[tone]) {
    // The rig colour as a blend of this tone's script colour and the one other tone's that
    // explains it best; the same blend of their reference colours, plus what no blend explains
    // (a light's tint) as it is.
    auto vec = [](Rgb c) { return std::array<double, 3>{double(c.r), double(c.g), double(c.b)}; };
    const auto a = vec(from[tone]);
    double best_residual = 0, best_t = 0;
    int best_other = -1;
    for (int c = 0; c < 3; ++c) best_residual += (rgb[c] - a[c]) * (rgb[c] - a[c]);
    for (int other = 1; other < kPaletteTones; ++other) {
      if (other == tone || !anchored[other]) continue;
      const auto b = vec(from[other]);
      double dd = 0, dr = 0;
      for (int c = 0; c < 3; ++c) dd += (b[c] - a[c]) * (b[c] - a[c]), dr += (rgb[c] - a[c]) * (b[c] - a[c]);
      if (dd < 1) continue;
      const double t = std::clamp(dr / dd, 0.0, 1.0);
      double residual = 0;
      for (int c = 0; c < 3; ++c) residual += std::pow(rgb[c] - (a[c] + t * (b[c] - a[c])), 2);
      if (residual < best_residual) best_residual = residual, best_t = t, best_other = other;
    }
    const auto ta = vec(to[tone]);
    const auto tb = best_other >= 0 ? vec(to[best_other]) : ta;
    const auto fb = best_other >= 0 ? vec(from[best_other]) : a;
    double out[3];
    for (int c = 0; c < 3; ++c) {
      const double blend_from = a[c] + best_t * (fb[c] - a[c]);
      out[c] = ta[c] + best_t * (tb[c] - ta[c]) + (rgb[c] - blend_from);
    }
    return Rgb{channel(out[0]), channel(out[1]), channel(out[2])};
  }
  return Rgb{channel(gain[0] * rgb[0] + bias[0]), channel(gain[1] * rgb[1] + bias[1]), channel(gain[2] * rgb[2] + bias[2])};
}

ColourMap fit_colour_map(const std::array<Rgb, kPaletteTones>& from, const std::array<bool, kPaletteTones>& from_known,
                         const std::array<Rgb, kPaletteTones>& to, const std::array<bool, kPaletteTones>& to_known) {
  ColourMap m;
  double n = 0;
  std::array<double, 3> sx{}, sy{}, sxx{}, sxy{};
  for (int t = 1; t < kPaletteTones; ++t) {
    if (!from_known[t] || !to_known[t]) continue;
    m.from[t] = from[t], m.to[t] = to[t], m.anchored[t] = true;
    const double x[3] = {double(from[t].r), double(from[t].g), double(from[t].b)};
    const double y[3] = {double(to[t].r), double(to[t].g), double(to[t].b)};
    for (int c = 0; c < 3; ++c) sx[c] += x[c], sy[c] += y[c], sxx[c] += x[c] * x[c], sxy[c] += x[c] * y[c];
    n += 1;
  }
  if (n == 0) return m;
  for (int c = 0; c < 3; ++c) {
    const double mx = sx[c] / n, my = sy[c] / n;
    const double var = sxx[c] / n - mx * mx, cov = sxy[c] / n - mx * my;
    // Ridge towards gain 1: a spread of tones much wider than kMapRidge decides the gain alone.
    m.gain[c] = std::clamp((cov + kMapRidge * 1.0) / (var + kMapRidge), 0.0, kMaxMapGain);
    m.bias[c] = my - m.gain[c] * mx;
  }
  m.valid = true;
  return m;
}

void add_colour_maps(CharacterPalette& pal, const CharacterPalette& script) {
  for (int p = 1; p < kPaletteParts; ++p) {
    pal.map[p] = fit_colour_map(script.colour[p], script.known[p], pal.colour[p], pal.known[p]);
    for (PaletteSegment& seg : pal.segments[p]) seg.map = fit_colour_map(seg.key, seg.key_known, seg.colour, seg.known);
  }
}

render::Box face_box(const ReferenceLabels& sheet) {
  const int w = sheet.parts.width, h = sheet.parts.height;
  int top = h, bottom = -1;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      if (sheet.parts.pixels[size_t(y) * w + x] != 0) top = std::min(top, y), bottom = std::max(bottom, y);
  if (bottom < 0) return {};
  const int band_end = top + static_cast<int>((bottom - top + 1) * kFaceBand);
  int x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (int y = top; y <= band_end && y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const auto p = PartLabel(sheet.parts.pixels[size_t(y) * w + x]);
      if (p == PartLabel::Skin || p == PartLabel::Eyes || p == PartLabel::EyeWhite || p == PartLabel::Mouth ||
          p == PartLabel::Hair)
        x0 = std::min(x0, x), x1 = std::max(x1, x), y0 = std::min(y0, y), y1 = std::max(y1, y);
    }
  if (x1 < 0) return {};
  // Below the hair the face's skin continues into the neck and shoulders: the head is about as
  // tall as it is wide, so the box stops a width below the first hair or skin row.
  y1 = std::min(y1, y0 + (x1 - x0 + 1));
  return render::Box{double(x0), double(y0), double(x1 - x0 + 1), double(y1 - y0 + 1)};
}

}  // namespace ekonte::neural
