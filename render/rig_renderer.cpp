#include "render/rig_renderer.hpp"
#include "render/take_composition.hpp"

#include <algorithm>
#include <cmath>

#include "render/canvas.hpp"
#include "render/draw_figure.hpp"
#include "render/draw_figure_held.hpp"
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
  const StagingInput* staging = nullptr;
  double lift_cm = 0;     // raised off the ground: on a chair, a bed, a horse, in a partner's arms
  double prop_tilt = 0;   // held props turned about the grip (crossed blades)
  std::optional<Point> grip;  // held props between two hands (a hand-over), pixels
  Box seat_box;
  std::vector<HeldLandmark> held;
};

characters::Foreshortening foreshortening_for(Angle a) {
  return {vocabulary::row(a).foreshorten_x, vocabulary::row(a).foreshorten_y, vocabulary::row(a).pitch_degrees};
}

// A camera on the ground (its horizon this low in the frame) sees the figures' feet just under
// the horizon and the figures towering: a wide shot's figure fills kTowering of the frame's height.
constexpr double kGroundCameraHorizon = 0.9, kTowering = 0.72, kToweringExtremeWide = 0.3;
// Seen from high above, the figures of wide shots stand this far down the frame, on the floor
// plan with the props around them (SetCamera::plan_ground_y).
constexpr double kPlanGround = 0.72;
// The shadow pool under a figure seen from above: its half-width in shoulder widths, its depth
// in half-widths, and how dark.
constexpr double kShadowWidth = 0.95, kShadowDepth = 0.45, kShadowAlpha = 0.28;

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

Point to_point(characters::Vec2 v) { return Point{v.x, v.y}; }

// A box in pixels before the dutch tilt, as the tilted picture shows it (its bounds).
Box rotate_box(const Box& b, double cx, double cy, double a) {
  if (a == 0) return b;
  double x0 = 1e18, y0 = 1e18, x1 = -1e18, y1 = -1e18;
  for (Point p : {Point{b.x, b.y}, Point{b.x + b.w, b.y}, Point{b.x, b.y + b.h}, Point{b.x + b.w, b.y + b.h}}) {
    const Point q = rotate_about(p, cx, cy, a);
    x0 = std::min(x0, q.x), y0 = std::min(y0, q.y), x1 = std::max(x1, q.x), y1 = std::max(y1, q.y);
  }
  return Box{x0, y0, x1 - x0, y1 - y0};
}

bool intersects(const Box& b, int w, int h) { return b.x < w && b.y < h && b.x + b.w > 0 && b.y + b.h > 0; }

Box union_box(const Box& a, const Box& b) {
  if (a.w <= 0 && a.h <= 0) return b;
  const double x0 = std::min(a.x, b.x), y0 = std::min(a.y, b.y);
  const double x1 = std::max(a.x + a.w, b.x + b.w), y1 = std::max(a.y + a.h, b.y + b.h);
  return Box{x0, y0, x1 - x0, y1 - y0};
}

using characters::Joint;

bool low_pose(Pose p) {
  return p == Pose::Lie || p == Pose::Sleep || p == Pose::Fall || p == Pose::Crawl || p == Pose::Crouch;
}

// Half the body's depth seen in profile (cm): where a partner's body begins.
double torso_half(const Placed& p) { return p.model->proportions.chest_depth_cm * 0.5; }

// How far in front of the pelvis, towards `dir` (+1 screen right), the figure reaches (cm): its
// hand, or its chest when the hands stay close.
double reach_of(const Placed& p, double dir) {
  const auto& at = p.geo.skeleton.at;
  const double pelvis = at[size_t(Joint::Pelvis)].x;
  return std::max({torso_half(p), (at[size_t(Joint::HandL)].x - pelvis) * dir, (at[size_t(Joint::HandR)].x - pelvis) * dir});
}

bool holds_drawing(const Placed& p, vocabulary::PropDrawing d) {
  for (const HeldInput& h : p.staging->held)
    if (h.prop && vocabulary::row(*h.prop).drawing == d) return true;
  return false;
}

// The hand of `p` furthest towards `dir`, in pixels.
Point front_hand(const Placed& p, double dir) {
  const auto& at = p.geo.skeleton.at;
  const characters::Vec2 h = (at[size_t(Joint::HandL)].x - at[size_t(Joint::HandR)].x) * dir > 0 ? at[size_t(Joint::HandL)]
                                                                                                   : at[size_t(Joint::HandR)];
  return Point{p.ox + h.x * p.k, p.oy - p.lift_cm * p.k + h.y * p.k};
}

