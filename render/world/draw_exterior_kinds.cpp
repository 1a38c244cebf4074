// The outdoor kinds' own elements (setting_kinds.def): mountains, a far skyline, a shrine hall,
// a school front, castle walls on the horizon; the sea, a beach, a quay, a road with a zebra
// crossing, a path, a lawn, snow drifts on the ground; tree trunks, alley walls, a ship's deck,
// a roof parapet and an airship's gas bag near the camera.
#include <algorithm>
#include <cmath>

#include "render/world/world_drawing.hpp"

namespace ekonte::render::world {
namespace {

using namespace vocabulary;

constexpr Rgb kWhite{255, 255, 255};
constexpr Rgb kLitPane{250, 214, 130};


void poly(cairo_t* cr, const SetSpace& ss, std::initializer_list<std::pair<double, double>> pts) {
  cairo_new_path(cr);
  bool first = true;
  for (auto [x, y] : pts) {
    if (first) cairo_move_to(cr, ss.x(x), ss.y(y));
    else cairo_line_to(cr, ss.x(x), ss.y(y));
    first = false;
  }
  cairo_close_path(cr);
}

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

bool lit(const SettingLook& look) { return row(look.time).lamps_lit; }

// ---- on the horizon -------------------------------------------------------------------------

void mountains(Canvas& cv, const SetSpace& ss, const SettingLook& look, const SkyColours& sky) {
  cairo_t* cr = cv.cr();
  const Rgb rock = mix(scale_rgb(sky.ground, 0.75), sky.horizon, 0.45), snow = hex(row(look.kind).accent);
  const double peaks[][3] = {{-80, 330, 360}, {260, 420, 300}, {620, 380, 380}, {980, 300, 330}};
  for (auto& p : peaks) {
    const double x = p[0], h = p[1], w = p[2];
    poly(cr, ss, {{x - w, 2}, {x, -h}, {x + w, 2}});
    flat(cv, rock, px(ss, 1));
    // The snow cap: the top quarter, with a ragged lower edge.
    const double t = 0.28;
    cairo_new_path(cr);
    cairo_move_to(cr, ss.x(x), ss.y(-h));
    cairo_line_to(cr, ss.x(x + w * t), ss.y(-h * (1 - t)));
    for (int i = 3; i >= -3; --i) cairo_line_to(cr, ss.x(x + w * t * i / 3.0), ss.y(-h * (1 - t) - (i % 2 ? 18 : -6)));
    cairo_close_path(cr);
    cv.paint_background(mix(snow, sky.horizon, 0.15));
    line(cv, ss, x, -h, x + w * 0.35, 2, scale_rgb(rock, 0.8), 3, 0.6);  // the shaded flank
  }
}

void skyline(Canvas& cv, const SetSpace& ss, const SettingLook& look, const SkyColours& sky) {
  cairo_t* cr = cv.cr();
  const Rgb tower = mix(scale_rgb(sky.ground, 0.7), sky.horizon, 0.5);
  Rnd r{0x51a7e11e};
  for (double x = -300; x < 1300;) {
    const double w = r.next(40, 90), h = r.next(60, 260);
    rect(cr, ss.x(x), ss.y(20 - h - 20), ss.d(w - 4), ss.d(h + 20));
    cv.paint_background(scale_rgb(tower, r.next(0.85, 1.05)));
    for (double wy = -h + 10; wy < 0; wy += 22)
      for (double wx = x + 6; wx + 8 < x + w - 4; wx += 14)
        if (r.next(0, 1) < (lit(look) ? 0.45 : 0.25)) {
          rect(cr, ss.x(wx), ss.y(wy), ss.d(6), ss.d(9));
          cv.paint_background(lit(look) ? kLitPane : mix(sky.horizon, kWhite, 0.3), 0.85);
        }
    x += w;
  }
}

void shrine_hall(Canvas& cv, const SetSpace& ss, const SettingLook& look, const SkyColours& sky) {
  cairo_t* cr = cv.cr();
  const Rgb lacquer = mix(hex(row(look.time).lacquer), sky.horizon, 0.25), roof = mix(Rgb{60, 58, 66}, sky.horizon, 0.3);
  const double x = 760, w = 300;
  box(cv, ss, x - w * 0.4, -110, w * 0.8, 112, mix(Rgb{230, 220, 196}, sky.horizon, 0.3));
  for (double c : {-0.36, -0.12, 0.12, 0.36}) box(cv, ss, x + w * c - 7, -110, 14, 112, lacquer, 0.8);
  // The curved roof: eaves sweeping up at both ends.
  cairo_new_path(cr);
  cairo_move_to(cr, ss.x(x - w * 0.62), ss.y(-150));
  cairo_curve_to(cr, ss.x(x - w * 0.45), ss.y(-115), ss.x(x - w * 0.3), ss.y(-110), ss.x(x - w * 0.2), ss.y(-112));
  cairo_line_to(cr, ss.x(x + w * 0.2), ss.y(-112));
  cairo_curve_to(cr, ss.x(x + w * 0.3), ss.y(-110), ss.x(x + w * 0.45), ss.y(-115), ss.x(x + w * 0.62), ss.y(-150));
  cairo_line_to(cr, ss.x(x + w * 0.3), ss.y(-200));
  cairo_line_to(cr, ss.x(x - w * 0.3), ss.y(-200));
  cairo_close_path(cr);
  flat(cv, roof, px(ss, 1.2));
  if (lit(look)) glow(cv, ss.x(x), ss.y(-55), ss.d(70), kLitPane, 0.5);
}

void school(Canvas& cv, const SetSpace& ss, const SettingLook& look, const SkyColours& sky) {
  const Rgb wall = mix(hex(row(look.kind).wall), sky.horizon, 0.25);
  const Rgb pane = lit(look) ? kLitPane : mix(sky.horizon, Rgb{120, 160, 200}, 0.5);
  box(cv, ss, 40, -200, 920, 202, wall);
  box(cv, ss, 420, -280, 160, 282, scale_rgb(wall, 0.95));
  for (double y : {-180.0, -120.0, -60.0})
    for (double x = 60; x < 940; x += 56)
      if (x < 410 || x > 580) box(cv, ss, x, y, 36, 34, pane, 0.6);
  cairo_new_path(cv.cr());  // the clock on the tower
  cairo_arc(cv.cr(), ss.x(500), ss.y(-236), ss.d(28), 0, 2 * kPi);
  flat(cv, kWhite, px(ss, 1.5));
  line(cv, ss, 500, -236, 500, -256, Canvas::kInk, 2);
  line(cv, ss, 500, -236, 514, -236, Canvas::kInk, 2);
  box(cv, ss, 470, -70, 60, 72, scale_rgb(wall, 0.6));  // the entrance
}

void castle_walls(Canvas& cv, const SetSpace& ss, const SettingLook& look, const SkyColours& sky) {
  cairo_t* cr = cv.cr();
  const Rgb stone = mix(hex(row(look.kind).wall), sky.horizon, 0.2);
  box(cv, ss, -400, -220, 1800, 224, stone, 0);
  for (double x = -400; x < 1400; x += 60) box(cv, ss, x, -250, 34, 32, stone, 1);  // battlements
  for (double y = -190; y < 0; y += 36) line(cv, ss, -400, y, 1400, y, scale_rgb(stone, 0.85), 1.2);
  for (double tx : {120.0, 880.0}) box(cv, ss, tx - 60, -330, 120, 334, scale_rgb(stone, 0.93));
  // The gateway: an arch with a dark passage.
  cairo_new_path(cr);
  cairo_move_to(cr, ss.x(430), ss.y(2));
  cairo_line_to(cr, ss.x(430), ss.y(-110));
  cairo_arc(cr, ss.x(500), ss.y(-110), ss.d(70), kPi, 2 * kPi);
  cairo_line_to(cr, ss.x(570), ss.y(2));
  cairo_close_path(cr);
  flat(cv, scale_rgb(stone, 0.35), px(ss, 1.5));
  for (double tx : {120.0, 880.0}) box(cv, ss, tx - 10, -270, 20, 40, lit(look) ? kLitPane : scale_rgb(stone, 0.4), 0.8);
}

// ---- on the ground --------------------------------------------------------------------------

double sea_bottom(Backdrop b) {
  return (b & kDeck) ? 2000 : (b & kQuay) ? 110 : (b & kBeach) ? 70 : (b & kLighthouse) ? 60 : 2000;
}

void sea(Canvas& cv, const SetSpace& ss, const Frame& f, Backdrop b, const SkyColours& sky) {
  const Rgb water = mix(mix(sky.top, Rgb{40, 90, 130}, 0.45), sky.horizon, 0.25);
  const double bottom = sea_bottom(b);
  rect(cv.cr(), f.ox, f.horizon, f.ow, std::min(ss.d(bottom), f.oy + f.oh - f.horizon));
  cv.paint_background(water);
  Rnd r{0x5eaull};
  for (int i = 0; i < 40; ++i) {  // wave crests, longer and further apart near the camera
    const double y = r.next(2, std::min(bottom, 600.0));
    const double x = r.next(-300, 1300), len = 20 + y * 0.4;
    line(cv, ss, x, y, x + len, y, mix(water, kWhite, 0.45), 1 + y * 0.01, 0.8);
  }
  if (b & kBeach) {  // foam where the waves break on the sand
    cairo_new_path(cv.cr());
    cairo_move_to(cv.cr(), ss.x(-400), ss.y(bottom));
    for (double x = -400; x <= 1400; x += 40) cairo_line_to(cv.cr(), ss.x(x), ss.y(bottom + 6 * std::sin(x * 0.05)));
    cv.stroke(kWhite, px(ss, 5), false, 0.9);
  }
}

void quay(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky) {
  const Rgb stone = mix(hex(row(look.kind).wall), sky.ground, 0.3), iron = mix(Rgb{70, 60, 56}, sky.horizon, 0.3);
  const Rgb hull = mix(Rgb{60, 50, 52}, sky.horizon, 0.2);
  // A moored ship: hull on the water, a white superstructure, a funnel.
  cairo_new_path(cv.cr());
  cairo_move_to(cv.cr(), ss.x(480), ss.y(20));
  cairo_line_to(cv.cr(), ss.x(1100), ss.y(20));
  cairo_line_to(cv.cr(), ss.x(1080), ss.y(100));
  cairo_line_to(cv.cr(), ss.x(520), ss.y(100));
  cairo_close_path(cv.cr());
  flat(cv, hull, px(ss, 1.2));
  box(cv, ss, 640, -60, 220, 80, mix(Rgb{236, 232, 222}, sky.horizon, 0.2));
  for (double x = 655; x < 850; x += 30) box(cv, ss, x, -40, 14, 14, lit(look) ? kLitPane : scale_rgb(sky.horizon, 0.8), 0.6);
  box(cv, ss, 760, -120, 36, 60, hex(row(look.kind).accent));
  // Cranes: a tower and a jib.
  for (double x : {120.0, 360.0}) {
    box(cv, ss, x - 14, -230, 28, 342, iron, 1);
    for (double y = -220; y < 100; y += 40) line(cv, ss, x - 14, y, x + 14, y + 40, scale_rgb(iron, 1.4), 1.2);
    box(cv, ss, x - 100, -250, 260, 16, iron, 1);
    line(cv, ss, x + 140, -234, x + 140, -120, iron, 1.5);
    box(cv, ss, x + 128, -120, 24, 16, scale_rgb(iron, 0.8), 0.8);  // the hook block
  }
  // The quay: its stone face, then the top we stand on.
  box(cv, ss, -400, 110, 1800, 24, scale_rgb(stone, 0.7), 0);
  rect(cv.cr(), f.ox, ss.y(134), f.ow, f.oy + f.oh - ss.y(134));
  cv.paint_background(stone);
  for (double x = -300; x < 1300; x += 260) box(cv, ss, x, 118, 24, 26, Rgb{50, 46, 44}, 1);  // bollards
}

void crossing(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky) {
  const Rgb asphalt = mix(Rgb{70, 72, 78}, sky.ground, 0.35), curb = mix(Rgb{190, 186, 178}, sky.ground, 0.4);
  rect(cv.cr(), f.ox, ss.y(0), f.ow, ss.d(34));
  cv.paint_background(curb);
  rect(cv.cr(), f.ox, ss.y(34), f.ow, f.oy + f.oh - ss.y(34));
  cv.paint_background(asphalt);
  line(cv, ss, -400, 34, 1400, 34, scale_rgb(curb, 0.7), 2);
  for (double x = -300; x < 1300; x += 120) line(cv, ss, x, 90, x + 60, 90, Rgb{236, 210, 90}, 2.5);
  // The zebra crossing: white bars running towards the camera, wider as they come near.
  const Rgb paint = hex(row(look.kind).accent);
  for (int i = 0; i < 7; ++i) {
    const double a = 330 + i * 50, top = 40;
    poly(cv.cr(), ss, {{a, top}, {a + 28, top}, {500 + (a + 28 - 500) * 6, 900}, {500 + (a - 500) * 6, 900}});
    cv.paint_background(mix(paint, asphalt, 0.15));
  }
}

void street_lamps(Canvas& cv, const SetSpace& ss, const SettingLook& look) {
  const Rgb post{58, 60, 66};
  for (double x : {90.0, 910.0}) {
    box(cv, ss, x - 5, -250, 10, 270, post, 0.8);
    box(cv, ss, x - 5, -250, x < 500 ? 50 : -50, 8, post, 0.8);
    const double lx = x + (x < 500 ? 45 : -45);
    box(cv, ss, lx - 12, -244, 24, 14, lit(look) ? kLitPane : Rgb{210, 210, 200}, 0.8);
    if (lit(look)) glow(cv, ss.x(lx), ss.y(-232), ss.d(90), kLitPane, 0.45);
  }
}

void lawn(Canvas& cv, const SetSpace& ss, const SkyColours& sky) {
  Rnd r{0x1a3711};
  const Rgb blade = scale_rgb(sky.ground, 0.78);
  for (int i = 0; i < 120; ++i) {
    const double y = r.next(6, 500), x = r.next(-300, 1300), s = 3 + y * 0.03;
    cairo_new_path(cv.cr());
    cairo_move_to(cv.cr(), ss.x(x - s), ss.y(y - s * 1.6));
    cairo_line_to(cv.cr(), ss.x(x), ss.y(y));
    cairo_line_to(cv.cr(), ss.x(x + s), ss.y(y - s * 1.8));
    cv.stroke(blade, px(ss, 1 + y * 0.004), false, 0.9);
  }
}

void path(Canvas& cv, const SetSpace& ss, const SkyColours& sky) {
  const Rgb gravel = mix(sky.ground, Rgb{200, 184, 150}, 0.5);
  poly(cv.cr(), ss, {{470, 0}, {530, 0}, {760, 900}, {240, 900}});
  flat(cv, gravel, px(ss, 1));
}

void snow_cover(Canvas& cv, const SetSpace& ss, const SkyColours& sky) {
  Rnd r{0x5a0f};
  const Rgb shade = mix(sky.ground, Rgb{150, 170, 205}, 0.4);
  for (int i = 0; i < 14; ++i) {  // drifts: long low mounds with a blue shadow under them
    const double y = r.next(10, 500), x = r.next(-300, 1300), w = 60 + y * 0.6;
    cairo_new_path(cv.cr());
    cairo_save(cv.cr());
    cairo_translate(cv.cr(), ss.x(x), ss.y(y));
    cairo_scale(cv.cr(), ss.d(w), ss.d(w * 0.08));
    cairo_arc(cv.cr(), 0, 0, 1, 0, kPi);
    cairo_restore(cv.cr());
    cv.stroke(shade, px(ss, 1.5 + y * 0.004), false, 0.7);
  }
}

void bridge(Canvas& cv, const SetSpace& ss, const SettingLook& look, const SkyColours& sky) {
  cairo_t* cr = cv.cr();
  const Rgb stone = mix(hex(row(look.kind).wall), sky.horizon, 0.3);
  cairo_new_path(cr);
  cairo_move_to(cr, ss.x(-300), ss.y(-70));
  cairo_line_to(cr, ss.x(1300), ss.y(-70));
  cairo_line_to(cr, ss.x(1300), ss.y(40));
  for (double x = 1300; x > -300; x -= 400) {  // arches, each from pier to pier
    cairo_line_to(cr, ss.x(x - 40), ss.y(40));
    cairo_curve_to(cr, ss.x(x - 60), ss.y(-40), ss.x(x - 340), ss.y(-40), ss.x(x - 360), ss.y(40));
  }
  cairo_line_to(cr, ss.x(-300), ss.y(40));
  cairo_close_path(cr);
  flat(cv, stone, px(ss, 1.2));
  line(cv, ss, -300, -92, 1300, -92, scale_rgb(stone, 0.7), 3);  // railing
  for (double x = -300; x < 1300; x += 50) line(cv, ss, x, -92, x, -70, scale_rgb(stone, 0.7), 2);
  if (lit(look))
    for (double x = -100; x < 1300; x += 400) glow(cv, ss.x(x), ss.y(-110), ss.d(40), kLitPane, 0.6);
}

void fence(Canvas& cv, const SetSpace& ss, const SkyColours& sky) {
  const Rgb wire = mix(Rgb{120, 126, 130}, sky.horizon, 0.2);
  for (double x = -300; x < 1300; x += 80) line(cv, ss, x, -80, x, 8, scale_rgb(wire, 0.7), 3);
  line(cv, ss, -300, -80, 1300, -80, scale_rgb(wire, 0.7), 2.5);
  for (double x = -300; x < 1300; x += 16) {
    line(cv, ss, x, -80, x + 16 * 5.5, 8, wire, 0.8, 0.6);
    line(cv, ss, x + 16 * 5.5, -80, x, 8, wire, 0.8, 0.6);
  }
}

// ---- near the camera ------------------------------------------------------------------------

void trunks(Canvas& cv, const SetSpace& ss, const SettingLook& look, const SkyColours& sky) {
  const Rgb bark = mix(hex(row(look.kind).accent), sky.horizon, 0.15), leaves = hex(row(look.time).foliage);
  const double at[][3] = {{40, 60, 120}, {250, 34, 50}, {760, 40, 70}, {960, 70, 150}};
  for (auto& t : at) {
    const double x = t[0], w = t[1], foot = t[2];
    box(cv, ss, x - w / 2, -900, w, 900 + foot, scale_rgb(bark, foot > 100 ? 0.8 : 1.0), 1.5);
    line(cv, ss, x - w * 0.2, -400, x - w * 0.2, foot - 10, scale_rgb(bark, 0.7), 2, 0.6);
    for (double dx : {-90.0, 0.0, 90.0}) {  // the low canopy
      cairo_new_path(cv.cr());
      cairo_arc(cv.cr(), ss.x(x + dx), ss.y(-520 - std::fabs(dx) * 0.3), ss.d(110), 0, 2 * kPi);
      cv.paint_background(scale_rgb(leaves, 0.9));
    }
  }
}

void alley_walls(Canvas& cv, const SetSpace& ss, const SettingLook& look, const SkyColours& sky) {
  const Rgb brick = mix(hex(row(look.kind).wall), sky.horizon, 0.15), pipe = hex(row(look.kind).accent);
  for (int side : {-1, 1}) {  // the walls close in on both sides, meeting far away at the centre
    const double near = 500 + side * 900, far = 500 + side * 110;
    poly(cv.cr(), ss, {{near, -1100}, {far, -260}, {far, 30}, {near, 900}});
    flat(cv, scale_rgb(brick, side < 0 ? 0.85 : 1.0), px(ss, 1.2));
    for (double t : {0.25, 0.5, 0.75}) {  // windows along the wall, smaller further away
      const double x = near + (far - near) * t, s = 1 - t * 0.8;
      poly(cv.cr(), ss, {{x, -400 * s - 120 * t}, {x + side * -50 * s, -380 * s - 120 * t}, {x + side * -50 * s, -250 * s - 80 * t}, {x, -260 * s - 80 * t}});
      flat(cv, lit(look) ? kLitPane : scale_rgb(brick, 0.5), px(ss, 0.8));
    }
    line(cv, ss, near - side * 200, -900, far + side * 10, -200, pipe, 7, 0.9);  // a drainpipe
    box(cv, ss, 500 + side * 300 - 50, 120, 100, 110, scale_rgb(pipe, 0.8));      // a bin
  }
}

void deck(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky) {
  const Rgb wood = mix(hex(row(look.kind).floor), sky.ground, 0.2), rail = hex(row(look.kind).wall);
  rect(cv.cr(), f.ox, ss.y(90), f.ow, f.oy + f.oh - ss.y(90));
  cv.paint_background(wood);
  for (int i = -14; i <= 24; ++i) line(cv, ss, 500 + i * 40, 90, 500 + i * 160, 900, scale_rgb(wood, 0.85), 1.5);
  box(cv, ss, -400, 10, 1800, 12, rail, 1);  // the rail, on posts
  for (double x = -300; x < 1300; x += 90) box(cv, ss, x, 10, 10, 80, rail, 0.8);
  if (!(row(look.kind).backdrop & kEnvelope)) {  // a mast with a furled sail and its stays
    box(cv, ss, 130, -900, 22, 960, rail, 1.2);
    box(cv, ss, 40, -600, 200, 20, rail, 1);
    line(cv, ss, 141, -880, 600, 60, scale_rgb(rail, 0.8), 1.5);
    line(cv, ss, 141, -880, -300, 60, scale_rgb(rail, 0.8), 1.5);
  }
}

void envelope(Canvas& cv, const SetSpace& ss, const SettingLook& look) {
  const Rgb bag = hex(row(look.kind).accent);
  cairo_new_path(cv.cr());
  cairo_save(cv.cr());
  cairo_translate(cv.cr(), ss.x(500), ss.y(-560));
  cairo_scale(cv.cr(), ss.d(900), ss.d(330));
  cairo_arc(cv.cr(), 0, 0, 1, 0, 2 * kPi);
  cairo_restore(cv.cr());
  flat(cv, bag, px(ss, 2));
  for (double x = -100; x <= 1100; x += 200) {
    line(cv, ss, x, -300, x, 10, Rgb{90, 80, 70}, 1.5);  // the rigging down to the rail
    line(cv, ss, 500 + (x - 500) * 0.8, -520, 500 + (x - 500) * 0.8, -250, scale_rgb(bag, 0.85), 2);  // seams
  }
}

void cloud_sea(Canvas& cv, const SetSpace& ss, const Frame& f, const SkyColours& sky) {
  const Rgb cloud = mix(sky.horizon, kWhite, 0.55);
  rect(cv.cr(), f.ox, f.horizon, f.ow, f.oy + f.oh - f.horizon);
  cv.paint_background(mix(cloud, sky.top, 0.25));
  Rnd r{0xc10d};
  for (int i = 0; i < 40; ++i) {  // billows, bigger near the camera
    const double y = r.next(0, 600), x = r.next(-300, 1300), rad = 20 + y * 0.25;
    cairo_new_path(cv.cr());
    cairo_arc(cv.cr(), ss.x(x), ss.y(y), ss.d(rad), kPi, 2 * kPi);
    cv.paint_background(mix(cloud, kWhite, 0.3 + y * 0.0006));
  }
}

void parapet(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky) {
  const Rgb wall = mix(hex(row(look.kind).wall), sky.horizon, 0.1);
  box(cv, ss, -400, -40, 1800, 80, wall, 1.2);
  box(cv, ss, -400, -48, 1800, 10, scale_rgb(wall, 1.1), 1);
  // A water tank on legs and a vent.
  for (double lx : {770.0, 870.0}) box(cv, ss, lx, -160, 10, 200, Rgb{70, 66, 60}, 0.8);
  box(cv, ss, 740, -330, 160, 170, mix(Rgb{140, 110, 80}, sky.horizon, 0.2), 1.2);
  box(cv, ss, 200, 60, 70, 50, scale_rgb(wall, 0.8), 1);
  (void)f;
  (void)look;
}

// ---- plans, from straight above -------------------------------------------------------------

void crowns(Canvas& cv, const SetSpace& ss, Rgb leaves, int n, double keep_out_x0, double keep_out_x1, uint64_t seed) {
  Rnd r{seed};
  for (int i = 0; i < n; ++i) {
    const double x = r.next(-300, 1300), y = r.next(-50, 950), rad = r.next(40, 80);
    if (x + rad > keep_out_x0 && x - rad < keep_out_x1) continue;
    cairo_new_path(cv.cr());
    cairo_arc(cv.cr(), ss.x(x + 8), ss.y(y + 10), ss.d(rad), 0, 2 * kPi);
    cv.paint_background(scale_rgb(leaves, 0.55), 0.6);  // its shadow
    cairo_new_path(cv.cr());
    cairo_arc(cv.cr(), ss.x(x), ss.y(y), ss.d(rad), 0, 2 * kPi);
    flat(cv, leaves, px(ss, 1.2));
    cairo_new_path(cv.cr());
    cairo_arc(cv.cr(), ss.x(x - rad * 0.25), ss.y(y - rad * 0.25), ss.d(rad * 0.45), 0, 2 * kPi);
    cv.paint_background(mix(leaves, kWhite, 0.2), 0.7);
  }
}

void plan_band(Canvas& cv, const SetSpace& ss, double x0, double x1, Rgb c) {
  rect(cv.cr(), ss.x(x0), ss.y(-200), ss.d(x1 - x0), ss.d(1400));
  flat(cv, c, px(ss, 1));
}

void roofs(Canvas& cv, const SetSpace& ss, double y0, double y1, Rgb c, uint64_t seed) {
  Rnd r{seed};
  for (double x = -300; x < 1300;) {
    const double w = r.next(120, 220);
    rect(cv.cr(), ss.x(x), ss.y(y0), ss.d(w - 6), ss.d(y1 - y0));
    flat(cv, scale_rgb(c, r.next(0.85, 1.1)), px(ss, 1.2));
    line(cv, ss, x, (y0 + y1) / 2, x + w - 6, (y0 + y1) / 2, scale_rgb(c, 0.7), 1.5);  // the ridge
    x += w;
  }
}

}  // namespace

void flat(Canvas& cv, Rgb c, double outline_px, double alpha) {
  cairo_t* cr = cv.cr();
  cairo_path_t* p = cairo_copy_path(cr);
  cv.paint_background(c, alpha);
  if (outline_px > 0) {
    cairo_new_path(cr);
    cairo_append_path(cr, p);
    cv.stroke(Canvas::kInk, outline_px, false, 0.5);
  }
  cairo_path_destroy(p);
}

void glow(Canvas& cv, double x, double y, double r, Rgb c, double alpha) {
  cairo_pattern_t* g = cairo_pattern_create_radial(x, y, 0, x, y, r);
  cairo_pattern_add_color_stop_rgba(g, 0, c.r / 255.0, c.g / 255.0, c.b / 255.0, alpha);
  cairo_pattern_add_color_stop_rgba(g, 1, c.r / 255.0, c.g / 255.0, c.b / 255.0, 0);
  cairo_new_path(cv.cr());
  cairo_arc(cv.cr(), x, y, r, 0, 2 * kPi);
  cv.paint_background_source(g);
  cairo_pattern_destroy(g);
}

void draw_far_elements(Canvas& cv, const SetSpace& ss, const Frame&, const SettingLook& look, const SkyColours& sky) {
  const Backdrop b = row(look.kind).backdrop;
  if (b & kMountains) mountains(cv, ss, look, sky);
  if (b & kSkyline) skyline(cv, ss, look, sky);
  if (b & kWalls) castle_walls(cv, ss, look, sky);
  if (b & kShrineHall) shrine_hall(cv, ss, look, sky);
  if (b & kSchool) school(cv, ss, look, sky);
}

void draw_ground_elements(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky) {
  const Backdrop b = row(look.kind).backdrop;
  if (b & kCloudSea) cloud_sea(cv, ss, f, sky);
  if (b & kSea) sea(cv, ss, f, b, sky);
  if (b & kQuay) quay(cv, ss, f, look, sky);
  if (b & kCrossing) crossing(cv, ss, f, look, sky);
  if (b & kLawn) lawn(cv, ss, sky);
  if (b & kPath) path(cv, ss, sky);
  if (b & kSnowCover) snow_cover(cv, ss, sky);
  if (b & kBridge) bridge(cv, ss, look, sky);
  if (b & kFence) fence(cv, ss, sky);
}

void draw_near_elements(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky) {
  const Backdrop b = row(look.kind).backdrop;
  if (b & kStreetLamps) street_lamps(cv, ss, look);
  if (b & kTrunks) trunks(cv, ss, look, sky);
  if (b & kAlleyWalls) alley_walls(cv, ss, look, sky);
  if (b & kParapet) parapet(cv, ss, f, look, sky);
  if (b & kDeck) deck(cv, ss, f, look, sky);
  if (b & kEnvelope) envelope(cv, ss, look);
  if (b & kLighthouse) draw_lighthouse_point(cv, ss, look, sky);
}

void draw_ground_plan(Canvas& cv, const SetSpace& ss, const Frame& f, const SettingLook& look, const SkyColours& sky) {
  const Backdrop b = row(look.kind).backdrop;
  const Rgb leaves = hex(row(look.time).foliage), wall = hex(row(look.kind).wall);
  const Rgb gravel = mix(sky.ground, Rgb{200, 184, 150}, 0.5);
  const uint64_t seed = hash_text(look.id);
  if (b & (kSea | kCloudSea)) {
    rect(cv.cr(), f.ox, f.oy, f.ow, f.oh);
    cv.paint_background((b & kCloudSea) ? mix(sky.top, Rgb{60, 110, 170}, 0.3) : mix(mix(sky.top, Rgb{40, 90, 130}, 0.5), sky.horizon, 0.2));
    Rnd r{seed};
    for (int i = 0; i < 30; ++i) {
      const double x = r.next(-300, 1300), y = r.next(-100, 900);
      if (b & kCloudSea) {  // clouds far below, each with its shadow
        const double rad = r.next(40, 90);
        cairo_new_path(cv.cr());
        cairo_arc(cv.cr(), ss.x(x + 15), ss.y(y + 20), ss.d(rad), 0, 2 * kPi);
        cv.paint_background(scale_rgb(sky.top, 0.7), 0.5);
        cairo_new_path(cv.cr());
        cairo_arc(cv.cr(), ss.x(x), ss.y(y), ss.d(rad), 0, 2 * kPi);
        flat(cv, mix(kWhite, sky.horizon, 0.1), px(ss, 1));
      } else {
        line(cv, ss, x, y, x + 60, y + 8, mix(sky.horizon, kWhite, 0.5), 2, 0.7);
      }
    }
  }
  if (b & kBeach) plan_band(cv, ss, -400, 380, sky.ground);  // sand on the left, the sea on the right
  if (b & kLighthouse) {
    plan_band(cv, ss, -400, 640, sky.ground);
    draw_lighthouse_plan(cv, ss, look, sky);
  }
  if (b & kQuay) {
    // The quay under the figures, the water and a moored ship (its bow pointing away) beside it.
    plan_band(cv, ss, -400, 660, mix(wall, sky.ground, 0.3));
    for (double y = 0; y < 900; y += 220) box(cv, ss, 620, y, 24, 24, Rgb{50, 46, 44}, 1);
    poly(cv.cr(), ss, {{740, 1000}, {740, 160}, {860, -20}, {980, 160}, {980, 1000}});
    flat(cv, mix(Rgb{60, 50, 52}, sky.horizon, 0.2), px(ss, 1.5));
    box(cv, ss, 790, 380, 140, 180, Rgb{236, 232, 222}, 1);
    for (double y = 40; y < 900; y += 300) line(cv, ss, 632, y, 745, y + 60, Rgb{200, 190, 160}, 2);  // mooring ropes
  }
  if (b & kDeck) {
    plan_band(cv, ss, 100, 900, mix(hex(row(look.kind).floor), sky.ground, 0.2));
    for (double x = 140; x < 900; x += 40) line(cv, ss, x, -200, x, 1200, scale_rgb(hex(row(look.kind).floor), 0.8), 1.2);
    for (double x : {100.0, 890.0}) plan_band(cv, ss, x, x + 12, wall);
  }
  if (b & (kCrossing | kBuildings | kAlleyWalls)) {
    const bool alley = b & kAlleyWalls;
    plan_band(cv, ss, alley ? 330 : 200, alley ? 670 : 800, mix(Rgb{70, 72, 78}, sky.ground, 0.35));
    if (!alley) {
      plan_band(cv, ss, 140, 200, mix(Rgb{190, 186, 178}, sky.ground, 0.4));  // pavements
      plan_band(cv, ss, 800, 860, mix(Rgb{190, 186, 178}, sky.ground, 0.4));
      for (double y = -100; y < 900; y += 120) line(cv, ss, 500, y, 500, y + 60, Rgb{236, 210, 90}, 3);
      for (double x = 230; x < 780; x += 50) box(cv, ss, x, 380, 26, 140, Rgb{240, 240, 232}, 0);
    }
    // Roofs either side, seen from above.
    for (double x0 : {-400.0, alley ? 670.0 : 860.0}) {
      const double x1 = x0 < 0 ? (alley ? 330 : 140) : 1400;
      rect(cv.cr(), ss.x(x0), ss.y(-200), ss.d(x1 - x0), ss.d(1400));
      flat(cv, mix(wall, Rgb{150, 70, 60}, 0.4), px(ss, 1.2));
      for (double y = -100; y < 1000; y += 160) line(cv, ss, x0, y, x1, y, Canvas::kInk, 1.2, 0.5);
    }
  }
  if (b & kParapet) {
    for (double y = -100; y < 1000; y += 100) line(cv, ss, -400, y, 1400, y, scale_rgb(sky.ground, 0.85), 1.2);
    cairo_new_path(cv.cr());
    cairo_arc(cv.cr(), ss.x(820), ss.y(200), ss.d(80), 0, 2 * kPi);
    flat(cv, mix(Rgb{140, 110, 80}, sky.horizon, 0.2), px(ss, 1.5));
    plan_band(cv, ss, -400, -280, wall);
    plan_band(cv, ss, 1280, 1400, wall);
  }
  if (b & kWalls) {
    roofs(cv, ss, -200, 60, wall, seed);
    for (double x = -300; x < 1300; x += 120) line(cv, ss, x, 60, x, 1000, scale_rgb(sky.ground, 0.8), 1.2);
    for (double y = 120; y < 1000; y += 120) line(cv, ss, -400, y, 1400, y, scale_rgb(sky.ground, 0.8), 1.2);
  }
  if (b & kSchool) {
    roofs(cv, ss, -200, 80, Rgb{110, 120, 140}, seed);
    for (double r : {120.0, 200.0}) {  // the lines of a running track
      cairo_new_path(cv.cr());
      cairo_save(cv.cr());
      cairo_translate(cv.cr(), ss.x(500), ss.y(480));
      cairo_scale(cv.cr(), ss.d(r * 2), ss.d(r));
      cairo_arc(cv.cr(), 0, 0, 1, 0, 2 * kPi);
      cairo_restore(cv.cr());
      cv.stroke(kWhite, px(ss, 3), false, 0.9);
    }
  }
  if (b & kShrineHall) {
    plan_band(cv, ss, 440, 560, gravel);
    box(cv, ss, 320, -150, 360, 200, Rgb{70, 66, 72}, 1.5);  // the hall's roof
    line(cv, ss, 320, -50, 680, -50, Rgb{40, 38, 44}, 2);
  }
  if (b & kPath) plan_band(cv, ss, 420, 580, gravel);
  if (b & kWater) {
    plan_band(cv, ss, 560, 820, mix(mix(sky.top, Rgb{40, 90, 130}, 0.45), sky.horizon, 0.25));
    if (b & kBridge) box(cv, ss, 520, 380, 340, 90, mix(wall, sky.horizon, 0.3), 1.5);
  }
  if (b & kDunes)
    for (double y = -100; y < 1000; y += 70) {
      cairo_new_path(cv.cr());
      cairo_move_to(cv.cr(), ss.x(-400), ss.y(y));
      for (double x = -400; x <= 1400; x += 50) cairo_line_to(cv.cr(), ss.x(x), ss.y(y + 20 * std::sin(x * 0.01 + y)));
      cv.stroke(scale_rgb(sky.ground, 0.85), px(ss, 2), false);
    }
  if (b & kMountains) {
    Rnd r{seed ^ 0x40c5};
    for (int i = 0; i < 18; ++i) {
      const double x = r.next(-300, 1300), y = r.next(-100, 900), s = r.next(30, 70);
      poly(cv.cr(), ss, {{x - s, y + s * 0.6}, {x - s * 0.3, y - s * 0.7}, {x + s * 0.6, y - s * 0.4}, {x + s, y + s * 0.5}});
      flat(cv, scale_rgb(sky.ground, 0.8), px(ss, 1));
    }
  }
  if (b & kLawn) {
    for (double x = -300; x < 1300; x += 140) {  // mowing stripes
      rect(cv.cr(), ss.x(x), ss.y(-200), ss.d(70), ss.d(1400));
      cv.paint_background(scale_rgb(sky.ground, 1.1), 0.7);
    }
    Rnd r{seed ^ 0xf10e};
    for (int i = 0; i < 60; ++i) {  // tufts and flowers
      const double x = r.next(-300, 1300), y = r.next(-50, 950);
      line(cv, ss, x - 6, y - 8, x, y, scale_rgb(sky.ground, 0.7), 2);
      line(cv, ss, x + 6, y - 8, x, y, scale_rgb(sky.ground, 0.7), 2);
      if (i % 4 == 0) {
        cairo_new_path(cv.cr());
        cairo_arc(cv.cr(), ss.x(x), ss.y(y - 10), ss.d(5), 0, 2 * kPi);
        cv.paint_background(hex(row(look.kind).accent));
      }
    }
  }
  if (b & kSnowCover) {
    Rnd r{seed ^ 0xf007};
    for (double y = -100; y < 1000; y += 50)  // a line of footprints across the snow
      for (double s : {-1.0, 1.0}) {
        cairo_new_path(cv.cr());
        cairo_arc(cv.cr(), ss.x(480 + s * 12 + r.next(-3, 3)), ss.y(y + (s > 0 ? 25 : 0)), ss.d(6), 0, 2 * kPi);
        cv.paint_background(mix(sky.ground, Rgb{150, 170, 205}, 0.5));
      }
  }
  if (b & (kTreeLine | kTrunks)) crowns(cv, ss, leaves, (b & kTrunks) ? 90 : 30, (b & kPath) ? 400 : 1e9, (b & kPath) ? 600 : -1e9, seed);
  if ((b & kHills) && !(b & (kShrineHall | kSnowCover | kWater | kLawn))) {
    Rnd r{seed ^ 0xb005};
    for (int i = 0; i < 24; ++i) {  // bushes and stones scattered on the slope
      cairo_new_path(cv.cr());
      cairo_arc(cv.cr(), ss.x(r.next(-300, 1300)), ss.y(r.next(-100, 900)), ss.d(r.next(10, 30)), 0, 2 * kPi);
      flat(cv, i % 3 ? scale_rgb(leaves, 1.1) : hex(row(look.time).stone), px(ss, 1));
    }
  }
}

}  // namespace ekonte::render::world
