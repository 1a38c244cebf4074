#include "render/draw_figure.hpp"

#include <memory>

#include "render/figure_painter.hpp"

namespace ekonte::render {
namespace figure {

void Painter::compute_boxes() {
  const Vec2 hc = J(Joint::HeadCenter);
  const double hw = 0.58 * u, top = 0.64 * u;
  geo.head = Box{hc.x - hw, hc.y - top, 2 * hw, top + 0.47 * u};
  if (s.body_rotation_deg != 0) geo.head = Box{hc.x - 0.62 * u, hc.y - 0.62 * u, 1.24 * u, 1.24 * u};
  double x0 = geo.head.x, y0 = geo.head.y, x1 = geo.head.x + geo.head.w, y1 = geo.head.y + geo.head.h;
  for (const Vec2& p : s.at) {
    x0 = std::min(x0, p.x - 0.3 * u), x1 = std::max(x1, p.x + 0.3 * u);
    y0 = std::min(y0, p.y - 0.2 * u), y1 = std::max(y1, p.y + 0.1 * u);
  }
  geo.body = Box{x0, y0, x1 - x0, y1 - y0};
  geo.chin_y = to_fig(0, 0.45).y;
  if (s.back) {
    geo.face_center = to_fig(0, 0.1);
    geo.mouth = to_fig(0, 0.33);
    geo.eyes = to_fig(0, 0.1);
  }
}

void Painter::run() {
  compute_boxes();
  if (!draw) {
    if (!s.back) {
      const double cx = profile ? fd * 0.25 : fd * 0.2;
      geo.face_center = to_fig(cx, 0.15);
      geo.mouth = to_fig(profile ? fd * 0.37 : cx + fd * 0.03, profile ? 0.31 : 0.335);
      geo.eyes = to_fig(profile ? fd * 0.3 : cx, 0.1);
    }
    return;
  }
  lw = std::clamp(fp.outline_px * px_per_cm() / 4.0, 0.6, fp.outline_px * 1.6);
  // Depth-sorted limbs: far ones behind the torso.
  struct Limb {
    double depth;
    bool is_arm;
    Joint a, b, c;
  };
  std::vector<Limb> limbs = {
      {(D(Joint::ElbowL) + D(Joint::HandL)) * 0.5, true, Joint::ShoulderL, Joint::ElbowL, Joint::HandL},
      {(D(Joint::ElbowR) + D(Joint::HandR)) * 0.5, true, Joint::ShoulderR, Joint::ElbowR, Joint::HandR},
      {(D(Joint::KneeL) + D(Joint::FootL)) * 0.5, false, Joint::HipL, Joint::KneeL, Joint::FootL},
      {(D(Joint::KneeR) + D(Joint::FootR)) * 0.5, false, Joint::HipR, Joint::KneeR, Joint::FootR}};
  std::stable_sort(limbs.begin(), limbs.end(), [](const Limb& x, const Limb& y) { return x.depth < y.depth; });
  auto draw_limb = [&](const Limb& l) { l.is_arm ? arm(l.a, l.b, l.c) : leg(l.a, l.b, l.c); };

  if (!s.back) capes(true);
  if (!s.back) {
    enter_head();
    back_hair();
    hood_back();
    leave_head();
  }
  const double far = -0.1 * u;
  for (const Limb& l : limbs)
    if (l.depth < far || !l.is_arm) draw_limb(l);
  using vocabulary::AccessoryPlace;
  torso();
  accessory_at(AccessoryPlace::Body);
  if (s.back) accessory_at(AccessoryPlace::Neck);
  for (const Limb& l : limbs)
    if (l.depth >= far && l.is_arm) draw_limb(l);
  if (!s.back) accessory_at(AccessoryPlace::Neck);
  accessory_at(AccessoryPlace::Hand);
  if (s.back) capes(false);
  enter_head();
  if (s.back) hood_back();
  head_skin();
  face();
  if (s.back) back_hair();
  front_hair();
  twin_tail_ties();
  headwear();
  accessory_at(AccessoryPlace::Head);
  leave_head();
  wet_drops();
}

}  // namespace figure

using characters::CharacterModel;
using figure::Painter;

namespace {

FigureGeometry run_painter(Canvas* canvas, cairo_t* scratch, const CharacterModel& model,
                                  const FigureParams& params) {
  Canvas* cv = canvas;
  std::unique_ptr<Canvas> tmp;
  if (!cv) {
    tmp = std::make_unique<Canvas>(scratch);
    cv = tmp.get();
  }
  Painter p{*cv, cv->cr(), model, params, {}, 0, 1, 0, false, canvas != nullptr, {}};
  p.s = characters::pose_skeleton(model, params.pose, params.view, params.foreshortening, params.look_up);
  p.u = p.s.head_cm;
  p.fd = p.s.back ? 0 : p.s.face_dir;
  p.profile = std::fabs(p.fd) > 0.95;
  p.geo.skeleton = p.s;
  p.run();
  return p.geo;
}

}  // namespace

FigureGeometry figure_geometry(const CharacterModel& model, const FigureParams& params) {
  // Geometry needs a context for path extents but no pixels: one 1x1 surface per thread, owned
  // by a thread_local unique_ptr so it is destroyed when the render worker exits.
  struct SurfaceDestroy {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
  };
  static thread_local std::unique_ptr<cairo_surface_t, SurfaceDestroy> surface{
      cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1)};
  cairo_t* cr = cairo_create(surface.get());
  FigureGeometry g = run_painter(nullptr, cr, model, params);
  cairo_destroy(cr);
  return g;
}

FigureGeometry draw_figure(Canvas& canvas, const CharacterModel& model, const FigureParams& params) {
  return run_painter(&canvas, nullptr, model, params);
}

}  // namespace ekonte::render
