#include "pipeline/make_generator.hpp"

#include "pipeline/neural_plugin.hpp"

namespace ekonte::pipeline {

std::unique_ptr<render::ShotGenerator> make_generator(const GeneratorChoice& choice, std::string* note,
                                                      std::string* error) {
  if (choice.name == "rig") return render::make_rig_generator();
  if (choice.name != "neural") {
    *error = "unknown generator `" + choice.name + "`; use `rig` or `neural`";
    return nullptr;
  }
  const neural::PluginApi* plugin = neural_plugin(error);
  if (!plugin) return nullptr;
  neural::GeneratorParams params;
  params.model_path = choice.model_path;
  params.device = choice.device;
  return plugin->make_shot_generator(params, note, error);
}

}  // namespace ekonte::pipeline
