// The palette of a labelled sheet: each (part, tone) colour is the robust mean of its labelled
// pixels, a tone the sheet does not show comes from the tone model, stripes do not move a base
// colour but become the part's pattern, and the face box is found on the head.
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstdlib>
#include <utility>

#include "render/neural/palette.hpp"

using namespace ekonte;
using namespace ekonte::neural;
using render::PartLabel;
using render::Tone;

namespace {

constexpr int kW = 40, kH = 80;

struct Sheet {
  ReferenceLabels labels;
  void paint(int x0, int y0, int x1, int y1, PartLabel part, Tone tone, Rgb c) {
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) {
        const size_t i = size_t(y) * kW + x;
        labels.parts.pixels[i] = uint8_t(part);
        labels.tones.pixels[i] = uint8_t(tone);
        uint8_t* p = &labels.picture.pixels[i * 4];
        p[0] = c.r, p[1] = c.g, p[2] = c.b;
      }
  }
};

Sheet blank_sheet() {
  Sheet s;
  s.labels.picture = {kW, kH, std::vector<uint8_t>(size_t(kW) * kH * 4, 255)};
  s.labels.parts = s.labels.tones = s.labels.ink = {kW, kH, std::vector<uint8_t>(size_t(kW) * kH, 0)};
  s.labels.confidence.assign(size_t(kW) * kH, 1.0f);
  return s;
}

bool near(Rgb a, Rgb b, int tolerance) {
  return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance && std::abs(a.b - b.b) <= tolerance;
}

// A tone model whose shadow is half the base colour, for every part.
ToneModel halving_shadow() {
  ToneModel m;
  for (int p = 0; p < kPaletteParts; ++p) {
    ToneFit& f = m.fit[p][int(Tone::Base)][int(Tone::Shadow)];
    f.gain = {0.5, 0.5, 0.5};
    f.weight = 10;
  }
  return m;
}

// Pattern pixels inside the sheet box [x0, x1) x [y0, y1), and in all.
struct PatternHits {
  int inside = 0, total = 0;
};
PatternHits pattern_hits(const PartPattern& pat, int x0, int y0, int x1, int y1) {
  PatternHits h;
  for (int y = 0; y < pat.height; ++y)
    for (int x = 0; x < pat.width; ++x) {
      if (!pat.present[size_t(y) * pat.width + x]) continue;
      const int sx = pat.x0 + x, sy = pat.y0 + y;
      h.inside += sx >= x0 && sx < x1 && sy >= y0 && sy < y1;
      ++h.total;
    }
  return h;
}

}  // namespace

TEST_CASE("a sheet's labelled colours become the palette; unseen tones come from the tone model") {
  Sheet s = blank_sheet();
  const Rgb hair{200, 40, 30}, hair_shadow{120, 20, 10}, outfit{30, 60, 200};
  s.paint(10, 2, 30, 12, PartLabel::Hair, Tone::Base, hair);
  s.paint(10, 12, 30, 16, PartLabel::Hair, Tone::Shadow, hair_shadow);
  s.paint(8, 30, 32, 70, PartLabel::OutfitPrimary, Tone::Base, outfit);
  const auto pal = palette_from_labels(s.labels, nullptr, halving_shadow());
  CHECK(pal.known[int(PartLabel::Hair)][int(Tone::Base)]);
  CHECK(near(pal.colour[int(PartLabel::Hair)][int(Tone::Base)], hair, 1));
  // The sheet shows the hair's shadow: its own colour wins over the model's.
  CHECK(near(pal.colour[int(PartLabel::Hair)][int(Tone::Shadow)], hair_shadow, 1));
  // The sheet shows no outfit shadow: the model's half of the base.
  CHECK(near(pal.colour[int(PartLabel::OutfitPrimary)][int(Tone::Shadow)], Rgb{15, 30, 100}, 1));
  // Parts the sheet does not show stay unknown (the renderer keeps the rig's colour there).
  CHECK_FALSE(pal.known[int(PartLabel::Accessory)][int(Tone::Base)]);
  CHECK(pal.pattern[int(PartLabel::OutfitPrimary)].empty());
}

TEST_CASE("stripes do not move the base colour; they become the part's pattern") {
  Sheet s = blank_sheet();
  const Rgb outfit{30, 60, 200}, stripe{250, 230, 20};
  s.paint(4, 20, 36, 76, PartLabel::OutfitPrimary, Tone::Base, outfit);
  for (int y = 24; y < 76; y += 12) s.paint(4, y, 36, y + 4, PartLabel::OutfitPrimary, Tone::Base, stripe);
  const auto pal = palette_from_labels(s.labels, nullptr, halving_shadow());
  CHECK(near(pal.colour[int(PartLabel::OutfitPrimary)][int(Tone::Base)], outfit, 1));
  const auto& pat = pal.pattern[int(PartLabel::OutfitPrimary)];
  REQUIRE_FALSE(pat.empty());
  // Pattern pixels are the stripes' rows, in the stripe colour; the rows between are not pattern.
  int stripe_hits = 0, gap_hits = 0;
  for (int y = 0; y < pat.height; ++y)
    for (int x = 0; x < pat.width; ++x) {
      const size_t k = size_t(y) * pat.width + x;
      if (!pat.present[k]) continue;
      const int sheet_y = pat.y0 + y;
      const bool in_stripe = (sheet_y - 24) % 12 < 4;
      (in_stripe ? stripe_hits : gap_hits)++;
      if (in_stripe) CHECK(near(pat.colour[k], stripe, 1));
    }
  CHECK(stripe_hits > 40);
  CHECK(gap_hits == 0);
}

