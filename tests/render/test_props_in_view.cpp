// What a shot shows of the props its words name, beyond the set's rows: the small things an insert
// names beside its prop, effects over the figures (sparks, frost), what the viewer of a POV
// holds, and the colour the words give a prop ("a red umbrella").
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>

#include "characters/character_model.hpp"
#include "render/canvas.hpp"
#include "render/draw_figure_held.hpp"
#include "render/draw_setting.hpp"
#include "render/rig_renderer.hpp"
#include "render/world/setting_look.hpp"

using namespace ekonte;
using namespace ekonte::render;

namespace {

constexpr int kW = 640, kH = 360;

size_t changed(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b) {
  size_t n = 0;
  for (size_t i = 0; i + 3 < a.size() && i + 3 < b.size(); i += 4)
    if (std::abs(a[i] - b[i]) + std::abs(a[i + 1] - b[i + 1]) + std::abs(a[i + 2] - b[i + 2]) > 30) ++n;
  return n;
}

size_t near(const std::vector<uint8_t>& px, Rgb c) {
  size_t n = 0;
  for (size_t i = 0; i + 3 < px.size(); i += 4)
    if (std::abs(px[i] - c.r) + std::abs(px[i + 1] - c.g) + std::abs(px[i + 2] - c.b) < 24) ++n;
  return n;
}

bool lists(const std::vector<PropLandmark>& props, std::string_view name) {
  return std::any_of(props.begin(), props.end(), [&](const PropLandmark& p) { return p.name == name; });
}

}  // namespace

TEST_CASE("an insert names its prop first and the small things beside it; the longer phrase wins at one word") {
  Shot shot;
  shot.action = {"The envelope under her gloved fingers, on the bar, next to his glass."};
  InsertProp p = resolve_insert_prop(shot);
  CHECK(p.prop == PropKind::Letter);
  REQUIRE(p.beside.size() == 1);  // the bar is no small thing
  CHECK(p.beside[0] == PropKind::Glass);
  shot.action = {"A paper boat of takoyaki on the stall counter, steaming under the lanterns, a toothpick stuck in the middle one."};
  p = resolve_insert_prop(shot);
  CHECK(p.prop == PropKind::Takoyaki);
  CHECK(std::find(p.beside.begin(), p.beside.end(), PropKind::Toothpick) != p.beside.end());
  shot.action = {"A small fox charm on a red string, in GRANDMA's palm."};
  p = resolve_insert_prop(shot);
  CHECK(p.prop == PropKind::Charm);
  CHECK(p.beside.empty());  // "fox" inside "fox charm" is no second thing
}

TEST_CASE("an insert draws what is beside its prop, and lists it in the landmarks") {
  InsertProp alone{PropKind::Letter, "letter", {}, {}};
  InsertProp with = alone;
  with.beside = {PropKind::Glass, PropKind::Toothpick};
  Canvas a(kW, kH, false), b(kW, kH, false);
  std::vector<PropLandmark> drawn_a, drawn_b;
  draw_insert_prop(a, alone, Box{0, 0, double(kW), double(kH)}, false, &drawn_a);
  draw_insert_prop(b, with, Box{0, 0, double(kW), double(kH)}, false, &drawn_b);
  CHECK(changed(a.color_image().pixels, b.color_image().pixels) > 2000);
  CHECK(lists(drawn_b, "glass"));
  CHECK(lists(drawn_b, "toothpick"));
  CHECK_FALSE(lists(drawn_a, "glass"));
}

TEST_CASE("effects are drawn over the figures, not laid out in the set's rows") {
  for (PropKind effect : {PropKind::Sparks, PropKind::Frost}) {
    CAPTURE(vocabulary::row(effect).name);
    SettingLook look;
    look.has_setting = true;
    look.kind = SettingKind::Field;
    SetCamera cam;
    cam.width = kW, cam.height = kH;
    Canvas plain(kW, kH, false), set(kW, kH, false), front(kW, kH, false);
    draw_setting(plain, look, cam);
    look.props = {effect};
    draw_setting(set, look, cam);
    CHECK(changed(plain.color_image().pixels, set.color_image().pixels) == 0);
    CHECK(has_foreground_props(look));
    draw_setting(front, look, cam);
    draw_setting_foreground(front, look, cam, kH * 0.85, kW / 2.0, 0.6);
    CHECK(changed(plain.color_image().pixels, front.color_image().pixels) > 500);
  }
}

