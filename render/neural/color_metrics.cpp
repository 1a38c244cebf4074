#include "render/neural/color_metrics.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace ekonte::neural {
namespace {

double srgb_to_linear(uint8_t v) {
  const double c = v / 255.0;
  // The sRGB transfer function: a linear toe below 0.04045, a 2.4 power above.
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double lab_f(double t) {
  constexpr double kEpsilon = 216.0 / 24389.0;  // (6/29)^3: where the cube root meets the linear segment
  constexpr double kKappa = 24389.0 / 27.0;     // slope of the linear segment, scaled by 116
  return t > kEpsilon ? std::cbrt(t) : (kKappa * t + 16.0) / 116.0;
}

double degrees(double radians) { return radians * 180.0 / std::numbers::pi; }
double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }

}  // namespace

Lab srgb_to_lab(uint8_t r, uint8_t g, uint8_t b) {
  const double lr = srgb_to_linear(r), lg = srgb_to_linear(g), lb = srgb_to_linear(b);
  // Linear sRGB to XYZ (D65), IEC 61966-2-1 matrix.
  const double x = 0.4124564 * lr + 0.3575761 * lg + 0.1804375 * lb;
  const double y = 0.2126729 * lr + 0.7151522 * lg + 0.0721750 * lb;
  const double z = 0.0193339 * lr + 0.1191920 * lg + 0.9503041 * lb;
  // D65 reference white.
  constexpr double kXn = 0.95047, kYn = 1.0, kZn = 1.08883;
  const double fx = lab_f(x / kXn), fy = lab_f(y / kYn), fz = lab_f(z / kZn);
  return {116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)};
}

Rgb lab_to_srgb(const Lab& lab) {
  constexpr double kXn = 0.95047, kYn = 1.0, kZn = 1.08883;  // D65 reference white
  constexpr double kDelta = 6.0 / 29.0;                       // where the cube meets the linear segment
  auto finv = [](double t) { return t > kDelta ? t * t * t : 3 * kDelta * kDelta * (t - 4.0 / 29.0); };
  const double fy = (lab.l + 16.0) / 116.0, fx = fy + lab.a / 500.0, fz = fy - lab.b / 200.0;
  const double x = kXn * finv(fx), y = kYn * finv(fy), z = kZn * finv(fz);
  // XYZ (D65) to linear sRGB, the inverse of the IEC 61966-2-1 matrix.
  const double lin[3] = {3.2404542 * x - 1.5371385 * y - 0.4985314 * z, -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
                         0.0556434 * x - 0.2040259 * y + 1.0572252 * z};
  uint8_t out[3];
  for (int c = 0; c < 3; ++c) {
    const double v = std::clamp(lin[c], 0.0, 1.0);
    const double e = v <= 0.0031308 ? 12.92 * v : 1.055 * std::pow(v, 1 / 2.4) - 0.055;
    out[c] = static_cast<uint8_t>(std::lround(std::clamp(e, 0.0, 1.0) * 255));
  }
  return Rgb{out[0], out[1], out[2]};
}

double delta_e_76(const Lab& x, const Lab& y) {
  return std::sqrt((x.l - y.l) * (x.l - y.l) + (x.a - y.a) * (x.a - y.a) + (x.b - y.b) * (x.b - y.b));
}

