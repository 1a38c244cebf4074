// The flat fill: every character pixel is exactly its palette colour (edges of the picture lie
// exactly on the part map's edges: nothing is upsampled or blurred), the rig's ink lies on top,
// a striped reference part carries its stripes into a shot part of another size, and a detail or
// stroke the rig drew in a colour of its own inside a region keeps that colour.
#include <doctest/doctest.h>

#include <cstdlib>

#include "render/canvas.hpp"
#include "render/neural/flat_fill.hpp"

using namespace ekonte;
using namespace ekonte::neural;
using render::PartLabel;
using render::Tone;

namespace {

render::ShotRender two_part_shot(int w, int h) {
  render::ShotRender r;
  r.color = r.background = {w, h, std::vector<uint8_t>(size_t(w) * h * 4, 200)};
  r.parts = r.instances = r.tones = r.lineart = {w, h, std::vector<uint8_t>(size_t(w) * h, 0)};
  // A figure: hair on top of an outfit, with a shadow band on the outfit.
  for (int y = 10; y < h - 10; ++y)
    for (int x = 20; x < w - 20; ++x) {
      const size_t i = size_t(y) * w + x;
      r.instances.pixels[i] = 1;
      r.parts.pixels[i] = uint8_t(y < h / 3 ? PartLabel::Hair : PartLabel::OutfitPrimary);
      r.tones.pixels[i] = uint8_t(x > w - 30 ? Tone::Shadow : Tone::Base);
    }
  return r;
}

CharacterPalette two_colour_palette() {
  CharacterPalette p;
  auto set = [&](PartLabel part, Tone t, Rgb c) {
    p.colour[int(part)][int(t)] = c;
    p.known[int(part)][int(t)] = true;
  };
  set(PartLabel::Hair, Tone::Base, {250, 10, 10});
  set(PartLabel::Hair, Tone::Shadow, {125, 5, 5});
  set(PartLabel::OutfitPrimary, Tone::Base, {10, 10, 250});
  set(PartLabel::OutfitPrimary, Tone::Shadow, {5, 5, 125});
  return p;
}

// A stroke the rig drew into the line map as ink but in a colour of its own, along row y.
void stroke_row(render::ShotRender& shot, int y, int x0, int x1, Rgb colour) {
  for (int x = x0; x < x1; ++x) {
    const size_t i = size_t(y) * shot.color.width + x;
    shot.lineart.pixels[i] = 255;
    uint8_t* p = &shot.color.pixels[i * 4];
    p[0] = colour.r, p[1] = colour.g, p[2] = colour.b;
  }
}

Rgb at(const render::ImageRgba& img, int x, int y) {
  const uint8_t* p = &img.pixels[(size_t(y) * img.width + x) * 4];
  return {p[0], p[1], p[2]};
}

}  // namespace

TEST_CASE("flat fill: output edges coincide with the part and tone maps' edges, at full size") {
  const int w = 320, h = 180;
  auto shot = two_part_shot(w, h);
  const auto pal = two_colour_palette();
  const auto out = paint_flat(shot, {&pal}, ToneModel{});
  REQUIRE(out.width == w);
  int mismatches = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x + 1 < w; ++x) {
      const size_t i = size_t(y) * w + x;
      const bool map_edge = shot.parts.pixels[i] != shot.parts.pixels[i + 1] || shot.tones.pixels[i] != shot.tones.pixels[i + 1] ||
                            shot.instances.pixels[i] != shot.instances.pixels[i + 1];
      const bool picture_edge = !(at(out, x, y) == at(out, x + 1, y));
      mismatches += map_edge != picture_edge;
    }
  CHECK(mismatches == 0);
  CHECK(at(out, 40, 20) == Rgb{250, 10, 10});
  CHECK(at(out, w - 25, 100) == Rgb{5, 5, 125});
  CHECK(at(out, 5, 5) == Rgb{200, 200, 200});  // the setting, untouched
}

TEST_CASE("flat fill: the rig's visible ink lies on top of the palette colours; a hidden line does not") {
  auto shot = two_part_shot(100, 60);
  const Rgb ink = render::Canvas::kInk;
  // A line the rig's picture shows (ink-coloured there) and one a later fill hid (fill-coloured).
  shot.lineart.pixels[size_t(30) * 100 + 50] = 255;
  uint8_t* shown = &shot.color.pixels[(size_t(30) * 100 + 50) * 4];
  shown[0] = ink.r, shown[1] = ink.g, shown[2] = ink.b;
  shot.lineart.pixels[size_t(40) * 100 + 50] = 255;
  const auto pal = two_colour_palette();
  const auto out = paint_flat(shot, {&pal}, ToneModel{});
  CHECK(at(out, 50, 30) == ink);
  const Rgb hidden = at(out, 50, 40);
  CHECK(std::abs(hidden.b - 250) <= 15);  // the outfit's blue, barely darkened
}

TEST_CASE("flat fill: a character without a palette keeps the rig's colours") {
  auto shot = two_part_shot(100, 60);
  shot.color.pixels[(size_t(30) * 100 + 50) * 4] = 77;
  const auto out = paint_flat(shot, {nullptr}, ToneModel{});
  CHECK(out.pixels == shot.color.pixels);
}

