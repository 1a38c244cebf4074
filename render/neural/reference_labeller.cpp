#include "render/neural/reference_labeller.hpp"


#include <algorithm>

#include "render/neural/reference_frame.hpp"

namespace ekonte::neural {
namespace F = torch::nn::functional;

namespace {

// A pixel is outline ink when the labeller gives it at least this probability.
constexpr double kInkProbability = 0.5;

int groups_of(int channels) {
  for (int g : {8, 4, 2})
    if (channels % g == 0) return g;
  return 1;
}

torch::Tensor up_to(const torch::Tensor& x, const torch::Tensor& like) {
  return F::interpolate(x, F::InterpolateFuncOptions()
                               .size(std::vector<int64_t>{like.size(2), like.size(3)})
                               .mode(torch::kNearest));
}

}  // namespace

ReferenceLabellerImpl::ReferenceLabellerImpl(int c) {
  using torch::nn::Conv2dOptions;
  stem = register_module("stem", torch::nn::Conv2d(Conv2dOptions(kLabellerInputChannels, c, 3).padding(1)));
  stem_norm = register_module("stem_norm", torch::nn::GroupNorm(groups_of(c), c));
  e1 = register_module("e1", ConvBlock(c, 2 * c, 2));
  e2 = register_module("e2", ConvBlock(2 * c, 4 * c, 2));
  e3 = register_module("e3", ConvBlock(4 * c, 4 * c, 2));
  e4 = register_module("e4", ConvBlock(4 * c, 4 * c, 2));
  d3 = register_module("d3", ConvBlock(8 * c, 4 * c));
  d2 = register_module("d2", ConvBlock(8 * c, 2 * c));
  d1 = register_module("d1", ConvBlock(4 * c, c));
  d0 = register_module("d0", torch::nn::Conv2d(Conv2dOptions(2 * c, c, 3).padding(1)));
  d0_norm = register_module("d0_norm", torch::nn::GroupNorm(groups_of(c), c));
  head = register_module("head", torch::nn::Conv2d(Conv2dOptions(c, kLabellerOutputChannels, 1)));
}

torch::Tensor ReferenceLabellerImpl::forward(const torch::Tensor& x) {
  auto s = F::silu(stem_norm(stem(x)));
  auto a1 = e1(s), a2 = e2(a1), a3 = e3(a2), a4 = e4(a3);
  auto y = d3(torch::cat({up_to(a4, a3), a3}, 1));
  y = d2(torch::cat({up_to(y, a2), a2}, 1));
  y = d1(torch::cat({up_to(y, a1), a1}, 1));
  y = F::silu(d0_norm(d0(torch::cat({up_to(y, s), s}, 1))));
  return head(y);
}

torch::Tensor labeller_input(const render::ImageRgba& picture, bool face) {
  const int64_t h = picture.height, w = picture.width;
  auto rgb = torch::from_blob(const_cast<uint8_t*>(picture.pixels.data()), {h, w, 4}, torch::kUInt8)
                 .slice(2, 0, 3)
                 .permute({2, 0, 1})
                 .to(torch::kFloat32)
                 .div(255.0);
  auto yy = torch::linspace(-1, 1, h).view({1, h, 1}).expand({1, h, w});
  auto xx = torch::linspace(-1, 1, w).view({1, 1, w}).expand({1, h, w});
  auto flag = torch::full({1, h, w}, face ? 1.0f : 0.0f);
  return torch::cat({rgb, xx, yy, flag}, 0);
}

ReferenceLabels label_picture(ReferenceLabeller& net, const render::ImageRgba& picture, bool face, torch::Device device) {
  torch::NoGradGuard no_grad;
  auto logits = net->forward(labeller_input(picture, face).unsqueeze(0).to(device)).to(torch::kCPU)[0];
  auto part_p = torch::softmax(logits.slice(0, 0, kPartChannels), 0);
  auto tone_p = torch::softmax(logits.slice(0, kPartChannels, kPartChannels + kToneChannels), 0);
  auto ink_p = torch::sigmoid(logits[kPartChannels + kToneChannels]);
  auto [part_max, part_arg] = part_p.max(0);
  auto [tone_max, tone_arg] = tone_p.max(0);
  ReferenceLabels out;
  out.picture = picture;
  const int w = picture.width, h = picture.height;
  const size_t n = size_t(w) * h;
  auto to_gray = [&](const torch::Tensor& t) {
    auto c = t.to(torch::kUInt8).contiguous();
    return render::ImageGray{w, h, std::vector<uint8_t>(c.data_ptr<uint8_t>(), c.data_ptr<uint8_t>() + n)};
  };
  out.parts = to_gray(part_arg);
  out.tones = to_gray(tone_arg);
  out.ink = to_gray(ink_p.gt(kInkProbability).to(torch::kUInt8) * 255);
  auto conf = (part_max * tone_max).contiguous();
  out.confidence.assign(conf.data_ptr<float>(), conf.data_ptr<float>() + n);
  return out;
}

CharacterPalette palette_for_reference(ReferenceLabeller& net, const render::ImageRgba& sheet, const ToneModel& tones,
                                       torch::Device device, const LabelledSheet* script_view) {
  const Rgb paper = paper_colour(sheet);
  const SheetLabeller label = [&](const Frame& frame, bool face) {
    return label_picture(net, resample_rgb(sheet, frame, paper), face, device);
  };
  if (!script_view) return palette_of_sheet(sheet, label, tones, nullptr);
  const Rgb view_paper = paper_colour(script_view->picture);
  const SheetLabeller label_view = [&](const Frame& frame, bool face) {
    return label_picture(net, resample_rgb(script_view->picture, frame, view_paper), face, device);
  };
  return palette_of_sheet(sheet, label, tones, script_view, &label_view);
}

}  // namespace ekonte::neural
