#include "layout/display_list.hpp"

namespace ekonte::layout {

Path Path::rect(const Rect& r) {
  Path p;
  p.move_to({r.x, r.y}).line_to({r.right(), r.y}).line_to({r.right(), r.bottom()}).line_to({r.x, r.bottom()}).close();
  return p;
}

Path Path::ellipse(Point c, double rx, double ry) {
  // Four cubic Béziers; kappa makes each a close fit to a quarter ellipse.
  constexpr double kKappa = 0.5522847498;
  const double kx = rx * kKappa, ky = ry * kKappa;
  Path p;
  p.move_to({c.x + rx, c.y});
  p.curve_to({c.x + rx, c.y + ky}, {c.x + kx, c.y + ry}, {c.x, c.y + ry});
  p.curve_to({c.x - kx, c.y + ry}, {c.x - rx, c.y + ky}, {c.x - rx, c.y});
  p.curve_to({c.x - rx, c.y - ky}, {c.x - kx, c.y - ry}, {c.x, c.y - ry});
  p.curve_to({c.x + kx, c.y - ry}, {c.x + rx, c.y - ky}, {c.x + rx, c.y});
  p.close();
  return p;
}

}  // namespace ekonte::layout