TEST_CASE("pattern branch: a striped reference part carries its stripes into a shot part of another size") {
  // The reference's outfit box is 20 x 40 with 4 stripes; the shot's outfit box is 280 x 120.
  CharacterPalette pal = two_colour_palette();
  PartPattern& pat = pal.pattern[int(PartLabel::OutfitPrimary)];
  pat.width = 20, pat.height = 40;
  pat.colour.assign(20 * 40, Rgb{250, 240, 0});
  pat.present.assign(20 * 40, 0);
  for (int y = 0; y < 40; ++y)
    if (y % 10 < 5)
      for (int x = 0; x < 20; ++x) pat.present[size_t(y) * 20 + x] = 1;
  const int w = 320, h = 180;
  auto shot = two_part_shot(w, h);
  const auto out = paint_flat(shot, {&pal}, ToneModel{});
  // The shot's outfit spans rows 60..169 (110 rows): stripes are the first half of each quarter.
  int y0 = -1, y1 = -1;
  for (int y = 0; y < h; ++y)
    if (shot.parts.pixels[size_t(y) * w + 100] == uint8_t(PartLabel::OutfitPrimary)) y1 = y, y0 = y0 < 0 ? y : y0;
  int agree = 0, total = 0;
  for (int y = y0; y <= y1; ++y) {
    const double v = (y - y0 + 0.5) / (y1 - y0 + 1);
    const bool stripe = int(v * 40) % 10 < 5;
    const Rgb c = at(out, 100, y);
    agree += stripe == (c == Rgb{250, 240, 0});
    ++total;
  }
  CHECK(agree == total);
  // The hair has no pattern: plain palette colour.
  CHECK(at(out, 100, 20) == Rgb{250, 10, 10});
}

TEST_CASE("flat fill: a tone the palette does not know follows the part's colour map, not the rig's colour") {
  auto shot = two_part_shot(80, 60);
  // The rig paints the hair red, its shadow dark red; the palette knows only the base and maps
  // red to green: the shadow must come out dark green, not the script's dark red.
  for (size_t i = 0; i < shot.parts.pixels.size(); ++i) {
    uint8_t* p = &shot.color.pixels[i * 4];
    if (shot.parts.pixels[i] == uint8_t(PartLabel::Hair)) {
      const bool shadow = shot.tones.pixels[i] == uint8_t(Tone::Shadow);
      p[0] = shadow ? 100 : 200, p[1] = shadow ? 30 : 60, p[2] = shadow ? 30 : 60;
    }
  }
  CharacterPalette pal;
  const int hair = int(PartLabel::Hair);
  pal.colour[hair][int(Tone::Base)] = {60, 200, 60}, pal.known[hair][int(Tone::Base)] = true;
  std::array<Rgb, kPaletteTones> script{};
  std::array<bool, kPaletteTones> script_known{};
  script[int(Tone::Base)] = {200, 60, 60}, script_known[int(Tone::Base)] = true;
  script[int(Tone::Shadow)] = {100, 30, 30}, script_known[int(Tone::Shadow)] = true;
  pal.map[hair] = fit_colour_map(script, script_known, pal.colour[hair], pal.known[hair]);
  const auto out = paint_flat(shot, {&pal}, ToneModel{});
  const Rgb base = at(out, 30, 15), shadow = at(out, 55, 15);
  CHECK(base.g > 150);
  CHECK(base.r < 80);
  // Shifted like the base (a one-tone map is a pure shift): greener than the rig's shadow, and
  // darker than our base.
  CHECK(shadow.g > shadow.r);
  CHECK(shadow.g < base.g);
}

TEST_CASE("flat fill: a detail drawn inside a region in its own colour keeps it; so does a coloured stroke") {
  auto shot = two_part_shot(100, 60);
  const auto pal = two_colour_palette();
  // A dark nose inside the outfit's base region (same part and tone labels as around it) and a
  // red marking stroked over it: the rig draws both in colours of their own.
  for (int y = 30; y < 36; ++y)
    for (int x = 40; x < 46; ++x) {
      uint8_t* p = &shot.color.pixels[(size_t(y) * 100 + x) * 4];
      p[0] = 40, p[1] = 30, p[2] = 40;
    }
  stroke_row(shot, 40, 50, 60, Rgb{200, 30, 30});
  const auto out = paint_flat(shot, {&pal}, ToneModel{});
  CHECK(at(out, 42, 32) == Rgb{40, 30, 40});   // the nose, not the outfit's blue
  CHECK(at(out, 55, 40) == Rgb{200, 30, 30});  // the marking, not ink
  CHECK(at(out, 42, 45) == Rgb{10, 10, 250});  // the outfit around them takes the palette's colour
}

TEST_CASE("flat fill: a coloured stroke that runs past its part's edge onto the setting keeps its colour there") {
  auto shot = two_part_shot(100, 60);
  const auto pal = two_colour_palette();
  // The rig drew the figure darker than the setting (so the setting pixel beside it is an edge),
  // and a red marking across the figure's left edge (x = 20): its first pixels lie on the
  // setting, where the part map has no character.
  for (size_t i = 0; i < shot.instances.pixels.size(); ++i)
    if (shot.instances.pixels[i]) shot.color.pixels[i * 4] = shot.color.pixels[i * 4 + 1] = 90;
  stroke_row(shot, 30, 17, 24, Rgb{200, 30, 30});
  const auto out = paint_flat(shot, {&pal}, ToneModel{});
  CHECK(at(out, 19, 30) == Rgb{200, 30, 30});  // on the setting beside the figure: not ink
  CHECK(at(out, 22, 30) == Rgb{200, 30, 30});  // on the figure
}
