// The world vocabulary as drawn: words found by whole words only, every time of day, weather,
// kind of place and prop row changes the picture, and `weather:` read from a script.
#include <doctest/doctest.h>

#include <cstdlib>

#include "compiler/compile.hpp"
#include "render/canvas.hpp"
#include "render/draw_setting.hpp"

using namespace ekonte;
using namespace ekonte::render;

namespace {

constexpr int kW = 320, kH = 180;

SettingLook outdoors(SettingKind kind = SettingKind::Field) {
  SettingLook look;
  look.has_setting = true;
  look.id = "TEST";
  look.kind = kind;
  return look;
}

SettingLook indoors() {
  SettingLook look = outdoors(SettingKind::Room);
  look.interior = true;
  return look;
}

std::vector<uint8_t> plate(const SettingLook& look, bool foreground = false, double horizon_y = 0.45) {
  Canvas cv(kW, kH, false);
  SetCamera cam;
  cam.width = kW, cam.height = kH;
  cam.horizon_y = horizon_y;
  draw_setting(cv, look, cam);
  if (foreground) draw_setting_foreground(cv, look, cam, kH * 0.85, kW / 2.0, 0.6);
  return cv.color_image().pixels;
}

std::vector<uint8_t> blank() {
  Canvas cv(kW, kH, false);
  return cv.color_image().pixels;
}

// Pixels whose colour differs by more than a trace of antialiasing.
size_t changed_pixels(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b) {
  size_t n = 0;
  for (size_t i = 0; i + 3 < a.size() && i + 3 < b.size(); i += 4)
    if (std::abs(a[i] - b[i]) + std::abs(a[i + 1] - b[i + 1]) + std::abs(a[i + 2] - b[i + 2]) > 12) ++n;
  return n;
}
constexpr size_t kVisible = 40;  // pixels: enough to be seen at 320x180

Setting setting(std::string name, std::vector<std::string> props, std::string time = "day") {
  Setting s;
  s.id = "S";
  s.name = std::move(name);
  s.time = std::move(time);
  s.props = std::move(props);
  return s;
}

}  // namespace

TEST_CASE("props and kinds are found by whole words: a street has no tree in it") {
  CHECK(vocabulary::find_phrase("street", "tree") == std::string_view::npos);
  CHECK(vocabulary::find_phrase("Festival street", "street") == 9);
  CHECK(vocabulary::find_phrase("stone-path", "stone path") == 0);
  CHECK_FALSE(vocabulary::match_prop("street").has_value());
  CHECK(vocabulary::match_prop("streetlights")->value == PropKind::StreetLamp);
  REQUIRE(vocabulary::match_prop("trees").has_value());
  CHECK(vocabulary::match_prop("trees")->value == PropKind::Trees);
  // The last word decides: stone lanterns are lanterns, not rocks.
  CHECK(vocabulary::match_prop("stone lanterns")->value == PropKind::Lanterns);
  CHECK(vocabulary::match_prop("stone steps")->value == PropKind::StoneSteps);
  CHECK(vocabulary::match_setting_kind("Festival street") == SettingKind::Street);
  CHECK(vocabulary::match_setting_kind("Engine room") == SettingKind::EngineRoom);
  CHECK(vocabulary::match_setting_kind("Inari shrine on the hill") == SettingKind::Shrine);
  CHECK_FALSE(vocabulary::match_setting_kind("The Long Patience").has_value());

  // "street" is no prop word; read by meaning (WordNet: a street is a road) it is the road row,
  // and never the trees its letters contain.
  const Setting quay = setting("Quay Street", {"street", "lamp posts"});
  const SettingLook street = resolve_setting(&quay, nullptr);
  CHECK(street.kind == SettingKind::Street);
  CHECK(street.props == std::vector<PropKind>{PropKind::Road, PropKind::StreetLamp});
  CHECK_FALSE(has_prop(street, PropKind::Trees));
  CHECK(street.unknown_props.empty());
}

