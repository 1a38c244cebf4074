#pragma once
// Between Ekonte pictures (ShotRender, ImageRgba) and the network's tensors. Torch inside:
// included only by render/neural/*.cpp.
#include <torch/torch.h>

#include <vector>

#include "render/shot_render.hpp"

namespace ekonte::neural {

// One shot as the network sees it: control maps from the rig and a reference per character.
struct ShotInput {
  const render::ShotRender* rig = nullptr;
  const std::vector<render::ImageRgba>* references = nullptr;  // one per landmarks.characters entry
  const std::vector<render::ImageGray>* reference_parts = nullptr;  // optional (training)
};

struct ShotBatch {
  torch::Tensor control;     // [B,12,h,w] at the working size
  torch::Tensor instances;   // [B,h,w] int64
  torch::Tensor references;  // [B,K,3,R,R/2]; characters without a reference get a white sheet
  torch::Tensor lineart;     // [B,1,h,w] in [0,1]
  torch::Tensor target;      // [B,3,h,w]: the rig's colour picture (training and evaluation)
  torch::Tensor weight;      // [B,1,h,w]: loss weight, 0 outside characters
  torch::Tensor reference_parts;        // [B,K,10,R/4,R/8]: part shares per fine reference token
  torch::Tensor reference_parts_valid;  // [B,K]: 1 where the reference's part labels are known
};

// Builds a batch at the working size (w, h); all shots must share one size. K = the most
// characters of any shot in the batch (at least 1).
ShotBatch make_shot_batch(const std::vector<ShotInput>& shots, int reference_size, int work_w, int work_h);

torch::Tensor rgba_to_tensor(const render::ImageRgba& image);  // [3,H,W] in [0,1], alpha over white
render::ImageRgba tensor_to_rgba(const torch::Tensor& image);   // [3,H,W] in [0,1]
torch::Tensor gray_to_tensor(const render::ImageGray& image);   // [H,W] uint8
// Cropped to the drawing, letterboxed on white to 1:2 (w:h), resized: [3,size,size/2].
torch::Tensor reference_to_tensor(const render::ImageRgba& image, int size);
struct ReferenceTensors {
  torch::Tensor rgb;    // [3,size,size/2]
  torch::Tensor parts;  // [10,size/4,size/8] part shares per fine token; undefined without labels
};
ReferenceTensors reference_tensors(const render::ImageRgba& image, const render::ImageGray* parts, int size);

}  // namespace ekonte::neural
