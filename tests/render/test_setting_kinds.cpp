// The kinds of place (vocabulary/setting_kinds.def) as found and as drawn: the head noun of a
// name decides, WordNet finds words no row spells, a room word means indoors, every kind draws
// its own picture from eye level, from above and from below, and the time of day and the
// weather show in it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <set>

#include "lexicon/lexicon.hpp"
#include "render/canvas.hpp"
#include "render/draw_setting.hpp"
#include "render/world/setting_kind_by_meaning.hpp"
#include "render/world/settings_catalogue.hpp"

using namespace ekonte;
using namespace ekonte::render;

namespace {

constexpr int kW = 320, kH = 180;

SettingLook look_of(SettingKind kind, TimeOfDay time = TimeOfDay::Day) {
  SettingLook look;
  look.has_setting = true;
  look.id = "TEST";
  look.kind = kind;
  look.time = time;
  look.interior = vocabulary::row(kind).place == vocabulary::Place::Interior;
  return look;
}

std::vector<uint8_t> plate(const SettingLook& look, double horizon_y = 0.5) {
  Canvas cv(kW, kH, false);
  SetCamera cam;
  cam.width = kW, cam.height = kH;
  cam.horizon_y = horizon_y;
  draw_setting(cv, look, cam);
  return cv.color_image().pixels;
}

size_t changed_pixels(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b) {
  size_t n = 0;
  for (size_t i = 0; i + 3 < a.size() && i + 3 < b.size(); i += 4)
    if (std::abs(a[i] - b[i]) + std::abs(a[i + 1] - b[i + 1]) + std::abs(a[i + 2] - b[i + 2]) > 12) ++n;
  return n;
}

// Colours in a picture, coarsely: a flat fill has one, a drawn place many.
size_t colours(const std::vector<uint8_t>& p) {
  std::set<uint32_t> c;
  for (size_t i = 0; i + 3 < p.size(); i += 4) c.insert(uint32_t(p[i] >> 4) << 8 | uint32_t(p[i + 1] >> 4) << 4 | (p[i + 2] >> 4));
  return c.size();
}

double mean_brightness(const std::vector<uint8_t>& p) {
  double s = 0;
  for (size_t i = 0; i + 3 < p.size(); i += 4) s += p[i] + p[i + 1] + p[i + 2];
  return s / double(p.size() / 4);
}

SettingKind kind_of(std::string_view text, vocabulary::Place place = vocabulary::Place::Either) {
  return vocabulary::match_setting_kind(text, place).value_or(SettingKind::Generic);
}

constexpr double kBirdsEye = -0.15, kWormsEye = 0.97;  // camera_angles.def

}  // namespace

TEST_CASE("at least 30 kinds, and every place the issue names is one") {
  CHECK(std::size(vocabulary::kSettingKindRows) - 1 >= 30);
  const char* places[] = {"office", "classroom", "bedroom", "living room", "kitchen", "bar", "café", "restaurant", "shop",
                          "hospital room", "corridor", "throne room", "library", "train carriage", "bus", "car interior",
                          "spaceship bridge", "control room", "engine room", "factory", "stage", "city street", "crossing",
                          "alley", "rooftop", "park", "schoolyard", "shrine", "forest", "beach", "sea", "meadow", "mountain",
                          "desert", "riverbank", "harbour", "docks", "ship deck", "airship deck", "courtyard", "snowfield",
                          "sky"};
  std::set<SettingKind> kinds;
  for (const char* p : places) {
    CAPTURE(p);
    CHECK(kind_of(p) != SettingKind::Generic);
    kinds.insert(kind_of(p));
  }
  CHECK(kinds.size() >= 30);
}

TEST_CASE("the head noun names the kind: words after of/on/up say where it is, the last phrase wins") {
  CHECK(kind_of("Inari shrine on the hill") == SettingKind::Shrine);
  CHECK(kind_of("Stone path up the hill") == SettingKind::StonePath);
  CHECK(kind_of("The throne room of Winterhold") == SettingKind::Hall);
  CHECK(kind_of("Quay Street") == SettingKind::Street);
  CHECK(kind_of("The castle courtyard") == SettingKind::Courtyard);
  CHECK(kind_of("The Takeda living room") == SettingKind::LivingRoom);
  CHECK(kind_of("Lighthouse kitchen") == SettingKind::Kitchen);
  CHECK(kind_of("Pier Seven") == SettingKind::Harbour);
  CHECK(kind_of("The birch forest") == SettingKind::Forest);
  CHECK(kind_of("Bridge of the Long Patience", vocabulary::Place::Interior) == SettingKind::ControlRoom);
  CHECK(kind_of("the old footbridge", vocabulary::Place::Exterior) == SettingKind::Riverbank);
  CHECK(kind_of("school gate") == SettingKind::Schoolyard);
  CHECK(kind_of("school") == SettingKind::Classroom);
}

