#pragma once
// The world vocabulary (times of day, weather, kinds of setting, props) from times.def,
// weather.def, setting_kinds.def and props.def: the enums a setting resolves to and, per word,
// the parameters the backdrop and prop drawings use. Words are found by whole words and phrases
// (find_phrase), never by substring: a `street` has no `tree` in it.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ekonte {

enum class TimeOfDay {
#define EKONTE_TIME(id, ...) id,
#include "vocabulary/times.def"
#undef EKONTE_TIME
};

enum class Weather {
#define EKONTE_WEATHER(id, ...) id,
#include "vocabulary/weather.def"
#undef EKONTE_WEATHER
};

// Generic: a setting whose name names no kind (drawn with a plain backdrop, and reported).
enum class SettingKind {
  Generic,
#define EKONTE_SETTING_KIND(id, ...) id,
#include "vocabulary/setting_kinds.def"
#undef EKONTE_SETTING_KIND
};

enum class PropKind {
#define EKONTE_PROP(id, ...) id,
#include "vocabulary/props.def"
#undef EKONTE_PROP
};

}  // namespace ekonte

namespace ekonte::vocabulary {

struct Fraction3 {
  double r, g, b;
};

enum class SkyLook { Daylight, LowSun, Night };
struct TimeRow {
  std::string_view name, phrases;
  SkyLook sky;
  uint32_t sky_top, sky_middle, horizon, ground, stone, foliage, lacquer;  // 0xrrggbb
  Fraction3 window_top, window_bottom;
  bool stars;
  double sun_x;  // 0: no low sun
  bool moon, clouds, lamps_lit, interior;
  std::string_view description;
};

inline constexpr TimeRow kTimeRows[] = {
#define EKONTE_FRACTION3(r, g, b) Fraction3{r, g, b}
#define EKONTE_TIME(id, name, phrases, sky, top, mid, hor, ground, stone, foliage, lacquer, wt, wb, stars, sun, moon, clouds, \
                    lamps, interior, desc)                                                                                   \
  {name, phrases, SkyLook::sky, top, mid, hor, ground, stone, foliage, lacquer, EKONTE_FRACTION3 wt, EKONTE_FRACTION3 wb,   \
   stars, sun, moon, clouds, lamps, interior, desc},
#include "vocabulary/times.def"
#undef EKONTE_TIME
#undef EKONTE_FRACTION3
};

enum class WeatherOverlay { None, Clouds, Rain, Snow, Fog, Wind, Sand };
struct WeatherRow {
  std::string_view name, phrases, prose;
  WeatherOverlay overlay;
  double density, sky_darkening;
  std::string_view description;
};

inline constexpr WeatherRow kWeatherRows[] = {
#define EKONTE_WEATHER(id, name, phrases, prose, overlay, density, darken, desc) \
  {name, phrases, prose, WeatherOverlay::overlay, density, darken, desc},
#include "vocabulary/weather.def"
#undef EKONTE_WEATHER
};

enum class Place { Exterior, Interior, Either };
// Backdrop elements, combined with `|` in setting_kinds.def: outdoor ones in the low 32 bits,
// indoor ones in the high 32 (kInteriorBackdrop).
using Backdrop = uint64_t;
inline constexpr Backdrop kHills = 1ull << 0, kTreeLine = 1ull << 1, kBuildings = 1ull << 2, kWater = 1ull << 3,
                          kDunes = 1ull << 4, kPaving = 1ull << 5, kMountains = 1ull << 6, kSea = 1ull << 7,
                          kBeach = 1ull << 8, kCrossing = 1ull << 9, kAlleyWalls = 1ull << 10, kSkyline = 1ull << 11,
                          kParapet = 1ull << 12, kTrunks = 1ull << 13, kQuay = 1ull << 14, kDeck = 1ull << 15,
                          kCloudSea = 1ull << 16, kBridge = 1ull << 17, kFence = 1ull << 18, kSchool = 1ull << 19,
                          kLawn = 1ull << 20, kPath = 1ull << 21, kSnowCover = 1ull << 22, kStreetLamps = 1ull << 23,
                          kShrineHall = 1ull << 24, kEnvelope = 1ull << 25, kWalls = 1ull << 26,
                          kLighthouse = 1ull << 27;
inline constexpr Backdrop kPillars = 1ull << 32, kBoards = 1ull << 33, kFlagstones = 1ull << 34, kPanels = 1ull << 35,
                          kWindows = 1ull << 36, kWideWindows = 1ull << 37, kBlackboard = 1ull << 38, kBed = 1ull << 39,
                          kBookshelves = 1ull << 40, kBottleShelf = 1ull << 41, kCounter = 1ull << 42,
                          kCabinets = 1ull << 43, kSofa = 1ull << 44, kDesks = 1ull << 45, kSchoolDesks = 1ull << 46,
                          kCurtainRail = 1ull << 47, kDoors = 1ull << 48, kBanners = 1ull << 49, kSeatRows = 1ull << 50,
                          kHandrails = 1ull << 51, kDashboard = 1ull << 52, kViewscreen = 1ull << 53,
                          kMachinery = 1ull << 54, kStageCurtains = 1ull << 55, kTiles = 1ull << 56, kCarpet = 1ull << 57,
                          kShopShelves = 1ull << 58, kCafeTables = 1ull << 59, kCeilingLamps = 1ull << 60,
                          kGlazing = 1ull << 61, kLens = 1ull << 62;
inline constexpr Backdrop kInteriorBackdrop = 0xffffffff00000000ull;
struct SettingKindRow {
  std::string_view name, phrases;
  Place place;
  uint32_t ground;
  double ground_tint;
  uint32_t wall, floor, accent;
  Backdrop backdrop;
  std::string_view description;
};

