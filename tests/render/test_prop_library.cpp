// The prop library (vocabulary/props.def + props/svg/): enough props, every SVG file built in and
// drawable, colour from the table, maps labelled, plurals, table tops, no overlaps in a row, the
// landmarks list, writers' own SVG props, and unknown words read by meaning.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "render/canvas.hpp"
#include "render/draw_setting.hpp"
#include "render/world/prop_svg.hpp"
#include "render/world/world_drawing.hpp"

using namespace ekonte;
using namespace ekonte::render;

namespace {

constexpr int kW = 640, kH = 360;

SettingLook set_with(std::vector<PropKind> props, bool interior = false) {
  SettingLook look;
  look.has_setting = true;
  look.id = "TEST";
  look.kind = interior ? SettingKind::Room : SettingKind::Field;
  look.interior = interior;
  look.props = std::move(props);
  return look;
}

std::vector<PropLandmark> drawn_props(const SettingLook& look, std::vector<uint8_t>* pixels = nullptr) {
  Canvas cv(kW, kH, false);
  SetCamera cam;
  cam.width = kW, cam.height = kH;
  std::vector<PropLandmark> drawn;
  draw_setting(cv, look, cam, &drawn);
  if (pixels) *pixels = cv.color_image().pixels;
  return drawn;
}

const PropLandmark* find(const std::vector<PropLandmark>& v, std::string_view name) {
  for (const PropLandmark& p : v)
    if (p.name == name) return &p;
  return nullptr;
}

bool overlap(const Box& a, const Box& b) {
  return a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
}

}  // namespace

TEST_CASE("the library has at least 150 props and every SVG row's file is built in and drawable") {
  CHECK(std::size(vocabulary::kPropRows) >= 150);
  size_t svg_rows = 0;
  for (const vocabulary::PropRow& r : vocabulary::kPropRows) {
    if (r.svg.empty()) continue;
    CAPTURE(r.name);
    ++svg_rows;
    const std::string_view text = world::builtin_prop_svg(r.svg);
    REQUIRE_FALSE(text.empty());
    CHECK(world::svg_problem(text) == "");
    // The rig's style: the dark outline, and the placeholder main colour the table's colour fills.
    CHECK(text.find("#262026") != std::string_view::npos);
    CHECK(text.find(world::kMainPlaceholder) != std::string_view::npos);
  }
  CHECK(svg_rows >= 70);
}

TEST_CASE("every prop row but the set pieces is drawn from an SVG file that librsvg parses") {
  size_t set_pieces = 0;
  for (const vocabulary::PropRow& r : vocabulary::kPropRows) {
    CAPTURE(r.name);
    if (vocabulary::is_fixed_set_piece(r.drawing)) {
      ++set_pieces;
      continue;
    }
    REQUIRE_FALSE(r.svg.empty());
    const std::string_view text = world::builtin_prop_svg(r.svg);
    REQUIRE_FALSE(text.empty());
    CHECK(world::svg_problem(text) == "");
  }
  // Torii, lanterns, steps, trees, the low table, the window, cushions, rocks and the charm are
  // laid out at fixed places by draw_set_props, not drawn into a box.
  CHECK(set_pieces == 9);
}

TEST_CASE("a lamp's glass is lit after dark and pale by day") {
  const std::string svg = std::string(R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10">)") +
                          "<rect width=\"10\" height=\"10\" fill=\"" + std::string(world::kLampPlaceholder) + "\"/></svg>";
  auto centre = [&](bool lit) {
    Canvas cv(20, 20, false);
    REQUIRE(world::draw_svg(cv, svg, Box{0, 0, 20, 20}, Rgb{1, 2, 3}, PartLabel::Prop, lit));
    const ImageRgba img = cv.color_image();
    const size_t at = (10 * size_t(img.width) + 10) * 4;
    return Rgb{img.pixels[at], img.pixels[at + 1], img.pixels[at + 2]};
  };
  CHECK(centre(true) == world::kLampLit);
  CHECK(centre(false) == world::kLampUnlit);
}

TEST_CASE("every SVG file in props/svg belongs to exactly one row") {
  std::set<std::string_view> stems;
  for (const vocabulary::PropRow& r : vocabulary::kPropRows)
    if (!r.svg.empty()) CHECK(stems.insert(r.svg).second);
  for (const world::BuiltinSvg& f : world::builtin_prop_svgs()) {
    CAPTURE(f.stem);
    CHECK(stems.count(f.stem) == 1);
  }
}

