#pragma once
// The neural generator behind render::ShotGenerator, for `ekonte build --generator neural`:
// the rig draws each shot's control maps and background, the network draws the characters
// from their references (the `sheet:` picture, or the rig's front view when there is none).
#include <memory>
#include <string>

#include "render/neural/neural_generator.hpp"
#include "render/shot_generator.hpp"

namespace ekonte::neural {

// Loads the weights. Throws NeuralError naming the weights file or a missing device; `note`
// receives e.g. "neural generator on cpu (2 threads), weights `models/ekonte-generator.ekw` ...".
// A character's reference is read when a shot first shows it (render_batch then throws
// NeuralError for a bad sheet picture): its `sheet:` picture (CharacterInput::sheet_path), or
// the rig's front view of its model when it has none.
std::unique_ptr<render::ShotGenerator> make_neural_shot_generator(const GeneratorParams& params,
                                                                  std::string* note = nullptr);

// The same, for callers without exceptions: null and `error` set on failure.
std::unique_ptr<render::ShotGenerator> try_make_neural_shot_generator(const GeneratorParams& params, std::string* note,
                                                                      std::string* error);

// The picture the network reads for a `sheet:` image: a turnaround (as `ekonte sheet --png`
// writes: front, three-quarter, profile, back side by side, so at least 1.8 times as wide as
// tall) is cut to its first (front) view; anything else is used whole.
render::ImageRgba reference_from_sheet(const render::ImageRgba& sheet);

}  // namespace ekonte::neural
