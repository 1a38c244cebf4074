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
// Backdrop elements, combined with `|` in setting_kinds.def.
inline constexpr unsigned kHills = 1u << 0, kTreeLine = 1u << 1, kBuildings = 1u << 2, kWater = 1u << 3,
                          kDunes = 1u << 4, kPaving = 1u << 5, kPillars = 1u << 8, kBoards = 1u << 9,
                          kFlagstones = 1u << 10, kPanels = 1u << 11;
inline constexpr unsigned kInteriorBackdrop = kPillars | kBoards | kFlagstones | kPanels;
struct SettingKindRow {
  std::string_view name, phrases;
  Place place;
  uint32_t ground;
  double ground_tint;
  uint32_t wall, floor;
  unsigned backdrop;
  std::string_view description;
};

inline constexpr SettingKindRow kSettingKindRows[] = {
    {"generic", "", Place::Either, 0x8ca06e, 0.0, 0xece2ce, 0xbe8c64, kHills | kPillars | kBoards,
     "a place no kind names: hills outdoors, a plain room indoors"},
#define EKONTE_SETTING_KIND(id, name, phrases, place, ground, tint, wall, floor, backdrop, desc) \
  {name, phrases, Place::place, ground, tint, wall, floor, backdrop, desc},
#include "vocabulary/setting_kinds.def"
#undef EKONTE_SETTING_KIND
};

enum class PropCategory { Architecture, Furniture, Nature, Seat, Light, HandProp, Vehicle, Machine };
// How a prop is used and where the set puts it (props.def's kind column).
enum class PropUse { FloorFurniture, Seat, TableTop, Wall, Ceiling, Handheld, Vehicle, LargeExterior };
enum class PropPlacement { Back, Ground, Wall, Front, Hand, Sky, TableTop, Ceiling };
enum class PropAnchor { None, Seat, Hold };
// One drawing per row: the first rows (Torii .. Charm) are set pieces laid out at fixed places
// (render/world/draw_props.cpp); a row with an SVG file is drawn from it, every other drawing
// by Cairo code into the prop's box (render/world/draw_prop_shapes.cpp).
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
  std::string_view svg;       // props/svg/<svg>.svg; empty: drawn by Cairo code
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
// The kind a `kind:` value or a setting's name names: rows in table order, first match wins.
std::optional<SettingKind> match_setting_kind(std::string_view text);

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
