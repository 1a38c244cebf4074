// The shipped model on a small held-out evaluation: with its own reference its colour error is
// at most half of the swapped-reference ablation (the reference is what carries the design).
#include <doctest/doctest.h>

#include <filesystem>

#include "render/neural/evaluate_generator.hpp"
#include "render/neural/neural_generator.hpp"

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
  o.size = 64;
  o.device = "cpu";
  o.threads = 1;
  o.data = data;
  const auto report = evaluate_generator(o, example_source_named(data));
  MESSAGE(format_table(report));
  // The shipped weights predate the wardrobe: they are measured on the classic identities they learned.
  CHECK(report.identity_set == "classic-1");
  CHECK(report.reference.delta_e_mean <= 0.5 * report.swapped.delta_e_mean);
}