TEST_CASE("a crest of another hue is pattern even when its RGB lies near one of the garment's tones") {
  // A pink top with a highlight band, and an orange crest 40 RGB units from that highlight
  // (14 dE2000 from it): the crest is the top's pattern; the highlight band is not.
  Sheet s = blank_sheet();
  const Rgb pink{226, 97, 136}, pink_light{220, 137, 144}, crest{222, 165, 115};
  s.paint(4, 20, 36, 76, PartLabel::OutfitPrimary, Tone::Base, pink);
  s.paint(4, 66, 36, 76, PartLabel::OutfitPrimary, Tone::Highlight, pink_light);
  s.paint(14, 30, 26, 42, PartLabel::OutfitPrimary, Tone::Base, crest);
  const auto pal = palette_from_labels(s.labels, nullptr, halving_shadow());
  CHECK(near(pal.colour[int(PartLabel::OutfitPrimary)][int(Tone::Highlight)], pink_light, 1));
  const auto& pat = pal.pattern[int(PartLabel::OutfitPrimary)];
  REQUIRE_FALSE(pat.empty());
  const PatternHits crest_hits = pattern_hits(pat, 14, 30, 26, 42);
  CHECK(crest_hits.inside > 80);
  CHECK(crest_hits.total == crest_hits.inside);
}

TEST_CASE("the face box lies on the head, not on the hands below it") {
  Sheet s = blank_sheet();
  s.paint(12, 4, 28, 20, PartLabel::Skin, Tone::Base, Rgb{240, 200, 170});
  s.paint(10, 2, 30, 6, PartLabel::Hair, Tone::Base, Rgb{20, 20, 20});
  s.paint(15, 10, 17, 12, PartLabel::Eyes, Tone::Pupil, Rgb{0, 150, 0});
  s.paint(8, 24, 32, 78, PartLabel::OutfitPrimary, Tone::Base, Rgb{30, 60, 200});
  s.paint(2, 60, 6, 66, PartLabel::Skin, Tone::Base, Rgb{240, 200, 170});  // a hand
  const auto box = face_box(s.labels);
  CHECK(box.x == 10);
  CHECK(box.y == 2);
  CHECK(box.w == 20);
  CHECK(box.y + box.h <= 24);
}

// A shot of one figure's hair, w x h: each pixel's tone and colour from `pixel(x, y)`.
template <typename Pixel>
render::ShotRender hair_shot(int w, int h, Pixel pixel) {
  render::ShotRender shot;
  shot.color = {w, h, std::vector<uint8_t>(size_t(w) * h * 4, 255)};
  shot.parts = shot.tones = shot.instances = shot.lineart = {w, h, std::vector<uint8_t>(size_t(w) * h, 0)};
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const size_t i = size_t(y) * w + x;
      const auto [tone, rgb] = pixel(x, y);
      shot.parts.pixels[i] = uint8_t(PartLabel::Hair);
      shot.instances.pixels[i] = 1;
      shot.tones.pixels[i] = uint8_t(tone);
      for (int ch = 0; ch < 3; ++ch) shot.color.pixels[i * 4 + ch] = uint8_t(std::lround(rgb[ch]));
    }
  return shot;
}

using Channels = std::array<double, 3>;

TEST_CASE("the tone model fitted on rig-like shots predicts their shadows") {
  // Shots whose shadow is 0.7 x base + (0, 2, 14), the rig's formula, for many base colours.
  ToneModelFitter fitter;
  for (int k = 0; k < 6; ++k) {
    const Channels base{30.0 * k + 20, 200.0 - 25 * k, 40.0 * k};
    const Channels shade{0.7 * base[0], 0.7 * base[1] + 2, 0.7 * base[2] + 14};
    fitter.add_shot(hair_shot(8, 8, [&](int, int y) { return y >= 4 ? std::pair{Tone::Shadow, shade} : std::pair{Tone::Base, base}; }));
  }
  const ToneModel m = ToneModel::from_json(fitter.fit().to_json());  // through the weights header's form
  const Rgb predicted = m.predict(int(PartLabel::Hair), int(Tone::Base), int(Tone::Shadow), Rgb{100, 100, 100});
  CHECK(near(predicted, Rgb{70, 72, 84}, 1));
}

