#include "render/neural/shot_tensors.hpp"

#include <algorithm>
#include <stdexcept>

#include "render/neural/generator_model.hpp"

namespace ekonte::neural {
namespace F = torch::nn::functional;

namespace {

torch::Tensor resize(const torch::Tensor& x, int h, int w, bool nearest) {
  if (x.size(-2) == h && x.size(-1) == w) return x;
  auto opts = F::InterpolateFuncOptions().size(std::vector<int64_t>{h, w});
  if (nearest) return F::interpolate(x, opts.mode(torch::kNearest));
  // Shrinking averages (no aliasing of thin lines); growing interpolates.
  if (h < x.size(-2)) return F::interpolate(x, opts.mode(torch::kArea));
  return F::interpolate(x, opts.mode(torch::kBilinear).align_corners(false));
}

}  // namespace

torch::Tensor rgba_to_tensor(const render::ImageRgba& image) {
  auto t = torch::from_blob(const_cast<uint8_t*>(image.pixels.data()), {image.height, image.width, 4}, torch::kUInt8)
               .to(torch::kFloat32)
               .div(255.0)
               .permute({2, 0, 1});
  auto rgb = t.slice(0, 0, 3), alpha = t.slice(0, 3, 4);
  return (rgb * alpha + (1 - alpha)).contiguous();
}

render::ImageRgba tensor_to_rgba(const torch::Tensor& image) {
  auto t = image.detach().to(torch::kCPU, torch::kFloat32).clamp(0, 1).mul(255.0).round().to(torch::kUInt8);
  t = torch::cat({t, torch::full({1, t.size(1), t.size(2)}, 255, t.options())}, 0).permute({1, 2, 0}).contiguous();
  render::ImageRgba out;
  out.height = static_cast<int>(t.size(0));
  out.width = static_cast<int>(t.size(1));
  out.pixels.assign(t.data_ptr<uint8_t>(), t.data_ptr<uint8_t>() + t.numel());
  return out;
}

torch::Tensor gray_to_tensor(const render::ImageGray& image) {
  return torch::from_blob(const_cast<uint8_t*>(image.pixels.data()), {image.height, image.width}, torch::kUInt8).clone();
}

torch::Tensor reference_to_tensor(const render::ImageRgba& image, int size) {
  auto t = rgba_to_tensor(image);
  const int64_t h = t.size(1), w = t.size(2), side = std::max(h, w);
  auto square = torch::ones({3, side, side});
  square.slice(1, (side - h) / 2, (side - h) / 2 + h).slice(2, (side - w) / 2, (side - w) / 2 + w).copy_(t);
  return resize(square.unsqueeze(0), size, size, false).squeeze(0).clamp(0, 1);
}

ShotBatch make_shot_batch(const std::vector<ShotInput>& shots, int reference_size, int work_w, int work_h) {
  if (shots.empty()) throw std::invalid_argument("make_shot_batch: no shots");
  int64_t k = 1;
  for (const auto& s : shots) k = std::max<int64_t>(k, static_cast<int64_t>(s.rig->landmarks.characters.size()));
  std::vector<torch::Tensor> control, instances, refs, lineart, target, weight;
  for (const auto& s : shots) {
    const auto& rig = *s.rig;
    auto line = gray_to_tensor(rig.lineart).to(torch::kFloat32).div(255.0).unsqueeze(0).unsqueeze(0);
    auto parts = gray_to_tensor(rig.parts).to(torch::kFloat32).unsqueeze(0).unsqueeze(0);
    auto inst = gray_to_tensor(rig.instances).to(torch::kFloat32).unsqueeze(0).unsqueeze(0);
    line = resize(line, work_h, work_w, false)[0];
    auto parts_l = resize(parts, work_h, work_w, true)[0][0].round().to(torch::kInt64).clamp(0, kPartChannels - 1);
    auto inst_l = resize(inst, work_h, work_w, true)[0][0].round().to(torch::kInt64);
    auto one_hot = F::one_hot(parts_l, kPartChannels).permute({2, 0, 1}).to(torch::kFloat32);
    auto mask = (inst_l > 0).to(torch::kFloat32).unsqueeze(0);
    control.push_back(torch::cat({line, one_hot, mask}, 0));
    instances.push_back(inst_l);
    lineart.push_back(line);
    target.push_back(resize(rgba_to_tensor(rig.color).unsqueeze(0), work_h, work_w, false)[0]);
    // Small parts carry a design's identity (eyes, accessory): weigh them up so they are not drowned by the outfit.
    constexpr float kSmallPartWeight = 4.0f;
    auto small = (parts_l == static_cast<int64_t>(render::PartLabel::Eyes)) |
                 (parts_l == static_cast<int64_t>(render::PartLabel::Accessory));
    weight.push_back((mask[0] * (1 + (kSmallPartWeight - 1) * small.to(torch::kFloat32))).unsqueeze(0));
    std::vector<torch::Tensor> shot_refs;
    for (int64_t i = 0; i < k; ++i) {
      if (s.references && i < static_cast<int64_t>(s.references->size()) && !(*s.references)[i].pixels.empty())
        shot_refs.push_back(reference_to_tensor((*s.references)[i], reference_size));
      else
        shot_refs.push_back(torch::ones({3, reference_size, reference_size}));
    }
    refs.push_back(torch::stack(shot_refs));
  }
  ShotBatch batch;
  batch.control = torch::stack(control);
  batch.instances = torch::stack(instances);
  batch.references = torch::stack(refs);
  batch.lineart = torch::stack(lineart);
  batch.target = torch::stack(target);
  batch.weight = torch::stack(weight);
  return batch;
}

}  // namespace ekonte::neural
