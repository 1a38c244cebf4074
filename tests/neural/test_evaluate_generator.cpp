// The shipped model on a small held-out evaluation: with its own reference its colour error is
// at most half of the swapped-reference ablation (the reference is what carries the design);
// and eval v2's plumbing on a tiny labeller.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>

#include "render/neural/evaluate_generator.hpp"
#include "render/neural/neural_generator.hpp"
#include "render/neural/train_generator.hpp"

using namespace ekonte::neural;

TEST_CASE("shipped model: own reference beats a swapped reference on held-out identities") {
  const std::string path = std::string(EKONTE_SOURCE_DIR) + "/" + kShippedModelPath;
  REQUIRE_MESSAGE(std::filesystem::exists(path), "the shipped weights are missing: " << path);
  GeneratorParams params;
  params.model_path = path;
  params.device = "cpu";
  const auto data = NeuralGenerator::load(params)->info().data;
  EvalOptions o;
  o.model_path = path;
  o.identities = 8;
  o.shots = 4;
  o.size = 128;
  o.device = "cpu";
  o.threads = 1;
  o.data = data;
  o.ood = false;
  const auto report = evaluate_generator(o, example_source_named(data));
  MESSAGE(format_table(report));
  // The shipped labeller (architecture 4) was trained on the whole wardrobe and is measured on it.
  CHECK(report.identity_set == "wardrobe-1");
  CHECK(report.reference.delta_e_mean <= 0.5 * report.swapped.delta_e_mean);
}

TEST_CASE("eval v2 on a tiny labeller: error consistency per part and the six out-of-distribution edits") {
  const auto dir = std::filesystem::path(EKONTE_BINARY_DIR) / "test-neural-evaluate-v2";
  std::filesystem::create_directories(dir);
  // Two steps of a tiny labeller: the test checks the metrics' plumbing, not their values.
  TrainOptions t;
  t.architecture = 4;
  t.out = (dir / "tiny-labeller.ekw").string();
  t.steps = 2;
  t.batch = 1;
  t.base_channels = 4;
  t.device = "cpu";
  t.data = "rig";
  t.tone_fit_shots = 4;
  t.threads = 1;
  train_generator(t, example_source_named("rig"));
  EvalOptions o;
  o.model_path = t.out;
  o.identities = 2;
  o.shots = 2;
  o.size = 48;
  o.sheet_size = 256;
  o.device = "cpu";
  o.threads = 1;
  o.data = "rig";
  o.contact_sheet = (dir / "contact.png").string();
  const auto report = evaluate_generator(o, example_source_named("rig"));
  MESSAGE(format_table(report));
  CHECK(report.identity_set == "wardrobe-1");
  CHECK(std::isfinite(report.reference.delta_e_mean));
  CHECK(std::isfinite(report.reference.consistency_mean));
  REQUIRE(report.ood.size() == 6);
  int held_out = 0;
  for (const auto& m : report.ood) {
    held_out += m.held_out;
    CHECK(m.samples <= 4);
    if (m.samples > 0) {
      CHECK(m.transfer >= 0);
      CHECK(m.transfer <= 1);
      CHECK(m.leakage >= 0);
    }
    // Only pattern edits have a pattern to agree on.
    if (m.edit.rfind("recolour", 0) == 0) CHECK(std::isnan(m.pattern_agreement));
  }
  CHECK(held_out == 2);  // the crest and the hair streaks
  CHECK(std::filesystem::exists(o.contact_sheet));
}
