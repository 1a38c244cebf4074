#include "render/neural/neural_shot_generator.hpp"

#include <algorithm>
#include <map>

#include "render/neural/training_data.hpp"
#include "render/rig_renderer.hpp"

namespace ekonte::neural {
namespace {

// A turnaround sheet is four views side by side; wider than this ratio it is treated as one.
constexpr double kTurnaroundAspect = 1.8;
// Side of the rig's front view rendered as the script's view of a character (and as the reference
// of a character without a sheet): the sheet's height, within these bounds.
constexpr int kFrontViewSide = 256, kMaxFrontViewSide = 1024;
// Part of version(): bump when the way shots are fed to the network or painted changes.
constexpr const char* kNeuralPipelineVersion = "neural-7";

class NeuralShotGenerator final : public render::ShotGenerator {
 public:
  explicit NeuralShotGenerator(std::unique_ptr<NeuralGenerator> net)
      : net_(std::move(net)), rig_(render::make_rig_generator()) {}

  std::string name() const override { return "neural"; }
  std::string version() const override {
    // The rig's control maps are the input, so its version is part of ours; so are the weights.
    return std::string(kNeuralPipelineVersion) + "+" + rig_->version() + "+weights-" + net_->info().digest;
  }

  std::vector<render::ShotRender> render_batch(const std::vector<render::ShotRenderInput>& inputs,
                                               const render::GenerateOptions& options) override {
    render::GenerateOptions rig_options = options;
    rig_options.control_maps = true;
    rig_options.progress = nullptr;
    const auto rig = rig_->render_batch(inputs, rig_options);
    std::vector<GeneratorShot> batch;
    for (size_t i = 0; i < rig.size(); ++i) {
      GeneratorShot s{&rig[i], {}, {}};
      for (const auto& c : rig[i].landmarks.characters) {
        const render::CharacterInput* character = inputs[i].character(c.character_id);
        const CharacterViews* views = character ? &views_for(*character) : nullptr;
        s.references.push_back(views ? views->reference : render::ImageRgba{});
        s.script_views.push_back(views && views->script_view.picture.width > 0 ? &views->script_view : nullptr);
      }
      batch.push_back(std::move(s));
    }
    auto out = net_->render_batch(batch);
    if (options.progress) options.progress(out.size(), out.size());
    return out;
  }

 private:
  // A character's reference (its drawn sheet; for the colour U-Net the rig's front view when it
  // has none) and the script's
  // rig front view with its labels (which tells the palette the garments apart), made once per
  // model and sheet.
  struct CharacterViews {
    render::ImageRgba reference;
    LabelledSheet script_view;
  };
  const CharacterViews& views_for(const render::CharacterInput& c) {
    const std::string key = c.model.id + "\n" + c.sheet_digest;
    auto it = views_.find(key);
    if (it != views_.end()) return it->second;
    CharacterViews v;
    const bool colour_unet = net_->info().architecture_version < kLabellerArchitectureVersion;
    // With no drawn sheet the script's colours are the character's, and the labeller generator
    // keeps the rig's picture of it exactly (reading the rig's own front view back could only
    // add its labelling errors): no view is drawn for it.
    if (c.sheet_path.empty() && !colour_unet) return views_.emplace(key, std::move(v)).first->second;
    if (!c.sheet_path.empty()) v.reference = reference_from_sheet(load_reference_image(c.sheet_path));
    // The script's view is drawn at the sheet's scale: the palette pairs the two pictures' colours
    // read alike, and an eye a few pixels wide reads as a different blend at another size.
    const int side = v.reference.height > 0 ? std::clamp(v.reference.height, kFrontViewSide, kMaxFrontViewSide) : kFrontViewSide;
    render::FigureShot front;
    front.width = front.height = side;
    front.paper = Rgb{255, 255, 255};
    v.script_view = labelled_sheet_of(render::render_figure(c.model, front));
    if (c.sheet_path.empty()) v.reference = v.script_view.picture;  // the colour U-Net always needs a sheet to read
    return views_.emplace(key, std::move(v)).first->second;
  }

  std::unique_ptr<NeuralGenerator> net_;
  std::map<std::string, CharacterViews> views_;  // by model id and sheet digest
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

std::unique_ptr<render::ShotGenerator> make_neural_shot_generator(const GeneratorParams& params, std::string* note) {
  auto net = NeuralGenerator::load(params);
  if (note) {
    const auto& info = net->info();
    *note = "neural generator on " + net->device_description() + ", weights `" +
            (params.model_path.empty() ? default_model_path() : params.model_path) + "` (" +
            std::to_string(info.steps) + " steps, " + std::to_string(info.parameters) + " parameters)";
  }
  return std::make_unique<NeuralShotGenerator>(std::move(net));
}

std::unique_ptr<render::ShotGenerator> try_make_neural_shot_generator(const GeneratorParams& params, std::string* note,
                                                                      std::string* error) {
  try {
    return make_neural_shot_generator(params, note);
  } catch (const NeuralError& e) {
    if (error) *error = e.what();
  } catch (const std::exception& e) {
    if (error) *error = std::string("neural generator: ") + e.what();
  }
  return nullptr;
}

}  // namespace ekonte::neural
