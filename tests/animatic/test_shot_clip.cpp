// Clip frames as pictures: a held shot is its still, a dolly's middle frame is between its ends
// and its set grows less than its figures, a walker's pixels cross the frame while the set
// stays, a change of pose happens at the middle, transitions blend strictly between the shots.
#include <doctest/doctest.h>

#include <cmath>

#include "animatic/shot_clip.hpp"

using namespace ekonte;
using namespace ekonte::animatic;

namespace {

constexpr int W = 64, H = 36;

render::ImageRgba flat(uint8_t r, uint8_t g, uint8_t b) {
  render::ImageRgba img{W, H, {}};
  for (int i = 0; i < W * H; ++i) img.pixels.insert(img.pixels.end(), {r, g, b, 255});
  return img;
}

// A set of vertical stripes with a red 8x12 figure (instance 1) standing at x 28..35.
ShotLayers figure_on_stripes(uint8_t red = 220) {
  ShotLayers l;
  l.plate = flat(0, 0, 0);
  for (int y = 0; y < H; ++y)
    for (int x = 0; x < W; ++x) l.plate.pixels[4 * (y * W + x) + 1] = uint8_t((x / 4) % 2 ? 200 : 40);
  l.picture = l.plate;
  l.front = {W, H, std::vector<uint8_t>(W * H, 0)};
  l.instances = {W, H, std::vector<uint8_t>(W * H, 0)};
  for (int y = 20; y < 32; ++y)
    for (int x = 28; x < 36; ++x) {
      uint8_t* p = &l.picture.pixels[4 * (y * W + x)];
      p[0] = red, p[1] = 10, p[2] = 10;
      l.front.pixels[y * W + x] = 255;
      l.instances.pixels[y * W + x] = 1;
    }
  return l;
}

// Mean x of the red figure's pixels in a frame.
double red_x(const render::ImageRgba& img) {
  double sum = 0, n = 0;
  for (int y = 0; y < H; ++y)
    for (int x = 0; x < W; ++x) {
      const uint8_t* p = &img.pixels[4 * (y * W + x)];
      if (p[0] > 150 && p[1] < 60) sum += x, ++n;
    }
  return n ? sum / n : -1;
}

int diff(const render::ImageRgba& a, const render::ImageRgba& b) {
  int d = 0;
  for (size_t i = 0; i < a.pixels.size(); ++i) d = std::max(d, std::abs(int(a.pixels[i]) - int(b.pixels[i])));
  return d;
}

}  // namespace

TEST_CASE("a shot without motion shows its still at every frame") {
  ShotClip clip;
  clip.frames = 10;
  clip.still = figure_on_stripes();
  ClipPainter painter(clip);
  render::ImageRgba f;
  for (uint32_t i : {0u, 5u, 9u}) {
    painter.draw(i, &f);
    CHECK(f.pixels == clip.still.picture.pixels);
  }
}

TEST_CASE("a dolly's first frame is the still and its figure grows more than the set") {
  ShotClip clip;
  clip.frames = 24;
  clip.motion.move = Movement::DollyIn;
  clip.still = figure_on_stripes();
  ClipPainter painter(clip);
  render::ImageRgba first, last;
  painter.draw(0, &first);
  painter.draw(23, &last);
  CHECK(diff(first, clip.still.picture) <= 1);
  // The figure grows by 1 / 0.56; the stripes by less: count red pixels and the stripe width.
  const auto red_count = [](const render::ImageRgba& img) {
    int n = 0;
    for (size_t i = 0; i < img.pixels.size(); i += 4) n += img.pixels[i] > 150 && img.pixels[i + 1] < 60;
    return n;
  };
  CHECK(red_count(last) > red_count(first) * 1.8);  // (1 / 0.56)^2 = 3.2, less its edges and what leaves the frame
  // Along the top row (no figure) the set's stripes: count the changes of colour.
  const auto edges = [](const render::ImageRgba& img) {
    int n = 0;
    for (int x = 1; x < W; ++x) n += (img.pixels[4 * x + 1] > 120) != (img.pixels[4 * (x - 1) + 1] > 120);
    return n;
  };
  const double set_scale = double(edges(first)) / edges(last);
  CHECK(set_scale > 1.05);
  CHECK(set_scale < 1 / 0.56 - 0.1);
}

