#pragma once
// Generates a synthetic episode of N shots in the style of the reference sample, for the
// benchmarks (compile, render, layout, incremental builds).
#include <cstdint>
#include <string>

namespace ekonte::bench {

// Scenes of 10 shots, 4 characters, 3 settings, mixed framings, dialogue in English and
// Japanese, stage lines every seventh shot. Deterministic for a given `shots` and `seed`.
std::string generate_script(uint32_t shots, uint32_t seed = 1);

}  // namespace ekonte::bench
