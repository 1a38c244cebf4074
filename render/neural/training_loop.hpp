#pragma once
// The optimisation loop both trainers share (train_generator.cpp, train_labeller.cpp): the
// learning-rate schedule, Adam steps on clipped gradients, a running loss average, checkpoints
// every --checkpoint-every steps and at the end, one JSON line of log per step, and progress.
#include <torch/torch.h>

#include <functional>
#include <ostream>

#include "render/neural/checkpoint.hpp"
#include "render/neural/train_generator.hpp"

namespace ekonte::neural {

// Linear warm-up, then cosine decay to a tenth of --lr at the last step.
double learning_rate(const TrainOptions& o, int64_t step);

// Steps from meta.steps to o.steps: `step_loss(step)` is the loss of that step's batch (with its
// graph). Checkpoints go to o.out; `result` gets the first batch's loss before and after, the
// steps and the final average loss.
void run_training_loop(const TrainOptions& o, torch::nn::Module& model, CheckpointMeta& meta,
                       torch::optim::Adam& optimizer, std::ostream& log,
                       const std::function<torch::Tensor(int64_t step)>& step_loss,
                       const std::function<void(const TrainProgress&)>& progress, TrainResult& result);

}  // namespace ekonte::neural
