// The canvas's control maps agree with its colour picture: the line art holds only the ink the
// picture shows, and the tone map says which tone of its part each painted pixel is.
#include <doctest/doctest.h>

#include <cairo.h>

#include <cstdlib>

#include "render/canvas.hpp"

using namespace ekonte;
using namespace ekonte::render;

namespace {

constexpr int kSide = 120;
constexpr Rgb kPaper{240, 236, 228};

struct Maps {
  ImageRgba color;
  ImageGray lineart, parts, instances, tones;
  uint8_t line(int x, int y) const { return lineart.pixels[size_t(y) * lineart.width + x]; }
  uint8_t tone(int x, int y) const { return tones.pixels[size_t(y) * tones.width + x]; }
  const uint8_t* rgb(int x, int y) const { return &color.pixels[(size_t(y) * color.width + x) * 4]; }
};

Maps read(const Canvas& cv) {
  Maps m;
  m.color = cv.color_image();
  cv.read_maps(&m.lineart, &m.parts, &m.instances, &m.tones);
  return m;
}

void paper(Canvas& cv) {
  cairo_rectangle(cv.cr(), 0, 0, kSide, kSide);
  cv.paint_background(kPaper);
}

int ink_distance(const uint8_t* px) {
  return std::abs(px[0] - Canvas::kInk.r) + std::abs(px[1] - Canvas::kInk.g) + std::abs(px[2] - Canvas::kInk.b);
}

// Every line pixel shows ink in the colour picture, and every fully inked colour pixel is a
// line pixel: the line map is the picture's ink, nothing more and nothing less.
void check_line_map_matches_color(const Maps& m) {
  int hidden = 0, missing = 0;
  for (int y = 0; y < kSide; ++y)
    for (int x = 0; x < kSide; ++x) {
      const int d = ink_distance(m.rgb(x, y));
      if (m.line(x, y) == 255 && d > 6) ++hidden;
      if (d == 0 && m.line(x, y) < 250) ++missing;
    }
  CHECK(hidden == 0);
  CHECK(missing == 0);
}

}  // namespace

TEST_CASE("no line pixel lies under an opaque later fill") {
  Canvas cv(kSide, kSide, true);
  paper(cv);
  cv.set_instance(1);
  cairo_rectangle(cv.cr(), 10, 10, 60, 60);
  cv.fill(Rgb{200, 60, 60}, PartLabel::OutfitPrimary, 3);
  // A circle over the square's lower right corner, then an outline-less fill over its centre.
  cairo_arc(cv.cr(), 70, 70, 30, 0, 6.2832);
  cv.fill(Rgb{60, 160, 200}, PartLabel::Skin, 3);
  cairo_rectangle(cv.cr(), 55, 55, 30, 30);
  cv.fill(Rgb{90, 200, 90}, PartLabel::Hair, 0);
  const Maps m = read(cv);

  CHECK(m.line(69, 69) == 0);   // the square's outline corner, under the circle and the rectangle
  CHECK(m.line(69, 50) == 0);   // the square's right edge, inside the circle
  CHECK(m.line(50, 69) == 0);   // the square's bottom edge, inside the circle
  CHECK(m.line(69, 20) == 255);  // the square's right edge above the circle stays
  CHECK(m.line(20, 69) == 255);  // its bottom edge left of the circle stays
  CHECK(m.line(99, 70) > 200);  // the circle's own outline, not covered
  check_line_map_matches_color(m);
}

