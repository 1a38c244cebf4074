#pragma once
// Measuring the generator on held-out identities (`ekonte eval`): per-part colour error,
// cross-shot consistency, PSNR and SSIM, with ablations (swapped and blank references).
#include <array>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "render/neural/color_metrics.hpp"
#include "render/neural/training_data.hpp"

namespace ekonte::neural {

struct EvalOptions {
  std::string model_path;     // empty = the shipped model
  int identities = 8;         // held-out identities
  int shots = 4;              // shots per identity
  int size = 64;              // square frames, px
  std::string device = "auto";
  int threads = 0;
  uint64_t seed = 7;          // picks which held-out identities and shots
  std::string contact_sheet;  // PNG path; empty = none
  int contact_rows = 4;
  std::string data = "rig";   // "rig" or "synthetic"
  // The rig identities measured on; empty: the set the weights were trained on (their header),
  // so the shipped weights meet the classic identities they learned and newer ones the wardrobe.
  std::optional<IdentitySet> identity_set;
};

// The figures of one condition (the model with its own references, swapped, blank).
struct ConditionMetrics {
  std::array<double, kEvalPartCount> delta_e{};      // mean CIEDE2000 per part vs the target
  std::array<double, kEvalPartCount> consistency{};  // RMS spread (Lab) of a part's mean colour across shots
  double delta_e_mean = 0;                           // mean over the parts
  double consistency_mean = 0;
  double psnr = 0, ssim = 0;                         // on character pixels
};

struct EvalReport {
  ConditionMetrics reference, swapped, blank;
  std::array<double, kEvalPartCount> target_consistency{};  // the rig's own spread (shading differs per shot)
  double target_consistency_mean = 0;
  int identities = 0, shots = 0, size = 0;
  std::string device, model_path, model_digest;
  int64_t model_steps = 0;
  std::string identity_set;  // "classic-1", "wardrobe-1"
};

// `progress(done, total)` counts rendered shots.
EvalReport evaluate_generator(const EvalOptions& options, const ExampleSource& source,
                              const std::function<void(int, int)>& progress = {});

nlohmann::json to_json(const EvalReport& report);
std::string format_table(const EvalReport& report);

// Stores the summary in the weights file's header (`ekonte eval --record`), rewriting it atomically.
void record_eval_summary(const std::string& weights_path, const nlohmann::json& summary);

}  // namespace ekonte::neural
