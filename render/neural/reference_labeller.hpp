#pragma once
// The reference labeller (generator architecture version 4): a small U-Net that reads a
// reference sheet (its drawing framed to 128 x 256) or a face crop of it (128 x 128) and labels
// every pixel with a part, a tone and whether it is outline ink. Trained on the rig's free labels
// under strong colour augmentation, so it labels by shape and position, not by colour. Its labels
// give the character's palette (palette.hpp); the shots are then painted flat on the rig's maps.
//
//   [N,6,H,W] = RGB + x, y coordinates + face-crop flag
//     stem conv c (H) -> e1 2c (H/2) -> e2 4c (H/4) -> e3 4c (H/8) -> e4 4c (H/16)
//     -> up + e3: d3 4c -> up + e2: d2 2c -> up + e1: d1 c -> up + stem: d0 c -> 1x1 head
//   [N,17,H,W] = part logits (10) + tone logits (6) + ink logit (1)
#include <torch/torch.h>

#include "render/neural/generator_model.hpp"
#include "render/neural/neural_generator.hpp"
#include "render/neural/palette.hpp"
#include "render/neural/reference_frame.hpp"
#include "render/neural/sheet_palette.hpp"
#include "render/neural/training_data.hpp"

namespace ekonte::neural {

// RGB, two coordinate channels (where on the sheet: labels follow position as well as shape),
// and a flag that is 1 on face crops (the same network reads both).
inline constexpr int kLabellerInputChannels = 6;
inline constexpr int kToneChannels = kPaletteTones;
inline constexpr int kLabellerOutputChannels = kPartChannels + kToneChannels + 1;

struct ReferenceLabellerImpl : torch::nn::Module {
  explicit ReferenceLabellerImpl(int base_channels);
  // x [N,6,H,W] -> logits [N,17,H,W]; H and W multiples of 16.
  torch::Tensor forward(const torch::Tensor& x);
  torch::nn::Conv2d stem{nullptr}, d0{nullptr}, head{nullptr};
  torch::nn::GroupNorm stem_norm{nullptr}, d0_norm{nullptr};
  ConvBlock e1{nullptr}, e2{nullptr}, e3{nullptr}, e4{nullptr}, d3{nullptr}, d2{nullptr}, d1{nullptr};
};
TORCH_MODULE(ReferenceLabeller);

// A framed picture as the labeller's input [6,H,W].
torch::Tensor labeller_input(const render::ImageRgba& picture, bool face);
// The labels of a framed picture (sheet or face crop).
ReferenceLabels label_picture(ReferenceLabeller& net, const render::ImageRgba& picture, bool face, torch::Device device);

// Everything the renderer needs of one reference sheet: palette_of_sheet (sheet_palette.hpp)
// with the network's labels.
CharacterPalette palette_for_reference(ReferenceLabeller& net, const render::ImageRgba& sheet, const ToneModel& tones,
                                       torch::Device device, const LabelledSheet* script_view = nullptr);

}  // namespace ekonte::neural
