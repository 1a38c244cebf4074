#include "render/neural/train_generator.hpp"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>

#include "render/neural/checkpoint.hpp"
#include "render/neural/generator_model.hpp"
#include "render/neural/reference_labeller.hpp"
#include "render/neural/neural_generator.hpp"
#include "render/neural/shot_tensors.hpp"
#include "render/neural/training_loop.hpp"

namespace ekonte::neural {
namespace {

// Weight of the reference part-label loss next to the L1 colour loss (whose scale is ~0.05-0.2).
constexpr double kPartLossWeight = 0.1;

// The examples of one step: a pure function of (seed, step), so a resumed run sees the same data.
std::vector<TrainingExample> examples_for_step(const TrainOptions& o, const ExampleSource& source, int64_t step) {
  std::vector<TrainingExample> out;
  for (int i = 0; i < o.batch; ++i) {
    uint64_t index = static_cast<uint64_t>(step) * o.batch + i;
    if (o.example_pool > 0) index %= static_cast<uint64_t>(o.example_pool);
    const uint64_t shot_seed = mix_seed(mix_seed(o.seed) ^ index);
    std::mt19937_64 rng(shot_seed);
    std::uniform_real_distribution<double> u(0, 1);
    int characters = 1;
    if (u(rng) < o.multi_character_fraction) characters = u(rng) < 0.7 ? 2 : 3;
    ExampleRequest req;
    req.shot_seed = shot_seed;
    req.width = req.height = o.size;
    req.identity_set = o.identities;
    for (int c = 0; c < characters; ++c) req.identities.push_back(mix_seed(shot_seed + 977 * (c + 1)) % kEvalIdentityBase);
    out.push_back(source(req));
  }
  return out;
}

ShotBatch batch_of(const std::vector<TrainingExample>& examples, int reference_size, int size) {
  std::vector<ShotInput> inputs;
  for (const auto& e : examples) inputs.push_back({&e.shot, &e.references, &e.reference_parts});
  return make_shot_batch(inputs, reference_size, size, size);
}

torch::Tensor loss_of(ReferenceGenerator& model, const ShotBatch& b, torch::Device device) {
  auto out = model->forward(b.control.to(device), b.instances.to(device), b.references.to(device));
  auto picture = apply_ink(out.fill, out.ink, b.lineart.to(device));
  auto weight = b.weight.to(device);
  auto err = (picture - b.target.to(device)).abs().mean(1, true);
  auto loss = (err * weight).sum() / weight.sum().clamp_min(1.0);
  // Auxiliary: the reference encoder names the part under each fine token (soft cross-entropy
  // against the rig's labels), so attention can match a pixel's part to the reference's.
  auto valid = b.reference_parts_valid.to(device).flatten();
  auto target = b.reference_parts.to(device).flatten(0, 1);
  auto ce = -(target * torch::log_softmax(out.reference_part_logits, 1)).sum(1).mean({1, 2});
  return loss + kPartLossWeight * (ce * valid).sum() / valid.sum().clamp_min(1.0);
}

TrainResult train_unet(const TrainOptions& o, const ExampleSource& source,
                       const std::function<void(const TrainProgress&)>& progress);

}  // namespace

TrainResult train_generator(const TrainOptions& o, const ExampleSource& source,
                            const std::function<void(const TrainProgress&)>& progress) {
  // libtorch reports a failed step (a tensor of the wrong shape, a device out of memory) by
  // throwing: it becomes an error naming the run, never an abort.
  try {
    return train_unet(o, source, progress);
  } catch (const c10::Error& e) {
    std::string what = e.what_without_backtrace();
    what = what.substr(0, what.find('\n'));
    std::string hint;
    if (!o.resume.empty())
      hint = "; if it failed from the first step, `" + o.resume +
             "` holds an optimizer state this libtorch cannot use (written by another version?)";
    throw NeuralError("training `" + o.out + "` failed: " + what + hint);
  }
}

namespace {

TrainResult train_unet(const TrainOptions& o, const ExampleSource& source,
                       const std::function<void(const TrainProgress&)>& progress) {
  if (o.out.empty()) throw NeuralError("`ekonte train` needs `--out FILE`");
  if (o.architecture == kLabellerArchitectureVersion) {
    if (o.data != "rig") throw NeuralError("architecture 4 learns from the rig's labelled sheets: use `--data rig`");
    auto sheets = rig_sheet_source();
    if (!sheets) throw NeuralError("this ekonte was built without the rig renderer; architecture 4 needs it");
    return train_labeller(o, source, sheets, progress);
  }
  if (o.architecture != kArchitectureVersion)
    throw NeuralError("`--architecture " + std::to_string(o.architecture) + "` is not one ekonte trains (3 or 4)");
  if (o.size < 16 || o.batch < 1 || o.steps < 1 || !(o.lr > 0))
    throw NeuralError("training needs --size >= 16, --batch >= 1, --steps >= 1 and --lr > 0");
  std::string why;
  const torch::Device device(resolve_device_name(o.device, &why));
  if (o.threads > 0) torch::set_num_threads(o.threads);
  torch::manual_seed(o.seed);

  CheckpointMeta meta;
  ReferenceGenerator model{nullptr};
  std::string optimizer_state_from;
  LoadedCheckpoint resumed;
  if (!o.resume.empty()) {
    resumed = load_checkpoint(o.resume, device);
    model = resumed.model;
    meta = resumed.meta;
    if (meta.train_size != o.size)
      throw NeuralError("`" + o.resume + "` was trained at --size " + std::to_string(meta.train_size) +
                        "; resume with the same --size");
  } else {
    meta.config.base_channels = o.base_channels;
    meta.config.heads = o.heads;
    meta.config.reference_size = o.reference_size;
    if ((4 * o.base_channels) % o.heads != 0) throw NeuralError("4 x --channels must be a multiple of --heads");
    model = ReferenceGenerator(meta.config);
    model->to(device);
  }
  meta.train_size = o.size;
  meta.seed = o.seed;
  meta.data = o.data;
  meta.identities = name_of(o.identities);
  meta.command_line = o.command_line;
  model->train();
  torch::optim::Adam optimizer(model->parameters(), torch::optim::AdamOptions(o.lr).weight_decay(0));
  if (!o.resume.empty()) restore_optimizer(resumed, optimizer, device);

  const std::string log_path = o.log_path.empty() ? o.out + ".log.jsonl" : o.log_path;
  std::ofstream log(log_path, o.resume.empty() ? std::ios::trunc : std::ios::app);
  if (!log) throw NeuralError("cannot write training log `" + log_path + "`");

  TrainResult result;
  result.parameters = parameter_count(*model);
  result.device = device.str();
  // The first step's batch is made once: its loss is also taken before and after training.
  const int64_t start_step = meta.steps;
  const auto first_batch = batch_of(examples_for_step(o, source, start_step), meta.config.reference_size, o.size);
  auto step_loss = [&](int64_t step) {
    if (step == start_step) return loss_of(model, first_batch, device);
    return loss_of(model, batch_of(examples_for_step(o, source, step), meta.config.reference_size, o.size), device);
  };
  run_training_loop(o, *model, meta, optimizer, log, step_loss, progress, result);
  return result;
}

}  // namespace

}  // namespace ekonte::neural
