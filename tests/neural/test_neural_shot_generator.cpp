// `ekonte build --generator neural`: the generator renders a compiled script's shots at the
// normal size, keeps the rig's landmarks and control maps, and keys its cache on the weights.
#include <doctest/doctest.h>

#include <filesystem>

#include "pipeline/compile_script.hpp"
#include "pipeline/shot_render_inputs.hpp"
#include "render/neural/neural_shot_generator.hpp"
#include "render/neural/train_generator.hpp"

using namespace ekonte;
namespace fs = std::filesystem;

TEST_CASE("a turnaround sheet is cut to its front view; a single picture is kept") {
  render::ImageRgba turnaround{400, 200, std::vector<uint8_t>(400 * 200 * 4, 255)};
  turnaround.pixels[0] = 7;  // top-left pixel of the front view
  const auto front = neural::reference_from_sheet(turnaround);
  CHECK(front.width == 100);
  CHECK(front.height == 200);
  CHECK(front.pixels[0] == 7);
  render::ImageRgba single{120, 200, std::vector<uint8_t>(120 * 200 * 4, 255)};
  CHECK(neural::reference_from_sheet(single).width == 120);
}

TEST_CASE("the neural generator renders the sample's shots like the rig does, characters redrawn") {
  const auto dir = fs::path(EKONTE_BINARY_DIR) / "test-neural-shot-generator";
  fs::create_directories(dir);
  // A few steps of a tiny model: the test checks plumbing, not picture quality.
  neural::TrainOptions t;
  t.out = (dir / "tiny.ekw").string();
  t.steps = 2;
  t.size = 32;
  t.batch = 2;
  t.device = "cpu";
  t.data = "synthetic";
  t.base_channels = 8;
  t.heads = 2;
  t.reference_size = 32;
  neural::train_generator(t, neural::synthetic_example);

  const auto compiled = pipeline::compile_script(std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko");
  REQUIRE(compiled.ok());
  neural::GeneratorParams params;
  params.model_path = t.out;
  params.device = "cpu";
  std::string note;
  auto generator = neural::make_neural_shot_generator(params, &note);
  CHECK(note.find("neural generator on cpu") != std::string::npos);
  CHECK(generator->name() == "neural");
  CHECK(generator->version().find("weights-") != std::string::npos);
  auto rig = render::make_rig_generator();
  const pipeline::RenderContext context = pipeline::make_render_context(
      compiled.graph(), compiled.models, generator->input(), pipeline::frame_size(compiled.graph().meta, 320));
  const auto inputs = pipeline::shot_render_inputs(context);
  const std::vector<render::ShotRenderInput> first_two(inputs.begin(), inputs.begin() + 2);
  const auto neural_shots = generator->render_batch(first_two, {});
  const auto rig_shots = rig->render_batch(first_two, {});
  REQUIRE(neural_shots.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(neural_shots[i].color.width == rig_shots[i].color.width);
    CHECK(neural_shots[i].color.height == rig_shots[i].color.height);
    CHECK(neural_shots[i].landmarks.characters.size() == rig_shots[i].landmarks.characters.size());
    CHECK(neural_shots[i].parts.pixels == rig_shots[i].parts.pixels);
    // Pixels away from every character are the rig's background, untouched.
    const auto& inst = rig_shots[i].instances.pixels;
    const auto& parts = rig_shots[i].parts.pixels;
    size_t same = 0, outside = 0;
    for (size_t p = 0; p < inst.size(); ++p)
      if (inst[p] == 0 && parts[p] == 0) {
        ++outside;
        same += std::equal(neural_shots[i].color.pixels.begin() + p * 4, neural_shots[i].color.pixels.begin() + p * 4 + 3,
                           rig_shots[i].background.pixels.begin() + p * 4);
      }
    CHECK(same == outside);
  }
}

TEST_CASE("architecture 4 renders the sample's shots at their own size; the setting is the rig's") {
  const auto dir = fs::path(EKONTE_BINARY_DIR) / "test-neural-shot-generator";
  fs::create_directories(dir);
  neural::TrainOptions t;
  t.architecture = 4;
  t.out = (dir / "tiny-labeller.ekw").string();
  t.steps = 1;
  t.batch = 1;
  t.device = "cpu";
  t.data = "rig";
  t.base_channels = 4;
  t.tone_fit_shots = 2;
  t.threads = 1;
  neural::train_generator(t, neural::rig_example_source());

  const auto compiled = pipeline::compile_script(std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko");
  REQUIRE(compiled.ok());
  neural::GeneratorParams params;
  params.model_path = t.out;
  params.device = "cpu";
  auto generator = neural::make_neural_shot_generator(params);
  auto rig = render::make_rig_generator();
  const pipeline::RenderContext context = pipeline::make_render_context(
      compiled.graph(), compiled.models, generator->input(), pipeline::frame_size(compiled.graph().meta, 320));
  const auto inputs = pipeline::shot_render_inputs(context);
  const std::vector<render::ShotRenderInput> first_two(inputs.begin(), inputs.begin() + 2);
  const auto neural_shots = generator->render_batch(first_two, {});
  const auto rig_shots = rig->render_batch(first_two, {});
  REQUIRE(neural_shots.size() == 2);
  for (size_t i = 0; i < 2; ++i) {
    CHECK(neural_shots[i].color.width == rig_shots[i].color.width);
    CHECK(neural_shots[i].parts.pixels == rig_shots[i].parts.pixels);
    // Pixels that are not a character's nor next to one are the rig's picture, untouched.
    const auto& inst = rig_shots[i].instances;
    const int w = inst.width, h = inst.height;
    size_t same = 0, far = 0;
    for (int y = 1; y + 1 < h; ++y)
      for (int x = 1; x + 1 < w; ++x) {
        bool near_character = false;
        for (int dy = -1; dy <= 1; ++dy)
          for (int dx = -1; dx <= 1; ++dx) near_character |= inst.pixels[size_t(y + dy) * w + x + dx] != 0;
        if (near_character) continue;
        ++far;
        const size_t p = size_t(y) * w + x;
        same += std::equal(neural_shots[i].color.pixels.begin() + p * 4, neural_shots[i].color.pixels.begin() + p * 4 + 4,
                           rig_shots[i].color.pixels.begin() + p * 4);
      }
    CHECK(same == far);
  }
}
