#pragma once
// Measuring the generator on held-out identities (`ekonte eval`): per-part colour error (ink
// pixels included), cross-shot consistency of the error, PSNR and SSIM, with ablations (swapped
// and blank references), and an out-of-distribution suite of parametric sheet edits.
#include <array>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "render/neural/color_metrics.hpp"
#include "render/neural/training_data.hpp"

namespace ekonte::neural {

struct EvalOptions {
  std::string model_path;     // empty = the shipped model
  int identities = 8;         // held-out identities
  int shots = 4;              // shots per identity
  int size = 128;             // square frames, px
  // Side of each identity's sheet (the rig's front view), px: the scale of a drawn sheet (the
  // sample's figures are about 440 px tall), where an eye's iris and pupil have pixels of their own.
  int sheet_size = 512;
  std::string device = "auto";
  int threads = 0;
  uint64_t seed = 7;          // picks which held-out identities and shots
  std::string contact_sheet;  // PNG path; empty = none
  int contact_rows = 4;
  std::string data = "rig";   // "rig" or "synthetic"
  // The rig identities measured on; empty: the set the weights were trained on (their header),
  // so the shipped weights meet the classic identities they learned and newer ones the wardrobe.
  std::optional<IdentitySet> identity_set;
  // The out-of-distribution suite: each identity's sheet and shots edited alike (a part
  // recoloured, stripes, a crest, hair streaks), the script's colours unedited.
  bool ood = true;
};

// One kind of sheet edit of the out-of-distribution suite, over identities and shots.
struct OodMetrics {
  std::string edit;        // e.g. "recolour hair", "crest outfit"
  bool held_out = false;   // an edit kind the labeller's training never painted
  // Share of the target's change (mean Lab of the edited pixels inside the part: each with its
  // four neighbours edited, free of ink) that arrives in the output, each sample clamped to [0, 1].
  double transfer = 0;
  // The same with the palette read through the sheet's true labels (a perfect labeller): what
  // the palette and the flat fill carry; NaN without the rig's sheets.
  double transfer_true_labels = 0;
  // Mean CIEDE2000 change of the output's other parts (their mean colour) when the sheet is edited.
  double leakage = 0;
  // Patterns only: IoU of the pixels that show the pattern's colour in the output and in the target.
  double pattern_agreement = 0;
  int samples = 0;
};

// The figures of one condition (the model with its own references, swapped, blank).
struct ConditionMetrics {
  std::array<double, kEvalPartCount> delta_e{};      // mean CIEDE2000 per part vs the target
  // RMS spread (Lab) across shots of a part's mean colour error (output mean - target mean):
  // a generator that is off by the same colour in every shot is consistent.
  std::array<double, kEvalPartCount> consistency{};
  double delta_e_mean = 0;                           // mean over the parts
  double consistency_mean = 0;
  double psnr = 0, ssim = 0;                         // on character pixels
};

struct EvalReport {
  ConditionMetrics reference, swapped, blank;
  // Architecture 4 on rig sheets: the same flat fill with the palette read through the sheet's
  // true labels instead of the labeller's: what a perfect labeller would score, so the labeller's
  // share of the error is known.
  std::optional<ConditionMetrics> true_labels;
  // And with each shot's palette read off that target shot itself: the flat fill's own floor.
  std::optional<ConditionMetrics> shot_palette;
  // The rig target's own spread of part means across shots (shading and pose move them), for scale.
  std::array<double, kEvalPartCount> target_consistency{};
  double target_consistency_mean = 0;
  std::vector<OodMetrics> ood;
  int identities = 0, shots = 0, size = 0, sheet_size = 0;
  std::string device, model_path, model_digest;
  int64_t model_steps = 0;
  std::string identity_set;  // "classic-1", "wardrobe-1"
};

// `progress(done, total)` counts rendered shots.
EvalReport evaluate_generator(const EvalOptions& options, const ExampleSource& source,
                              const std::function<void(int, int)>& progress = {});

nlohmann::json to_json(const EvalReport& report);
std::string format_table(const EvalReport& report);

// Two builds of one script compared shot by shot (`ekonte eval --compare-builds RIG NEURAL`):
// each OUTDIR/shots/<stem>.png of the second against the first's, over the first's character
// pixels (its .parts.png and .instances.png), ink included: the 1280x720 check of a neural build
// against the rig. Per evaluated part the mean CIEDE2000 over shots, and the mean over parts.
struct BuildComparison {
  std::array<double, kEvalPartCount> delta_e{};
  double delta_e_mean = 0;
  int shots = 0, width = 0, height = 0;
};
BuildComparison compare_builds(const std::string& reference_dir, const std::string& candidate_dir);
std::string format_table(const BuildComparison& comparison);

// Stores the summary in the weights file's header (`ekonte eval --record`), rewriting it atomically.
void record_eval_summary(const std::string& weights_path, const nlohmann::json& summary);

}  // namespace ekonte::neural