TEST_CASE("a prop is drawn in the colour the words give it") {
  SettingLook look;
  look.has_setting = true;
  look.kind = SettingKind::Field;
  look.props = {PropKind::VendingMachine};
  SetCamera cam;
  cam.width = kW, cam.height = kH;
  const Rgb blue{40, 70, 200};
  Canvas before(kW, kH, false), after(kW, kH, false);
  draw_setting(before, look, cam);
  look.prop_colours = {{PropKind::VendingMachine, blue}};
  draw_setting(after, look, cam);
  CHECK(near(before.color_image().pixels, blue) < 50);
  CHECK(near(after.color_image().pixels, blue) > 500);
  CHECK(colour_of(look.prop_colours, PropKind::VendingMachine) == blue);
  CHECK(colour_of(look.prop_colours, PropKind::Fridge) == Rgb{0xe8, 0xe8, 0xec});
}

TEST_CASE("a POV shows what its viewer holds, large in the lower frame, in the colour the words give it") {
  ShotRenderInput in;
  in.size = {kW, kH};
  in.camera.framing = Framing::Pov;
  in.camera.subject = "CASEY";
  const characters::CharacterModel casey = [] {
    characters::CharacterModel m = characters::random_identity(7);
    m.id = "CASEY";
    return m;
  }();
  in.characters.push_back({casey, {}, {}});
  StagingInput st;
  st.character = "CASEY";
  in.staging.push_back(st);
  const ShotRender empty = render_rig_shot(in);
  in.staging[0].held = {HeldInput{PropKind::Newspaper, Hand::Both, Rgb{200, 40, 40}}};
  const ShotRender held = render_rig_shot(in);
  CHECK_FALSE(lists(empty.landmarks.props, "newspaper"));
  REQUIRE(lists(held.landmarks.props, "newspaper"));
  for (const PropLandmark& p : held.landmarks.props)
    if (p.name == "newspaper") CHECK(p.box.y + p.box.h > kH * 0.9);
  CHECK(near(held.color.pixels, Rgb{200, 40, 40}) > 1000);
}

TEST_CASE("extras carry the hand props the sentence naming them gives them") {
  Shot shot;
  shot.action = {"Two guards step into the gateway and one of them points his spear at TAM's chest. A sword hangs on the wall."};
  Extras guards;
  guards.count = 2;
  guards.description = "Two guards";
  CHECK(extras_props(shot, guards) == std::vector<PropKind>{PropKind::Spear});
  shot.action = {"Between the birches ahead, a rider in black armour waits across the road, no device on his shield, sword already drawn."};
  Extras rider;
  rider.count = 1;
  rider.description = "a rider";
  CHECK(extras_props(shot, rider) == std::vector<PropKind>{PropKind::Shield, PropKind::Sword});
  ExtrasInput in{2, {"two", "guards"}, {PropKind::Spear}};
  ExtrasStage stage;
  stage.width = kW, stage.height = kH, stage.ground_y = kH * 0.9, stage.k = 1.5, stage.seed = 3;
  Canvas cv(kW, kH, false);
  const auto drawn = draw_extras(cv, {in}, stage);
  REQUIRE(drawn.size() == 2);
  CHECK(drawn[0].prop == "spear");
}

TEST_CASE("a thing too small to see at set scale is not added to the set from the prose") {
  ShotGraph g;
  Setting room;
  room.id = "ROOM";
  room.name = "The engine room";
  g.settings.push_back(room);
  Scene scene;
  scene.setting = SettingId{0};
  g.scenes.push_back(scene);
  Shot shot;
  shot.setting = SettingId{0};
  shot.scene = SceneId{0};
  shot.action = {"A smiley sticker on the console, next to a vending machine."};
  const SettingLook look = resolve_shot_setting(g, shot);
  CHECK(has_prop(look, PropKind::VendingMachine));
  CHECK_FALSE(has_prop(look, PropKind::Sticker));
}