TEST_CASE("resolve_setting: time from the setting, refined by the scene heading; indoors from INT or the time") {
  Setting s = setting("Stone path up the hill", {"trees", "steps", "lanterns", "lanterns"}, "dusk");
  SettingLook look = resolve_setting(&s, nullptr);
  CHECK(look.time == TimeOfDay::Dusk);
  CHECK(look.kind == SettingKind::StonePath);
  CHECK(look.props == std::vector<PropKind>{PropKind::Trees, PropKind::StoneSteps, PropKind::Lanterns});
  CHECK_FALSE(look.interior);
  Scene night;
  night.int_ext = "EXT.";
  night.time = "NIGHT";
  CHECK(resolve_setting(&s, &night).time == TimeOfDay::Night);
  Scene later;
  later.int_ext = "INT.";
  later.time = "LATER";
  CHECK(resolve_setting(&s, &later).time == TimeOfDay::Dusk);
  CHECK(resolve_setting(&s, &later).interior);
  s.time = "interior";
  CHECK(resolve_setting(&s, &night).interior);
  const Setting kitchen = setting("Grandmother's kitchen", {}), midnight = setting("x", {}, "midnight");
  CHECK(resolve_setting(&kitchen, nullptr).interior);
  CHECK(is_night(resolve_setting(&midnight, nullptr)));
}

TEST_CASE("every time of day draws its own sky") {
  std::vector<std::vector<uint8_t>> plates;
  for (size_t i = 0; i < std::size(vocabulary::kTimeRows); ++i) {
    SettingLook look = outdoors();
    look.time = TimeOfDay(i);
    look.interior = vocabulary::row(look.time).interior;
    plates.push_back(plate(look));
    CAPTURE(vocabulary::row(look.time).name);
    CHECK(changed_pixels(plates.back(), blank()) > kVisible);
  }
  for (size_t i = 0; i < plates.size(); ++i)
    for (size_t j = i + 1; j < plates.size(); ++j) {
      CAPTURE(vocabulary::kTimeRows[i].name);
      CAPTURE(vocabulary::kTimeRows[j].name);
      CHECK(changed_pixels(plates[i], plates[j]) > kVisible);
    }
}

TEST_CASE("a window shows the sky of the time of day: no sunny window at night") {
  SettingLook day = indoors(), night = indoors();
  day.props = night.props = {PropKind::Window};
  night.time = TimeOfDay::Night;
  // A low horizon brings the window into the frame; look inside its upper left pane (set x
  // 620..840, y -330..-130; the curtains cover its edges).
  constexpr double kHorizon = 0.9;
  const auto d = plate(day, false, kHorizon), n = plate(night, false, kHorizon);
  const int x = int(kW * 0.5 + (680 - 500) * kW / 1000.0);
  const int y = int(kH * kHorizon - 280 * kW / 1000.0);
  const size_t at = (size_t(y) * kW + x) * 4;
  auto brightness = [&](const std::vector<uint8_t>& p) { return p[at] + p[at + 1] + p[at + 2]; };
  CHECK(brightness(d) > 500);
  CHECK(brightness(n) < 200);
}

TEST_CASE("every weather but clear draws over the plate; clear leaves it as it is") {
  const SettingLook base = outdoors();
  const auto clear_plate = plate(base);
  for (size_t i = 0; i < std::size(vocabulary::kWeatherRows); ++i) {
    SettingLook look = base;
    look.weather = {Weather(i)};
    CAPTURE(vocabulary::kWeatherRows[i].name);
    if (Weather(i) == Weather::Clear)
      CHECK(plate(look) == clear_plate);
    else
      CHECK(changed_pixels(plate(look), clear_plate) > kVisible);
  }
}

TEST_CASE("every kind of place draws a backdrop, and kinds with their own parameters differ from the generic one") {
  for (size_t i = 0; i < std::size(vocabulary::kSettingKindRows); ++i) {
    const vocabulary::SettingKindRow& r = vocabulary::kSettingKindRows[i];
    CAPTURE(r.name);
    SettingLook look = outdoors(SettingKind(i));
    SettingLook generic = outdoors(SettingKind::Generic);
    look.interior = generic.interior = r.place == vocabulary::Place::Interior;
    const auto p = plate(look);
    CHECK(changed_pixels(p, blank()) > kVisible);
    const vocabulary::SettingKindRow& g = vocabulary::row(SettingKind::Generic);
    const vocabulary::Backdrop mask = look.interior ? vocabulary::kInteriorBackdrop : ~vocabulary::kInteriorBackdrop;
    const bool own = look.interior ? (r.wall != g.wall || r.floor != g.floor || (r.backdrop & mask) != (g.backdrop & mask))
                                   : (r.ground_tint > 0 || (r.backdrop & mask) != (g.backdrop & mask));
    if (own) CHECK(changed_pixels(p, plate(generic)) > kVisible);
  }
}

