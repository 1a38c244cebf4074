#include "render/neural/neural_generator.hpp"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include "render/neural/checkpoint.hpp"
#include "render/neural/flat_fill.hpp"
#include "render/neural/reference_labeller.hpp"
#include "render/neural/generator_model.hpp"
#include "render/neural/shot_tensors.hpp"
#include "render/image/image_file.hpp"

namespace ekonte::neural {
namespace F = torch::nn::functional;

namespace {

// Shots per forward pass when the caller does not say: CPU memory is plenty but cores are few;
// a GPU wants many shots in flight.
constexpr int kDefaultCpuBatch = 4;
constexpr int kDefaultCudaBatch = 64;

// FNV-1a 64 of a picture: the key of its palette, so a sheet is labelled once however many
// shots show its character.
uint64_t picture_digest(const render::ImageRgba& image) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a 64 offset basis
  auto mix = [&](uint8_t c) { h = (h ^ c) * 1099511628211ull; };  // FNV-1a 64 prime
  for (int v : {image.width, image.height})
    for (int i = 0; i < 4; ++i) mix(uint8_t(v >> (8 * i)));
  for (uint8_t c : image.pixels) mix(c);
  return h;
}

bool is_cuda_oom(const c10::Error& e) {
  return dynamic_cast<const c10::OutOfMemoryError*>(&e) != nullptr ||
         std::string(e.what()).find("out of memory") != std::string::npos;
}

}  // namespace

std::string default_model_path() {
  if (const char* env = std::getenv("EKONTE_MODEL"); env && *env) return env;
#ifdef EKONTE_SOURCE_ROOT
  const std::string in_tree = std::string(EKONTE_SOURCE_ROOT) + "/" + kShippedModelPath;
  if (std::filesystem::exists(in_tree)) return in_tree;
#endif
  return kShippedModelPath;
}

std::string resolve_device_name(const std::string& requested, std::string* why) {
  const bool has_cuda = torch::cuda::is_available();
  if (requested == "auto" || requested.empty()) {
    if (why) *why = has_cuda ? "auto: libtorch sees a CUDA GPU" : "auto: libtorch sees no CUDA GPU, using the CPU";
    return has_cuda ? "cuda:0" : "cpu";
  }
  if (requested == "cpu") {
    if (why) *why = "cpu requested";
    return "cpu";
  }
  if (requested == "cuda" || requested.rfind("cuda:", 0) == 0) {
    if (!has_cuda)
      throw NeuralError("device `" + requested +
                        "` requested, but libtorch sees no CUDA GPU (no device or driver, or a CPU-only libtorch "
                        "build); use `--device cpu` or `--device auto`");
    int index = 0;
    if (requested.size() > 5) {
      try {
        index = std::stoi(requested.substr(5));
      } catch (const std::exception&) {
        throw NeuralError("device `" + requested + "` is not `cuda:N`");
      }
    }
    const int count = static_cast<int>(torch::cuda::device_count());
    if (index < 0 || index >= count)
      throw NeuralError("device `" + requested + "` does not exist: libtorch sees " + std::to_string(count) +
                        " CUDA device(s)");
    if (why) *why = "cuda requested";
    return "cuda:" + std::to_string(index);
  }
  throw NeuralError("unknown device `" + requested + "`; use `auto`, `cpu` or `cuda`");
}

render::ImageRgba load_reference_image(const std::string& path) {
  // The header is read and checked against render/image/image_limits.hpp before any pixel
  // is decoded: a 20000x20000 sheet would otherwise take tens of gigabytes here.
  render::ImageHeader header;
  std::string problem;
  if (!render::read_image_file_header(path, &header, &problem))
    throw NeuralError("reference image `" + path + "` " + problem);
  if (header.grey)
    throw NeuralError("reference image `" + path + "` is greyscale; the generator needs an RGB or RGBA picture");
  if (header.width < kMinReferenceSide || header.height < kMinReferenceSide)
    throw NeuralError("reference image `" + path + "` is " + std::to_string(header.width) + "x" +
                      std::to_string(header.height) + ", too small; it needs at least " +
                      std::to_string(kMinReferenceSide) + "x" + std::to_string(kMinReferenceSide) + " pixels");
  render::ImageRgba image;
  if (!render::read_image(path, &image, &problem)) throw NeuralError("reference image `" + path + "` " + problem);
  // Transparent pixels are paper white to the network.
  for (size_t i = 0; i < image.pixels.size(); i += 4)
    if (image.pixels[i + 3] == 0) image.pixels[i] = image.pixels[i + 1] = image.pixels[i + 2] = 255;
  return image;
}