inline constexpr SettingKindRow kSettingKindRows[] = {
    {"generic", "", Place::Either, 0x8ca06e, 0.0, 0xece2ce, 0xbe8c64, 0x8a6a4a, kHills | kPillars | kBoards,
     "a place no kind names: hills outdoors, a plain room indoors"},
#define EKONTE_SETTING_KIND(id, name, phrases, place, ground, tint, wall, floor, accent, backdrop, desc) \
  {name, phrases, Place::place, ground, tint, wall, floor, accent, backdrop, desc},
#include "vocabulary/setting_kinds.def"
#undef EKONTE_SETTING_KIND
};

enum class PropCategory { Architecture, Furniture, Nature, Seat, Light, HandProp, Vehicle, Machine, Effect };
// How a prop is used and where the set puts it (props.def's kind column).
enum class PropUse { FloorFurniture, Seat, TableTop, Wall, Ceiling, Handheld, Vehicle, LargeExterior, Effect };
enum class PropPlacement { Back, Ground, Wall, Front, Hand, Sky, TableTop, Ceiling };
enum class PropAnchor { None, Seat, Hold };
// One drawing per row: the first rows (Torii .. Charm) are set pieces laid out at fixed places
// (render/world/draw_props.cpp); every other row is drawn from its SVG file into the prop's box
// (render/world/draw_prop_shapes.cpp).
enum class PropDrawing {
#define EKONTE_PROP(id, name, phrases, category, kind, w, h, placement, drawing, ...) drawing,
#include "vocabulary/props.def"
#undef EKONTE_PROP
};
// Whether the drawing is a set piece at fixed places rather than a shape laid out in a slot.
constexpr bool is_fixed_set_piece(PropDrawing d) { return d <= PropDrawing::Charm; }
struct PropRow {
  std::string_view name, phrases;
  PropCategory category;
  PropUse kind;
  double width_cm, height_cm;
  PropPlacement placement;
  PropDrawing drawing;
  uint32_t colour;  // 0xrrggbb
  PropAnchor anchor;
  double anchor_x, anchor_y;  // fractions of the prop's box, from its top left
  std::string_view part;      // name_of(PartLabel) of the control maps' label
  std::string_view svg;       // props/svg/<svg>.svg; empty: a set piece (draw_props.cpp)
  std::string_view description;
};

inline constexpr PropRow kPropRows[] = {
#define EKONTE_PROP(id, name, phrases, category, kind, w, h, placement, drawing, colour, anchor, ax, ay, part, svg, \
                    desc)                                                                                          \
  {name,   phrases, PropCategory::category, PropUse::kind, w, h, PropPlacement::placement, PropDrawing::drawing, colour, \
   PropAnchor::anchor, ax, ay, part, svg, desc},
#include "vocabulary/props.def"
#undef EKONTE_PROP
};
// The row a drawing belongs to: the drawings are declared by the rows, one each, in row order.
inline const PropRow& row_of_drawing(PropDrawing d) { return kPropRows[static_cast<size_t>(d)]; }

inline const TimeRow& row(TimeOfDay t) { return kTimeRows[static_cast<size_t>(t)]; }
inline const WeatherRow& row(Weather w) { return kWeatherRows[static_cast<size_t>(w)]; }
inline const SettingKindRow& row(SettingKind k) { return kSettingKindRows[static_cast<size_t>(k)]; }
inline const PropRow& row(PropKind p) { return kPropRows[static_cast<size_t>(p)]; }

// Where `phrase` first occurs in `text` as whole words, ignoring ASCII case and treating runs
// of spaces, hyphens and punctuation as one word break; npos if it does not.
size_t find_phrase(std::string_view text, std::string_view phrase);

// A match of a row's phrase in a text: where it starts and ends (bytes of the text).
template <class Value>
struct PhraseMatch {
  Value value;
  size_t begin, end;
};

// The time of day, weather or prop a word or phrase names (the whole of `text` need not be the
// phrase: "late dusk" is dusk; for props, the match ending last wins: "bar stools" is not a bar).
std::optional<TimeOfDay> match_time(std::string_view text);
std::optional<Weather> match_weather(std::string_view text);
// The weathers a heading or prose text says, by the rows' prose phrases, in table order; a
// sentence that says the weather has stopped or cleared ("the rain has stopped") says none.
std::vector<Weather> weather_in_prose(std::string_view text);
std::optional<PhraseMatch<PropKind>> match_prop(std::string_view text);
// The kind a `kind:` value, a setting's name or a scene heading's place names. The head of the
// text decides (the words before "of", "on", "up", ...: "Inari shrine on the hill" is a shrine);
// among its matches the one ending last wins ("Quay Street" is a street), then the longer
// phrase, then, where `place` is given (a heading's INT or EXT), a row of that place, then
// table order.
std::optional<SettingKind> match_setting_kind(std::string_view text, Place place = Place::Either);

// A props.def kind as written in a `prop` declaration ("handheld", "floor furniture", "wall",
// "table top", ...); `prop_use_name` is its canonical spelling.
std::optional<PropUse> match_prop_use(std::string_view text);
std::string_view prop_use_name(PropUse use);

// For diagnostics: the row whose phrase is nearest to `text` by edit distance, word by word.
TimeOfDay nearest_time(std::string_view text);
Weather nearest_weather(std::string_view text);
SettingKind nearest_setting_kind(std::string_view text);
PropKind nearest_prop(std::string_view text);

}  // namespace ekonte::vocabulary
