#pragma once
// The neural generator behind render::ShotGenerator, for `ekonte build --generator neural`:
// the rig draws each shot's control maps and background, the network draws the characters
// from their references (the `sheet:` picture, or the rig's front view when there is none).
#include <memory>
#include <string>

#include "compiler/shot_graph.hpp"
#include "render/neural/neural_generator.hpp"
#include "render/shot_generator.hpp"

namespace ekonte::neural {

// Loads the weights and every character's reference for `graph`. Throws NeuralError naming the
// weights file, a bad sheet picture or a missing device; `note` receives e.g.
// "neural generator: cpu (2 threads), models/ekonte-generator.ekw (3600 steps)".
std::unique_ptr<render::ShotGenerator> make_neural_shot_generator(const ShotGraph& graph, const GeneratorParams& params,
                                                                  std::string* note = nullptr);

// The same, for callers without exceptions (the CLI): null and `error` set on failure.
std::unique_ptr<render::ShotGenerator> try_make_neural_shot_generator(const ShotGraph& graph,
                                                                      const GeneratorParams& params, std::string* note,
                                                                      std::string* error);

// The picture the network reads for a `sheet:` image: a turnaround (as `ekonte sheet --png`
// writes: front, three-quarter, profile, back side by side, so at least 1.8 times as wide as
// tall) is cut to its first (front) view; anything else is used whole.
render::ImageRgba reference_from_sheet(const render::ImageRgba& sheet);

}  // namespace ekonte::neural