TEST_CASE("every prop row draws something on its set, and hand props in an insert") {
  for (size_t i = 0; i < std::size(vocabulary::kPropRows); ++i) {
    const vocabulary::PropRow& r = vocabulary::kPropRows[i];
    CAPTURE(r.name);
    const bool inside = r.placement == vocabulary::PropPlacement::Wall || r.placement == vocabulary::PropPlacement::Ceiling;
    SettingLook look = inside ? indoors() : outdoors();
    const auto empty = plate(look, true);
    look.props = {PropKind(i)};
    // The charm is only ever shown in a palm, by its insert; a thing under 12 cm (a toothpick) is
    // a few pixels in a set, where it is drawn only when `props:` lists it.
    const size_t visible = std::max(r.width_cm, r.height_cm) < 12 ? 10 : kVisible;
    if (r.drawing != vocabulary::PropDrawing::Charm) CHECK(changed_pixels(plate(look, true), empty) > visible);
    if (r.placement == vocabulary::PropPlacement::Hand) {
      Canvas cv(kW, kH, false);
      draw_insert_prop(cv, InsertProp{PropKind(i), std::string(r.name)}, Box{0, 0, double(kW), double(kH)}, false);
      CHECK(changed_pixels(cv.color_image().pixels, blank()) > kVisible);
    }
  }
}

TEST_CASE("an unknown prop is still drawn, as a labelled box") {
  SettingLook look = outdoors();
  const auto empty = plate(look);
  look.unknown_props = {"piano"};
  CHECK(changed_pixels(plate(look), empty) > kVisible);
}

TEST_CASE("the insert prop comes from the header subject first, then the action, by whole words") {
  Shot shot;
  shot.action = {"The street is empty. A lantern flickers out beside a letter."};
  InsertProp p = resolve_insert_prop(shot);
  REQUIRE(p.prop.has_value());
  CHECK(*p.prop == PropKind::Lanterns);
  shot.subject_text = "the letter";
  CHECK(resolve_insert_prop(shot).prop == PropKind::Letter);
  shot.subject_text = "the gizmo";
  shot.action = {"It turns."};
  p = resolve_insert_prop(shot);
  CHECK_FALSE(p.prop.has_value());
  CHECK(p.label == "the gizmo");
}

TEST_CASE("`weather: rain` is a setting property, read and drawn") {
  const std::string script =
      "setting YARD \"Castle courtyard\":\n"
      "    time: day\n"
      "    weather: rain, fog\n"
      "scene 1 EXT. YARD - DAY (YARD)\n"
      "    shot 1 wide, 3s:\n"
      "        The yard is empty.\n";
  const CompileResult r = compile_source("weather.eko", script);
  for (const Diagnostic& d : r.diagnostics.diagnostics()) CHECK_MESSAGE(d.severity != Severity::Error, d.message);
  for (const Diagnostic& d : r.diagnostics.diagnostics()) CHECK(d.kind != DiagnosticKind::UnknownProperty);
  REQUIRE(r.graph.settings.size() == 1);
  CHECK(r.graph.settings[0].weather == std::vector<std::string>{"rain", "fog"});
  REQUIRE(r.graph.shots.size() == 1);
  const SettingLook look = resolve_shot_setting(r.graph, r.graph.shots[0]);
  CHECK(look.weather == std::vector<Weather>{Weather::Rain, Weather::Fog});
  CHECK(look.kind == SettingKind::Courtyard);
  SettingLook dry = look;
  dry.weather.clear();
  CHECK(changed_pixels(plate(look), plate(dry)) > kVisible);
}