TEST_CASE("a walker crosses the frame over the shot while the set stays put") {
  ShotClip clip;
  clip.frames = 48;
  clip.fps = 24;
  Walker w;
  w.character = "A";
  w.instance = 1;
  w.direction = 1;
  clip.motion.walkers.push_back(w);
  clip.still = figure_on_stripes();
  clip.passing = figure_on_stripes(160);  // the passing pose: a darker red
  ClipPainter painter(clip);
  render::ImageRgba a, mid, b;
  painter.draw(0, &a);
  painter.draw(24, &mid);
  painter.draw(47, &b);
  CHECK(red_x(a) < red_x(mid));
  CHECK(red_x(mid) < red_x(b));
  CHECK(red_x(mid) == doctest::Approx(31.5).epsilon(0.05));  // the middle frame: where the still has it
  CHECK(mid.pixels == clip.still.picture.pixels);
  // Where the walker stood at the start, the set shows again by the end.
  CHECK(b.pixels[4 * (25 * W + 29)] < 100);
  // The cycle shows the passing pose on some frames.
  int passing = 0;
  for (uint32_t f = 0; f < 48; ++f) {
    painter.draw(f, &a);
    for (size_t i = 0; i < a.pixels.size(); i += 4) passing += a.pixels[i] > 140 && a.pixels[i] < 180 && a.pixels[i + 1] < 60;
  }
  CHECK(passing > 0);
}

TEST_CASE("a change of pose shows the earlier drawing, dissolves into the still over a few frames, then holds the still from the middle") {
  ShotClip clip;
  clip.frames = 24;
  clip.motion.change_at_middle = true;
  clip.still = figure_on_stripes();
  clip.before = figure_on_stripes(120);
  ClipPainter painter(clip);
  render::ImageRgba f;
  const uint32_t middle = 12, first_between = middle - kPoseDissolveFrames;
  for (uint32_t i = 0; i < first_between; ++i) {
    painter.draw(i, &f);
    CHECK(f.pixels == clip.before.picture.pixels);
  }
  // The figure's red (120 before, 220 after) climbs strictly between the two drawings.
  const size_t figure = 4 * (24 * W + 30);
  int last = 120;
  for (uint32_t i = first_between; i < middle; ++i) {
    CAPTURE(i);
    painter.draw(i, &f);
    CHECK(int(f.pixels[figure]) > last);
    CHECK(int(f.pixels[figure]) < 220);
    last = f.pixels[figure];
    CHECK_FALSE(painter.same_as_previous(i));
  }
  painter.draw(middle, &f);
  CHECK(f.pixels == clip.still.picture.pixels);
  // Outside the dissolve the frames repeat, so they are encoded as held frames.
  CHECK(painter.same_as_previous(1));
  CHECK(painter.same_as_previous(middle + 1));
  CHECK_FALSE(painter.same_as_previous(middle));
  // A short shot dissolves over fewer frames, still ending at its middle.
  clip.frames = 8;
  ClipPainter short_painter(clip);
  short_painter.draw(1, &f);
  CHECK(f.pixels == clip.before.picture.pixels);
  for (uint32_t i : {2u, 3u}) {
    short_painter.draw(i, &f);
    CHECK(f.pixels[figure] > 120);
    CHECK(f.pixels[figure] < 220);
  }
  short_painter.draw(4, &f);
  CHECK(f.pixels == clip.still.picture.pixels);
}

TEST_CASE("a transition's frames lie strictly between its two sides, black where one is missing") {
  const render::ImageRgba white = flat(255, 255, 255), black = flat(0, 0, 0);
  render::ImageRgba f;
  int last = -1;
  for (uint32_t i = 0; i < 6; ++i) {
    draw_transition_frame(&white, &black, i, 6, W, H, &f);
    const int v = f.pixels[0];
    CHECK(v < 255);
    CHECK(v > 0);
    if (last >= 0) CHECK(v < last);
    last = v;
  }
  draw_transition_frame(nullptr, &white, 0, 24, W, H, &f);  // a fade in starts near black
  CHECK(f.pixels[0] < 20);
  CHECK(f.pixels[3] == 255);
}
