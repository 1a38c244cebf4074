// Every action class drawn by the rig (vocabulary/staging_actions.def): one small picture each,
// two figures for contact classes, laid out on one contact sheet written to
// build/tests/render/action-classes.png to be looked at. The checks are what a board artist
// checks: a held prop is in the hand, a hug touches, a seated figure's hips are on the seat, a
// lying figure is long, blades cross, and the extras are all there.
#include <doctest/doctest.h>

#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "characters/character_model.hpp"
#include "render/draw_figure_held.hpp"
#include "render/draw_setting.hpp"
#include "render/image/png.hpp"
#include "render/rig_renderer.hpp"
#include "vocabulary/staging.hpp"
#include "vocabulary/world.hpp"

using namespace ekonte;
using namespace ekonte::render;

namespace {

constexpr int kW = 320, kH = 240;    // each picture as rendered and checked
constexpr int kCellW = 160, kCellH = 120;  // each picture on the sheet
constexpr int kColumns = 8;

const characters::CharacterModel& model(int i) {
  static const characters::CharacterModel a = [] {
    characters::CharacterModel m = characters::random_identity(3, false);
    m.id = "A";
    return m;
  }();
  static const characters::CharacterModel b = [] {
    characters::CharacterModel m = characters::random_identity(8, false);
    m.id = "B";
    return m;
  }();
  return i == 0 ? a : b;
}

// The prop a class is shown holding, and the seat it is shown on.
std::optional<PropKind> held_for(Action a) {
  switch (a) {
    case Action::Hold: return PropKind::Umbrella;
    case Action::Drink: return PropKind::Cup;
    case Action::Eat: return PropKind::Cup;
    case Action::Read: return PropKind::Book;
    case Action::Write: return PropKind::Letter;
    case Action::PhoneCall: return PropKind::Phone;
    case Action::Reach: return PropKind::Key;
    case Action::RaiseHand: return PropKind::Sword;
    case Action::Fight: return PropKind::Sword;
    case Action::HandOver: return PropKind::Letter;
    default: return std::nullopt;
  }
}
std::optional<PropKind> seat_for_class(Action a) {
  switch (a) {
    case Action::Sit: return PropKind::Chair;
    case Action::Lie: return PropKind::Bed;
    case Action::Sleep: return PropKind::Bench;
    default: return std::nullopt;
  }
}

ShotRenderInput input_for(Action a) {
  const vocabulary::ActionRow& row = vocabulary::row(a);
  ShotRenderInput in;
  in.camera.framing = Framing::Full;
  in.size = {kW, kH};
  in.setting.paper = Rgb{246, 243, 236};
  StagingInput st;
  st.character = "A";
  st.pose = vocabulary::drawn_pose(row.pose);
  st.action = a;
  if (const auto p = held_for(a)) st.held.push_back({*p, Hand::Right});
  if (const auto s = seat_for_class(a)) st.seat = {true, *s};
  in.characters.push_back({model(0), {}, {}});
  if (row.contact) {
    st.position = ScreenPosition::Left;
    st.contacts = {"B"};
    StagingInput other;
    other.character = "B";
    other.position = ScreenPosition::Right;
    if (a == Action::Fight) other.held.push_back({PropKind::Sword, Hand::Right});
    in.staging = {st, other};
    in.characters.push_back({model(1), {}, {}});
  } else {
    in.staging = {st};
  }
  return in;
}

struct Rendered {
  std::string name;
  ShotRender render;
};

const std::vector<Rendered>& renders() {
  static const std::vector<Rendered> all = [] {
    std::vector<Rendered> out;
    for (size_t i = 0; i < std::size(vocabulary::kActionRows); ++i)
      out.push_back({std::string(vocabulary::kActionRows[i].name), render_rig_shot(input_for(Action(i)))});
    ShotRenderInput crowd;
    crowd.camera.framing = Framing::Wide;
    crowd.size = {kW, kH};
    crowd.seed = {1, 99};
    StagingInput st;
    st.character = "A";
    crowd.staging = {st};
    crowd.characters.push_back({model(0), {}, {}});
    crowd.extras = {{3, {"strangers", "with", "umbrellas"}}, {2, {"guards", "in", "helmets"}}};
    out.push_back({"extras", render_rig_shot(crowd)});
    return out;
  }();
  return all;
}

const Rendered& find(const std::string& name) {
  for (const Rendered& r : renders())
    if (r.name == name) return r;
  FAIL("no picture for " << name);
  return renders().front();
}

// Whether a pixel of instance `a` has a pixel of instance `b` next to it.
bool instances_touch(const ShotRender& r, uint8_t a, uint8_t b) {
  const ImageGray& m = r.instances;
  for (int y = 1; y < m.height - 1; ++y)
    for (int x = 1; x < m.width - 1; ++x) {
      if (m.pixels[size_t(y) * m.width + x] != a) continue;
      for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx)
          if (m.pixels[size_t(y + dy) * m.width + x + dx] == b) return true;
    }
  return false;
}

