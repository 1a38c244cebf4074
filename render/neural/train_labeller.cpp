// Training the reference labeller (architecture version 4) on the rig's labelled front views,
// under colour augmentation, and fitting the tone model on the rig's shots.
#include <torch/torch.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <thread>

#include "render/neural/checkpoint.hpp"
#include "render/neural/neural_generator.hpp"
#include "render/neural/pattern_edits.hpp"
#include "render/neural/reference_frame.hpp"
#include "render/neural/reference_labeller.hpp"
#include "render/neural/train_generator.hpp"
#include "render/neural/training_loop.hpp"

namespace ekonte::neural {
namespace {

using render::PartLabel;

// Side of the rig's rendered front view (the sheet before framing), drawn per sample: sheets come
// at many sizes (the sample's figure is about 440 px tall). The whole sheet is shrunk to the
// labeller's grid either way; the face crop is soft when enlarged from a small sheet and sharp
// from a large one, where an eye's iris and pupil have pixels inside them.
constexpr int kSheetRenderSideMin = 256, kSheetRenderSideMax = 640;
// Side of the shots the tone model is fitted on.
constexpr int kToneFitShotSide = 128;
// The tone model also reads this many rig front views at this side: a face there is large enough
// for each of an eye's tones to have pixels inside it (the fitter skips edge pixels, which blend
// tones), so the eyes' laws are fitted at all.
constexpr int kToneFitSheets = 48, kToneFitSheetSide = 768;
// Colour augmentation: chance that a part is recoloured, that a sheet gets stripes or dots.
constexpr double kRecolourChance = 0.75, kStripesChance = 0.35, kDotsChance = 0.2;
// Framing jitter: scale and shift (share of the frame) of the drawing's frame.
constexpr double kFrameScaleJitter = 0.08, kFrameShiftJitter = 0.04;
// Small parts carry a design's identity and have few pixels: their labels weigh more.
constexpr float kSmallPartWeight = 4.0f;
constexpr float kInkLossWeight = 0.5f;

Rgb random_colour(std::mt19937_64& rng) { return Rgb{uint8_t(rng() % 256), uint8_t(rng() % 256), uint8_t(rng() % 256)}; }

// One labelled input of the labeller: a framed picture and its label maps.
struct Framed {
  render::ImageRgba picture;
  render::ImageGray parts, tones, ink;
};

Framed frame_sheet(const LabelledSheet& s, const Frame& f, Rgb paper) {
  return {resample_rgb(s.picture, f, paper), resample_labels(s.parts, f), resample_labels(s.tones, f),
          resample_labels(s.ink, f)};
}

// The colour augmentation: random recolouring per part, painted stripes and dots. Crests and
// hair streaks are never painted here: the evaluation holds them out.
void augment_colours(LabelledSheet& s, std::mt19937_64& rng, const ToneModel& tones) {
  std::uniform_real_distribution<double> u(0, 1);
  bool present[kPaletteParts] = {};
  for (uint8_t p : s.parts.pixels) present[std::min<int>(p, kPaletteParts - 1)] = true;
  for (int p = 1; p < kPaletteParts; ++p)
    if (present[p] && u(rng) < kRecolourChance) {
      PatternEdit e{EditKind::Recolour, PartLabel(p), random_colour(rng)};
      apply_edit(s.picture, s.parts, s.tones, s.ink, nullptr, 0, e, tones);
    }
  constexpr PartLabel kPatterned[] = {PartLabel::OutfitPrimary, PartLabel::OutfitSecondary, PartLabel::Hair,
                                      PartLabel::Accessory};
  if (u(rng) < kStripesChance) {
    PatternEdit e{EditKind::Stripes, kPatterned[rng() % 4], random_colour(rng), 0.08 + 0.2 * u(rng), (u(rng) - 0.5) * 1.6};
    apply_edit(s.picture, s.parts, s.tones, s.ink, nullptr, 0, e, tones);
  }
  if (u(rng) < kDotsChance) {
    PatternEdit e{EditKind::Dots, kPatterned[rng() % 4], random_colour(rng), 0.1 + 0.15 * u(rng)};
    apply_edit(s.picture, s.parts, s.tones, s.ink, nullptr, 0, e, tones);
  }
}

struct Sample {
  Framed sheet, face;
  bool has_face = false;
};

Sample make_sample(const TrainOptions& o, const SheetSource& sheets, const ToneModel& tones, uint64_t index) {
  const uint64_t seed = mix_seed(mix_seed(o.seed ^ 0x1abe11e5) ^ index);
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(0, 1);
  // Papers from white to a warm or cool tint, as drawn sheets come.
  const Rgb paper{uint8_t(215 + rng() % 41), uint8_t(215 + rng() % 41), uint8_t(215 + rng() % 41)};
  const uint64_t identity = mix_seed(seed + 977) % kEvalIdentityBase;
  const int side = kSheetRenderSideMin + int(u(rng) * (kSheetRenderSideMax - kSheetRenderSideMin));
  LabelledSheet s = sheets(identity, o.identities, side, paper);
  augment_colours(s, rng, tones);
  Sample out;
  Frame f = drawing_frame(s.picture, kSheetWidth, kSheetHeight);
  const double grow = 1 + kFrameScaleJitter * (2 * u(rng) - 1);
  f.x0 += f.scale * kSheetWidth * ((1 - grow) / 2 + kFrameShiftJitter * (2 * u(rng) - 1));
  f.y0 += f.scale * kSheetHeight * ((1 - grow) / 2 + kFrameShiftJitter * (2 * u(rng) - 1));
  f.scale *= grow;
  f.mirror = u(rng) < 0.5;
  out.sheet = frame_sheet(s, f, paper);
  // The face crop: where face_box finds the face on the true labels, as inference finds it on its own.
  ReferenceLabels truth;
  truth.parts = s.parts;
  const render::Box fb = face_box(truth);
  if (fb.w > 0) {
    Frame ff = square_frame(fb, kFaceGrow * (0.9 + 0.3 * u(rng)), kFaceSide);
    ff.x0 += ff.scale * kFaceSide * 0.06 * (2 * u(rng) - 1);
    ff.y0 += ff.scale * kFaceSide * 0.06 * (2 * u(rng) - 1);
    ff.mirror = f.mirror;
    out.face = frame_sheet(s, ff, paper);
    out.has_face = true;
  }
  return out;
}

// Runs draw(i) for i in [0, n) on up to `threads` threads: examples are independent.
template <typename Draw>
void draw_in_parallel(int n, int threads, Draw&& draw) {
  std::atomic<int> next{0};
  auto run = [&] {
    for (int i; (i = next.fetch_add(1)) < n;) draw(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::min(n, threads); ++t) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
}

struct LabelBatch {
  torch::Tensor input, parts, tones, ink;
};

LabelBatch batch_of(const std::vector<const Framed*>& items, bool face) {
  std::vector<torch::Tensor> in, parts, tones, ink;
  auto gray = [](const render::ImageGray& g) {
    return torch::from_blob(const_cast<uint8_t*>(g.pixels.data()), {g.height, g.width}, torch::kUInt8).to(torch::kInt64);
  };
  for (const Framed* f : items) {
    in.push_back(labeller_input(f->picture, face));
    parts.push_back(gray(f->parts).clamp(0, kPartChannels - 1));
    tones.push_back(gray(f->tones).clamp(0, kToneChannels - 1));
    ink.push_back(gray(f->ink).gt(127).to(torch::kFloat32));
  }
  return {torch::stack(in), torch::stack(parts), torch::stack(tones), torch::stack(ink)};
}

torch::Tensor loss_of(ReferenceLabeller& net, const LabelBatch& b, torch::Device device) {
  static const auto part_weight = [] {
    auto w = torch::ones({kPartChannels});
    for (PartLabel p : {PartLabel::Eyes, PartLabel::EyeWhite, PartLabel::Mouth, PartLabel::Accessory})
      w[int(p)] = kSmallPartWeight;
    return w;
  }();
  static const auto tone_weight = [] {
    auto w = torch::ones({kToneChannels});
    w[int(render::Tone::Pupil)] = kSmallPartWeight;
    w[int(render::Tone::EyeHighlight)] = kSmallPartWeight;
    return w;
  }();
  auto logits = net->forward(b.input.to(device));
  namespace F = torch::nn::functional;
  const auto parts = b.parts.to(device), tones = b.tones.to(device);
  auto part_loss = F::cross_entropy(logits.slice(1, 0, kPartChannels), parts,
                                    F::CrossEntropyFuncOptions().weight(part_weight.to(device)));
  // A pixel's tone weighs as the heavier of its tone and its part: an eye's shadow is as small as
  // its pupil, while shadows elsewhere (hair, clothes) are large.
  const auto pixel_weight = torch::max(tone_weight.to(device).index({tones}), part_weight.to(device).index({parts}));
  auto tone_loss = (F::cross_entropy(logits.slice(1, kPartChannels, kPartChannels + kToneChannels), tones,
                                     F::CrossEntropyFuncOptions().reduction(torch::kNone)) *
                    pixel_weight)
                       .sum() /
                   pixel_weight.sum();
  auto ink_loss = F::binary_cross_entropy_with_logits(logits.select(1, kPartChannels + kToneChannels), b.ink.to(device));
  return part_loss + tone_loss + kInkLossWeight * ink_loss;
}

ToneModel fit_tone_model(const TrainOptions& o, const ExampleSource& shots, const SheetSource& sheets) {
  ToneModelFitter fitter;
  for (int i = 0; i < kToneFitSheets; ++i)
    fitter.add_shot(shot_of_sheet(sheets(mix_seed(o.seed ^ 0x5ee7 ^ uint64_t(i)) % kEvalIdentityBase, o.identities,
                                         kToneFitSheetSide, Rgb{255, 255, 255})));
  const int count = o.example_pool > 0 ? std::min(o.example_pool, o.tone_fit_shots) : o.tone_fit_shots;
  for (int i = 0; i < count; ++i) {
    const uint64_t seed = mix_seed(mix_seed(o.seed ^ 0x70e5) ^ uint64_t(i));
    ExampleRequest req;
    req.identities = {mix_seed(seed + 977) % kEvalIdentityBase};
    req.shot_seed = seed;
    req.width = req.height = kToneFitShotSide;
    req.augment_reference = false;
    req.identity_set = o.identities;
    fitter.add_shot(shots(req).shot);
  }
  return fitter.fit();
}

}  // namespace

TrainResult train_labeller(const TrainOptions& o, const ExampleSource& shots, const SheetSource& sheets,
                           const std::function<void(const TrainProgress&)>& progress) {
  if (o.batch < 1 || o.steps < 1 || !(o.lr > 0)) throw NeuralError("training needs --batch >= 1, --steps >= 1 and --lr > 0");
  std::string why;
  const torch::Device device(resolve_device_name(o.device, &why));
  if (o.threads > 0) torch::set_num_threads(o.threads);
  torch::manual_seed(o.seed);

  CheckpointMeta meta;
  ReferenceLabeller net{nullptr};
  LoadedCheckpoint resumed;
  ToneModel tones;
  if (!o.resume.empty()) {
    resumed = load_checkpoint(o.resume, device);
    if (resumed.meta.architecture_version != kLabellerArchitectureVersion)
      throw NeuralError("`" + o.resume + "` holds architecture " + std::to_string(resumed.meta.architecture_version) +
                        "; resume it with `--architecture " + std::to_string(resumed.meta.architecture_version) + "`");
    net = resumed.labeller;
    meta = resumed.meta;
    tones = ToneModel::from_json(meta.tone_model);
  } else {
    meta.architecture_version = kLabellerArchitectureVersion;
    meta.config.base_channels = o.base_channels;
    meta.config.heads = 1;
    meta.config.reference_size = kSheetHeight;
    net = ReferenceLabeller(o.base_channels);
    net->to(device);
    tones = fit_tone_model(o, shots, sheets);
    meta.tone_model = tones.to_json();
  }
  meta.train_size = kSheetHeight;
  meta.seed = o.seed;
  meta.data = o.data;
  meta.identities = name_of(o.identities);
  meta.command_line = o.command_line;
  net->train();
  torch::optim::Adam optimizer(net->parameters(), torch::optim::AdamOptions(o.lr));
  if (!o.resume.empty()) restore_optimizer(resumed, optimizer, device);

  const std::string log_path = o.log_path.empty() ? o.out + ".log.jsonl" : o.log_path;
  std::ofstream log(log_path, o.resume.empty() ? std::ios::trunc : std::ios::app);
  if (!log) throw NeuralError("cannot write training log `" + log_path + "`");

  const int data_threads =
      o.data_threads > 0 ? o.data_threads
                         : device.is_cuda() ? int(std::max(1u, std::thread::hardware_concurrency())) : std::max(1, o.threads);
  auto step_loss = [&](int64_t step) {
    std::vector<Sample> samples(o.batch);
    draw_in_parallel(o.batch, data_threads, [&](int i) {
      uint64_t index = uint64_t(step) * o.batch + i;
      if (o.example_pool > 0) index %= uint64_t(o.example_pool);
      samples[i] = make_sample(o, sheets, tones, index);
    });
    std::vector<const Framed*> whole, faces;
    for (const auto& s : samples) {
      whole.push_back(&s.sheet);
      if (s.has_face) faces.push_back(&s.face);
    }
    auto loss = loss_of(net, batch_of(whole, false), device);
    if (!faces.empty()) loss = loss + loss_of(net, batch_of(faces, true), device);
    return loss;
  };

  TrainResult result;
  result.parameters = parameter_count(*net);
  result.device = device.str();
  run_training_loop(o, *net, meta, optimizer, log, step_loss, progress, result);
  return result;
}

}  // namespace ekonte::neural