TEST_CASE("the tone model reads each tone inside its region: edge pixels that blend two tones do not flatten the law") {
  // Shots of a part whose shadow is 0.5 x base, split down the middle; the column on each side of
  // the split is a 50/50 blend of the two tones (anti-aliasing), labelled with its own tone.
  ToneModelFitter fitter;
  for (int k = 0; k < 6; ++k) {
    const double base = 40 + 35 * k, shade = 0.5 * base, blend = 0.5 * (base + shade);
    fitter.add_shot(hair_shot(12, 8, [&](int x, int) {
      const bool shadow = x >= 6, edge = x == 5 || x == 6;
      const double v = edge ? blend : shadow ? shade : base;
      return std::pair{shadow ? Tone::Shadow : Tone::Base, Channels{v, v, v}};
    }));
  }
  const ToneModel m = fitter.fit();
  // With the blended columns counted the means would be 0.875 b and 0.625 b: a slope of 0.71.
  const Rgb predicted = m.predict(int(PartLabel::Hair), int(Tone::Base), int(Tone::Shadow), Rgb{200, 200, 200});
  CHECK(near(predicted, Rgb{100, 100, 100}, 1));
}

TEST_CASE("an eye's tones are each read as the sheet draws them; one it does not show comes through the tone model") {
  // A face crop's eye as a large sheet shows it: the iris, its upper shadow and the pupil each
  // with pixels of their own, and no catch-light.
  Sheet s = blank_sheet();
  const Rgb iris{40, 160, 60}, shadow{20, 110, 30}, pupil{10, 40, 15};
  s.paint(10, 10, 20, 14, PartLabel::Eyes, Tone::Shadow, shadow);
  s.paint(10, 14, 20, 20, PartLabel::Eyes, Tone::Base, iris);
  s.paint(13, 15, 17, 19, PartLabel::Eyes, Tone::Pupil, pupil);
  // A tone model whose law from the iris differs from what the sheet draws: a read tone keeps the
  // sheet's colour, and only the missing catch-light is predicted.
  ToneModel m;
  for (const Tone t : {Tone::Shadow, Tone::Pupil, Tone::EyeHighlight}) {
    ToneFit& f = m.fit[int(PartLabel::Eyes)][int(Tone::Base)][int(t)];
    f.gain = {0, 0, 0}, f.bias = {255, 255, 255}, f.weight = 10;
  }
  // And laws from the pupil that would paint the eye black: the pupil anchors nothing.
  for (const Tone t : {Tone::Base, Tone::Shadow, Tone::EyeHighlight}) {
    ToneFit& f = m.fit[int(PartLabel::Eyes)][int(Tone::Pupil)][int(t)];
    f.gain = {0, 0, 0}, f.bias = {0, 0, 0}, f.weight = 10;
  }
  const auto pal = palette_from_labels(s.labels, nullptr, m);
  const int eyes = int(PartLabel::Eyes);
  CHECK(near(pal.colour[eyes][int(Tone::Base)], iris, 1));
  CHECK(near(pal.colour[eyes][int(Tone::Shadow)], shadow, 1));
  CHECK(near(pal.colour[eyes][int(Tone::Pupil)], pupil, 1));
  CHECK(pal.known[eyes][int(Tone::EyeHighlight)]);
  CHECK(near(pal.colour[eyes][int(Tone::EyeHighlight)], Rgb{255, 255, 255}, 1));
}

TEST_CASE("a patch of a neighbouring part's colour mislabelled as the garment is no pattern; a crest is") {
  // A blue sleeve over a pale forearm (skin). The labeller calls a pale patch at the sleeve's
  // edge sleeve: in skin's colour and beside skin, which shows that colour all along the forearm,
  // it is the forearm mislabelled, not a pattern to carry into every shot. A yellow crest in the
  // sleeve's middle is pattern, and so is a red one the labeller split between the sleeve and an
  // accessory: the accessory shows red only there.
  Sheet s = blank_sheet();
  const Rgb sleeve{30, 60, 200}, skin{250, 235, 215}, crest{250, 230, 20}, red{220, 30, 40};
  s.paint(4, 20, 36, 60, PartLabel::OutfitPrimary, Tone::Base, sleeve);
  s.paint(4, 60, 36, 76, PartLabel::Skin, Tone::Base, skin);
  s.paint(6, 52, 14, 60, PartLabel::OutfitPrimary, Tone::Base, skin);  // the mislabelled patch
  s.paint(18, 28, 28, 38, PartLabel::OutfitPrimary, Tone::Base, crest);
  s.paint(18, 42, 28, 50, PartLabel::OutfitPrimary, Tone::Base, red);
  s.paint(28, 42, 31, 50, PartLabel::Accessory, Tone::Base, red);  // the split crest's other side
  const auto pal = palette_from_labels(s.labels, nullptr, halving_shadow());
  const auto& pat = pal.pattern[int(PartLabel::OutfitPrimary)];
  REQUIRE_FALSE(pat.empty());
  CHECK(pattern_hits(pat, 18, 28, 28, 38).inside > 30);
  CHECK(pattern_hits(pat, 18, 42, 28, 50).inside > 20);
  CHECK(pattern_hits(pat, 6, 52, 14, 60).inside == 0);
}
