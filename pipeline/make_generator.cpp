#include "pipeline/make_generator.hpp"

#ifdef HAVE_EKONTE_NEURAL
#include "render/neural/neural_shot_generator.hpp"
#endif

namespace ekonte::pipeline {

std::unique_ptr<render::ShotGenerator> make_generator(const GeneratorChoice& choice, std::string* note,
                                                      std::string* error) {
  if (choice.name == "rig") return render::make_rig_generator();
  if (choice.name != "neural") {
    *error = "unknown generator `" + choice.name + "`; use `rig` or `neural`";
    return nullptr;
  }
#ifdef HAVE_EKONTE_NEURAL
  neural::GeneratorParams params;
  params.model_path = choice.model_path;
  params.device = choice.device;
  return neural::try_make_neural_shot_generator(params, note, error);
#else
  (void)note;
  *error = "this ekonte was built without the neural generator (EKONTE_WITH_NEURAL=OFF)";
  return nullptr;
#endif
}

}  // namespace ekonte::pipeline