double delta_e_2000(const Lab& p, const Lab& q) {
  constexpr double kPow25To7 = 6103515625.0;  // 25^7, from the a* rescaling term G
  const double c1 = std::hypot(p.a, p.b), c2 = std::hypot(q.a, q.b);
  const double c_bar = (c1 + c2) / 2.0;
  const double c_bar7 = std::pow(c_bar, 7.0);
  const double g = 0.5 * (1.0 - std::sqrt(c_bar7 / (c_bar7 + kPow25To7)));
  const double a1 = (1.0 + g) * p.a, a2 = (1.0 + g) * q.a;
  const double c1p = std::hypot(a1, p.b), c2p = std::hypot(a2, q.b);
  auto hue = [](double b, double a) {
    if (a == 0 && b == 0) return 0.0;
    double h = degrees(std::atan2(b, a));
    return h < 0 ? h + 360.0 : h;
  };
  const double h1p = hue(p.b, a1), h2p = hue(q.b, a2);

  const double dl = q.l - p.l;
  const double dc = c2p - c1p;
  double dh = 0;
  if (c1p * c2p != 0) {
    dh = h2p - h1p;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const double dhh = 2.0 * std::sqrt(c1p * c2p) * std::sin(radians(dh / 2.0));

  const double l_bar = (p.l + q.l) / 2.0;
  const double cp_bar = (c1p + c2p) / 2.0;
  double hp_bar = h1p + h2p;
  if (c1p * c2p != 0) {
    if (std::abs(h1p - h2p) <= 180) hp_bar = (h1p + h2p) / 2.0;
    else if (h1p + h2p < 360) hp_bar = (h1p + h2p + 360) / 2.0;
    else hp_bar = (h1p + h2p - 360) / 2.0;
  }
  const double t = 1.0 - 0.17 * std::cos(radians(hp_bar - 30)) + 0.24 * std::cos(radians(2 * hp_bar)) +
                   0.32 * std::cos(radians(3 * hp_bar + 6)) - 0.20 * std::cos(radians(4 * hp_bar - 63));
  const double d_theta = 30.0 * std::exp(-((hp_bar - 275) / 25.0) * ((hp_bar - 275) / 25.0));
  const double cp_bar7 = std::pow(cp_bar, 7.0);
  const double rc = 2.0 * std::sqrt(cp_bar7 / (cp_bar7 + kPow25To7));
  const double l50 = (l_bar - 50) * (l_bar - 50);
  const double sl = 1.0 + 0.015 * l50 / std::sqrt(20.0 + l50);
  const double sc = 1.0 + 0.045 * cp_bar;
  const double sh = 1.0 + 0.015 * cp_bar * t;
  const double rt = -std::sin(radians(2 * d_theta)) * rc;
  const double tl = dl / sl, tc = dc / sc, th = dhh / sh;
  return std::sqrt(tl * tl + tc * tc + th * th + rt * tc * th);
}

std::string_view name_of(EvalPart part) {
  switch (part) {
    case EvalPart::Hair: return "hair";
    case EvalPart::Skin: return "skin";
    case EvalPart::Eyes: return "eyes";
    case EvalPart::Outfit: return "outfit";
    case EvalPart::Accessory: return "accessory";
    case EvalPart::Count: break;
  }
  return "?";
}

std::optional<EvalPart> eval_part_of(uint8_t part_label) {
  using render::PartLabel;
  switch (static_cast<PartLabel>(part_label)) {
    case PartLabel::Hair: return EvalPart::Hair;
    case PartLabel::Skin: return EvalPart::Skin;
    case PartLabel::Eyes: return EvalPart::Eyes;
    case PartLabel::OutfitPrimary:
    case PartLabel::OutfitSecondary: return EvalPart::Outfit;
    case PartLabel::Accessory: return EvalPart::Accessory;
    default: return std::nullopt;
  }
}

double psnr_masked(const render::ImageRgba& a, const render::ImageRgba& b, const render::ImageGray& mask) {
  double sum = 0;
  size_t n = 0;
  const size_t pixels = static_cast<size_t>(a.width) * a.height;
  for (size_t i = 0; i < pixels; ++i) {
    if (!mask.pixels[i]) continue;
    for (int c = 0; c < 3; ++c) {
      const double d = double(a.pixels[i * 4 + c]) - double(b.pixels[i * 4 + c]);
      sum += d * d;
    }
    n += 3;
  }
  if (n == 0) return std::numeric_limits<double>::quiet_NaN();
  const double mse = sum / n;
  if (mse == 0) return std::numeric_limits<double>::infinity();
  return 10.0 * std::log10(255.0 * 255.0 / mse);
}

double ssim_masked(const render::ImageRgba& a, const render::ImageRgba& b, const render::ImageGray& mask) {
  const int w = a.width, h = a.height;
  auto luma = [](const render::ImageRgba& im, int i) {
    return 0.299 * im.pixels[i * 4] + 0.587 * im.pixels[i * 4 + 1] + 0.114 * im.pixels[i * 4 + 2];
  };
  std::vector<double> ya(size_t(w) * h), yb(size_t(w) * h);
  for (int i = 0; i < w * h; ++i) ya[i] = luma(a, i), yb[i] = luma(b, i);
  constexpr int kRadius = 3;                           // 7x7 windows
  constexpr double kC1 = (0.01 * 255) * (0.01 * 255);  // stabilisers of Wang et al. 2004, K1 = 0.01
  constexpr double kC2 = (0.03 * 255) * (0.03 * 255);  // K2 = 0.03
  double total = 0;
  size_t windows = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      if (!mask.pixels[size_t(y) * w + x]) continue;
      double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
      int n = 0;
      for (int yy = std::max(0, y - kRadius); yy <= std::min(h - 1, y + kRadius); ++yy)
        for (int xx = std::max(0, x - kRadius); xx <= std::min(w - 1, x + kRadius); ++xx) {
          const double va = ya[size_t(yy) * w + xx], vb = yb[size_t(yy) * w + xx];
          sa += va, sb += vb, saa += va * va, sbb += vb * vb, sab += va * vb;
          ++n;
        }
      const double ma = sa / n, mb = sb / n;
      const double va = saa / n - ma * ma, vb = sbb / n - mb * mb, cov = sab / n - ma * mb;
      total += ((2 * ma * mb + kC1) * (2 * cov + kC2)) / ((ma * ma + mb * mb + kC1) * (va + vb + kC2));
      ++windows;
    }
  return windows ? total / windows : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace ekonte::neural
