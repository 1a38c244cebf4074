#pragma once
// Shared by the world drawings (sky, backdrop, props, weather, seats): set space, the colours a
// look resolves to, and small path helpers. Internal to render/world/.
#include <cairo.h>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "render/canvas.hpp"
#include "render/draw_setting.hpp"
#include "render/world/setting_look.hpp"

namespace ekonte::render::world {

constexpr double kPi = 3.14159265358979323846;

inline Rgb hex(uint32_t c) { return Rgb{uint8_t(c >> 16), uint8_t(c >> 8), uint8_t(c)}; }
inline Rgb pal(const SettingLook& look, size_t i, Rgb fallback) {
  return i < look.palette.size() ? look.palette[i] : fallback;
}
uint64_t hash_text(std::string_view text);  // FNV-1a

// A seeded sequence of numbers for the scattered details of a set (windows lit, trees, stones):
// the same seed draws the same set.
struct Rnd {
  uint64_t h;
  double next(double lo, double hi) {
    h = h * 6364136223846793005ULL + 1442695040888963407ULL;
    return lo + (hi - lo) * double((h >> 11) % 1000000) / 1000000.0;
  }
};

inline void rect(cairo_t* cr, double x, double y, double w, double h) {
  cairo_new_path(cr);
  cairo_rectangle(cr, x, y, w, h);
}

// Set space: x in [0, 1000] across a wide shot, y in units of the same size, 0 on the
// horizon, positive downwards; the camera maps it to pixels with its zoom around focus_x.
struct SetSpace {
  const SetCamera& cam;
  double unit() const { return cam.width / 1000.0 * cam.zoom; }
  double x(double sx) const { return cam.focus_x * cam.width + (sx - cam.focus_x * 1000.0) * unit(); }
  double y(double sy) const { return cam.horizon_y * cam.height + sy * unit(); }
  double d(double v) const { return v * unit(); }
};
// A line width of `v` set units, never thinner than 0.8 px.
inline double px(const SetSpace& ss, double v) { return std::max(0.8, ss.d(v)); }

// The frame with overscan, so a dutch tilt never shows the canvas edge.
struct Frame {
  double ox, oy, ow, oh;  // overscanned rectangle, pixels
  double horizon;         // pixels
};
Frame frame_of(const SetCamera& cam);

// The colours of the outdoor sky and ground for a look: the time of day's row blended with the
// palette, the kind's ground tint and the weather's darkening.
struct SkyColours {
  Rgb top, middle, horizon, ground;
  bool three_stops;
};
SkyColours sky_colours(const SettingLook& look);
double weather_darkening(const SettingLook& look);

void draw_sky(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky);
void draw_exterior_backdrop(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky);
void draw_interior_backdrop(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look);
// The props of the look, each added to `drawn` (picture pixels) when it is given.
void draw_set_props(Canvas& cv, const SetSpace& ss, const SettingLook& look, std::vector<PropLandmark>* drawn = nullptr);
void draw_slot_props(Canvas& cv, const SetSpace& ss, const SettingLook& look, std::vector<PropLandmark>* drawn = nullptr);
// Adds `name` at `box` (user units of the canvas now) to `drawn`, as the picture-pixel box
// around it (the canvas may be tilted); nothing when `drawn` is null.
void record_prop(std::vector<PropLandmark>* drawn, Canvas& cv, std::string_view name, Box box);
// A prop of props.def drawn into `box` (pixels): flat fills, outline and one shadow tone.
void draw_prop_shape(Canvas& cv, vocabulary::PropDrawing drawing, Box box, Rgb colour, bool lit);
void draw_weather(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look);
// Weather on the ground, under the figures: wet reflections, snow cover.
void draw_weather_ground(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky);

// The kinds' own elements (setting_kinds.def backdrop bits). Outdoors: what stands on the
// horizon (before the ground is filled), what lies on the ground, what stands near; a plan of
// the ground seen from straight above when the horizon is above the frame.
void draw_far_elements(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky);
void draw_ground_elements(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky);
void draw_near_elements(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky);
void draw_ground_plan(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky);
// Indoors: the furniture along the back wall, what stands on the floor, the ceiling (seen when
// the horizon is low), a plan of the floor seen from above, and the light of the time of day.
struct RoomColours {
  Rgb wall, floor, accent;
};
void draw_wall_features(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const RoomColours& c);
void draw_floor_features(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const RoomColours& c);
void draw_ceiling(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const RoomColours& c);
void draw_floor_plan(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const RoomColours& c);
void draw_room_light(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const RoomColours& c);
// A lighthouse (render/world/draw_lighthouse.cpp): outside, the tower on its rocks by the cliff's
// edge, and its plan from above; inside the lamp room, the glass walls and the great lens, and
// the room's plan.
void draw_lighthouse_point(Canvas& cv, const SetSpace& ss, const SettingLook& look, const SkyColours& sky);
void draw_lighthouse_plan(Canvas& cv, const SetSpace& ss, const SettingLook& look, const SkyColours& sky);
void draw_lamp_room_glazing(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const RoomColours& c);
void draw_great_lens(Canvas& cv, const SetSpace& ss, const SettingLook& look, const RoomColours& c);
void draw_lamp_room_plan(Canvas& cv, const SetSpace& ss, const SettingLook& look, const RoomColours& c);
// A window onto the time of day's sky at (x, y) set units, w by h, with or without curtains;
// rain runs down it when it rains.
void sky_window(Canvas& cv, const SetSpace& ss, const SettingLook& look, double x, double y, double w, double h, bool curtains);

// The current path filled flat, then outlined in ink (colour only: the set has no control map).
void flat(Canvas& cv, Rgb c, double outline_px, double alpha = 1.0);
// Where a camera looks straight down: the horizon is above the frame.
inline bool overhead(const Frame& f) { return f.horizon < 0; }
// A lamp's glow: a radial gradient of `c` at (x, y) pixels, radius r pixels.
void glow(Canvas& cv, double x, double y, double r, Rgb c, double alpha);


void paper_lantern(Canvas& cv, double x, double y, double r, Rgb glow, bool lit);
void labelled_box(Canvas& cv, double x, double y, double w, double h, std::string_view name, Rgb c);

}  // namespace ekonte::render::world
