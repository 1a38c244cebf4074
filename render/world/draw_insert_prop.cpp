// Close views of a prop for insert shots: the prop row's insert drawing, or a labelled box, on a
// surface of the place's own colours (the set at its wide scale behind a prop drawn this large
// would read as a giant prop floating in front of a small set).
#include <algorithm>
#include <cmath>

#include "render/world/world_drawing.hpp"

namespace ekonte::render {
namespace {

// The small things the insert's words also name, standing on the same surface as the prop to the
// right of `main` (pixels): at their real size relative to it (`px_per_cm`), yet never so small
// that they vanish nor larger than a third of the picture.
void draw_beside(Canvas& cv, const InsertProp& prop, Box main, double px_per_cm, Box area, bool night,
                 std::vector<PropLandmark>* drawn) {
  const double s = std::min(area.w, area.h);
  double x = main.x + main.w + s * 0.04;
  const double floor = main.y + main.h;
  for (PropKind p : prop.beside) {
    const vocabulary::PropRow& r = vocabulary::row(p);
    double w = r.width_cm * px_per_cm, h = r.height_cm * px_per_cm;
    const double longest = std::max(w, h);
    const double fit = std::clamp(longest, s * 0.16, s * 0.34) / std::max(longest, 1e-6);
    w *= fit, h *= fit;
    // Past the right edge of the area the next thing overlaps the prop a little instead.
    const double left = std::min(x, area.x + area.w - w);
    const Box box{left, floor - h, w, h};
    world::draw_prop_shape(cv, r.drawing, box, colour_of(prop.colours, p), night);
    world::record_prop(drawn, cv, r.name, box);
    x = left + w + s * 0.03;
  }
}

// Whether the prop rests on a surface (a table, the floor, the ground) rather than hanging on a
// wall or from a ceiling (the insert's paper lantern hangs on its cord), or standing in the sky.
bool stands_on_surface(const vocabulary::PropRow& r) {
  using vocabulary::PropPlacement;
  return r.placement != PropPlacement::Wall && r.placement != PropPlacement::Ceiling && r.placement != PropPlacement::Sky &&
         r.category != vocabulary::PropCategory::Effect && r.drawing != vocabulary::PropDrawing::Lanterns;
}

}  // namespace

Box insert_prop_box(const InsertProp& prop, Box area) {
  const double cx = area.x + area.w / 2, cy = area.y + area.h / 2;
  const double s = std::min(area.w, area.h);
  // No row, or a set piece: the labelled box, or the set piece's own drawing around the middle.
  if (!prop.prop || vocabulary::is_fixed_set_piece(vocabulary::row(*prop.prop).drawing))
    return Box{cx - s * 0.35, cy - s * 0.25, s * 0.7, s * 0.5};
  // The prop large, at its own proportions, filling most of the area.
  const vocabulary::PropRow& r = vocabulary::row(*prop.prop);
  const double aspect = std::clamp(r.height_cm / std::max(1.0, r.width_cm), 0.08, 12.0);
  // With things beside it the prop moves left and leaves them the right of the picture.
  const double room = prop.beside.empty() ? 0.7 : 0.5;
  double w = area.w * room, h = w * aspect;
  if (h > area.h * 0.75) h = area.h * 0.75, w = h / aspect;
  const double mx = prop.beside.empty() ? cx : area.x + area.w * 0.36;
  return Box{mx - w / 2, cy - h / 2, w, h};
}

void draw_insert_surface(Canvas& cv, const SettingLook& look, const SetCamera& cam, const InsertProp& prop, Box area) {
  const world::SetSpace ss{cam};
  const world::Frame f = world::frame_of(cam);
  const vocabulary::SettingKindRow& k = vocabulary::row(look.kind);
  Rgb back, surface;
  if (look.interior) {
    back = world::pal(look, 0, world::hex(k.wall));
    surface = world::pal(look, 1, world::hex(k.floor));
  } else {
    const world::SkyColours sky = world::sky_colours(look);
    back = mix(sky.horizon, sky.ground, 0.25);
    surface = sky.ground;
  }
  cairo_t* cr = cv.cr();
  world::rect(cr, f.ox, f.oy, f.ow, f.oh);
  cv.paint_background(back);
  // The surface the prop stands on runs from a little above its base to the frame's foot, so it
  // stands on it seen from a little above; a wall or ceiling thing, an effect or a thing of the
  // sky is seen against the wall or the sky alone.
  const bool on_surface = !prop.prop || stands_on_surface(vocabulary::row(*prop.prop));
  if (on_surface) {
    const Box main = insert_prop_box(prop, area);
    const double edge = std::clamp(main.y + main.h * 0.86, cam.height * 0.45, cam.height * 0.86);
    world::rect(cr, f.ox, edge, f.ow, f.oy + f.oh - edge);
    cairo_pattern_t* g = cairo_pattern_create_linear(0, edge, 0, f.oy + f.oh);
    const Rgb near = scale_rgb(surface, 0.88);
    cairo_pattern_add_color_stop_rgb(g, 0, surface.r / 255.0, surface.g / 255.0, surface.b / 255.0);
    cairo_pattern_add_color_stop_rgb(g, 1, near.r / 255.0, near.g / 255.0, near.b / 255.0);
    cv.paint_background_source(g);
    cairo_pattern_destroy(g);
    cairo_new_path(cr);
    cairo_move_to(cr, f.ox, edge);
    cairo_line_to(cr, f.ox + f.ow, edge);
    cv.stroke(scale_rgb(surface, 0.7), std::max(1.0, cam.height * 0.004), false);
  }
  if (look.interior) world::draw_room_light(cv, ss, f, look, {});
  else if (!look.weather.empty()) world::draw_weather(cv, ss, f, look);
}

void draw_insert_prop(Canvas& cv, const InsertProp& prop, Box area, bool night, std::vector<PropLandmark>* drawn) {
  using vocabulary::PropDrawing;
  const PropDrawing drawing = prop.prop ? vocabulary::row(*prop.prop).drawing : PropDrawing::Charm;
  cairo_t* cr = cv.cr();
  const double cx = area.x + area.w / 2, cy = area.y + area.h / 2, s = std::min(area.w, area.h);
  world::record_prop(drawn, cv, prop.label, Box{cx - s * 0.4, cy - s * 0.4, s * 0.8, s * 0.8});
  // The prop's own special drawings fill the middle: what is beside them stands at the right.
  const Box right_strip{area.x + area.w * 0.78, area.y + area.h * 0.6, 0, 0};
  if (drawing == PropDrawing::Lanterns || (prop.prop && drawing == PropDrawing::Charm))
    draw_beside(cv, prop, right_strip, s * 0.01, area, night, drawn);
  if (drawing == PropDrawing::Lanterns) {
    cairo_new_path(cr);
    cairo_move_to(cr, cx, area.y - s);
    cairo_line_to(cr, cx, cy - s * 0.35);
    cv.stroke(Rgb{40, 34, 36}, std::max(2.0, s * 0.01));
    world::paper_lantern(cv, cx, cy, s * 0.32, Rgb{232, 176, 75}, false);
    // Smoke curling up from the wick that just went out.
    for (int i = 0; i < 3; ++i) {
      cairo_new_path(cr);
      const double x0 = cx + (i - 1) * s * 0.06;
      cairo_move_to(cr, x0, cy - s * 0.38);
      cairo_curve_to(cr, x0 + s * 0.08, cy - s * 0.5, x0 - s * 0.08, cy - s * 0.6, x0 + s * 0.04, cy - s * 0.75);
      cv.stroke(Rgb{200, 200, 215}, std::max(1.5, s * 0.012), true, 0.7);
    }
    return;
  }
  if (prop.prop && drawing == PropDrawing::Charm) {
    // An open palm holding a small fox charm on a red string.
    const Rgb skin{236, 207, 184};
    cairo_new_path(cr);
    cairo_save(cr);
    cairo_translate(cr, cx, cy + s * 0.12);
    cairo_scale(cr, s * 0.42, s * 0.26);
    cairo_arc(cr, 0, 0, 1, 0, 2 * world::kPi);
    cairo_restore(cr);
    cv.fill(skin, PartLabel::Skin, std::max(2.0, s * 0.008));
    for (int i = 0; i < 4; ++i) {
      const double fx = cx - s * 0.28 + i * s * 0.17;
      cairo_new_path(cr);
      cairo_save(cr);
      cairo_translate(cr, fx, cy - s * 0.12);
      cairo_scale(cr, s * 0.07, s * 0.2);
      cairo_arc(cr, 0, 0, 1, 0, 2 * world::kPi);
      cairo_restore(cr);
      cv.fill(skin, PartLabel::Skin, std::max(2.0, s * 0.008));
    }
    cairo_new_path(cr);
    cairo_move_to(cr, cx - s * 0.3, cy + s * 0.2);
    cairo_curve_to(cr, cx - s * 0.1, cy + s * 0.3, cx + s * 0.1, cy + s * 0.25, cx + s * 0.02, cy + s * 0.08);
    cv.stroke(Rgb{200, 40, 45}, std::max(2.0, s * 0.014));
    cairo_new_path(cr);
    const double fx = cx + s * 0.02, fy = cy + s * 0.02, r = s * 0.09;
    cairo_move_to(cr, fx - r, fy - r * 1.1);
    cairo_line_to(cr, fx - r * 0.45, fy - r * 0.35);
    cairo_line_to(cr, fx + r * 0.45, fy - r * 0.35);
    cairo_line_to(cr, fx + r, fy - r * 1.1);
    cairo_line_to(cr, fx + r, fy);
    cairo_line_to(cr, fx, fy + r * 1.1);
    cairo_line_to(cr, fx - r, fy);
    cairo_close_path(cr);
    cv.fill(Rgb{250, 246, 236}, PartLabel::Prop, std::max(2.0, s * 0.008));
    cairo_new_path(cr);
    cairo_move_to(cr, fx - r * 0.6, fy - r * 0.1);
    cairo_line_to(cr, fx - r * 0.2, fy);
    cairo_move_to(cr, fx + r * 0.6, fy - r * 0.1);
    cairo_line_to(cr, fx + r * 0.2, fy);
    cv.stroke(Rgb{200, 40, 45}, std::max(1.5, s * 0.008));
    return;
  }
  if (prop.prop && !vocabulary::is_fixed_set_piece(drawing)) {
    const vocabulary::PropRow& r = vocabulary::row(*prop.prop);
    const Box main = insert_prop_box(prop, area);
    const double w = main.w;
    if (stands_on_surface(r)) {
      // Its shadow on the surface it stands on.
      cairo_new_path(cr);
      cairo_save(cr);
      cairo_translate(cr, main.x + w / 2, main.y + main.h);
      cairo_scale(cr, w * 0.55, std::max(2.0, std::min(w, main.h) * 0.08));
      cairo_arc(cr, 0, 0, 1, 0, 2 * world::kPi);
      cairo_restore(cr);
      cv.paint_background(Rgb{0, 0, 0}, 0.16);
    }
    world::draw_prop_shape(cv, drawing, main, colour_of(prop.colours, *prop.prop), night);
    draw_beside(cv, prop, main, w / std::max(1.0, r.width_cm), area, night, drawn);
    return;
  }
  world::labelled_box(cv, cx - s * 0.35, cy - s * 0.25, s * 0.7, s * 0.5, prop.label, night ? Rgb{150, 140, 170} : Rgb{210, 190, 150});
  draw_beside(cv, prop, Box{cx - s * 0.35, cy - s * 0.25, s * 0.7, s * 0.5}, s * 0.01, area, night, drawn);
}

}  // namespace ekonte::render
