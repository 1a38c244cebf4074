// A sheet read into a palette with colour maps from the script's view: when the script's view is
// read by the same labeller as the sheet, a labeller's bias is the same on both sides and the
// maps carry only what differs between the two pictures.
#include <doctest/doctest.h>

#include "render/neural/sheet_palette.hpp"

using namespace ekonte;
using namespace ekonte::neural;
using render::PartLabel;
using render::Tone;

namespace {

constexpr int kSide = 64;
const Rgb kHair{40, 60, 200}, kCoat{200, 40, 40}, kPaper{255, 255, 255};

// A figure on white paper: a blue head of hair over a large red coat, with its true labels.
LabelledSheet figure() {
  LabelledSheet s;
  s.picture = {kSide, kSide, std::vector<uint8_t>(size_t(kSide) * kSide * 4, 255)};
  s.parts = s.tones = s.ink = {kSide, kSide, std::vector<uint8_t>(size_t(kSide) * kSide, 0)};
  auto paint = [&](int y0, int y1, PartLabel part, Rgb c) {
    for (int y = y0; y < y1; ++y)
      for (int x = 20; x < 44; ++x) {
        const size_t i = size_t(y) * kSide + x;
        s.parts.pixels[i] = uint8_t(part), s.tones.pixels[i] = uint8_t(Tone::Base);
        uint8_t* p = &s.picture.pixels[i * 4];
        p[0] = c.r, p[1] = c.g, p[2] = c.b;
      }
  };
  paint(4, 16, PartLabel::Hair, kHair);
  paint(16, 60, PartLabel::OutfitPrimary, kCoat);
  return s;
}

// A biased labeller: every pixel of the drawing is called hair, so the hair's colour it reads
// is the coat's (the most common colour).
SheetLabeller biased_labeller(const render::ImageRgba& picture) {
  return [&picture](const Frame& f, bool) {
    ReferenceLabels out;
    out.picture = resample_rgb(picture, f, kPaper);
    const size_t n = size_t(f.width) * f.height;
    out.parts = out.tones = out.ink = {f.width, f.height, std::vector<uint8_t>(n, 0)};
    out.confidence.assign(n, 1.0f);
    for (size_t i = 0; i < n; ++i) {
      const uint8_t* p = &out.picture.pixels[i * 4];
      if (p[0] == 255 && p[1] == 255 && p[2] == 255) continue;
      out.parts.pixels[i] = uint8_t(PartLabel::Hair), out.tones.pixels[i] = uint8_t(Tone::Base);
    }
    return out;
  };
}

}  // namespace

TEST_CASE("the script's view read by the sheet's labeller: the same picture maps every colour to itself") {
  const LabelledSheet view = figure();
  const ToneModel tones;
  const SheetLabeller label = biased_labeller(view.picture);
  const double hair[3] = {double(kHair.r), double(kHair.g), double(kHair.b)};
  const int h = int(PartLabel::Hair), base = int(Tone::Base);
  // Read alike, the bias cancels: the script's blue hair stays blue.
  const CharacterPalette alike = palette_of_sheet(view.picture, label, tones, &view, &label);
  REQUIRE(alike.map[h].valid);
  const Rgb kept = alike.map[h].apply(hair, base);
  CHECK(kept.r == kHair.r);
  CHECK(kept.g == kHair.g);
  CHECK(kept.b == kHair.b);
  // The script's view read through its true labels instead: the bias shows as a recolour.
  const CharacterPalette unlike = palette_of_sheet(view.picture, label, tones, &view);
  REQUIRE(unlike.map[h].valid);
  const Rgb moved = unlike.map[h].apply(hair, base);
  CHECK(moved.r > 150);  // towards the coat's red
}