bool overlap(const Box& a, const Box& b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

}  // namespace

TEST_CASE("every action class has a picture, and the contact sheet is written small") {
  const std::vector<Rendered>& all = renders();
  REQUIRE(all.size() == std::size(vocabulary::kActionRows) + 1);
  const int rows = int((all.size() + kColumns - 1) / kColumns);
  cairo_surface_t* sheet = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, kColumns * kCellW, rows * kCellH);
  cairo_t* cr = cairo_create(sheet);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  for (size_t i = 0; i < all.size(); ++i) {
    const ImageRgba& img = all[i].render.color;
    REQUIRE(img.width == kW);
    // Copy into a cairo surface (RGBA to premultiplied BGRA; the pictures are opaque).
    cairo_surface_t* cell = cairo_image_surface_create(CAIRO_FORMAT_RGB24, img.width, img.height);
    unsigned char* data = cairo_image_surface_get_data(cell);
    const int stride = cairo_image_surface_get_stride(cell);
    for (int y = 0; y < img.height; ++y)
      for (int x = 0; x < img.width; ++x) {
        const uint8_t* s = &img.pixels[(size_t(y) * img.width + x) * 4];
        unsigned char* d = data + y * stride + x * 4;
        d[0] = s[2], d[1] = s[1], d[2] = s[0], d[3] = 255;
      }
    cairo_surface_mark_dirty(cell);
    const double cx = double(i % kColumns) * kCellW, cy = double(i / kColumns) * kCellH;
    cairo_save(cr);
    cairo_translate(cr, cx, cy);
    cairo_scale(cr, double(kCellW) / kW, double(kCellH) / kH);
    cairo_set_source_surface(cr, cell, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_surface_destroy(cell);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.15);
    cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
    cairo_set_font_size(cr, 11);
    cairo_move_to(cr, cx + 4, cy + 13);
    cairo_show_text(cr, all[i].name.c_str());
    cairo_rectangle(cr, cx + 0.5, cy + 0.5, kCellW - 1, kCellH - 1);
    cairo_set_line_width(cr, 1);
    cairo_stroke(cr);
  }
  cairo_destroy(cr);
  const std::string path = std::string(EKONTE_BINARY_DIR) + "/tests/render/action-classes.png";
  CHECK(cairo_surface_write_to_png(sheet, path.c_str()) == CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy(sheet);
  FILE* f = std::fopen(path.c_str(), "rb");
  REQUIRE(f);
  std::fseek(f, 0, SEEK_END);
  const long bytes = std::ftell(f);
  std::fclose(f);
  MESSAGE("contact sheet: " << path << " (" << bytes << " bytes)");
  CHECK(bytes < 1500 * 1024);
}

// Pixels within `radius` of `p` that differ between two pictures.
int changed_pixels_near(const ImageRgba& a, const ImageRgba& b, Point p, int radius) {
  int n = 0;
  for (int y = std::max(0, int(p.y) - radius); y <= std::min(a.height - 1, int(p.y) + radius); ++y)
    for (int x = std::max(0, int(p.x) - radius); x <= std::min(a.width - 1, int(p.x) + radius); ++x)
      n += std::memcmp(&a.pixels[(size_t(y) * a.width + x) * 4], &b.pixels[(size_t(y) * b.width + x) * 4], 3) != 0;
  return n;
}

TEST_CASE("a held prop's pixels touch the holding hand") {
  // The prop's pixels: where the picture differs from the same shot with empty hands.
  for (const std::string name : {"hold", "drink", "read", "write", "phone-call", "reach", "raise-hand"}) {
    CAPTURE(name);
    const ShotRender& r = find(name).render;
    const CharacterLandmarks& c = r.landmarks.characters.at(0);
    REQUIRE(c.held.size() == 1);
    CHECK(c.held[0].hand == "right");
    CHECK(c.hand_right.y > 0);  // in frame
    ShotRenderInput empty = input_for(Action(&find(name) - &renders().front()));
    empty.staging[0].held.clear();
    CHECK(changed_pixels_near(r.color, render_rig_shot(empty).color, c.hand_right, 3) > 4);
  }
}

TEST_CASE("hug partners' figures touch, and other contact partners are close and facing") {
  const ShotRender& hug = find("hug").render;
  REQUIRE(hug.landmarks.characters.size() == 2);
  CHECK(instances_touch(hug, 1, 2));
  for (const std::string name : {"hold-hands", "push", "carry", "lean-on"}) {
    CAPTURE(name);
    const ShotRender& r = find(name).render;
    CHECK(instances_touch(r, 1, 2));
  }
}

