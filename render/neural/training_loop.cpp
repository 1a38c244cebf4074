#include "render/neural/training_loop.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>

namespace ekonte::neural {
namespace {

constexpr int64_t kWarmupSteps = 50;      // linear learning-rate warm-up
constexpr double kFinalLrFraction = 0.1;  // cosine decay ends at 10 % of the peak
constexpr double kLossAverageDecay = 0.98;
constexpr double kMaxGradientNorm = 1.0;

}  // namespace

double learning_rate(const TrainOptions& o, int64_t step) {
  if (step < kWarmupSteps) return o.lr * double(step + 1) / kWarmupSteps;
  const double t = std::min(1.0, double(step - kWarmupSteps) / std::max<int64_t>(1, o.steps - kWarmupSteps));
  return o.lr * (kFinalLrFraction + (1 - kFinalLrFraction) * 0.5 * (1 + std::cos(t * M_PI)));
}

void run_training_loop(const TrainOptions& o, torch::nn::Module& model, CheckpointMeta& meta,
                       torch::optim::Adam& optimizer, std::ostream& log,
                       const std::function<torch::Tensor(int64_t step)>& step_loss,
                       const std::function<void(const TrainProgress&)>& progress, TrainResult& result) {
  const int64_t start_step = meta.steps;
  {
    torch::NoGradGuard no_grad;
    result.first_batch_loss_before = step_loss(start_step).item<double>();
  }
  double avg = -1;
  const auto t0 = std::chrono::steady_clock::now();
  for (int64_t step = start_step; step < o.steps; ++step) {
    const double lr = learning_rate(o, step);
    for (auto& group : optimizer.param_groups()) static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
    optimizer.zero_grad();
    auto loss = step_loss(step);
    loss.backward();
    torch::nn::utils::clip_grad_norm_(model.parameters(), kMaxGradientNorm);
    optimizer.step();
    const double l = loss.item<double>();
    avg = avg < 0 ? l : kLossAverageDecay * avg + (1 - kLossAverageDecay) * l;
    meta.steps = step + 1;
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    TrainProgress p{meta.steps, o.steps, l, avg, double(meta.steps - start_step) / std::max(1e-9, elapsed), false};
    if (meta.steps % o.checkpoint_every == 0 || meta.steps == o.steps) {
      save_checkpoint(o.out, model, meta, &optimizer);
      p.checkpointed = true;
    }
    log << nlohmann::json{{"step", meta.steps}, {"loss", l}, {"loss_avg", avg}, {"lr", lr},
                          {"steps_per_s", p.steps_per_second}, {"elapsed_s", elapsed}, {"checkpoint", p.checkpointed}}
               .dump()
        << "\n";
    log.flush();
    if (progress) progress(p);
  }
  if (start_step >= o.steps) save_checkpoint(o.out, model, meta, &optimizer);
  {
    torch::NoGradGuard no_grad;
    result.first_batch_loss_after = step_loss(start_step).item<double>();
  }
  result.steps = meta.steps;
  result.final_loss_avg = avg;
}

}  // namespace ekonte::neural
