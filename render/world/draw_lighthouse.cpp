// A lighthouse, outside and in (setting_kinds.def kLighthouse, kGlazing, kLens): the white tower on
// its dark rocks above the sea, its lantern lit after dark with a beam across the sky; inside the
// lamp room, glass walls all round in iron bars with the sky beyond and the great lens in its
// brass frame, taller than a man. Each has a plan for a camera looking straight down.
#include <cmath>

#include "render/world/world_drawing.hpp"

namespace ekonte::render::world {
namespace {

using namespace vocabulary;

constexpr Rgb kWhite{255, 255, 255};
constexpr Rgb kIron{44, 48, 54};
constexpr Rgb kLampLight{255, 226, 150};
// The tower on its point: where it stands (set units across), its foot below the horizon, its
// height and its width at the foot and under the gallery.
constexpr double kTowerX = 790, kTowerFoot = 14, kTowerH = 430, kTowerFootW = 110, kTowerTopW = 74, kTowerScale = 0.5;

bool lamp_lit(const SettingLook& look) { return row(look.time).lamps_lit; }

bool rains(const SettingLook& look) {
  for (Weather w : look.weather)
    if (row(w).overlay == WeatherOverlay::Rain) return true;
  return false;
}

void quad(Canvas& cv, const SetSpace& ss, double x0, double y0, double x1, double y1, double x2, double y2, double x3,
          double y3, Rgb c, double outline) {
  cairo_t* cr = cv.cr();
  cairo_new_path(cr);
  cairo_move_to(cr, ss.x(x0), ss.y(y0));
  cairo_line_to(cr, ss.x(x1), ss.y(y1));
  cairo_line_to(cr, ss.x(x2), ss.y(y2));
  cairo_line_to(cr, ss.x(x3), ss.y(y3));
  cairo_close_path(cr);
  flat(cv, c, px(ss, outline));
}

void bar(Canvas& cv, const SetSpace& ss, double x0, double y0, double x1, double y1, Rgb c, double w) {
  cairo_new_path(cv.cr());
  cairo_move_to(cv.cr(), ss.x(x0), ss.y(y0));
  cairo_line_to(cv.cr(), ss.x(x1), ss.y(y1));
  cv.stroke(c, px(ss, w), false);
}

void disc(Canvas& cv, const SetSpace& ss, double x, double y, double r, Rgb c, double outline) {
  cairo_new_path(cv.cr());
  cairo_arc(cv.cr(), ss.x(x), ss.y(y), ss.d(r), 0, 2 * kPi);
  flat(cv, c, px(ss, outline));
}

}  // namespace

void draw_lighthouse_point(Canvas& cv, const SetSpace& ss, const SettingLook& look, const SkyColours& sky) {
  const Rgb rock = mix(Rgb{46, 44, 48}, sky.horizon, 0.15), red = hex(row(look.kind).accent);
  const Rgb white = mix(hex(row(look.kind).wall), sky.horizon, 0.15);
  // The cliff's edge, where the grass of the point drops to the sea.
  cairo_t* cr = cv.cr();
  cairo_new_path(cr);
  cairo_move_to(cr, ss.x(-400), ss.y(52));
  for (double x = -400; x <= 1400; x += 60) cairo_line_to(cr, ss.x(x), ss.y(52 + 7 * std::sin(x * 0.031)));
  cairo_line_to(cr, ss.x(1400), ss.y(70));
  cairo_line_to(cr, ss.x(-400), ss.y(70));
  cairo_close_path(cr);
  flat(cv, rock, px(ss, 1));
  // Tufts of grass on the cliff top.
  Rnd r{hash_text(look.id) ^ 0x11647ull};
  for (int i = 0; i < 40; ++i) {
    const double tx = r.next(-300, 1300), ty = r.next(80, 700), h = 6 + ty * 0.03;
    bar(cv, ss, tx - h * 0.5, ty - h, tx, ty, scale_rgb(sky.ground, 0.75), 1 + ty * 0.004);
    bar(cv, ss, tx + h * 0.5, ty - h, tx, ty, scale_rgb(sky.ground, 0.75), 1 + ty * 0.004);
  }
  // The tower stands out on its point, far enough off that the whole of it shows: drawn at
  // kTowerScale about its foot.
  const double x = kTowerX, foot = kTowerFoot;
  cv.save();
  cairo_translate(cr, ss.x(x), ss.y(foot));
  cairo_scale(cr, kTowerScale, kTowerScale);
  cairo_translate(cr, -ss.x(x), -ss.y(foot));
  // The black rocks the tower stands on.
  cairo_new_path(cr);
  cairo_move_to(cr, ss.x(x - 150), ss.y(foot + 24));
  cairo_line_to(cr, ss.x(x - 110), ss.y(foot - 10));
  cairo_line_to(cr, ss.x(x - 40), ss.y(foot - 22));
  cairo_line_to(cr, ss.x(x + 60), ss.y(foot - 18));
  cairo_line_to(cr, ss.x(x + 130), ss.y(foot - 2));
  cairo_line_to(cr, ss.x(x + 170), ss.y(foot + 24));
  cairo_close_path(cr);
  flat(cv, rock, px(ss, 1.2));
  // The tower, tapering, with a red band.
  const double top = foot - 18 - kTowerH;
  quad(cv, ss, x - kTowerFootW / 2, foot - 16, x + kTowerFootW / 2, foot - 16, x + kTowerTopW / 2, top, x - kTowerTopW / 2, top,
       white, 1.4);
  const double band = top + kTowerH * 0.45, band_h = 46;
  const double w_at = kTowerFootW - (kTowerFootW - kTowerTopW) * (foot - 16 - band) / (kTowerH - 2);
  quad(cv, ss, x - w_at / 2, band, x + w_at / 2, band, x + (w_at - 8) / 2, band - band_h, x - (w_at - 8) / 2, band - band_h, red, 1);
  for (double wy : {band + 70, band - band_h - 70}) quad(cv, ss, x - 7, wy, x + 7, wy, x + 7, wy - 22, x - 7, wy - 22, kIron, 0.8);
  // The gallery, the lantern's glass and its red cap.
  quad(cv, ss, x - 56, top, x + 56, top, x + 56, top - 10, x - 56, top - 10, kIron, 1);
  for (double gx = x - 52; gx <= x + 52; gx += 13) bar(cv, ss, gx, top - 10, gx, top - 34, kIron, 1.2);
  bar(cv, ss, x - 56, top - 34, x + 56, top - 34, kIron, 1.6);
  const Rgb glass = lamp_lit(look) ? kLampLight : mix(sky.horizon, Rgb{160, 190, 200}, 0.4);
  quad(cv, ss, x - 30, top - 10, x + 30, top - 10, x + 30, top - 62, x - 30, top - 62, glass, 1.2);
  for (double gx : {x - 10.0, x + 10.0}) bar(cv, ss, gx, top - 10, gx, top - 62, kIron, 1);
  cairo_new_path(cr);
  cairo_move_to(cr, ss.x(x - 38), ss.y(top - 62));
  cairo_line_to(cr, ss.x(x), ss.y(top - 96));
  cairo_line_to(cr, ss.x(x + 38), ss.y(top - 62));
  cairo_close_path(cr);
  flat(cv, red, px(ss, 1.2));
  if (lamp_lit(look)) {
    // The beam sweeps out over the sea, widening.
    cairo_new_path(cr);
    cairo_move_to(cr, ss.x(x - 20), ss.y(top - 36));
    cairo_line_to(cr, ss.x(-300), ss.y(top - 170));
    cairo_line_to(cr, ss.x(-300), ss.y(top + 40));
    cairo_close_path(cr);
    cv.paint_background(kLampLight, 0.22);
    glow(cv, ss.x(x), ss.y(top - 36), ss.d(90), kLampLight, 0.7);
  }
  cv.restore();
}

void draw_lighthouse_plan(Canvas& cv, const SetSpace& ss, const SettingLook& look, const SkyColours& sky) {
  // The point's grass on the left, the sea on the right, the tower's round top on its rocks.
  rect(cv.cr(), ss.x(620), ss.y(-300), ss.d(900), ss.d(1600));
  cv.paint_background(mix(mix(sky.top, Rgb{40, 90, 130}, 0.5), sky.horizon, 0.2));
  const Rgb rock = Rgb{52, 50, 54};
  for (double y = -200; y < 1100; y += 90) disc(cv, ss, 630 + 18 * std::sin(y * 0.05), y, 46, rock, 1);
  disc(cv, ss, kTowerX, 200, 120, rock, 1.2);
  disc(cv, ss, kTowerX, 200, 70, mix(hex(row(look.kind).wall), sky.horizon, 0.1), 1.4);
  disc(cv, ss, kTowerX, 200, 40, hex(row(look.kind).accent), 1.2);
  if (lamp_lit(look)) glow(cv, ss.x(kTowerX), ss.y(200), ss.d(160), kLampLight, 0.6);
}

void draw_lamp_room_glazing(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const RoomColours& c) {
  // The glass from the low wall up, the sky of the time of day beyond it.
  const SkyColours sky = sky_colours(look);
  const double sill = -70;
  cairo_new_path(cv.cr());
  cairo_rectangle(cv.cr(), f.ox, f.oy, f.ow, ss.y(sill) - f.oy);
  cairo_pattern_t* g = cairo_pattern_create_linear(0, f.oy, 0, ss.y(sill));
  cairo_pattern_add_color_stop_rgb(g, 0, sky.top.r / 255.0, sky.top.g / 255.0, sky.top.b / 255.0);
  cairo_pattern_add_color_stop_rgb(g, 1, sky.horizon.r / 255.0, sky.horizon.g / 255.0, sky.horizon.b / 255.0);
  cv.paint_background_source(g);
  cairo_pattern_destroy(g);
  // The sea far below, a band of it over the sill.
  rect(cv.cr(), f.ox, ss.y(sill - 40), f.ow, ss.d(40));
  cv.paint_background(mix(mix(sky.top, Rgb{30, 60, 90}, 0.6), sky.horizon, 0.2));
  if (rains(look))
    for (double x = -300; x < 1300; x += 23)  // rain streaming down the glass
      bar(cv, ss, x, -520 + std::fmod(x * 7.3, 90.0), x + 6, -120 - std::fmod(x * 3.1, 60.0), mix(sky.horizon, kWhite, 0.45), 1.2);
  // The lantern's iron frame: posts and the diagonal bars of its storm panes.
  for (double x = -340; x < 1400; x += 170) {
    bar(cv, ss, x, -900, x, sill, kIron, 7);
    bar(cv, ss, x, -560, x + 170, -330, kIron, 2.5);
    bar(cv, ss, x + 170, -560, x, -330, kIron, 2.5);
  }
  bar(cv, ss, -400, -330, 1400, -330, kIron, 4);
  // The low wall under the glass, and the floor's edge.
  rect(cv.cr(), f.ox, ss.y(sill), f.ow, ss.d(130));
  cv.paint_background(c.wall);
  bar(cv, ss, -400, sill, 1400, sill, kIron, 5);
}

void draw_great_lens(Canvas& cv, const SetSpace& ss, const SettingLook& look, const RoomColours& c) {
  // Taller than a man: from its pedestal on the floor to its brass crown, rings of prisms round a
  // bullseye, lit from within after dark.
  const Rgb brass = c.accent, glass = mix(Rgb{170, 206, 214}, kWhite, 0.2);
  const double x = 500, floor = 40, top = -330, half = 110;
  quad(cv, ss, x - 60, floor + 10, x + 60, floor + 10, x + 44, floor - 70, x - 44, floor - 70, scale_rgb(brass, 0.7), 1.4);
  cairo_t* cr = cv.cr();
  cairo_new_path(cr);
  cairo_move_to(cr, ss.x(x - half), ss.y(floor - 70));
  cairo_curve_to(cr, ss.x(x - half * 1.2), ss.y(-150), ss.x(x - half * 1.1), ss.y(top + 40), ss.x(x), ss.y(top));
  cairo_curve_to(cr, ss.x(x + half * 1.1), ss.y(top + 40), ss.x(x + half * 1.2), ss.y(-150), ss.x(x + half), ss.y(floor - 70));
  cairo_close_path(cr);
  cairo_path_t* outline = cairo_copy_path(cr);
  flat(cv, glass, px(ss, 2));
  if (lamp_lit(look)) glow(cv, ss.x(x), ss.y(-140), ss.d(170), kLampLight, 0.85);
  // The prism rings and the frame's ribs, inside the lens's outline.
  cairo_save(cr);
  cairo_new_path(cr);
  cairo_append_path(cr, outline);
  cairo_clip(cr);
  for (double y = floor - 90; y > top + 30; y -= 34) bar(cv, ss, x - half * 1.3, y, x + half * 1.3, y, scale_rgb(brass, 0.9), 2);
  for (double dx : {-half * 0.55, 0.0, half * 0.55}) bar(cv, ss, x + dx, floor - 70, x + dx * 0.6, top + 20, brass, 3);
  cairo_restore(cr);
  cairo_path_destroy(outline);
  disc(cv, ss, x, -140, 34, lamp_lit(look) ? kLampLight : mix(glass, kWhite, 0.4), 2);
  disc(cv, ss, x, top + 4, 14, brass, 1.4);
}

void draw_lamp_room_plan(Canvas& cv, const SetSpace& ss, const SettingLook& look, const RoomColours& c) {
  // The round room from above: the ring of glass and iron, the lens's round top in the middle.
  cairo_t* cr = cv.cr();
  cairo_new_path(cr);
  cairo_arc(cr, ss.x(500), ss.y(300), ss.d(720), 0, 2 * kPi);
  cv.stroke(kIron, px(ss, 30), false);
  for (double a = 0; a < 2 * kPi; a += kPi / 8)
    bar(cv, ss, 500 + 700 * std::cos(a), 300 + 700 * std::sin(a), 500 + 740 * std::cos(a), 300 + 740 * std::sin(a), c.accent, 6);
  disc(cv, ss, 500, 300, 150, mix(Rgb{170, 206, 214}, kWhite, 0.2), 2);
  for (double r : {110.0, 70.0}) {
    cairo_new_path(cr);
    cairo_arc(cr, ss.x(500), ss.y(300), ss.d(r), 0, 2 * kPi);
    cv.stroke(c.accent, px(ss, 3), false);
  }
  if (lamp_lit(look)) glow(cv, ss.x(500), ss.y(300), ss.d(220), kLampLight, 0.8);
}

}  // namespace ekonte::render::world