TEST_CASE("a hand-over puts both hands on the object") {
  const ShotLandmarks& lm = find("hand-over").render.landmarks;
  REQUIRE(lm.characters.size() == 2);
  REQUIRE(lm.characters[0].held.size() == 1);
  const Box b = lm.characters[0].held[0].box;
  auto inside = [&](Point p) { return p.x >= b.x - 3 && p.x <= b.x + b.w + 3 && p.y >= b.y - 3 && p.y <= b.y + b.h + 3; };
  CHECK((inside(lm.characters[0].hand_left) || inside(lm.characters[0].hand_right)));
  CHECK((inside(lm.characters[1].hand_left) || inside(lm.characters[1].hand_right)));
}

TEST_CASE("two sword fighters' blades cross") {
  const ShotLandmarks& lm = find("fight").render.landmarks;
  REQUIRE(lm.characters.size() == 2);
  REQUIRE(lm.characters[0].held.size() == 1);
  REQUIRE(lm.characters[1].held.size() == 1);
  CHECK(overlap(lm.characters[0].held[0].box, lm.characters[1].held[0].box));
}

TEST_CASE("a seated figure's hips are at the height of the seat it sits on") {
  const CharacterLandmarks& c = find("sit").render.landmarks.characters.at(0);
  REQUIRE(c.seat.w > 0);
  const double prop_h = vocabulary::row(PropKind::Chair).height_cm;
  const double surface = c.seat.y + c.seat.h * (1 - seat_height_cm(SeatKind::Chair) / prop_h);
  CHECK(std::fabs(c.hips.y - surface) < 3.0);
  const CharacterLandmarks& rider = find("ride").render.landmarks.characters.at(0);
  REQUIRE(rider.seat.w > 0);
  CHECK(rider.hips.y < rider.seat.y + rider.seat.h * 0.5);
}

TEST_CASE("a lying or sleeping figure is wider than tall, a standing one taller than wide") {
  for (const std::string name : {"lie", "sleep"}) {
    CAPTURE(name);
    const Box b = find(name).render.landmarks.characters.at(0).body;
    CHECK(b.w > b.h);
  }
  const Box s = find("stand").render.landmarks.characters.at(0).body;
  CHECK(s.h > s.w);
}

TEST_CASE("poses that had no drawing now differ from the one they were drawn as") {
  // Each pose draws itself: a crouch is lower than a stand, a jump leaves the ground.
  const Box stand = find("stand").render.landmarks.characters.at(0).body;
  const Box crouch = find("crouch").render.landmarks.characters.at(0).body;
  CHECK(crouch.h < stand.h * 0.8);
  const Box jump = find("jump").render.landmarks.characters.at(0).body;
  CHECK(jump.y + jump.h < stand.y + stand.h - 5);
  for (Pose p : {Pose::Crouch, Pose::Lean, Pose::Sleep, Pose::Jump, Pose::Fall, Pose::Crawl, Pose::Ride, Pose::CoverFace,
                 Pose::RaiseHand, Pose::HandToMouth, Pose::HoldInFront, Pose::PhoneToEar, Pose::Hug, Pose::Fight,
                 Pose::Push, Pose::Carry})
    CHECK(vocabulary::drawn_pose(p) == p);
}

TEST_CASE("extras are drawn in the stated number, behind and smaller than the named character, with their props") {
  const ShotLandmarks& lm = find("extras").render.landmarks;
  REQUIRE(lm.extras.size() == 5);
  int umbrellas = 0, helmets = 0;
  for (const ExtraLandmark& e : lm.extras) {
    umbrellas += e.prop == "umbrella";
    helmets += e.prop == "helmet";
  }
  CHECK(umbrellas == 3);
  CHECK(helmets == 2);
  const double named_h = lm.characters.at(0).body.h;
  for (const ExtraLandmark& e : lm.extras) CHECK(e.body.h < named_h);
  // Deterministic: the same input gives the same crowd.
  ShotRenderInput again;
  again.camera.framing = Framing::Wide;
  again.size = {kW, kH};
  again.seed = {1, 99};
  StagingInput st;
  st.character = "A";
  again.staging = {st};
  again.characters.push_back({model(0), {}, {}});
  again.extras = {{3, {"strangers", "with", "umbrellas"}}, {2, {"guards", "in", "helmets"}}};
  CHECK(render_rig_shot(again).color.pixels == find("extras").render.color.pixels);
  again.extras = {{400, {"refugees"}}};
  CHECK(render_rig_shot(again).landmarks.extras.size() == kMaxExtras);
}
