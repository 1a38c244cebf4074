// Segment matching and colour maps: a part the script's rig draws in two colours (a red top and
// blue trousers, both OutfitPrimary) gets two segments coloured from the places of the reference
// sheet where each is drawn; a shot's pixel picks its segment by the rig's colour there; and a
// colour map gives a tone's reference colour exactly and a blend of two tones as the same blend.
#include <doctest/doctest.h>

#include <cstdlib>

#include "render/neural/flat_fill.hpp"
#include "render/neural/palette_segments.hpp"
#include "render/neural/sheet_palette.hpp"

using namespace ekonte;
using namespace ekonte::neural;
using render::PartLabel;
using render::Tone;

namespace {

constexpr Rgb kRed{200, 40, 40}, kBlue{40, 40, 200}, kGreen{40, 200, 40}, kYellow{230, 220, 30}, kHair{60, 40, 20};

// A standing figure on white paper, 128 x 256: hair on top, an outfit whose upper half is `top`
// and lower half `bottom`, all in the base tone.
LabelledSheet figure(Rgb top, Rgb bottom) {
  const int w = 128, h = 256;
  LabelledSheet s;
  s.picture = {w, h, std::vector<uint8_t>(size_t(w) * h * 4, 255)};
  s.parts = s.tones = s.ink = {w, h, std::vector<uint8_t>(size_t(w) * h, 0)};
  for (int y = 20; y < 236; ++y)
    for (int x = 34; x < 94; ++x) {
      const size_t i = size_t(y) * w + x;
      const bool hair = y < 60;
      const Rgb c = hair ? kHair : y < 148 ? top : bottom;
      s.parts.pixels[i] = uint8_t(hair ? PartLabel::Hair : PartLabel::OutfitPrimary);
      s.tones.pixels[i] = uint8_t(Tone::Base);
      uint8_t* p = &s.picture.pixels[i * 4];
      p[0] = c.r, p[1] = c.g, p[2] = c.b;
    }
  return s;
}

bool near(Rgb a, Rgb b, int tolerance) {
  return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance && std::abs(a.b - b.b) <= tolerance;
}

Rgb at(const render::ImageRgba& img, int x, int y) {
  const uint8_t* p = &img.pixels[(size_t(y) * img.width + x) * 4];
  return {p[0], p[1], p[2]};
}

}  // namespace

TEST_CASE("a part drawn in two colours gets two segments, each coloured from its own place on the sheet") {
  const LabelledSheet script = figure(kRed, kBlue);
  const LabelledSheet sheet = figure(kGreen, kYellow);  // the writer's sheet: both garments recoloured
  const CharacterPalette pal = palette_from_true_labels(sheet, ToneModel{}, &script);
  const auto& segs = pal.segments[int(PartLabel::OutfitPrimary)];
  REQUIRE(segs.size() == 2);
  const int red = nearest_segment(pal, int(PartLabel::OutfitPrimary), int(Tone::Base), kRed);
  const int blue = nearest_segment(pal, int(PartLabel::OutfitPrimary), int(Tone::Base), kBlue);
  REQUIRE(red >= 0);
  REQUIRE(blue >= 0);
  CHECK(red != blue);
  CHECK(near(segs[red].colour[int(Tone::Base)], kGreen, 3));
  CHECK(near(segs[blue].colour[int(Tone::Base)], kYellow, 3));
  // One colour on the script's view: no segments.
  CHECK(pal.segments[int(PartLabel::Hair)].empty());
}

TEST_CASE("flat fill: each garment of a part gets its own segment's colour, chosen by the rig's colour") {
  const LabelledSheet script = figure(kRed, kBlue);
  const CharacterPalette pal = palette_from_true_labels(figure(kGreen, kYellow), ToneModel{}, &script);
  // A shot: the rig draws the outfit's top red and its bottom blue, as the script says.
  const int w = 64, h = 64;
  render::ShotRender shot;
  shot.color = shot.background = {w, h, std::vector<uint8_t>(size_t(w) * h * 4, 128)};
  shot.parts = shot.instances = shot.tones = shot.lineart = {w, h, std::vector<uint8_t>(size_t(w) * h, 0)};
  for (int y = 8; y < 56; ++y)
    for (int x = 16; x < 48; ++x) {
      const size_t i = size_t(y) * w + x;
      shot.instances.pixels[i] = 1;
      shot.parts.pixels[i] = uint8_t(PartLabel::OutfitPrimary);
      shot.tones.pixels[i] = uint8_t(Tone::Base);
      const Rgb c = y < 32 ? kRed : kBlue;
      uint8_t* p = &shot.color.pixels[i * 4];
      p[0] = c.r, p[1] = c.g, p[2] = c.b, p[3] = 255;
    }
  const auto out = paint_flat(shot, {&pal}, ToneModel{});
  CHECK(near(at(out, 30, 16), kGreen, 3));
  CHECK(near(at(out, 30, 48), kYellow, 3));
}

TEST_CASE("a colour map gives each known tone its reference colour and a blend of two tones the same blend") {
  std::array<Rgb, kPaletteTones> from{}, to{};
  std::array<bool, kPaletteTones> from_known{}, to_known{};
  from[int(Tone::Base)] = {200, 40, 40}, to[int(Tone::Base)] = {40, 200, 40};
  from[int(Tone::Shadow)] = {100, 20, 20}, to[int(Tone::Shadow)] = {20, 100, 20};
  from[int(Tone::Highlight)] = {240, 160, 160}, to[int(Tone::Highlight)] = {160, 240, 160};
  for (Tone t : {Tone::Base, Tone::Shadow, Tone::Highlight}) from_known[int(t)] = to_known[int(t)] = true;
  const ColourMap m = fit_colour_map(from, from_known, to, to_known);
  REQUIRE(m.valid);
  const double base[3] = {200, 40, 40};
  CHECK(near(m.apply(base, int(Tone::Base)), to[int(Tone::Base)], 0));
  // A catch-light pixel that is mostly base at this scale: labelled Highlight, coloured a blend.
  const double blend[3] = {0.75 * 200 + 0.25 * 240, 0.75 * 40 + 0.25 * 160, 0.75 * 40 + 0.25 * 160};
  const Rgb expect{uint8_t(0.75 * 40 + 0.25 * 160), uint8_t(0.75 * 200 + 0.25 * 240), uint8_t(0.75 * 40 + 0.25 * 160)};
  CHECK(near(m.apply(blend, int(Tone::Highlight)), expect, 12));
  // With nothing to fit from there is no map.
  CHECK_FALSE(fit_colour_map(from, {}, to, to_known).valid);
}
