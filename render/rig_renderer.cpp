#include "render/rig_renderer.hpp"

#include <algorithm>
#include <cmath>

#include "render/canvas.hpp"
#include "render/draw_figure.hpp"
#include "render/draw_setting.hpp"
#include "render/world/draw_user_background.hpp"
#include "vocabulary/camera.hpp"

namespace ekonte::render {

using characters::CharacterModel;

namespace {

constexpr double kPi = 3.14159265358979323846;
// Outline darkening of the over-the-shoulder foreground figure (out of focus, in shadow).
constexpr double kOverShoulderDarken = 0.45;

struct Placed {
  size_t instance = 0;  // index into landmarks.characters
  const CharacterModel* model = nullptr;
  FigureParams params;
  FigureGeometry geo;
  double k = 1;          // pixels per centimetre
  double ox = 0, oy = 0; // screen position of the figure origin (feet)
  int layer = 1;         // 0 background, 1 midground, 2 foreground, 3 over-the-shoulder
  SeatKind seat = SeatKind::None;  // what a sitting or kneeling figure rests on
};

characters::Foreshortening foreshortening_for(Angle a) {
  return {vocabulary::row(a).foreshorten_x, vocabulary::row(a).foreshorten_y};
}

double horizon_for(Angle a, Framing f) {
  const double h = vocabulary::row(a).horizon;
  if (!std::isnan(h)) return h;
  return f == Framing::ExtremeWide ? 0.55 : 0.5;
}

double set_zoom_for(Framing f) { return vocabulary::row(f).set_zoom; }

double position_x(ScreenPosition p, bool close) {
  const double d = close ? 0.12 : 0.22;
  return p == ScreenPosition::Left ? 0.5 - d : p == ScreenPosition::Right ? 0.5 + d : 0.5;
}

// A body mark of figure `g` in figure centimetres (feet at 0, up negative).
double body_mark_y(vocabulary::BodyMark mark, const FigureGeometry& g) {
  switch (mark) {
    case vocabulary::BodyMark::HeadTop: return g.head.y;
    case vocabulary::BodyMark::Eyes: return g.eyes.y;
    case vocabulary::BodyMark::Chin: return g.chin_y;
    case vocabulary::BodyMark::Hip: return g.skeleton.at[size_t(characters::Joint::Pelvis)].y;
    case vocabulary::BodyMark::Feet: return 0;
  }
  return 0;
}

double window_edge_y(const vocabulary::WindowEdge& e, const FigureGeometry& g) {
  const double u = g.skeleton.head_cm;
  const double height = -g.head.y;
  return body_mark_y(e.mark, g) + e.heads * u + e.heights * height;
}

// The vertical window [top, bottom] of a figure (figure centimetres) that a framing shows
// (vocabulary/camera_framings.def).
void framing_window(Framing f, const FigureGeometry& g, double* top, double* bottom) {
  *top = window_edge_y(vocabulary::row(f).top, g);
  *bottom = window_edge_y(vocabulary::row(f).bottom, g);
}

Point rotate_about(Point p, double cx, double cy, double a) {
  const double c = std::cos(a), s = std::sin(a);
  return Point{cx + (p.x - cx) * c - (p.y - cy) * s, cy + (p.x - cx) * s + (p.y - cy) * c};
}

Box transform_box(const Box& b, const Placed& pl, double cx, double cy, double a) {
  Point pts[4] = {{b.x, b.y}, {b.x + b.w, b.y}, {b.x, b.y + b.h}, {b.x + b.w, b.y + b.h}};
  double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
  for (Point p : pts) {
    Point q = rotate_about({pl.ox + p.x * pl.k, pl.oy + p.y * pl.k}, cx, cy, a);
    x0 = std::min(x0, q.x), y0 = std::min(y0, q.y), x1 = std::max(x1, q.x), y1 = std::max(y1, q.y);
  }
  return Box{x0, y0, x1 - x0, y1 - y0};
}

Point transform_point(Point p, const Placed& pl, double cx, double cy, double a) {
  return rotate_about({pl.ox + p.x * pl.k, pl.oy + p.y * pl.k}, cx, cy, a);
}

bool intersects(const Box& b, int w, int h) { return b.x < w && b.y < h && b.x + b.w > 0 && b.y + b.h > 0; }

Box union_box(const Box& a, const Box& b) {
  if (a.w <= 0 && a.h <= 0) return b;
  const double x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
  const double x1 = std::max(a.x + a.w, b.x + b.w), y1 = std::max(a.y + a.h, b.y + b.h);
  return Box{x0, y0, x1 - x0, y1 - y0};
}

ShotRender finish(Canvas& cv, ShotLandmarks landmarks, ImageRgba background, bool maps) {
  ShotRender r;
  r.landmarks = std::move(landmarks);
  r.color = cv.color_image();
  r.background = std::move(background);
  if (maps) cv.read_maps(&r.lineart, &r.parts, &r.instances);
  return r;
}

}  // namespace

ShotRender render_rig_shot(const ShotRenderInput& input, const RigRenderOptions& options) {
  const int W = input.size.width, H = input.size.height;
  const CameraInput& camera = input.camera;
  const Framing framing = camera.framing;
  const Angle angle = camera.angle;
  const SettingLook& look = input.setting.look;
  const bool night = is_night(look);
  const uint64_t seed = input.seed.seed;
  const bool has_subject = !camera.subject.empty();

  ShotLandmarks lm;
  lm.width = W, lm.height = H;

  // Who is drawn, and how.
  std::vector<Placed> placed;
  if (framing != Framing::Insert) {
    for (const StagingInput& st : input.staging) {
      const CharacterInput* character = input.character(st.character);
      if (!character) continue;
      const bool is_subject = st.character == camera.subject;
      if (framing == Framing::Pov && is_subject) continue;
      Placed p;
      p.model = &character->model;
      p.params.pose = st.pose;
      p.params.view = st.view;
      p.params.expression = st.expression;
      p.params.foreshortening = foreshortening_for(angle);
      p.params.look_up = st.facing == Facing::Up ? 1.0 : 0.0;
      p.layer = st.depth == Depth::Background ? 0 : st.depth == Depth::Foreground ? 2 : 1;
      if (framing == Framing::OverTheShoulder && is_subject) {
        p.layer = 3;
        p.params.view = View::Back;
        p.params.darken = kOverShoulderDarken;
        p.params.pose = Pose::Stand;
      } else {
        p.seat = seat_for(look, p.params.pose);
        p.params.pose = seated_pose(p.seat, p.params.pose);
      }
      CharacterLandmarks cl;
      cl.character_id = p.model->id;
      p.instance = lm.characters.size();
      lm.characters.push_back(cl);
      p.geo = figure_geometry(*p.model, p.params);
      placed.push_back(std::move(p));
    }
  }

  // The reference figure sets the scale: the subject, or the tallest figure for group framings.
  const Placed* ref = nullptr;
  for (const Placed& p : placed)
    if (p.layer != 3 && has_subject && p.model->id == camera.subject) ref = &p;
  if (!ref || framing == Framing::TwoShot || framing == Framing::Wide || framing == Framing::ExtremeWide) {
    for (const Placed& p : placed)
      if (p.layer != 3 && (!ref || -p.geo.head.y > -ref->geo.head.y)) ref = &p;
  }

  double k = 1, ground = H * 0.85;
  const bool close = framing == Framing::CloseUp || framing == Framing::ExtremeCloseUp ||
                     framing == Framing::MediumCloseUp;
  if (ref) {
    const double fig_h = -ref->geo.head.y;
    if (framing == Framing::ExtremeWide) {
      k = 0.13 * H / fig_h;
      ground = H * (std::clamp(horizon_for(angle, framing), 0.1, 0.7) + 0.2);
    } else if (framing == Framing::Wide) {
      k = 0.45 * H / fig_h;
      ground = H * 0.9;
    } else {
      double top = 0, bottom = 0;
      framing_window(framing, ref->geo, &top, &bottom);
      k = H / (bottom - top);
      ground = -top * k;
    }
  }
  const BackgroundInput& backdrop = input.setting.background;
  // A standing person's eyes are at about 93% of their height, whatever the pose drawn.
  if (ref) stand_on_background(backdrop, framing, ref->model->proportions.height_cm * 0.93, H, &k, &ground);
  const double horizon = backdrop.picture ? backdrop.horizon : horizon_for(angle, framing);
  // Same-position figures are spread so they do not overlap.
  int per_pos[3] = {0, 0, 0};
  for (Placed& p : placed) {
    if (p.layer == 3) continue;
    const StagingInput* st = nullptr;
    for (const StagingInput& s : input.staging)
      if (s.character == p.model->id) st = &s;
    const ScreenPosition pos = st ? st->position : ScreenPosition::Center;
    const int n = per_pos[int(pos)]++;
    const double depth_scale = p.layer == 0 ? 0.72 : p.layer == 2 ? 1.2 : 1.0;
    p.k = k * depth_scale;
    p.oy = ground - (p.layer == 0 ? H * 0.05 : p.layer == 2 ? -H * 0.03 : 0);
    if (close && p.model == ref->model) {
      // Close framings centre the face, not the feet.
      const double tx = position_x(pos, true) * W;
      p.ox = tx - p.geo.face_center.x * p.k;
    } else {
      double tx = position_x(pos, false) * W + n * W * 0.14 * (pos == ScreenPosition::Right ? -1 : 1);
      if (placed.size() == 1 && (framing == Framing::Full || framing == Framing::Medium)) tx = position_x(pos, true) * W;
      p.ox = tx;
    }
  }
  for (Placed& p : placed) {
    if (p.layer != 3) continue;
    // Over the shoulder: the subject's back and head large in the near corner, cut by the frame.
    const bool on_left = [&] {
      for (const StagingInput& s : input.staging)
        if (s.character == camera.subject) return s.position != ScreenPosition::Right;
      return true;
    }();
    p.k = k * 1.5;
    p.ox = (on_left ? 0.16 : 0.84) * W;
    p.oy = H * 0.62 - p.geo.skeleton.at[size_t(characters::Joint::HeadCenter)].y * p.k;
  }

  // The take's seed nudges the figures sideways (up to 2.5% of the width) and the set with
  // them, so the takes of a shot differ a little; seed 0 (model sheets) leaves the staging as is.
  const double seed_nudge = seed ? (double((seed >> 16) % 1001) / 1000.0 - 0.5) * 0.05 : 0.0;
  for (Placed& p : placed)
    if (p.layer != 3) p.ox += seed_nudge * W;

  Canvas cv(W, H, options.control_maps);
  const double roll_deg = vocabulary::row(angle).dutch_degrees;  // the side comes from the seed
  const double dutch = roll_deg != 0 ? ((seed & 1) ? 1 : -1) * roll_deg * kPi / 180 : 0.0;
  const double cx = W / 2.0, cy = H / 2.0;
  if (dutch != 0) {
    cv.translate(cx, cy);
    cv.rotate(dutch);
    cv.translate(-cx, -cy);
  }
  SetCamera cam;
  cam.width = W, cam.height = H;
  cam.horizon_y = horizon;
  cam.zoom = set_zoom_for(framing);
  double focus = 0.5;
  if (ref) focus = std::clamp((ref->ox + ref->geo.face_center.x * ref->k) / W, 0.2, 0.8);
  cam.focus_x = std::clamp(focus - seed_nudge, 0.2, 0.8);
  if (input.setting.paper) {
    cairo_new_path(cv.cr());
    cairo_rectangle(cv.cr(), -W, -H, 3 * W, 3 * H);
    cv.paint_background(*input.setting.paper);
  } else if (backdrop.picture) {
    draw_user_background(cv, backdrop, cam);
  } else {
    draw_setting(cv, look, cam);
  }
  // Seats belong to the set (and the background plate): drawn before any figure, with each
  // figure's own transform so they follow its depth scale.
  cv.set_instance(0);
  for (const Placed& p : placed)
    draw_seat(cv, p.seat, p.geo.skeleton, p.ox, p.oy, p.k, look);
  // Close framings push the set back: a veil of the sky colour keeps faces readable.
  if ((close || framing == Framing::Insert) && !input.setting.paper) {
    cairo_new_path(cv.cr());
    cairo_rectangle(cv.cr(), -W, -H, 3 * W, 3 * H);
    cv.paint_background(night ? Rgb{20, 22, 40} : Rgb{250, 245, 235}, night ? 0.35 : 0.3);
  }
  ImageRgba plate;
  if (options.background_plate) plate = cv.color_image();

  std::vector<Placed*> order;
  for (Placed& p : placed) order.push_back(&p);
  std::stable_sort(order.begin(), order.end(), [](const Placed* a, const Placed* b) { return a->layer < b->layer; });
  const bool has_table = has_foreground_props(look);
  bool table_drawn = false;
  for (Placed* p : order) {
    if (has_table && !table_drawn && p->layer >= 2) {
      draw_setting_foreground(cv, look, cam, ground, W / 2.0, k);
      table_drawn = true;
    }
    cv.set_instance(int(p->instance + 1));
    cv.save();
    cv.translate(p->ox, p->oy);
    cv.scale(p->k, p->k);
    p->params.outline_px = std::clamp(p->k * 6.0, 1.0, 4.0);
    draw_figure(cv, *p->model, p->params);
    cv.restore();
  }
  if (has_table && !table_drawn && framing != Framing::Insert && !close) {
    // The table stands between the figures, in front of them.
    double mid = W / 2.0;
    if (!placed.empty()) {
      double sum = 0;
      for (const Placed& p : placed) sum += p.ox;
      mid = sum / placed.size();
    }
    cv.set_instance(0);
    draw_setting_foreground(cv, look, cam, ground + k * 18, mid, k);
  }
  if (!input.setting.paper && framing != Framing::Insert) draw_weather_front(cv, look, cam);
  Box subject;
  if (framing == Framing::Insert) {
    cv.set_instance(0);
    const Box area{W * 0.2, H * 0.1, W * 0.6, H * 0.8};
    draw_insert_prop(cv, camera.insert_prop, area, night);
    subject = Box{W * 0.5 - H * 0.4, H * 0.1, H * 0.8, H * 0.8};
  }

  for (const Placed& p : placed) {
    CharacterLandmarks& cl = lm.characters[p.instance];
    cl.head = transform_box(p.geo.head, p, cx, cy, dutch);
    cl.body = transform_box(p.geo.body, p, cx, cy, dutch);
    cl.face_center = transform_point(p.geo.face_center, p, cx, cy, dutch);
    cl.mouth = transform_point(p.geo.mouth, p, cx, cy, dutch);
    cl.in_frame = intersects(cl.body, W, H);
    const bool is_subject = has_subject && cl.character_id == camera.subject;
    if (framing != Framing::Insert && p.layer != 3 && (is_subject || !has_subject || framing == Framing::TwoShot ||
                                                       framing == Framing::OverTheShoulder || framing == Framing::Pov))
      subject = union_box(subject, cl.head);
  }
  if (subject.w <= 0) subject = Box{0, 0, double(W), double(H)};
  lm.subject = subject;
  return finish(cv, std::move(lm), std::move(plate), options.control_maps);
}

ShotRender render_figure(const CharacterModel& model, const FigureShot& fs) {
  // One character alone, through the same camera as script shots.
  ShotRenderInput in;
  in.camera.framing = fs.framing;
  in.camera.angle = fs.angle;
  in.camera.subject = model.id;
  StagingInput st;
  st.character = model.id;
  st.pose = fs.pose;
  st.view = fs.view;
  st.expression = fs.expression;
  st.facing = fs.facing;
  st.depth = Depth::Midground;
  st.position = ScreenPosition::Center;
  in.staging.push_back(st);
  if (fs.setting) {
    in.setting.look = resolve_setting(fs.setting, nullptr);
    in.setting.look.interior = in.setting.look.interior || fs.interior;
  } else {
    in.setting.paper = fs.paper;
  }
  in.characters.push_back({model, {}, {}});
  in.size = {fs.width, fs.height};
  ShotRender r = render_rig_shot(in);
  r.landmarks.shot_id = model.id;
  return r;
}

}  // namespace ekonte::render
