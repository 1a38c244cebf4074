#pragma once
// Training the generator (`ekonte train`). No torch in this header.
#include <cstdint>
#include <functional>
#include <string>

#include "render/neural/training_data.hpp"

namespace ekonte::neural {

struct TrainOptions {
  // 3: the reference-conditioned U-Net (fill colours at the training size); 4: the reference
  // labeller (palette + flat fill at full size, reference_labeller.hpp). `ekonte train` makes 4.
  int architecture = 3;
  int64_t steps = 3000;       // total optimizer steps (a resumed run continues up to this)
  int size = 64;              // side of the square training frames, px
  int batch = 8;              // shots per step
  double lr = 2e-3;           // peak Adam learning rate (cosine decay to 10 % after a warm-up)
  std::string device = "auto";
  uint64_t seed = 1;          // weights init and the data stream
  std::string out;            // weights file, rewritten at every checkpoint
  std::string resume;         // weights file to continue from (its optimizer state too)
  std::string data = "rig";   // "rig" or "synthetic"
  IdentitySet identities = kTrainingIdentitySet;  // the rig's identities (recorded in the file)
  int checkpoint_every = 200; // steps between checkpoints
  std::string log_path;       // JSON lines; empty = `out` + ".log.jsonl"
  int threads = 1;            // CPU threads (1 by default: the machine is shared)
  // Threads drawing the rig's training examples (version 4); 0 = `threads` on the CPU, every
  // core on a GPU, where drawing, not the network, bounds the step rate. The data stream is the
  // same for any count: each example depends on its index alone.
  int data_threads = 0;
  int base_channels = 16;
  int heads = 4;
  int reference_size = 96;
  double multi_character_fraction = 0.25;  // share of shots with 2 or 3 characters
  int example_pool = 0;       // > 0: cycle through this many fixed examples (tests: a tiny set)
  int tone_fit_shots = 240;   // version 4: rig shots the tone model is fitted on
  std::string command_line;   // recorded in the weights file
};

struct TrainProgress {
  int64_t step = 0, steps = 0;
  double loss = 0;            // this step's loss
  double loss_avg = 0;        // exponential moving average
  double steps_per_second = 0;
  bool checkpointed = false;
};

struct TrainResult {
  int64_t steps = 0;
  double first_batch_loss_before = 0;  // loss on the first step's batch, before and after training
  double first_batch_loss_after = 0;
  double final_loss_avg = 0;
  int64_t parameters = 0;
  std::string device;
};

// Trains (or resumes) and writes `options.out`. Throws NeuralError on bad options or files.
// Version 4 (`options.architecture`) trains the reference labeller on the rig's labelled front
// views (`options.data` must be "rig"; `source` then supplies the shots the tone model is fitted on).
TrainResult train_generator(const TrainOptions& options, const ExampleSource& source,
                            const std::function<void(const TrainProgress&)>& progress = {});

// The version-4 trainer (train_labeller.cpp); train_generator calls it for architecture 4.
TrainResult train_labeller(const TrainOptions& options, const ExampleSource& shots, const SheetSource& sheets,
                           const std::function<void(const TrainProgress&)>& progress = {});

}  // namespace ekonte::neural
