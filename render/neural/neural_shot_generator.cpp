#include "render/neural/neural_shot_generator.hpp"

#include <iostream>

#include "characters/character_model.hpp"
#include "render/rig_renderer.hpp"

namespace ekonte::neural {
namespace {

// A turnaround sheet is four views side by side; wider than this ratio it is treated as one.
constexpr double kTurnaroundAspect = 1.8;
// Side of the rig's front view rendered as the reference of a character without a sheet.
constexpr int kFrontViewSide = 256;
// Part of version(): bump when the way shots are fed to the network changes.
constexpr const char* kNeuralPipelineVersion = "neural-1";

class NeuralShotGenerator final : public render::ShotGenerator {
 public:
  NeuralShotGenerator(std::unique_ptr<NeuralGenerator> net, std::vector<render::ImageRgba> references)
      : net_(std::move(net)), references_(std::move(references)), rig_(render::make_rig_generator()) {}

  std::string name() const override { return "neural"; }
  std::string version() const override {
    // The rig's control maps are the input, so its version is part of ours; so are the weights.
    return std::string(kNeuralPipelineVersion) + "+" + rig_->version() + "+weights-" + net_->info().digest;
  }

  std::vector<render::ShotRender> render_batch(const ShotGraph& graph, const std::vector<ShotId>& shots,
                                               const render::GenerateOptions& options) override {
    render::GenerateOptions rig_options = options;
    rig_options.control_maps = true;
    rig_options.progress = nullptr;
    const auto rig = rig_->render_batch(graph, shots, rig_options);
    std::vector<GeneratorShot> batch;
    for (const auto& r : rig) {
      GeneratorShot s{&r, {}};
      for (const auto& c : r.landmarks.characters)
        s.references.push_back(c.character.valid() && c.character.value < references_.size()
                                   ? references_[c.character.value]
                                   : render::ImageRgba{});
      batch.push_back(std::move(s));
    }
    try {
      auto out = net_->render_batch(batch);
      if (options.progress) options.progress(out.size(), out.size());
      return out;
    } catch (const std::exception& e) {
      // The interface has no error channel: say why here; the build then reports the short batch.
      std::cerr << "\nekonte: error: " << e.what() << "\n";
      return {};
    }
  }

 private:
  std::unique_ptr<NeuralGenerator> net_;
  std::vector<render::ImageRgba> references_;  // by CharacterId
  std::unique_ptr<render::ShotGenerator> rig_;
};

}  // namespace

render::ImageRgba reference_from_sheet(const render::ImageRgba& sheet) {
  if (sheet.width < kTurnaroundAspect * sheet.height) return sheet;
  render::ImageRgba front;
  front.width = sheet.width / 4;
  front.height = sheet.height;
  front.pixels.resize(size_t(front.width) * front.height * 4);
  for (int y = 0; y < front.height; ++y)
    std::copy_n(sheet.pixels.data() + size_t(y) * sheet.width * 4, size_t(front.width) * 4,
                front.pixels.data() + size_t(y) * front.width * 4);
  return front;
}

std::unique_ptr<render::ShotGenerator> make_neural_shot_generator(const ShotGraph& graph, const GeneratorParams& params,
                                                                  std::string* note) {
  auto net = NeuralGenerator::load(params);
  const auto models = characters::models_from_graph(graph, nullptr);
  std::vector<render::ImageRgba> references;
  for (size_t i = 0; i < graph.characters.size(); ++i) {
    const Character& c = graph.characters[i];
    if (!c.sheet_resolved.empty()) {
      references.push_back(reference_from_sheet(load_reference_image(c.sheet_resolved)));
    } else {
      render::FigureShot front;
      front.width = front.height = kFrontViewSide;
      front.paper = Rgb{255, 255, 255};
      references.push_back(render::render_figure(models.at(i), front).color);
    }
  }
  if (note) {
    const auto& info = net->info();
    *note = "neural generator on " + net->device_description() + ", weights `" +
            (params.model_path.empty() ? default_model_path() : params.model_path) + "` (" +
            std::to_string(info.steps) + " steps, " + std::to_string(info.parameters) + " parameters)";
  }
  return std::make_unique<NeuralShotGenerator>(std::move(net), std::move(references));
}

std::unique_ptr<render::ShotGenerator> try_make_neural_shot_generator(const ShotGraph& graph,
                                                                      const GeneratorParams& params, std::string* note,
                                                                      std::string* error) {
  try {
    return make_neural_shot_generator(graph, params, note);
  } catch (const NeuralError& e) {
    if (error) *error = e.what();
  } catch (const std::exception& e) {
    if (error) *error = std::string("neural generator: ") + e.what();
  }
  return nullptr;
}

}  // namespace ekonte::neural