TEST_CASE("a word no row spells finds its kind through WordNet") {
  if (!lexicon::available()) {
    MESSAGE("WordNet missing: " << lexicon::database_error());
    return;
  }
  CHECK(setting_kind_by_meaning("pullman") == SettingKind::TrainCarriage);  // Pullman → passenger car, coach
  CHECK(setting_kind_by_meaning("alehouse") == SettingKind::Bar);           // alehouse → pub
  CHECK(setting_kind_by_meaning("boardroom") == SettingKind::Room);         // boardroom → room
  CHECK_FALSE(setting_kind_by_meaning("sandwich").has_value());
  Setting s;
  s.id = s.name = "THE PULLMAN";
  CHECK(resolve_setting(&s, nullptr).kind == SettingKind::TrainCarriage);
  CHECK(resolve_setting(&s, nullptr).interior);
}

TEST_CASE("a lighthouse is the lamp room inside and the tower on its point outside; INT. or EXT. chooses") {
  CHECK(kind_of("THE LAMP ROOM") == SettingKind::LampRoom);
  CHECK(kind_of("the lantern room") == SettingKind::LampRoom);
  CHECK(kind_of("LIGHTHOUSE", vocabulary::Place::Interior) == SettingKind::LampRoom);
  CHECK(kind_of("GULL POINT LIGHTHOUSE", vocabulary::Place::Exterior) == SettingKind::LighthousePoint);
  CHECK(kind_of("the cliff top") == SettingKind::LighthousePoint);
  CHECK(kind_of("LIGHTHOUSE KITCHEN", vocabulary::Place::Interior) == SettingKind::Kitchen);
  CHECK(kind_of("GULL POINT LANDING", vocabulary::Place::Exterior) == SettingKind::Beach);
  if (lexicon::available()) {
    // WordNet: a pharos is a lighthouse.
    const auto k = setting_kind_by_meaning("pharos");
    REQUIRE(k);
    CHECK((*k == SettingKind::LampRoom || *k == SettingKind::LighthousePoint));
  }
  Scene ext;
  ext.int_ext = "EXT.";
  ext.place = "GULL POINT LIGHTHOUSE";
  ext.time = "DUSK";
  const SettingLook outside = resolve_setting(nullptr, &ext);
  CHECK(outside.kind == SettingKind::LighthousePoint);
  CHECK_FALSE(outside.interior);
}

TEST_CASE("a room word means indoors: a forced heading with no INT or EXT is not a daylit field") {
  Scene lamp_room;
  lamp_room.place = "THE LAMP ROOM";
  const SettingLook implicit = resolve_setting(nullptr, &lamp_room);
  CHECK(implicit.has_setting);
  CHECK(implicit.interior);
  CHECK(implicit.kind == SettingKind::LampRoom);
  Setting s;
  s.id = "LAMP";
  s.name = "The lamp room";
  s.time = "night";
  CHECK(resolve_setting(&s, &lamp_room).interior);
  Scene ext = lamp_room;
  ext.int_ext = "EXT.";
  CHECK_FALSE(resolve_setting(&s, &ext).interior);
  Scene office;
  office.int_ext = "INT.";
  office.place = "OFFICE";
  office.time = "NIGHT";
  const SettingLook o = resolve_setting(nullptr, &office);
  CHECK(o.kind == SettingKind::Office);
  CHECK(o.time == TimeOfDay::Night);
}

TEST_CASE("every kind draws its own place: no two kinds alike, from eye level, above and below") {
  const size_t n = std::size(vocabulary::kSettingKindRows);
  std::vector<std::vector<uint8_t>> eye, above;
  for (size_t i = 1; i < n; ++i) {
    eye.push_back(plate(look_of(SettingKind(i))));
    above.push_back(plate(look_of(SettingKind(i)), kBirdsEye));
  }
  for (size_t i = 0; i < eye.size(); ++i) {
    CAPTURE(vocabulary::kSettingKindRows[i + 1].name);
    // From straight above the ground or floor is drawn with what is on it, never one flat colour.
    CHECK(colours(above[i]) >= 4);
    CHECK(colours(plate(look_of(SettingKind(i + 1)), kWormsEye)) >= 4);
    for (size_t j = i + 1; j < eye.size(); ++j) {
      CAPTURE(vocabulary::kSettingKindRows[j + 1].name);
      CHECK(changed_pixels(eye[i], eye[j]) > size_t(kW * kH / 20));
    }
  }
}