struct NeuralGenerator::Impl {
  GeneratorParams params;
  LoadedCheckpoint checkpoint;
  torch::Device device{torch::kCPU};
  torch::Dtype dtype = torch::kFloat32;
  int batch = kDefaultCpuBatch;
  ModelInfo info;
  // Architecture 4: the fitted tone model and each reference's palette, by picture digest.
  ToneModel tones;
  std::map<uint64_t, CharacterPalette> palettes;

  bool labeller() const { return checkpoint.meta.architecture_version == kLabellerArchitectureVersion; }
  const CharacterPalette* palette_of(const render::ImageRgba& reference, const LabelledSheet* script_view);
  std::vector<render::ShotRender> render_flat(const std::vector<GeneratorShot>& shots, size_t begin, size_t end);
  std::vector<render::ShotRender> render_group(const std::vector<GeneratorShot>& shots, size_t begin, size_t end);
};

NeuralGenerator::NeuralGenerator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NeuralGenerator::~NeuralGenerator() = default;

std::unique_ptr<NeuralGenerator> NeuralGenerator::load(const GeneratorParams& params) {
  auto impl = std::make_unique<Impl>();
  impl->params = params;
  if (impl->params.model_path.empty()) impl->params.model_path = default_model_path();
  impl->device = torch::Device(resolve_device_name(params.device));
  // Debian's libtorch starts with one thread: use every core unless told otherwise.
  if (impl->device.is_cpu())
    torch::set_num_threads(params.threads > 0 ? params.threads
                                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
  impl->checkpoint = load_checkpoint(impl->params.model_path, impl->device);
  torch::nn::Module* module = nullptr;
  if (impl->labeller()) {
    // The labeller runs once per reference: float32 everywhere, no batching to tune.
    impl->checkpoint.labeller->eval();
    impl->tones = ToneModel::from_json(impl->checkpoint.meta.tone_model);
    module = impl->checkpoint.labeller.get();
  } else {
    auto& model = impl->checkpoint.model;
    model->eval();
    if (impl->device.is_cuda() && params.bf16_on_cuda) {
      impl->dtype = torch::kBFloat16;
      model->to(torch::kBFloat16);
    }
    module = model.get();
  }
  impl->batch = params.batch > 0 ? params.batch : (impl->device.is_cuda() ? kDefaultCudaBatch : kDefaultCpuBatch);
  const auto& m = impl->checkpoint.meta;
  auto& info = impl->info;
  info.architecture_version = m.architecture_version;
  info.base_channels = m.config.base_channels;
  info.heads = m.config.heads;
  info.reference_size = m.config.reference_size;
  info.train_size = m.train_size;
  info.steps = m.steps;
  info.parameters = parameter_count(*module);
  info.data = m.data;
  info.identities = m.identities;
  info.command_line = m.command_line;
  info.eval_json = m.eval.dump();
  info.digest = impl->checkpoint.digest;
  return std::unique_ptr<NeuralGenerator>(new NeuralGenerator(std::move(impl)));
}

const ModelInfo& NeuralGenerator::info() const { return impl_->info; }
int NeuralGenerator::batch_size() const { return impl_->batch; }
const ToneModel* NeuralGenerator::tone_model() const { return impl_->labeller() ? &impl_->tones : nullptr; }

std::string NeuralGenerator::device_description() const {
  if (impl_->device.is_cpu()) return "cpu (" + std::to_string(torch::get_num_threads()) + " threads)";
  return impl_->device.str() + (impl_->dtype == torch::kBFloat16 ? " (bf16)" : " (fp32)");
}

const CharacterPalette* NeuralGenerator::Impl::palette_of(const render::ImageRgba& reference,
                                                          const LabelledSheet* script_view) {
  if (reference.width <= 0 || reference.height <= 0) return nullptr;  // no sheet: the rig's colours
  uint64_t key = picture_digest(reference);
  // Not a plain XOR: a character without a sheet has its script view as its reference.
  if (script_view) key = mix_seed(key) ^ picture_digest(script_view->picture);
  auto it = palettes.find(key);
  if (it == palettes.end())
    it = palettes.emplace(key, palette_for_reference(checkpoint.labeller, reference, tones, device, script_view)).first;
  return &it->second;
}

std::vector<render::ShotRender> NeuralGenerator::Impl::render_flat(const std::vector<GeneratorShot>& shots, size_t begin,
                                                                  size_t end) {
  std::vector<render::ShotRender> result;
  for (size_t i = begin; i < end; ++i) {
    std::vector<const CharacterPalette*> pals;
    for (size_t k = 0; k < shots[i].references.size(); ++k)
      pals.push_back(palette_of(shots[i].references[k],
                                k < shots[i].script_views.size() ? shots[i].script_views[k] : nullptr));
    render::ShotRender r = *shots[i].rig;
    r.color = paint_flat(*shots[i].rig, pals, tones);
    result.push_back(std::move(r));
  }
  return result;
}

std::vector<render::ShotRender> NeuralGenerator::Impl::render_group(const std::vector<GeneratorShot>& shots,
                                                                   size_t begin, size_t end) {
  if (labeller()) return render_flat(shots, begin, end);
  const auto& first = *shots[begin].rig;
  const int w = first.color.width, h = first.color.height;
  // The network runs at the scale it was trained at (short side = training size) and its fill
  // is upsampled; ink and the composite are done at full resolution.
  const int short_side = std::min(w, h);
  const int target_short = params.work_short_side > 0 ? params.work_short_side : checkpoint.meta.train_size;
  int ww = w, wh = h;
  if (short_side > target_short) {
    const double s = double(target_short) / short_side;
    ww = std::max(8, static_cast<int>(std::lround(w * s)));
    wh = std::max(8, static_cast<int>(std::lround(h * s)));
  }
  std::vector<ShotInput> inputs;
  for (size_t i = begin; i < end; ++i) inputs.push_back({shots[i].rig, &shots[i].references});
  auto batch = make_shot_batch(inputs, checkpoint.meta.config.reference_size, ww, wh);
  torch::NoGradGuard no_grad;
  auto& model = checkpoint.model;
  auto out = model->forward(batch.control.to(device, dtype), batch.instances.to(device),
                            batch.references.to(device, dtype));
  auto fill = out.fill.to(torch::kCPU, torch::kFloat32);
  auto ink = out.ink.to(torch::kCPU, torch::kFloat32);
  if (ww != w || wh != h)
    fill = F::interpolate(fill, F::InterpolateFuncOptions()
                                    .size(std::vector<int64_t>{h, w})
                                    .mode(torch::kBilinear)
                                    .align_corners(false));
  std::vector<render::ShotRender> result;
  for (size_t i = begin; i < end; ++i) {
    const auto& rig = *shots[i].rig;
    auto line = gray_to_tensor(rig.lineart).to(torch::kFloat32).div(255.0).unsqueeze(0).unsqueeze(0);
    auto picture = apply_ink(fill[i - begin].unsqueeze(0), ink, line)[0];
    auto characters = gray_to_tensor(rig.instances).gt(0).unsqueeze(0);
    // Outside the characters: the bare setting where the rig drew nothing else, the rig's picture
    // where it drew props (so a character's anti-aliased fringe never survives).
    auto bare = gray_to_tensor(rig.parts).eq(static_cast<int>(render::PartLabel::Background)).unsqueeze(0);
    auto behind = torch::where(bare, rgba_to_tensor(rig.background), rgba_to_tensor(rig.color));
    render::ShotRender r = rig;
    r.color = tensor_to_rgba(torch::where(characters, picture, behind));
    result.push_back(std::move(r));
  }
  return result;
}

std::vector<render::ShotRender> NeuralGenerator::render_batch(const std::vector<GeneratorShot>& shots) {
  std::vector<render::ShotRender> out;
  out.reserve(shots.size());
  size_t i = 0;
  while (i < shots.size()) {
    if (!shots[i].rig) throw NeuralError("render_batch: shot " + std::to_string(i) + " has no rig render");
    // A forward pass takes shots of one size only.
    size_t end = i + 1;
    while (end < shots.size() && end - i < static_cast<size_t>(impl_->batch) && shots[end].rig &&
           shots[end].rig->color.width == shots[i].rig->color.width &&
           shots[end].rig->color.height == shots[i].rig->color.height)
      ++end;
    try {
      auto part = impl_->render_group(shots, i, end);
      for (auto& r : part) out.push_back(std::move(r));
      i = end;
      if (impl_->params.progress) impl_->params.progress(static_cast<int>(i), static_cast<int>(shots.size()));
    } catch (const c10::Error& e) {
      if (impl_->device.is_cuda() && is_cuda_oom(e) && impl_->batch > 1) {
        impl_->batch /= 2;  // GPU out of memory: halve the batch and retry the same shots
        continue;
      }
      std::string what = e.what_without_backtrace();
      throw NeuralError("generator failed on " + impl_->device.str() + ": " + what.substr(0, what.find('\n')));
    }
  }
  return out;
}

}  // namespace ekonte::neural