TEST_CASE("each drawing is one row's, so draw_prop_shape draws that row") {
  for (size_t i = 0; i < std::size(vocabulary::kPropRows); ++i)
    CHECK(&vocabulary::row_of_drawing(vocabulary::kPropRows[i].drawing) == &vocabulary::kPropRows[i]);
}

TEST_CASE("an SVG prop takes the colour it is given: a red fridge is red, a blue one blue") {
  auto count_near = [](Rgb target, Rgb colour) {
    Canvas cv(200, 400, false);
    world::draw_prop_shape(cv, vocabulary::row(PropKind::Fridge).drawing, Box{20, 20, 160, 360}, colour, false);
    const ImageRgba img = cv.color_image();
    size_t n = 0;
    for (size_t i = 0; i + 3 < img.pixels.size(); i += 4)
      if (std::abs(img.pixels[i] - target.r) + std::abs(img.pixels[i + 1] - target.g) + std::abs(img.pixels[i + 2] - target.b) < 30)
        ++n;
    return n;
  };
  const Rgb red{200, 30, 30}, blue{30, 60, 200};
  CHECK(count_near(red, red) > 10000);
  CHECK(count_near(blue, red) < 100);
  CHECK(count_near(blue, blue) > 10000);
}

TEST_CASE("an SVG prop labels the part map Prop and nothing else, and no tone outside a character") {
  Canvas cv(200, 200, true);
  world::draw_prop_shape(cv, vocabulary::row(PropKind::Globe).drawing, Box{20, 20, 160, 160}, Rgb{60, 120, 200}, false);
  ImageGray lineart, parts, instances, tones;
  cv.read_maps(&lineart, &parts, &instances, &tones);
  size_t prop = 0, other = 0;
  for (uint8_t v : parts.pixels) {
    if (v == uint8_t(PartLabel::Prop)) ++prop;
    else if (v != 0) ++other;
  }
  CHECK(prop > 5000);
  CHECK(other == 0);
  // Drawn with no character's instance, as the set draws props: the tone map stays None.
  CHECK(std::count(tones.pixels.begin(), tones.pixels.end(), uint8_t(Tone::None)) == long(tones.pixels.size()));
}

TEST_CASE("the landmarks list every prop the set draws, with a box inside the picture") {
  const SettingLook look = set_with({PropKind::Torii, PropKind::Bicycle, PropKind::Bin, PropKind::Bus, PropKind::Tent});
  const auto drawn = drawn_props(look);
  for (std::string_view name : {"torii", "bicycle", "bin", "bus", "tent"}) {
    CAPTURE(name);
    const PropLandmark* p = find(drawn, name);
    REQUIRE(p);
    CHECK(p->box.w > 1);
    CHECK(p->box.h > 1);
    CHECK(p->box.x + p->box.w > 0);
    CHECK(p->box.x < kW);
  }
}

TEST_CASE("floor props in the front row overlap neither each other nor the figures' middle") {
  const SettingLook look = set_with({PropKind::Bin, PropKind::Bucket, PropKind::Stove, PropKind::Sink, PropKind::Dresser,
                                     PropKind::Chair});
  const auto drawn = drawn_props(look);
  REQUIRE(drawn.size() == 6);
  for (size_t i = 0; i < drawn.size(); ++i) {
    CAPTURE(drawn[i].name);
    // The middle 28 % of a wide shot is where the figures stand.
    CHECK((drawn[i].box.x + drawn[i].box.w <= kW * 0.36 + 1 || drawn[i].box.x >= kW * 0.64 - 1));
    for (size_t j = i + 1; j < drawn.size(); ++j) CHECK_FALSE(overlap(drawn[i].box, drawn[j].box));
  }
}

TEST_CASE("twenty props in a set all stay in the frame's width, in rows further back when a row is full") {
  std::vector<PropKind> props;
  for (PropKind p : {PropKind::Desk, PropKind::Chair, PropKind::Lamp, PropKind::Shelf, PropKind::Clock, PropKind::Painting,
                     PropKind::Fridge, PropKind::VendingMachine, PropKind::Bin, PropKind::Bush, PropKind::Laptop,
                     PropKind::Radio, PropKind::Vase, PropKind::FilingCabinet, PropKind::Chandelier, PropKind::Curtains,
                     PropKind::NoticeBoard, PropKind::Sofa, PropKind::Bottle, PropKind::Crates})
    props.push_back(p);
  const auto drawn = drawn_props(set_with(props, true));
  CHECK(drawn.size() == 20);
  size_t inside = 0;
  for (const PropLandmark& p : drawn) inside += p.box.x >= -2 && p.box.x + p.box.w <= kW + 2;
  CHECK(inside >= 18);
}