// Partners in contact (a hug, a fight, a hand-over ...) face each other in profile and stand as
// close as the contact needs: bodies touching for a hug, hands meeting for holding hands, a fist
// or both palms on the partner for a strike or a push, blades crossing when both hold swords.
void stage_contacts(std::vector<Placed>& placed) {
  std::vector<std::pair<size_t, size_t>> done;
  for (size_t i = 0; i < placed.size(); ++i) {
    if (!placed[i].staging || placed[i].layer == 3) continue;
    for (const std::string& id : placed[i].staging->contacts) {
      size_t j = placed.size();
      for (size_t n = 0; n < placed.size(); ++n)
        if (n != i && placed[n].layer != 3 && placed[n].staging && placed[n].model->id == id) j = n;
      if (j == placed.size()) continue;
      if (std::find(done.begin(), done.end(), std::pair{std::min(i, j), std::max(i, j)}) != done.end()) continue;
      done.push_back({std::min(i, j), std::max(i, j)});
      Placed& a = placed[i];
      Placed& b = placed[j];
      const Action act = a.staging->action;
      const bool a_left = a.ox < b.ox || (a.ox == b.ox && i < j);
      const double dir = a_left ? 1 : -1;  // from a towards b
      // Reaching across needs the side view; seated or kneeling partners (a hand-over at a low
      // table) turn three-quarters towards each other, their faces still seen.
      const bool seated = a.params.pose == Pose::Sit || a.params.pose == Pose::Kneel;
      a.params.view = seated ? (a_left ? View::ThreeQuarterRight : View::ThreeQuarterLeft)
                             : (a_left ? View::ProfileRight : View::ProfileLeft);
      b.params.view = seated ? (a_left ? View::ThreeQuarterLeft : View::ThreeQuarterRight)
                             : (a_left ? View::ProfileLeft : View::ProfileRight);
      auto idle = [](Pose p) { return p == Pose::Stand || p == Pose::Walk; };
      switch (act) {
        case Action::Hug:
          if (idle(b.params.pose)) b.params.pose = Pose::Hug;
          break;
        case Action::HoldHands: case Action::HandOver: case Action::HelpUp:
          if (idle(a.params.pose)) a.params.pose = Pose::HoldOutHand;
          if (idle(b.params.pose) && act != Action::HelpUp) b.params.pose = Pose::HoldOutHand;
          break;
        case Action::Fight:
          if (idle(b.params.pose)) b.params.pose = Pose::Fight;
          break;
        case Action::Carry:
          // Lying across the carrier's arms, seen side on.
          b.params.pose = Pose::Lie;
          b.params.view = View::Front;
          b.seat = SeatKind::None;
          break;
        default: break;
      }
      b.layer = a.layer;
      b.k = a.k;
      b.oy = a.oy;
      a.geo = figure_geometry(*a.model, a.params);
      b.geo = figure_geometry(*b.model, b.params);
      const double ta = torso_half(a), tb = torso_half(b);
      double d = 0;  // pelvis to pelvis, centimetres
      switch (act) {
        case Action::Hug: d = (ta + tb) * 1.15; break;
        case Action::HoldHands: case Action::HandOver: case Action::HelpUp: d = reach_of(a, dir) + reach_of(b, -dir); break;
        case Action::Fight:
          if (holds_drawing(a, vocabulary::PropDrawing::Sword) && holds_drawing(b, vocabulary::PropDrawing::Sword)) {
            // Hands 70 cm apart, each blade turned 40 degrees towards the partner: they cross.
            d = reach_of(a, dir) + reach_of(b, -dir) + 70;
            a.prop_tilt = dir * 40;
            b.prop_tilt = -dir * 40;
          } else {
            d = reach_of(a, dir) + tb;
          }
          break;
        case Action::LeanOn: {
          // The shoulder leaning over rests on the partner.
          const auto& at = a.geo.skeleton.at;
          d = ta + tb + std::max(0.0, (at[size_t(Joint::Chest)].x - at[size_t(Joint::Pelvis)].x) * dir);
          break;
        }
        case Action::KneelBefore: d = ta + tb + 35; break;
        case Action::Carry: d = reach_of(a, dir) * 0.6; break;
        default: d = reach_of(a, dir) + tb; break;
      }
      const double mid = (a.ox + b.ox) / 2;
      a.ox = mid - dir * d * a.k / 2;
      b.ox = mid + dir * d * a.k / 2;
      if (act == Action::Carry) {
        // In the carrier's arms: the partner's body rests on the forearms.
        const double hand_y = std::min(a.geo.skeleton.at[size_t(Joint::HandL)].y, a.geo.skeleton.at[size_t(Joint::HandR)].y);
        b.lift_cm = a.lift_cm - hand_y - 10;
      }
      if (act == Action::HandOver) {
        const Point ha = front_hand(a, dir), hb = front_hand(b, -dir);
        a.grip = Point{(ha.x + hb.x) / 2, (ha.y + hb.y) / 2};
      }
    }
  }
}

