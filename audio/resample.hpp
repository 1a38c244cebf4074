#pragma once
// Mono int16 PCM from espeak's rate to the track's, with libswresample (the animatic's AAC
// encoder then gets the track at the rate it asked for).
#include <cstdint>
#include <vector>

namespace ekonte::audio {

// `samples` at `from_rate` Hz as samples at `to_rate` Hz; unchanged when the rates are equal.
// Empty when libswresample fails (it does not for valid rates).
std::vector<int16_t> resample(const std::vector<int16_t>& samples, uint32_t from_rate, uint32_t to_rate);

}  // namespace ekonte::audio
