#pragma once
// Colour science and image metrics used to judge the neural generator: sRGB -> CIE Lab,
// the CIEDE2000 colour difference, and PSNR / SSIM restricted to character pixels.
// Plain C++: no torch, so tests and tools can use it without the model.
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "render/shot_render.hpp"

namespace ekonte::neural {

struct Lab {
  double l = 0, a = 0, b = 0;
};

// 8-bit sRGB (D65) to CIE L*a*b* (D65 white).
Lab srgb_to_lab(uint8_t r, uint8_t g, uint8_t b);
// CIE L*a*b* (D65 white) back to 8-bit sRGB, clamped to the gamut.
Rgb lab_to_srgb(const Lab& lab);
// CIEDE2000 colour difference with kL = kC = kH = 1 (Sharma, Wu, Dalal 2005).
double delta_e_2000(const Lab& x, const Lab& y);
// Euclidean distance in Lab (CIE76).
double delta_e_76(const Lab& x, const Lab& y);

// The parts the evaluation reports: a character's design lives in these colours.
enum class EvalPart : uint8_t { Hair, Skin, Eyes, Outfit, Accessory, Count };
inline constexpr int kEvalPartCount = static_cast<int>(EvalPart::Count);
std::string_view name_of(EvalPart part);
// Which evaluated part a part-label pixel belongs to; none for background, whites, mouth, props.
std::optional<EvalPart> eval_part_of(uint8_t part_label);

// PSNR (8-bit peak) over the RGB channels of the pixels where `mask` is non-zero.
// Identical pictures give +infinity; an empty mask gives NaN.
double psnr_masked(const render::ImageRgba& a, const render::ImageRgba& b, const render::ImageGray& mask);
// Mean SSIM of the luma over 7x7 windows centred on pixels where `mask` is non-zero
// (windows are clipped at the image border). An empty mask gives NaN.
double ssim_masked(const render::ImageRgba& a, const render::ImageRgba& b, const render::ImageGray& mask);

}  // namespace ekonte::neural