TEST_CASE("shading, strokes that are not line art and pictures hide the ink under them") {
  Canvas cv(kSide, kSide, true);
  paper(cv);
  cv.set_instance(1);
  cairo_rectangle(cv.cr(), 20, 20, 80, 80);
  cv.fill(Rgb{220, 180, 150}, PartLabel::Skin, 4);
  // A fold line inside the shape, then an opaque shadow over its lower half.
  cairo_move_to(cv.cr(), 30, 60);
  cairo_line_to(cv.cr(), 90, 60);
  cv.stroke(Canvas::kInk, 3);
  CHECK(read(cv).line(60, 60) == 255);
  cairo_rectangle(cv.cr(), 0, 58, kSide, 62);
  cv.shade(Rgb{170, 120, 100});
  // A sheen stroke (colour only) across the left edge.
  cairo_move_to(cv.cr(), 10, 40);
  cairo_line_to(cv.cr(), 40, 40);
  cv.stroke(Rgb{250, 250, 250}, 6, /*lineart=*/false);
  // An opaque picture over the top edge.
  cairo_surface_t* pic = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t* pc = cairo_create(pic);
  cairo_set_source_rgb(pc, 0.2, 0.6, 0.3);
  cairo_paint(pc);
  cairo_destroy(pc);
  cv.paint_image(pic, nullptr, 50, 15, 1.0, PartLabel::Prop);
  cairo_surface_destroy(pic);
  const Maps m = read(cv);
  CHECK(m.line(60, 60) == 0);   // the fold, shaded over
  CHECK(m.line(60, 99) == 0);   // the inner half of the bottom outline, shaded over
  CHECK(m.line(60, 101) == 255);  // its outer half, outside the shaded shape
  CHECK(m.line(20, 40) == 0);   // the left outline under the sheen
  CHECK(m.line(20, 30) == 255);  // the left outline above it
  CHECK(m.line(55, 20) == 0);   // the top outline under the picture
  CHECK(m.line(45, 20) == 255);
  check_line_map_matches_color(m);
}

TEST_CASE("the tone map marks base fills, shadows, highlights, pupils and catch-lights") {
  Canvas cv(kSide, kSide, true);
  paper(cv);
  // The set: a fill labelled Background is no tone.
  cairo_rectangle(cv.cr(), 0, 100, kSide, 20);
  cv.fill(Rgb{90, 120, 80}, PartLabel::Background, 1);
  cv.set_instance(1);
  cairo_rectangle(cv.cr(), 10, 10, 60, 60);
  cv.fill(Rgb{200, 150, 90}, PartLabel::Hair, 2);
  cairo_rectangle(cv.cr(), 10, 10, 20, 60);
  cv.shade(Rgb{150, 100, 60});  // darker: shadow
  cairo_rectangle(cv.cr(), 50, 10, 20, 60);
  cv.shade(Rgb{240, 210, 160}, 0.8);  // lighter: highlight
  cairo_rectangle(cv.cr(), 30, 10, 20, 10);
  cv.shade(Rgb{201, 150, 90}, 0.5);  // no visible change: the tone stays
  // An eye: white, iris (base), pupil and a catch-light inside it.
  cairo_arc(cv.cr(), 95, 40, 15, 0, 6.2832);
  cv.fill(Rgb{255, 255, 255}, PartLabel::EyeWhite, 1);
  cairo_arc(cv.cr(), 95, 40, 9, 0, 6.2832);
  cv.fill_inside(Rgb{60, 120, 40}, PartLabel::Eyes);
  cairo_arc(cv.cr(), 95, 40, 4, 0, 6.2832);
  cv.fill_inside(Rgb{20, 40, 10}, PartLabel::Eyes, 0, Canvas::kInk, Tone::Pupil);
  cairo_arc(cv.cr(), 91, 36, 2, 0, 6.2832);
  cv.fill_inside(Rgb{255, 255, 255}, PartLabel::Eyes, 0, Canvas::kInk, Tone::EyeHighlight);
  const Maps m = read(cv);
  CHECK(m.tone(5, 5) == uint8_t(Tone::None));     // paper
  CHECK(m.tone(60, 110) == uint8_t(Tone::None));  // the set
  CHECK(m.tone(40, 40) == uint8_t(Tone::Base));
  CHECK(m.tone(20, 40) == uint8_t(Tone::Shadow));
  CHECK(m.tone(60, 40) == uint8_t(Tone::Highlight));
  CHECK(m.tone(40, 15) == uint8_t(Tone::Base));
  CHECK(m.tone(83, 40) == uint8_t(Tone::Base));  // eye white
  CHECK(m.tone(102, 40) == uint8_t(Tone::Base));  // iris
  CHECK(m.tone(96, 41) == uint8_t(Tone::Pupil));
  CHECK(m.tone(91, 36) == uint8_t(Tone::EyeHighlight));
  CHECK(m.tones.width == m.parts.width);
  CHECK(m.tones.height == m.parts.height);
}