ShotRender finish(Canvas& cv, ShotLandmarks landmarks, ImageRgba background, bool maps) {
  ShotRender r;
  r.landmarks = std::move(landmarks);
  r.color = cv.color_image();
  r.background = std::move(background);
  if (maps) cv.read_maps(&r.lineart, &r.parts, &r.instances, &r.tones);
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
      p.staging = &st;
      p.model = &character->model;
      p.params.pose = st.pose;
      p.params.view = st.view;
      if ((st.pose == Pose::Crawl || st.pose == Pose::Ride) && (st.view == View::Front || st.view == View::ThreeQuarterLeft ||
                                                               st.view == View::ThreeQuarterRight)) {
        // Crawling and riding read side on (a horse is drawn side on): turned to the side the
        // figure already faces, or towards the middle of the frame.
        const bool left = st.view == View::ThreeQuarterLeft || (st.view == View::Front && st.position == ScreenPosition::Right);
        p.params.view = left ? View::ProfileLeft : View::ProfileRight;
      }
      p.params.expression = st.expression;
      p.params.foreshortening = foreshortening_for(angle);
      p.params.look_up = st.facing == Facing::Up ? 1.0 : 0.0;
      // From high above the face is seen turned down, under the crown.
      if (p.params.foreshortening.pitch_deg >= 45 && st.facing != Facing::Up) p.params.look_up = -1.0;
      p.layer = st.depth == Depth::Background ? 0 : st.depth == Depth::Foreground ? 2 : 1;
      if (framing == Framing::OverTheShoulder && is_subject) {
        p.layer = 3;
        p.params.view = View::Back;
        p.params.darken = kOverShoulderDarken;
        p.params.pose = Pose::Stand;
      } else {
        p.seat = seat_for(look, p.params.pose, st.seat.named, st.seat.prop);
        p.params.pose = seated_pose(p.seat, p.params.pose);
      }
      CharacterLandmarks cl;
      cl.character_id = p.model->id;
      p.instance = lm.characters.size();
      lm.characters.push_back(cl);
      p.geo = figure_geometry(*p.model, p.params);
      if (const double seat_cm = seat_height_cm(p.seat); seat_cm > 0)
        p.lift_cm = seat_cm + p.geo.skeleton.at[size_t(characters::Joint::Pelvis)].y;
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
  // A body that is not upright (lying, fallen, crawling, crouching) is framed at the size of the
  // same figure standing: framing it by its own low height made a medium of a fallen figure a
  // huge crop of its clothes.
  const bool low = ref && low_pose(ref->params.pose);
  FigureGeometry scale_geo;
  if (low) {
    FigureParams standing = ref->params;
    standing.pose = Pose::Stand;
    scale_geo = figure_geometry(*ref->model, standing);
  }
  const double pitch = vocabulary::row(angle).pitch_degrees;
  const bool ground_camera = horizon_for(angle, framing) > kGroundCameraHorizon;
  if (ref) {
    const FigureGeometry& sg = low ? scale_geo : ref->geo;
    double fig_h = -sg.head.y;
    if (pitch != 0 && (framing == Framing::ExtremeWide || framing == Framing::Wide)) {
      // Wide shots size the figures by their height standing, not by how short they look from above.
      FigureParams upright = ref->params;
      upright.foreshortening = {};
      if (low) upright.pose = Pose::Stand;
      fig_h = -figure_geometry(*ref->model, upright).head.y;
    }
    if (framing == Framing::ExtremeWide) {
      k = (ground_camera ? kToweringExtremeWide : 0.13) * H / fig_h;
      ground = H * (std::clamp(horizon_for(angle, framing), 0.1, 0.7) + 0.2);
      if (pitch != 0) ground = H * kPlanGround;
    } else if (framing == Framing::Wide) {
      k = (ground_camera ? kTowering : 0.45) * H / fig_h;
      ground = H * (pitch != 0 ? kPlanGround : 0.9);
    } else {
      double top = 0, bottom = 0;
      framing_window(framing, sg, &top, &bottom);
      if (framing == Framing::Full) {
        // A full shot shows the whole figure, a raised hand included.
        const auto& at = ref->geo.skeleton.at;
        const double hand = std::min(at[size_t(Joint::HandL)].y, at[size_t(Joint::HandR)].y) - sg.skeleton.head_cm * 0.25;
        if (!low) top = std::min(top, hand);
      }
      k = H / (bottom - top);
      ground = -top * k + ref->lift_cm * k;
      if (low) {
        // The body is centred a little below the middle of the frame (its face, for close framings).
        const double centre = close ? ref->geo.face_center.y : ref->geo.body.y + ref->geo.body.h / 2;
        ground = H * 0.58 - centre * k + ref->lift_cm * k;
      }
    }
  }
  const BackgroundInput& backdrop = input.setting.background;
  // A standing person's eyes are at about 93% of their height, whatever the pose drawn.
  if (ref) stand_on_background(backdrop, framing, ref->model->proportions.height_cm * 0.93, H, &k, &ground);
  double horizon = backdrop.picture ? backdrop.horizon : horizon_for(angle, framing);
  // Whatever stands on the ground stands below the horizon: a camera on the ground sees the feet
  // just under it, at the bottom of the frame.
  if (ground_camera && !backdrop.picture && (framing == Framing::Wide || framing == Framing::ExtremeWide))
    ground = std::max(ground, H * std::min(0.99, horizon + 0.015));
  // Later takes recompose the shot (render/take_composition.hpp); take 1 is drawn as staged.
  size_t figures = 0;
  for (const Placed& p : placed) figures += p.layer != 3;
  const TakeComposition composition = take_composition(input.seed.take, seed, close, figures > 1);
  if (composition.lens != 1.0) {
    k *= composition.lens;
    ground = H * 0.5 + (ground - H * 0.5) * composition.lens;
  }
  if (composition.horizon != 0.0 && !backdrop.picture) horizon = std::clamp(horizon + composition.horizon, 0.05, 0.95);
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
      if (low && &p == ref && framing != Framing::Full && framing != Framing::Wide && framing != Framing::ExtremeWide) {
        // A body lying across the frame: its head and chest in the middle, not its pelvis.
        const double upper = (p.geo.face_center.x + p.geo.skeleton.at[size_t(characters::Joint::Chest)].x) / 2;
        p.ox = tx - upper * p.k;
      }
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

  // The take moves the figures sideways (a small nudge from the seed, a third of the frame for a
  // recomposed take) and the set with them; seed 0 (model sheets) leaves the staging as is.
  const double seed_nudge = composition.shift;
  for (Placed& p : placed)
    if (p.layer != 3) p.ox += seed_nudge * W;
  stage_contacts(placed);
  for (Placed& p : placed) p.oy -= p.lift_cm * p.k;

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
  if (composition.lens != 1.0) cam.zoom *= composition.lens;
  double focus = 0.5;
  if (ref) focus = std::clamp((ref->ox + ref->geo.face_center.x * ref->k) / W, 0.2, 0.8);
  cam.focus_x = std::clamp(focus - seed_nudge, 0.2, 0.8);
  const Box insert_area{W * 0.2, H * 0.1, W * 0.6, H * 0.8};
  cam.pitch_deg = pitch;
  cam.plan_ground_y = ground / H;
  if (input.setting.paper) {
    cairo_new_path(cv.cr());
    cairo_rectangle(cv.cr(), -W, -H, 3 * W, 3 * H);
    cv.paint_background(*input.setting.paper);
  } else if (backdrop.picture) {
    draw_user_background(cv, backdrop, cam);
  } else if (framing == Framing::Insert) {
    draw_insert_surface(cv, look, cam, camera.insert_prop, insert_area);
  } else {
    draw_setting(cv, look, cam, &lm.props);
  }
  // Seats belong to the set (and the background plate): drawn before any figure, with each
  // figure's own transform so they follow its depth scale.
  cv.set_instance(0);
  const bool close_up = framing == Framing::CloseUp || framing == Framing::ExtremeCloseUp;
  if (framing != Framing::Insert && !close_up && !input.extras.empty()) {
    ExtrasStage stage;
    stage.width = W, stage.height = H;
    stage.ground_y = ground;
    stage.k = ref ? ref->k : k;
    stage.seed = seed;
    stage.lit = night;
    stage.backdrop = night ? Rgb{40, 44, 70} : Rgb{160, 166, 178};
    lm.extras = draw_extras(cv, input.extras, stage);
    for (ExtraLandmark& e : lm.extras) e.body = rotate_box(e.body, cx, cy, dutch);
  }
  for (Placed& p : placed) {
    if (seat_height_cm(p.seat) > 0) {
      const double pelvis_x = p.ox + p.geo.skeleton.at[size_t(characters::Joint::Pelvis)].x * p.k;
      const double face = p.geo.skeleton.back ? 0 : p.geo.skeleton.face_dir;
      p.seat_box = draw_prop_seat(cv, p.seat, pelvis_x, p.oy + p.lift_cm * p.k, p.k, face, look);
    } else {
      draw_seat(cv, p.seat, p.geo.skeleton, p.ox, p.oy, p.k, look);
    }
  }
  // Close framings push the set back: a veil of the sky colour keeps faces readable (an insert
  // has no set behind it, only the writer's own background when there is one).
  if ((close || (framing == Framing::Insert && backdrop.picture)) && !input.setting.paper) {
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
  if (pitch >= 45) {
    // Seen from above each figure stands in the pool of its own shadow on the floor.
    cv.set_instance(0);
    for (const Placed* p : order) {
      if (p->layer == 3) continue;
      const double half = p->model->proportions.shoulder_width_cm * kShadowWidth * p->k;
      cairo_new_path(cv.cr());
      cairo_save(cv.cr());
      cairo_translate(cv.cr(), p->ox, p->oy + p->lift_cm * p->k);
      cairo_scale(cv.cr(), half, half * kShadowDepth);
      cairo_arc(cv.cr(), 0, 0, 1, 0, 2 * kPi);
      cairo_restore(cv.cr());
      cv.paint_background(Rgb{0, 0, 0}, kShadowAlpha);
    }
  }
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
    if (p->staging && p->layer != 3) {
      cv.set_instance(0);
      p->held = draw_held_props(cv, p->staging->held, p->geo, {p->ox, p->oy, p->k}, night, p->prop_tilt, p->grip);
    }
  }
  // A POV looks through the eyes of its subject, who is not drawn: what they hold is.
  if (framing == Framing::Pov)
    for (const StagingInput& st : input.staging)
      if (st.character == camera.subject && !st.held.empty()) {
        const CharacterInput* viewer = input.character(st.character);
        cv.set_instance(0);
        for (PropLandmark& p : draw_viewer_held(cv, st.held, viewer ? viewer->model.skin : Rgb{236, 207, 184}, W, H, night)) {
          p.box = rotate_box(p.box, cx, cy, dutch);
          lm.props.push_back(p);
        }
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
    draw_insert_prop(cv, camera.insert_prop, insert_area, night, &lm.props);
    subject = Box{W * 0.5 - H * 0.4, H * 0.1, H * 0.8, H * 0.8};
  }

  for (const Placed& p : placed) {
    CharacterLandmarks& cl = lm.characters[p.instance];
    cl.head = transform_box(p.geo.head, p, cx, cy, dutch);
    cl.body = transform_box(p.geo.body, p, cx, cy, dutch);
    cl.face_center = transform_point(p.geo.face_center, p, cx, cy, dutch);
    cl.mouth = transform_point(p.geo.mouth, p, cx, cy, dutch);
    cl.in_frame = intersects(cl.body, W, H);
    cl.hand_left = transform_point(to_point(p.geo.skeleton.at[size_t(characters::Joint::HandL)]), p, cx, cy, dutch);
    cl.hand_right = transform_point(to_point(p.geo.skeleton.at[size_t(characters::Joint::HandR)]), p, cx, cy, dutch);
    cl.hips = transform_point(to_point(p.geo.skeleton.at[size_t(characters::Joint::Pelvis)]), p, cx, cy, dutch);
    if (p.seat_box.w > 0) cl.seat = rotate_box(p.seat_box, cx, cy, dutch);
    for (HeldLandmark h : p.held) {
      h.box = rotate_box(h.box, cx, cy, dutch);
      cl.held.push_back(h);
    }
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
