#pragma once
// The out-of-distribution suite of `ekonte eval` (docs/generator.md): parametric edits painted
// alike on a held-out identity's sheet and on its target shots (hair, outfit and eyes
// recoloured, stripes, a crest, hair streaks) while the generator still gets the unedited
// identity's maps and picture, the script's colours: following the script instead of the sheet
// fails. The edits are shaded by the rig's law and painted on pictures drawn 4x larger, then
// shrunk, so they keep the rig's anti-aliasing as an artist's recolour would.
#include <array>
#include <cstdint>
#include <vector>

#include "render/neural/evaluate_generator.hpp"
#include "render/neural/palette.hpp"
#include "render/neural/training_data.hpp"

namespace ekonte::neural {

class NeuralGenerator;

// One identity as the eval drew it.
struct OodIdentity {
  uint64_t seed = 0;
  const LabelledSheet* sheet = nullptr;                    // its front view at the eval's sheet size: the script view
  const std::vector<ExampleRequest>* requests = nullptr;   // the requests of its target shots
  const std::vector<TrainingExample>* examples = nullptr;  // the shots they drew
};

// A contact-sheet row: edited sheet | edited target | output | output with the unedited sheet.
using OodRow = std::array<render::ImageRgba, 4>;

class OodSuite {
 public:
  // Fits the rig's shading law on the front views of `seeds`; `sheet_side` is the eval's sheet size.
  OodSuite(SheetSource sheets, ExampleSource source, IdentitySet set, int sheet_side, const std::vector<uint64_t>& seeds);

  // Every edit on one identity, its colours drawn from `colour_seed`. `flat_tones` (the generator's
  // tone model, when it paints flat) adds the true-labels reading; `rows`, one contact row per edit.
  void run(const OodIdentity& identity, NeuralGenerator& generator, const ToneModel* flat_tones, uint64_t colour_seed,
           std::vector<OodRow>* rows);

  static int edit_count();
  std::vector<OodMetrics> metrics() const;

 private:
  struct Totals {
    double transfer = 0, leakage = 0, agreement = 0;
    int transfer_n = 0, leakage_n = 0, agreement_n = 0;
  };
  SheetSource sheets_;
  ExampleSource source_;
  IdentitySet set_;
  int sheet_side_;
  ToneModel law_;
  std::vector<Totals> network_, true_labels_;
};

}  // namespace ekonte::neural
