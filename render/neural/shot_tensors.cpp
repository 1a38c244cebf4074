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

ReferenceTensors reference_tensors(const render::ImageRgba& image, const render::ImageGray* parts, int size) {
  auto t = rgba_to_tensor(image);
  torch::Tensor p;
  if (parts && parts->width == image.width && parts->height == image.height)
    p = F::one_hot(gray_to_tensor(*parts).to(torch::kInt64).clamp(0, kPartChannels - 1), kPartChannels)
            .permute({2, 0, 1})
            .to(torch::kFloat32);
  // Crop to the drawing: pixels that differ from the paper (the top-left corner's colour).
  constexpr double kPaperTolerance = 0.06;
  auto paper = t.index({torch::indexing::Slice(), 0, 0}).view({3, 1, 1});
  auto ink = (t - paper).abs().amax(0) > kPaperTolerance;  // [H,W]
  if (ink.any().item<bool>()) {
    auto rows = ink.any(1).nonzero().flatten(), cols = ink.any(0).nonzero().flatten();
    const int64_t y0 = rows.min().item<int64_t>(), y1 = rows.max().item<int64_t>() + 1;
    const int64_t x0 = cols.min().item<int64_t>(), x1 = cols.max().item<int64_t>() + 1;
    const int64_t m = std::max<int64_t>(1, (y1 - y0) / 25);  // a 4 % margin keeps the outline whole
    const int64_t ya = std::max<int64_t>(0, y0 - m), yb = std::min(t.size(1), y1 + m);
    const int64_t xa = std::max<int64_t>(0, x0 - m), xb = std::min(t.size(2), x1 + m);
    t = t.slice(1, ya, yb).slice(2, xa, xb);
    if (p.defined()) p = p.slice(1, ya, yb).slice(2, xa, xb);
  }
  // Letterbox onto white paper with the reference's aspect (width = height / 2: a standing figure).
  const int64_t h = t.size(1), w = t.size(2);
  const int64_t box_h = std::max(h, 2 * w), box_w = box_h / 2 + (box_h % 2);
  const int64_t oy = (box_h - h) / 2, ox = (box_w - w) / 2;
  auto box = torch::ones({3, box_h, box_w});
  box.slice(1, oy, oy + h).slice(2, ox, ox + w).copy_(t);
  ReferenceTensors out;
  out.rgb = resize(box.unsqueeze(0), size, reference_width(size), false).squeeze(0).clamp(0, 1);
  if (p.defined()) {
    auto pbox = torch::zeros({kPartChannels, box_h, box_w});
    pbox[0].fill_(1);  // paper is background
    pbox.slice(1, oy, oy + h).slice(2, ox, ox + w).copy_(p);
    // Soft targets at the fine token grid: the share of each part in a token's patch.
    out.parts = F::adaptive_avg_pool2d(pbox.unsqueeze(0), F::AdaptiveAvgPool2dFuncOptions(
                                                               {size / kFineTokenStride, reference_width(size) / kFineTokenStride}))
                    .squeeze(0);
  }
  return out;
}

torch::Tensor reference_to_tensor(const render::ImageRgba& image, int size) {
  return reference_tensors(image, nullptr, size).rgb;
}

ShotBatch make_shot_batch(const std::vector<ShotInput>& shots, int reference_size, int work_w, int work_h) {
  if (shots.empty()) throw std::invalid_argument("make_shot_batch: no shots");
  int64_t k = 1;
  for (const auto& s : shots) k = std::max<int64_t>(k, static_cast<int64_t>(s.rig->landmarks.characters.size()));
  std::vector<torch::Tensor> control, instances, refs, lineart, target, weight, ref_parts, ref_valid;
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
    std::vector<torch::Tensor> shot_refs, shot_ref_parts, shot_valid;
    const int64_t th = reference_size / kFineTokenStride, tw = reference_width(reference_size) / kFineTokenStride;
    for (int64_t i = 0; i < k; ++i) {
      const bool has = s.references && i < static_cast<int64_t>(s.references->size()) && !(*s.references)[i].pixels.empty();
      const render::ImageGray* parts = has && s.reference_parts && i < static_cast<int64_t>(s.reference_parts->size())
                                           ? &(*s.reference_parts)[i]
                                           : nullptr;
      ReferenceTensors r;
      if (has) r = reference_tensors((*s.references)[i], parts, reference_size);
      else r.rgb = torch::ones({3, reference_size, reference_width(reference_size)});
      shot_refs.push_back(r.rgb);
      shot_valid.push_back(torch::full({1}, r.parts.defined() ? 1.0f : 0.0f));
      shot_ref_parts.push_back(r.parts.defined() ? r.parts : torch::zeros({kPartChannels, th, tw}));
    }
    refs.push_back(torch::stack(shot_refs));
    ref_parts.push_back(torch::stack(shot_ref_parts));
    ref_valid.push_back(torch::cat(shot_valid));
  }
  ShotBatch batch;
  batch.control = torch::stack(control);
  batch.instances = torch::stack(instances);
  batch.references = torch::stack(refs);
  batch.lineart = torch::stack(lineart);
  batch.target = torch::stack(target);
  batch.weight = torch::stack(weight);
  batch.reference_parts = torch::stack(ref_parts);
  batch.reference_parts_valid = torch::stack(ref_valid);
  return batch;
}

}  // namespace ekonte::neural