TEST_CASE("a prop written in the plural is drawn several times") {
  SettingLook one = set_with({PropKind::Bottle});
  SettingLook several = one;
  several.several = {PropKind::Bottle};
  const auto single = drawn_props(one);
  const PropLandmark* a = find(single, "bottle");
  const auto many = drawn_props(several);
  const PropLandmark* b = find(many, "bottle");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(b->box.w > a->box.w * 2.5);
}

TEST_CASE("table-top things stand on the desk of the set") {
  const auto drawn = drawn_props(set_with({PropKind::Desk, PropKind::Vase, PropKind::Laptop}, true));
  const PropLandmark* desk = find(drawn, "desk");
  REQUIRE(desk);
  for (std::string_view name : {"vase", "laptop"}) {
    CAPTURE(name);
    const PropLandmark* p = find(drawn, name);
    REQUIRE(p);
    CHECK(p->box.y + p->box.h == doctest::Approx(desk->box.y + desk->box.h * 0.04).epsilon(0.02));
    CHECK(p->box.x >= desk->box.x - 1);
    CHECK(p->box.x + p->box.w <= desk->box.x + desk->box.w + 1);
  }
}

TEST_CASE("ceiling props hang above the wall props indoors") {
  const auto drawn = drawn_props(set_with({PropKind::Chandelier, PropKind::Clock}, true));
  const PropLandmark* lamp = find(drawn, "chandelier");
  const PropLandmark* clock = find(drawn, "clock");
  REQUIRE(lamp);
  REQUIRE(clock);
  CHECK(lamp->box.y + lamp->box.h < clock->box.y);
}

TEST_CASE("a writer's own SVG prop is drawn from its text, and an unknown word as a labelled silhouette") {
  SettingLook look = set_with({});
  std::vector<uint8_t> empty, with;
  drawn_props(look, &empty);
  look.custom_props.push_back(CustomPropLook{
      "LANTERN2",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 40\"><rect x=\"2\" y=\"2\" width=\"16\" height=\"36\" "
      "fill=\"#c03020\" stroke=\"#262026\"/></svg>",
      "d1", 20, 40, vocabulary::PropUse::FloorFurniture});
  look.unknown_props = {"harpsichord"};
  const auto drawn = drawn_props(look, &with);
  CHECK(find(drawn, "LANTERN2"));
  CHECK(find(drawn, "harpsichord"));
  size_t red = 0;
  for (size_t i = 0; i + 3 < with.size(); i += 4) red += with[i] > 170 && with[i + 1] < 80 && with[i + 2] < 80;
  CHECK(red > 50);
}

TEST_CASE("SVG text that is not a drawing is refused with the reason") {
  CHECK(world::svg_problem("a lantern") != "");
  CHECK(world::svg_problem("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect") != "");
  CHECK(world::svg_problem(std::string(world::kMaxSvgBytes + 1, ' ')).find("bytes") != std::string::npos);
  CHECK(world::svg_problem("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100000 10\"/>").find("limit") !=
        std::string::npos);
  Canvas cv(50, 50, false);
  CHECK_FALSE(world::draw_svg(cv, "not svg", Box{0, 0, 50, 50}, Rgb{1, 2, 3}));
}

TEST_CASE("a setting's prop words: plurals draw several, unknown words are read by meaning") {
  Setting s;
  s.id = "S";
  s.name = "Office";
  s.props = {"bottles", "knapsack", "desk", "zorblax"};
  const SettingLook look = resolve_setting(&s, nullptr);
  CHECK(std::count(look.several.begin(), look.several.end(), PropKind::Bottle) == 1);
  CHECK(std::count(look.several.begin(), look.several.end(), PropKind::Desk) == 0);
  CHECK(has_prop(look, PropKind::Bag));  // knapsack → backpack, a phrase of the bag row
  CHECK(look.unknown_props == std::vector<std::string>{"zorblax"});
}

