// The indoor kinds' own elements (setting_kinds.def): along the back wall windows, a
// blackboard, shelves of books, bottles or goods, a counter, kitchen cupboards, desks, a bed, a
// sofa, banners, a viewscreen and consoles, machinery, stage curtains, a car's dashboard; on the
// floor tiles, a rug, school desks and café tables; the ceiling when the horizon is low; a plan
// of the floor from above; and the light of the time of day (dark windows and lit lamps at night).
#include <algorithm>
#include <cmath>

#include "render/world/world_drawing.hpp"

namespace ekonte::render::world {
namespace {

using namespace vocabulary;

constexpr Rgb kWhite{255, 255, 255};
constexpr Rgb kLamp{250, 214, 130};
constexpr Rgb kWood{150, 105, 70};
// A camera on the floor: its horizon this low in the frame (camera_angles.def, worm's eye).
constexpr double kGroundCameraHorizon = 0.9;


void line(Canvas& cv, const SetSpace& ss, double x0, double y0, double x1, double y1, Rgb c, double w, double alpha = 1) {
  cairo_new_path(cv.cr());
  cairo_move_to(cv.cr(), ss.x(x0), ss.y(y0));
  cairo_line_to(cv.cr(), ss.x(x1), ss.y(y1));
  cv.stroke(c, px(ss, w), false, alpha);
}

void box(Canvas& cv, const SetSpace& ss, double x, double y, double w, double h, Rgb c, double outline = 1.2) {
  rect(cv.cr(), ss.x(x), ss.y(y), ss.d(w), ss.d(h));
  flat(cv, c, outline > 0 ? px(ss, outline) : 0);
}

void disc(Canvas& cv, const SetSpace& ss, double x, double y, double r, Rgb c, double outline = 1) {
  cairo_new_path(cv.cr());
  cairo_arc(cv.cr(), ss.x(x), ss.y(y), ss.d(r), 0, 2 * kPi);
  flat(cv, c, outline > 0 ? px(ss, outline) : 0);
}

void quad(Canvas& cv, const SetSpace& ss, double x0, double y0, double x1, double y1, double x2, double y2, double x3,
          double y3, Rgb c, double outline = 1.2) {
  cairo_new_path(cv.cr());
  cairo_move_to(cv.cr(), ss.x(x0), ss.y(y0));
  cairo_line_to(cv.cr(), ss.x(x1), ss.y(y1));
  cairo_line_to(cv.cr(), ss.x(x2), ss.y(y2));
  cairo_line_to(cv.cr(), ss.x(x3), ss.y(y3));
  cairo_close_path(cv.cr());
  flat(cv, c, outline > 0 ? px(ss, outline) : 0);
}

bool lit(const SettingLook& look) { return row(look.time).lamps_lit; }
Backdrop bits(const SettingLook& look) { return row(look.kind).backdrop; }
bool rains(const SettingLook& look) {
  for (Weather w : look.weather)
    if (row(w).overlay == WeatherOverlay::Rain) return true;
  return false;
}

// Where windows go on the back wall: clear of the furniture that fills the wall.
std::vector<double> window_xs(Backdrop b) {
  if (b & kCabinets) return {400};
  if (b & (kBed | kSofa)) return {130};
  if (b & kBlackboard) return {820};
  if (b & kBanners) return {60, 740};
  if (b & kDesks) return {90, 390, 690};
  return {120, 680};
}

void windows(Canvas& cv, const SetSpace& ss, const SettingLook& look) {
  const Backdrop b = bits(look);
  const bool tall = b & kBanners;
  for (double x : window_xs(b)) sky_window(cv, ss, look, x, tall ? -470 : -330, (b & kDesks) ? 240 : 200, tall ? 360 : 200, !(b & (kDesks | kBanners)));
}

void wide_windows(Canvas& cv, const SetSpace& ss, const SettingLook& look, const RoomColours& c) {
  for (double x = -280; x < 1300; x += 200) sky_window(cv, ss, look, x, -330, 160, 170, false);
  box(cv, ss, -400, -380, 1800, 20, scale_rgb(c.wall, 0.8), 1);  // the luggage rack
  for (double x = -300; x < 1300; x += 100) line(cv, ss, x, -380, x + 30, -360, scale_rgb(c.wall, 0.6), 1);
}

void blackboard(Canvas& cv, const SetSpace& ss, const RoomColours& c) {
  box(cv, ss, 170, -350, 560, 270, kWood, 1.5);
  box(cv, ss, 185, -335, 530, 240, c.accent, 0.8);
  const Rgb chalk{230, 234, 226};
  for (int i = 0; i < 4; ++i) line(cv, ss, 220, -300 + i * 45, 420 - i * 30, -300 + i * 45, chalk, 2, 0.8);  // writing
  cairo_new_path(cv.cr());
  cairo_arc(cv.cr(), ss.x(600), ss.y(-230), ss.d(55), 0, 2 * kPi);  // a circle drawn in chalk
  cv.stroke(chalk, px(ss, 2), false, 0.8);
  box(cv, ss, 170, -90, 560, 10, kWood, 1);  // the chalk ledge
  disc(cv, ss, 450, -420, 28, kWhite, 1.2);    // the clock above
}

void bed(Canvas& cv, const SetSpace& ss, const RoomColours& c, bool hospital) {
  const double x = 470, w = 460;
  box(cv, ss, x + w - 30, -150, 30, 210, hospital ? Rgb{200, 206, 210} : kWood, 1.2);  // the headboard
  box(cv, ss, x, -40, w, 60, hospital ? Rgb{220, 226, 230} : scale_rgb(kWood, 1.1), 1.2);
  box(cv, ss, x + 10, -80, w - 50, 50, c.accent, 1.2);  // the quilt
  box(cv, ss, x + w - 130, -95, 90, 30, kWhite, 1);    // the pillow
  for (double lx : {x + 20.0, x + w - 40.0}) box(cv, ss, lx, 20, 16, 40, scale_rgb(kWood, 0.7), 0.8);
  if (hospital) {  // the monitor on its stand, a drip
    box(cv, ss, 950, -300, 12, 360, Rgb{160, 166, 170}, 0.8);
    box(cv, ss, 905, -340, 110, 80, Rgb{40, 46, 52}, 1.2);
    cairo_new_path(cv.cr());
    cairo_move_to(cv.cr(), ss.x(915), ss.y(-300));
    for (double t = 0; t < 90; t += 10) cairo_line_to(cv.cr(), ss.x(915 + t), ss.y(-300 + (int(t) % 30 == 10 ? -20 : 0)));
    cv.stroke(Rgb{90, 230, 140}, px(ss, 1.5), false);
    box(cv, ss, 420, -380, 8, 440, Rgb{160, 166, 170}, 0.6);
    box(cv, ss, 400, -380, 48, 60, Rgb{220, 236, 240}, 0.8);
  }
}

void curtain_rail(Canvas& cv, const SetSpace& ss, const RoomColours& c) {
  line(cv, ss, 40, -450, 420, -450, Rgb{150, 156, 160}, 3);
  cairo_new_path(cv.cr());
  cairo_move_to(cv.cr(), ss.x(50), ss.y(-450));
  for (double x = 50; x <= 330; x += 28) cairo_line_to(cv.cr(), ss.x(x), ss.y(x / 28 == std::floor(x / 28) && int(x / 28) % 2 ? -440 : -450));
  cairo_line_to(cv.cr(), ss.x(340), ss.y(40));
  cairo_line_to(cv.cr(), ss.x(50), ss.y(40));
  cairo_close_path(cv.cr());
  flat(cv, c.accent, px(ss, 1.2));
  for (double x = 80; x < 340; x += 40) line(cv, ss, x, -440, x - 6, 40, scale_rgb(c.accent, 0.85), 2);
}

void shelves(Canvas& cv, const SetSpace& ss, double x0, double x1, double top, double bottom, double step, Rgb frame,
             uint64_t seed, bool goods) {
  Rnd r{seed};
  box(cv, ss, x0, top, x1 - x0, bottom - top, scale_rgb(frame, 0.6), 1.2);
  for (double y = top + step; y <= bottom + 1; y += step) {
    for (double x = x0 + 6; x < x1 - 10;) {  // books or goods standing on the shelf
      const double w = goods ? r.next(18, 34) : r.next(8, 16), h = goods ? r.next(20, step - 14) : r.next(step * 0.55, step - 10);
      const Rgb col = goods ? Rgb{uint8_t(r.next(120, 250)), uint8_t(r.next(90, 220)), uint8_t(r.next(60, 200))}
                            : Rgb{uint8_t(r.next(90, 190)), uint8_t(r.next(40, 120)), uint8_t(r.next(40, 110))};
      if (x + w < x1 - 6) box(cv, ss, x, y - h - 6, w, h, col, 0.6);
      x += w + (goods ? 6 : 1.5);
    }
    box(cv, ss, x0, y - 6, x1 - x0, 8, frame, 0.8);
  }
  for (double x = x0; x <= x1; x += 200) box(cv, ss, std::min(x, x1 - 10), top, 10, bottom - top, frame, 0.8);
}

void bottle_shelf(Canvas& cv, const SetSpace& ss, const RoomColours& c) {
  box(cv, ss, 120, -380, 760, 280, scale_rgb(c.wall, 0.7), 1.2);
  box(cv, ss, 380, -370, 240, 120, Rgb{170, 186, 196}, 1);  // the mirror
  Rnd r{0xb077};
  for (double y : {-250.0, -170.0, -100.0}) {
    box(cv, ss, 120, y, 760, 8, kWood, 0.8);
    for (double x = 140; x < 860; x += r.next(22, 34)) {
      if (y < -240 && x > 370 && x < 630) continue;
      const Rgb glass{uint8_t(r.next(40, 140)), uint8_t(r.next(80, 160)), uint8_t(r.next(40, 90))};
      box(cv, ss, x, y - 44, 14, 36, glass, 0.6);
      box(cv, ss, x + 4, y - 56, 6, 14, glass, 0.5);
    }
  }
}

void counter(Canvas& cv, const SetSpace& ss, const RoomColours& c, bool long_bar) {
  const double x0 = long_bar ? -400 : 560, x1 = long_bar ? 1400 : 980;
  box(cv, ss, x0, -70, x1 - x0, 130, scale_rgb(c.accent, 0.75), 1.2);
  box(cv, ss, x0 - 10, -84, x1 - x0 + 20, 16, scale_rgb(c.accent, 1.15), 1.2);
  for (double x = x0 + 60; x < x1; x += 120) line(cv, ss, x, -60, x, 50, scale_rgb(c.accent, 0.6), 1.5);
  if (!long_bar) {  // a till on the counter
    box(cv, ss, 800, -140, 90, 56, Rgb{70, 74, 80}, 1);
    box(cv, ss, 812, -130, 66, 20, Rgb{140, 220, 170}, 0.6);
  }
}

void cabinets(Canvas& cv, const SetSpace& ss, const RoomColours& c) {
  for (auto [x0, x1] : {std::pair{-300.0, 360.0}, std::pair{640.0, 1300.0}})
    for (double x = x0; x < x1; x += 110) box(cv, ss, x, -440, 104, 170, c.accent, 1.2);
  box(cv, ss, -400, -100, 1800, 18, Rgb{200, 196, 186}, 1.2);  // the worktop
  for (double x = -300; x < 1300; x += 110) {
    box(cv, ss, x, -82, 104, 140, scale_rgb(c.accent, 0.9), 1.2);
    box(cv, ss, x + 44, -70, 16, 5, Rgb{80, 80, 86}, 0);
  }
  // The prop library's stove in the run of cabinets, its hob at the worktop and a pot on it.
  const vocabulary::PropRow& stove = vocabulary::row(PropKind::Stove);
  const double h = 178, w = h * stove.width_cm / stove.height_cm;
  draw_prop_shape(cv, stove.drawing, Box{ss.x(760 - w / 2), ss.y(-120), ss.d(w), ss.d(h)}, hex(stove.colour), false);
}

void sofa(Canvas& cv, const SetSpace& ss, const RoomColours& c) {
  box(cv, ss, 380, -300, 220, 150, kWood, 1.5);  // a picture over the sofa
  box(cv, ss, 392, -288, 196, 126, Rgb{140, 180, 200}, 0.8);
  box(cv, ss, 300, -130, 460, 110, scale_rgb(c.accent, 0.85), 1.5);
  box(cv, ss, 280, -60, 500, 90, c.accent, 1.5);
  for (double x : {270.0, 750.0}) box(cv, ss, x, -90, 40, 120, scale_rgb(c.accent, 0.75), 1.2);
  for (double x : {320.0, 540.0}) box(cv, ss, x, -110, 200, 50, scale_rgb(c.accent, 1.12), 1);
  box(cv, ss, 860, -90, 100, 150, kWood, 1.2);  // a side cabinet with a lamp
  box(cv, ss, 890, -170, 40, 80, Rgb{240, 230, 200}, 1);
}

void desks(Canvas& cv, const SetSpace& ss, const SettingLook& look, const RoomColours& c) {
  for (double x : {40.0, 360.0, 680.0}) {
    box(cv, ss, x, -240, 280, 170, scale_rgb(c.wall, 0.85), 1);  // the partition
    box(cv, ss, x, -70, 280, 16, Rgb{200, 190, 170}, 1.2);
    box(cv, ss, x + 10, -54, 16, 110, Rgb{90, 94, 100}, 0.8);
    box(cv, ss, x + 254, -54, 16, 110, Rgb{90, 94, 100}, 0.8);
    box(cv, ss, x + 80, -180, 120, 84, Rgb{40, 44, 52}, 1.2);  // the monitor
    box(cv, ss, x + 88, -172, 104, 68, lit(look) ? Rgb{140, 190, 240} : Rgb{70, 90, 120}, 0.6);
    box(cv, ss, x + 130, -96, 20, 26, Rgb{40, 44, 52}, 0.8);
    box(cv, ss, x + 100, -110, 80, 4, c.accent, 0);
  }
}

void school_desks(Canvas& cv, const SetSpace& ss) {
  for (double y : {110.0, 190.0})
    for (double x = -200 + (y > 150 ? 70 : 0); x < 1200; x += 170) {
      const double s = 1 + (y - 110) / 300;
      box(cv, ss, x, y - 40 * s, 110 * s, 10 * s, scale_rgb(kWood, 1.15), 1);
      box(cv, ss, x + 8, y - 30 * s, 8 * s, 30 * s, Rgb{90, 94, 100}, 0.6);
      box(cv, ss, x + 110 * s - 16, y - 30 * s, 8 * s, 30 * s, Rgb{90, 94, 100}, 0.6);
    }
}

void banners(Canvas& cv, const SetSpace& ss, const RoomColours& c) {
  const Rgb gold{222, 180, 80};
  for (double x : {320.0, 620.0}) {
    cairo_new_path(cv.cr());
    cairo_move_to(cv.cr(), ss.x(x), ss.y(-560));
    cairo_line_to(cv.cr(), ss.x(x + 70), ss.y(-560));
    cairo_line_to(cv.cr(), ss.x(x + 70), ss.y(-220));
    cairo_line_to(cv.cr(), ss.x(x + 35), ss.y(-250));
    cairo_line_to(cv.cr(), ss.x(x), ss.y(-220));
    cairo_close_path(cv.cr());
    flat(cv, c.accent, px(ss, 1.2));
    disc(cv, ss, x + 35, -420, 20, gold, 0.8);
  }
  // The dais at the back, three steps up.
  for (int i = 0; i < 3; ++i) box(cv, ss, 360 + i * 25, 40 - i * 22, 280 - i * 50, 22, scale_rgb(c.floor, 1.1 - i * 0.05), 1);
}

void red_carpet(Canvas& cv, const SetSpace& ss, const RoomColours& c) {
  quad(cv, ss, 450, 60, 550, 60, 700, 900, 300, 900, c.accent, 1.2);
  line(cv, ss, 460, 60, 330, 900, Rgb{222, 180, 80}, 2);
  line(cv, ss, 540, 60, 670, 900, Rgb{222, 180, 80}, 2);
}

void seat_rows(Canvas& cv, const SetSpace& ss, const RoomColours& c) {
  for (double x = -300; x < 1300; x += 300) {
    box(cv, ss, x, -130, 240, 120, c.accent, 1.2);  // backrest
    box(cv, ss, x - 10, -20, 260, 40, scale_rgb(c.accent, 0.8), 1.2);
    line(cv, ss, x + 120, -125, x + 120, -25, scale_rgb(c.accent, 0.7), 1.5);
  }
}

void handrails(Canvas& cv, const SetSpace& ss, const RoomColours& c, bool bus) {
  line(cv, ss, -400, -470, 1400, -470, Rgb{190, 194, 198}, 4);
  for (double x = -260; x < 1300; x += 110) {  // hanging straps
    line(cv, ss, x, -470, x, -420, Rgb{200, 200, 196}, 3);
    cairo_new_path(cv.cr());
    cairo_arc(cv.cr(), ss.x(x), ss.y(-405), ss.d(14), 0, 2 * kPi);
    cv.stroke(Rgb{230, 230, 226}, px(ss, 3), false);
  }
  if (bus)
    for (double x : {200.0, 800.0}) box(cv, ss, x - 6, -470, 12, 530, Rgb{240, 200, 40}, 0.8);
  (void)c;
}

void dashboard(Canvas& cv, const SetSpace& ss, const SettingLook& look, const RoomColours& c) {
  // Through the windscreen: the road ahead under the sky of the time of day.
  const vocabulary::TimeRow& t = row(look.time);
  cairo_new_path(cv.cr());
  cairo_move_to(cv.cr(), ss.x(60), ss.y(-420));
  cairo_line_to(cv.cr(), ss.x(940), ss.y(-420));
  cairo_line_to(cv.cr(), ss.x(1080), ss.y(-40));
  cairo_line_to(cv.cr(), ss.x(-80), ss.y(-40));
  cairo_close_path(cv.cr());
  cairo_path_t* screen = cairo_copy_path(cv.cr());
  cairo_pattern_t* sky = cairo_pattern_create_linear(0, ss.y(-420), 0, ss.y(-140));
  cairo_pattern_add_color_stop_rgb(sky, 0, t.window_top.r, t.window_top.g, t.window_top.b);
  cairo_pattern_add_color_stop_rgb(sky, 1, t.window_bottom.r, t.window_bottom.g, t.window_bottom.b);
  cv.paint_background_source(sky);
  cairo_pattern_destroy(sky);
  cairo_save(cv.cr());
  cairo_new_path(cv.cr());
  cairo_append_path(cv.cr(), screen);
  cairo_clip(cv.cr());
  const Rgb ground = is_night(look) ? Rgb{30, 32, 40} : Rgb{120, 140, 100};
  box(cv, ss, -200, -140, 1400, 120, ground, 0);
  quad(cv, ss, 480, -140, 520, -140, 900, -40, 100, -40, is_night(look) ? Rgb{40, 42, 48} : Rgb{90, 92, 96}, 0);
  line(cv, ss, 500, -140, 500, -40, Rgb{236, 220, 120}, 2);
  if (lit(look)) glow(cv, ss.x(500), ss.y(-90), ss.d(160), Rgb{255, 240, 190}, 0.35);  // headlights
  cairo_restore(cv.cr());
  cairo_new_path(cv.cr());
  cairo_append_path(cv.cr(), screen);
  cv.stroke(Canvas::kInk, px(ss, 1.5), false, 0.6);
  cairo_path_destroy(screen);
  box(cv, ss, 450, -420, 100, 30, Rgb{60, 62, 66}, 1);  // the rear-view mirror
  // The dashboard, a curved shelf across the bottom of the windscreen.
  cairo_new_path(cv.cr());
  cairo_move_to(cv.cr(), ss.x(-400), ss.y(-20));
  cairo_curve_to(cv.cr(), ss.x(100), ss.y(-80), ss.x(900), ss.y(-80), ss.x(1400), ss.y(-20));
  cairo_line_to(cv.cr(), ss.x(1400), ss.y(900));
  cairo_line_to(cv.cr(), ss.x(-400), ss.y(900));
  cairo_close_path(cv.cr());
  flat(cv, scale_rgb(c.accent, 0.6), px(ss, 1.5));
  box(cv, ss, 160, -30, 200, 50, Rgb{30, 30, 34}, 1);  // the instruments
  for (double x : {210.0, 310.0}) disc(cv, ss, x, -5, 20, lit(look) ? Rgb{250, 180, 90} : Rgb{200, 200, 196}, 0.8);
  cairo_new_path(cv.cr());  // the steering wheel
  cairo_arc(cv.cr(), ss.x(260), ss.y(120), ss.d(150), 0, 2 * kPi);
  cv.stroke(Rgb{40, 40, 44}, px(ss, 22), false);
  line(cv, ss, 110, 120, 410, 120, Rgb{40, 40, 44}, 16);
}

void viewscreen(Canvas& cv, const SetSpace& ss, const RoomColours& c, uint64_t seed) {
  box(cv, ss, 140, -340, 720, 250, Rgb{20, 24, 34}, 2.5);
  Rnd r{seed};
  for (int i = 0; i < 60; ++i) disc(cv, ss, r.next(150, 850), r.next(-330, -100), r.next(0.8, 2.2), Rgb{240, 240, 255}, 0);
  disc(cv, ss, 700, -200, 60, Rgb{200, 120, 80}, 1);  // a planet
  cairo_new_path(cv.cr());
  cairo_arc(cv.cr(), ss.x(700), ss.y(-200), ss.d(60), kPi * 0.6, kPi * 1.4);
  cv.paint_background(Rgb{120, 60, 50}, 0.5);
  for (double x = -300; x < 1300; x += 260) {  // consoles, their tops sloping towards the crew
    quad(cv, ss, x, -40, x + 220, -40, x + 240, 60, x - 20, 60, Rgb{50, 60, 72}, 1.2);
    quad(cv, ss, x + 10, -90, x + 210, -90, x + 220, -40, x, -40, Rgb{70, 82, 96}, 1.2);
    for (double bx = x + 30; bx < x + 190; bx += 36) box(cv, ss, bx, -78, 20, 10, c.accent, 0);
  }
}

void machinery(Canvas& cv, const SetSpace& ss, const SettingLook& look, const RoomColours& c) {
  const Rgb metal{112, 110, 106}, dark{70, 66, 62};
  for (double y : {-430.0, -380.0}) box(cv, ss, -400, y, 1800, 30, metal, 1.2);  // pipes along the wall
  for (double x : {60.0, 940.0}) box(cv, ss, x, -430, 34, 490, metal, 1.2);
  for (double x : {160.0, 420.0}) {  // tanks
    box(cv, ss, x, -300, 180, 360, scale_rgb(metal, 0.9), 1.5);
    disc(cv, ss, x + 90, -300, 90, scale_rgb(metal, 0.9), 1.5);
    for (double y : {-220.0, -60.0}) box(cv, ss, x, y, 180, 10, dark, 0.8);
  }
  cairo_new_path(cv.cr());  // a gear wheel
  for (int i = 0; i < 24; ++i) {
    const double a = i * kPi / 12, r = i % 2 ? 96 : 80;
    if (i == 0) cairo_move_to(cv.cr(), ss.x(760 + r * std::cos(a)), ss.y(-220 + r * std::sin(a)));
    else cairo_line_to(cv.cr(), ss.x(760 + r * std::cos(a)), ss.y(-220 + r * std::sin(a)));
  }
  cairo_close_path(cv.cr());
  flat(cv, dark, px(ss, 1.5));
  disc(cv, ss, 760, -220, 20, metal, 1);
  for (double x = -300; x < 1300; x += 60)  // hazard stripes along the floor edge
    quad(cv, ss, x, 30, x + 30, 30, x + 50, 58, x + 20, 58, Rgb{230, 190, 40}, 0);
  glow(cv, ss.x(500), ss.y(-200), ss.d(140), c.accent, lit(look) ? 0.5 : 0.3);
}

void stage_curtains(Canvas& cv, const SetSpace& ss, const SettingLook& look, const RoomColours& c) {
  for (int side : {-1, 1}) {  // red drapes gathered at both sides
    const double edge = 500 + side * 380, out = 500 + side * 900;
    cairo_new_path(cv.cr());
    cairo_move_to(cv.cr(), ss.x(out), ss.y(-700));
    cairo_line_to(cv.cr(), ss.x(edge), ss.y(-700));
    cairo_curve_to(cv.cr(), ss.x(edge + side * 60), ss.y(-300), ss.x(edge - side * 30), ss.y(-100), ss.x(edge), ss.y(60));
    cairo_line_to(cv.cr(), ss.x(out), ss.y(60));
    cairo_close_path(cv.cr());
    flat(cv, c.accent, px(ss, 1.5));
    for (double x = edge + side * 40; side * (x - out) < 0; x += side * 50) line(cv, ss, x, -700, x, 60, scale_rgb(c.accent, 0.75), 3);
  }
  box(cv, ss, -400, -700, 1800, 180, scale_rgb(c.accent, 0.9), 1.5);  // the valance
  for (double x = -350; x < 1400; x += 100) disc(cv, ss, x, -520, 50, scale_rgb(c.accent, 0.9), 0);
  for (double x = -300; x < 1300; x += 80) {  // footlights along the edge of the stage
    box(cv, ss, x, 48, 40, 12, Rgb{60, 56, 50}, 0.8);
    glow(cv, ss.x(x + 20), ss.y(48), ss.d(40), kLamp, lit(look) ? 0.6 : 0.4);
  }
}

void tiles(Canvas& cv, const SetSpace& ss, const RoomColours& c) {
  const Rgb joint = scale_rgb(c.floor, 0.82);
  for (int i = -16; i <= 26; ++i) line(cv, ss, 500 + i * 30, 60, 500 + i * 110, 900, joint, 1);
  for (double y = 66; y < 900; y *= 1.22) line(cv, ss, -400, y, 1400, y, joint, 1);
}

void rug(Canvas& cv, const SetSpace& ss, const RoomColours& c) {
  quad(cv, ss, 260, 90, 740, 90, 860, 300, 140, 300, c.accent, 1.2);
  quad(cv, ss, 290, 102, 710, 102, 810, 284, 190, 284, scale_rgb(c.accent, 1.15), 0);
}

void cafe_tables(Canvas& cv, const SetSpace& ss, const RoomColours& c) {
  for (double x : {60.0, 880.0}) {
    for (double cx : {x - 70, x + 70}) {  // two chairs
      box(cv, ss, cx - 20, 30, 40, 8, kWood, 0.8);
      box(cv, ss, cx + (cx < x ? -20 : 14), -40, 6, 110, kWood, 0.8);
    }
    box(cv, ss, x - 6, 0, 12, 100, Rgb{60, 60, 64}, 0.6);
    cairo_new_path(cv.cr());
    cairo_save(cv.cr());
    cairo_translate(cv.cr(), ss.x(x), ss.y(0));
    cairo_scale(cv.cr(), ss.d(80), ss.d(14));
    cairo_arc(cv.cr(), 0, 0, 1, 0, 2 * kPi);
    cairo_restore(cv.cr());
    flat(cv, kWhite, px(ss, 1.2));
    box(cv, ss, x - 8, -24, 16, 20, c.accent, 0.6);  // a cup
  }
}

void corridor(Canvas& cv, const SetSpace& ss, const Frame& f, const RoomColours& c) {
  // One-point perspective: the end wall small at the centre, both side walls running to it.
  const double fx0 = 400, fx1 = 600, ft = -200, fb = 40;
  const Rgb side = scale_rgb(c.wall, 0.9);
  quad(cv, ss, -800, -1200, fx0, ft, fx0, fb, -800, 1100, side, 1.2);
  quad(cv, ss, 1800, -1200, fx1, ft, fx1, fb, 1800, 1100, scale_rgb(c.wall, 0.82), 1.2);
  quad(cv, ss, -800, -1200, 1800, -1200, fx1, ft, fx0, ft, scale_rgb(c.wall, 1.05), 1.2);  // the ceiling
  quad(cv, ss, fx0, fb, fx1, fb, 1800, 1100, -800, 1100, c.floor, 1.2);
  box(cv, ss, fx0, ft, fx1 - fx0, fb - ft, scale_rgb(c.wall, 0.75), 1.2);
  box(cv, ss, 470, -110, 60, 150, c.accent, 1);  // the door at the end
  // Doors along both walls, shrinking towards the end; lamps down the middle of the ceiling.
  auto lerp = [](double a, double b, double t) { return a + (b - a) * t; };
  for (double t : {0.3, 0.55, 0.72, 0.84}) {
    for (int s : {-1, 1}) {
      const double near = s < 0 ? -800 : 1800, far = s < 0 ? fx0 : fx1;
      auto door_top = [&](double u) { return lerp(lerp(1100, fb, u), lerp(-1200, ft, u), 0.55); };
      const double u0 = t, u1 = t + 0.07 * (1 - t) * 2;
      quad(cv, ss, lerp(near, far, u0), door_top(u0), lerp(near, far, u1), door_top(u1), lerp(near, far, u1),
           lerp(1100, fb, u1), lerp(near, far, u0), lerp(1100, fb, u0), c.accent, 1);
    }
    const double ly = lerp(-1200, ft, t), lw = lerp(300, 60, t);
    box(cv, ss, 500 - lw / 2, ly, lw, lerp(20, 4, t), kLamp, 0.6);
  }
  (void)f;
}

}  // namespace

void sky_window(Canvas& cv, const SetSpace& ss, const SettingLook& look, double x, double y, double w, double h, bool curtains) {
  cairo_t* cr = cv.cr();
  const vocabulary::TimeRow& t = row(look.time);
  rect(cr, ss.x(x - 10), ss.y(y - 10), ss.d(w + 20), ss.d(h + 20));
  flat(cv, kWood, px(ss, 1.2));
  rect(cr, ss.x(x), ss.y(y), ss.d(w), ss.d(h));
  cairo_pattern_t* sky = cairo_pattern_create_linear(0, ss.y(y), 0, ss.y(y + h));
  cairo_pattern_add_color_stop_rgb(sky, 0, t.window_top.r, t.window_top.g, t.window_top.b);
  cairo_pattern_add_color_stop_rgb(sky, 1, t.window_bottom.r, t.window_bottom.g, t.window_bottom.b);
  cv.paint_background_source(sky);
  cairo_pattern_destroy(sky);
  cairo_save(cr);
  rect(cr, ss.x(x), ss.y(y), ss.d(w), ss.d(h));
  cairo_clip(cr);
  if (t.moon) disc(cv, ss, x + w * 0.72, y + h * 0.28, 12, Rgb{255, 246, 210}, 0);
  if (t.sky == vocabulary::SkyLook::Night)  // the lit windows of the houses opposite
    for (double wx = x + 14; wx < x + w - 10; wx += 36) box(cv, ss, wx, y + h * 0.7, 12, 16, kLamp, 0);
  else
    disc(cv, ss, x + w * 0.3, y + h * 1.3, h * 0.6, mix(hex(t.foliage), kWhite, t.sky == vocabulary::SkyLook::Daylight ? 0.2 : 0.0), 0);
  if (rains(look))
    for (double rx = x + 8; rx < x + w; rx += 17) line(cv, ss, rx, y + std::fmod(rx * 7, h * 0.5), rx - 4, y + std::fmod(rx * 7, h * 0.5) + 30, Rgb{200, 214, 232}, 1.2, 0.8);
  cairo_restore(cr);
  line(cv, ss, x + w / 2, y, x + w / 2, y + h, kWood, 6);
  line(cv, ss, x, y + h / 2, x + w, y + h / 2, kWood, 6);
  if (curtains)
    for (double cx : {x - 30, x + w - 20}) box(cv, ss, cx, y - 20, 50, h + 60, Rgb{245, 240, 225}, 1.2);
}

void draw_wall_features(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const RoomColours& c) {
  const Backdrop b = bits(look);
  if (b & kGlazing) draw_lamp_room_glazing(cv, ss, f, look, c);
  if (b & kLens) draw_great_lens(cv, ss, look, c);
  if (b & kWindows) windows(cv, ss, look);
  if (b & kWideWindows) wide_windows(cv, ss, look, c);
  if (b & kBlackboard) blackboard(cv, ss, c);
  if (b & kBookshelves) shelves(cv, ss, -300, 1300, -520, 40, 80, kWood, 0xb00c, false);
  if (b & kShopShelves) shelves(cv, ss, -300, 520, -420, 0, 84, Rgb{200, 200, 196}, 0x5b0b, true);
  if (b & kBottleShelf) bottle_shelf(cv, ss, c);
  if (b & kCabinets) cabinets(cv, ss, c);
  if (b & kDesks) desks(cv, ss, look, c);
  if (b & kCurtainRail) curtain_rail(cv, ss, c);
  if (b & kBed) bed(cv, ss, c, b & kCurtainRail);
  if (b & kSofa) sofa(cv, ss, c);
  if (b & kBanners) banners(cv, ss, c);
  if (b & kSeatRows) seat_rows(cv, ss, c);
  if (b & kHandrails) handrails(cv, ss, c, !(b & kTiles));
  if (b & kViewscreen) viewscreen(cv, ss, c, hash_text(look.id));
  if (b & kMachinery) machinery(cv, ss, look, c);
  if (b & kStageCurtains) stage_curtains(cv, ss, look, c);
  if (b & kCounter) counter(cv, ss, c, b & kBottleShelf);
  if (b & kDashboard) dashboard(cv, ss, look, c);
  if (b & kDoors) corridor(cv, ss, f, c);
}

void draw_floor_features(Canvas& cv, const SetSpace& ss, const Frame&, const SettingLook& look, const RoomColours& c) {
  const Backdrop b = bits(look);
  if ((b & kTiles) && !(b & kDoors)) tiles(cv, ss, c);
  if (b & kCarpet) rug(cv, ss, c);
  if (b & kBanners) red_carpet(cv, ss, c);
  if (b & kSchoolDesks) school_desks(cv, ss);
  if (b & kCafeTables) cafe_tables(cv, ss, c);
}

void draw_ceiling(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const RoomColours& c) {
  const Backdrop b = bits(look);
  if (b & (kDoors | kDashboard | kStageCurtains | kGlazing)) return;  // these draw their own top
  // The ceiling meets the wall high above the eye; its beams run towards the camera. From a camera
  // on the floor (the horizon at the frame's foot) the wall rises less far before it.
  const double top = ss.cam.horizon_y > kGroundCameraHorizon ? -450 : -560;
  if (ss.y(top) <= f.oy) return;
  const Rgb ceiling = scale_rgb(c.wall, 0.78);
  rect(cv.cr(), f.ox, f.oy, f.ow, ss.y(top) - f.oy);
  cv.paint_background(ceiling);
  line(cv, ss, -400, top, 1400, top, scale_rgb(ceiling, 0.7), 3);
  for (int i = -8; i <= 16; ++i) line(cv, ss, 500 + i * 100, top, 500 + i * 260, top - 900, scale_rgb(ceiling, 0.85), 2);
  for (double x : {200.0, 500.0, 800.0}) {  // light fittings
    disc(cv, ss, x, top - 120, 30, lit(look) ? kLamp : Rgb{236, 236, 230}, 1);
    if (lit(look)) glow(cv, ss.x(x), ss.y(top - 120), ss.d(110), kLamp, 0.5);
  }
}

void draw_floor_plan(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const RoomColours& c) {
  const Backdrop b = bits(look);
  rect(cv.cr(), f.ox, f.oy, f.ow, f.oh);
  cv.paint_background(c.floor);
  if (b & (kBoards | kDeck))
    for (double x = -400; x < 1400; x += 40) line(cv, ss, x, -300, x, 1300, scale_rgb(c.floor, 0.85), 1.2);
  if (b & (kTiles | kFlagstones))
    for (double v = -400; v < 1400; v += b & kTiles ? 60 : 110) {
      line(cv, ss, v, -300, v, 1300, scale_rgb(c.floor, 0.8), 1);
      line(cv, ss, -400, v, 1400, v, scale_rgb(c.floor, 0.8), 1);
    }
  // The walls at the frame's edges, seen from above.
  for (double x0 : {-400.0, 1280.0}) {
    rect(cv.cr(), ss.x(x0), ss.y(-300), ss.d(120), ss.d(1600));
    flat(cv, scale_rgb(c.wall, 0.7), px(ss, 1.5));
  }
  if (b & (kGlazing | kLens)) draw_lamp_room_plan(cv, ss, look, c);
  if (b & kCarpet) box(cv, ss, 250, 200, 500, 400, c.accent, 1.2);
  if (b & kBanners) box(cv, ss, 440, -300, 120, 1600, c.accent, 1.2);
  if (b & (kDesks | kSchoolDesks))
    for (double y = 0; y < 900; y += 220)
      for (double x = -150; x < 1150; x += 260) {
        box(cv, ss, x, y, 160, 90, scale_rgb(kWood, 1.15), 1.2);
        disc(cv, ss, x + 80, y + 120, 26, Rgb{80, 84, 90}, 1);  // the chair
      }
  if (b & kBed) {
    box(cv, ss, 560, 100, 280, 480, kWhite, 1.5);
    box(cv, ss, 560, 220, 280, 360, c.accent, 1.2);
    box(cv, ss, 600, 120, 200, 70, Rgb{240, 240, 236}, 1);
  }
  if (b & kSofa) {
    box(cv, ss, 300, 120, 400, 90, c.accent, 1.5);
    box(cv, ss, 380, 330, 240, 140, kWood, 1.2);  // the low table in front of it
  }
  if (b & (kCounter | kBottleShelf | kShopShelves | kBookshelves | kCabinets))
    box(cv, ss, -280, 40, 1560, 100, (b & kCounter) ? scale_rgb(c.accent, 0.8) : kWood, 1.5);
  if (b & kBottleShelf)
    for (double x = -200; x < 1200; x += 160) disc(cv, ss, x, 220, 34, scale_rgb(c.accent, 1.2), 1.2);  // stools
  if (b & (kShopShelves | kBookshelves))
    for (double y = 250; y < 900; y += 240) box(cv, ss, -100, y, 1200, 60, kWood, 1.2);
  if (b & kCafeTables)
    for (double y = 250; y < 900; y += 300)
      for (double x = 0; x < 1100; x += 330) {
        disc(cv, ss, x, y, 60, kWhite, 1.2);
        for (double a = 0; a < 2 * kPi; a += kPi / 2) disc(cv, ss, x + 90 * std::cos(a), y + 90 * std::sin(a), 24, kWood, 1);
      }
  if (b & kSeatRows)
    for (double y = -100; y < 1000; y += 150)
      for (double x : {-260.0, 40.0, 700.0, 1000.0}) box(cv, ss, x, y, 240, 100, c.accent, 1.2);
  if (b & kMachinery)
    for (double x : {100.0, 500.0, 900.0}) {
      disc(cv, ss, x, 300, 120, Rgb{112, 110, 106}, 1.5);
      disc(cv, ss, x, 300, 40, Rgb{70, 66, 62}, 1);
    }
  if (b & kViewscreen) {
    cairo_new_path(cv.cr());
    cairo_arc(cv.cr(), ss.x(500), ss.y(700), ss.d(520), kPi * 1.15, kPi * 1.85);
    cv.stroke(Rgb{70, 82, 96}, px(ss, 90), false);
    disc(cv, ss, 500, 560, 60, c.accent, 1.2);  // the captain's chair
  }
  if (b & kStageCurtains) {  // the curtain along the back, footlights at the front edge
    box(cv, ss, -400, -300, 1800, 420, c.accent, 1.5);
    for (double x = -300; x < 1300; x += 100) line(cv, ss, x, -300, x, 120, scale_rgb(c.accent, 0.75), 3);
    for (double x = -300; x < 1300; x += 80) disc(cv, ss, x, 560, 12, kLamp, 1);
  }
  if (b & kPillars)
    for (double y = 0; y < 1000; y += 300)
      for (double x : {60.0, 940.0}) disc(cv, ss, x, y, 50, scale_rgb(c.wall, 0.9), 1.5);
  if (b & kDoors) {  // a corridor from above: walls close on both sides, doors let into them
    for (double x0 : {-400.0, 720.0}) {
      rect(cv.cr(), ss.x(x0), ss.y(-300), ss.d(680), ss.d(1600));
      flat(cv, scale_rgb(c.wall, 0.6), px(ss, 1.5));
    }
    for (double y = 0; y < 1000; y += 260)
      for (double x : {220.0, 720.0}) box(cv, ss, x, y, 60, 120, c.accent, 1.2);
  }
  if (b & kDashboard) {
    for (double x : {260.0, 620.0}) box(cv, ss, x, 300, 220, 260, c.accent, 1.5);
    box(cv, ss, -400, -300, 1800, 280, scale_rgb(c.accent, 0.6), 1.5);
  }
}

void draw_room_light(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const RoomColours&) {
  const vocabulary::TimeRow& t = row(look.time);
  if (t.interior || t.sky == vocabulary::SkyLook::Daylight) return;
  // After dark the room falls into shadow except near its lamps; at a low sun it turns warm.
  rect(cv.cr(), f.ox, f.oy, f.ow, f.oh);
  if (t.sky == vocabulary::SkyLook::Night) cv.paint_background(Rgb{24, 26, 56}, 0.42);
  else cv.paint_background(hex(t.horizon), 0.16);
  if (!t.lamps_lit) return;
  // Lamps where the kind has them: ceiling lamps, the lamps over the wall panels, else one
  // standing lamp away from the windows.
  const Backdrop b = bits(look);
  std::vector<double> lamps = {300};
  if (b & kCeilingLamps) lamps = {200, 500, 800};
  else if (b & kPanels) lamps = {60, 420, 780};
  for (double x : lamps) glow(cv, ss.x(x), ss.y(-300), ss.d(200), kLamp, t.sky == vocabulary::SkyLook::Night ? 0.32 : 0.18);
}

}  // namespace ekonte::render::world
