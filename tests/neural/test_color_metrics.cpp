// Colour science checked against published values: CIEDE2000 pairs from Sharma, Wu and Dalal
// (2005), sRGB -> Lab anchors, and PSNR / SSIM on pictures with known answers.
#include <doctest/doctest.h>

#include <cmath>

#include "render/neural/color_metrics.hpp"

using namespace ekonte::neural;
using ekonte::render::ImageGray;
using ekonte::render::ImageRgba;

TEST_CASE("CIEDE2000 matches the Sharma et al. test data") {
  struct Pair {
    Lab a, b;
    double expected;
  };
  const Pair pairs[] = {
      {{50.0, 2.6772, -79.7751}, {50.0, 0.0, -82.7485}, 2.0425},
      {{50.0, 0.0, 0.0}, {50.0, -1.0, 2.0}, 2.3669},
      {{50.0, 2.5, 0.0}, {73.0, 25.0, -18.0}, 27.1492},
      {{60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}, 1.2644},
      {{22.7233, 20.0904, -46.6940}, {23.0331, 14.9730, -42.5619}, 2.0373},
      {{50.0, 2.5, 0.0}, {50.0, 3.1736, 0.5854}, 1.0000},
  };
  for (const auto& p : pairs) {
    CHECK(delta_e_2000(p.a, p.b) == doctest::Approx(p.expected).epsilon(1e-4));
    CHECK(delta_e_2000(p.b, p.a) == doctest::Approx(p.expected).epsilon(1e-4));
  }
  CHECK(delta_e_2000({40, 10, 10}, {40, 10, 10}) == 0.0);
}

TEST_CASE("sRGB to Lab anchors") {
  const Lab white = srgb_to_lab(255, 255, 255);
  CHECK(white.l == doctest::Approx(100.0).epsilon(1e-3));
  CHECK(std::abs(white.a) < 0.01);
  CHECK(std::abs(white.b) < 0.01);
  const Lab red = srgb_to_lab(255, 0, 0);
  CHECK(red.l == doctest::Approx(53.24).epsilon(1e-3));
  CHECK(red.a == doctest::Approx(80.09).epsilon(1e-3));
  CHECK(red.b == doctest::Approx(67.20).epsilon(1e-3));
  CHECK(srgb_to_lab(0, 0, 0).l == doctest::Approx(0.0));
}

TEST_CASE("parts the evaluation reports") {
  using ekonte::render::PartLabel;
  CHECK(eval_part_of(uint8_t(PartLabel::Hair)) == EvalPart::Hair);
  CHECK(eval_part_of(uint8_t(PartLabel::OutfitSecondary)) == EvalPart::Outfit);
  CHECK(!eval_part_of(uint8_t(PartLabel::Background)));
  CHECK(!eval_part_of(uint8_t(PartLabel::EyeWhite)));
  CHECK(name_of(EvalPart::Accessory) == "accessory");
}

TEST_CASE("PSNR and SSIM on character pixels") {
  ImageRgba a{4, 4, std::vector<uint8_t>(64, 100)};
  ImageRgba b = a;
  ImageGray mask{4, 4, std::vector<uint8_t>(16, 0)};
  CHECK(std::isnan(psnr_masked(a, b, mask)));
  mask.pixels[5] = 1;
  CHECK(std::isinf(psnr_masked(a, b, mask)));
  CHECK(ssim_masked(a, b, mask) == doctest::Approx(1.0));
  // One masked pixel off by 10 in every channel: MSE 100.
  for (int c = 0; c < 3; ++c) b.pixels[5 * 4 + c] = 110;
  CHECK(psnr_masked(a, b, mask) == doctest::Approx(10 * std::log10(255.0 * 255.0 / 100.0)));
  // A change outside the mask does not count.
  b = a;
  b.pixels[0] = 0;
  CHECK(std::isinf(psnr_masked(a, b, mask)));
  CHECK(ssim_masked(a, b, mask) < 1.0);  // the 7x7 window still sees it
}