TEST_CASE("a bird's-eye forest shows tree crowns and the path, not a flat field") {
  const auto forest = plate(look_of(SettingKind::Forest), kBirdsEye);
  const auto field = plate(look_of(SettingKind::Field), kBirdsEye);
  CHECK(changed_pixels(forest, field) > size_t(kW * kH / 5));
  CHECK(colours(forest) > colours(field));
}

TEST_CASE("indoors at night: the windows are dark, lamps glow, the room is dimmer than by day") {
  const SettingLook day = look_of(SettingKind::Classroom), night = look_of(SettingKind::Classroom, TimeOfDay::Night);
  const auto d = plate(day, 0.9), n = plate(night, 0.9);
  CHECK(mean_brightness(n) < mean_brightness(d) * 0.8);
  // The classroom's window (setting_kinds: kWindows beside the blackboard): its upper left pane.
  const int x = int(kW * 0.5 + (850 - 500) * kW / 1000.0), y = int(kH * 0.9 - 300 * kW / 1000.0);
  const size_t at = (size_t(y) * kW + x) * 4;
  CHECK(d[at] + d[at + 1] + d[at + 2] > 450);
  CHECK(n[at] + n[at + 1] + n[at + 2] < 250);
  const SettingLook dusk = look_of(SettingKind::Classroom, TimeOfDay::Dusk);
  CHECK(changed_pixels(plate(dusk, 0.9), d) > size_t(kW * kH / 4));
}

TEST_CASE("weather lies on the ground under the figures: wet reflections, snow cover") {
  SettingLook street = look_of(SettingKind::Street);
  const auto dry = plate(street);
  street.weather = {Weather::Rain};
  const auto wet = plate(street);
  // The lower half of the frame (the ground) changes, not only the streaks.
  size_t ground_changed = 0;
  for (size_t i = size_t(kW) * (kH * 3 / 4) * 4; i + 3 < dry.size(); i += 4)
    if (std::abs(dry[i] - wet[i]) + std::abs(dry[i + 1] - wet[i + 1]) + std::abs(dry[i + 2] - wet[i + 2]) > 12) ++ground_changed;
  CHECK(ground_changed > size_t(kW * kH / 8));
  SettingLook field = look_of(SettingKind::Field);
  auto ground = [](const std::vector<uint8_t>& p) {
    return mean_brightness(std::vector<uint8_t>(p.begin() + long(p.size() * 3 / 4), p.end()));
  };
  const double green = ground(plate(field));
  field.weather = {Weather::Snow};
  CHECK(ground(plate(field)) > green * 1.4);
}

TEST_CASE("the front weather layer draws over the figures outdoors and nothing indoors or in clear weather") {
  auto front = [](const SettingLook& look) {
    Canvas cv(kW, kH, false);
    SetCamera cam;
    cam.width = kW, cam.height = kH;
    draw_weather_front(cv, look, cam);
    return cv.color_image().pixels;
  };
  const auto empty = Canvas(kW, kH, false).color_image().pixels;
  SettingLook look = look_of(SettingKind::Street);
  CHECK(front(look) == empty);
  for (Weather w : {Weather::Rain, Weather::Storm, Weather::Snow, Weather::Fog, Weather::Wind, Weather::Sandstorm}) {
    CAPTURE(vocabulary::row(w).name);
    look.weather = {w};
    CHECK(changed_pixels(front(look), empty) > 40);
    SettingLook inside = look_of(SettingKind::Office);
    inside.weather = {w};
    CHECK(front(inside) == empty);
  }
}

TEST_CASE("the settings catalogue is written, one row per kind at day and night") {
  const std::string path = "test_settings_catalogue.pdf";
  std::string problem;
  REQUIRE(write_settings_catalogue(path, &problem));
  std::FILE* f = std::fopen(path.c_str(), "rb");
  REQUIRE(f);
  std::fseek(f, 0, SEEK_END);
  const long size = std::ftell(f);
  std::fclose(f);
  CHECK(size > 10000);
  CHECK_FALSE(write_settings_catalogue("/nonexistent-dir/x.pdf", &problem));
  CHECK(problem.find("/nonexistent-dir/x.pdf") != std::string::npos);
}
