#pragma once
// The scratch track as a WAV file (RIFF, PCM 16-bit mono), for `ekonte audio`.
#include <string>

#include "audio/scratch_track.hpp"

namespace ekonte::audio {

std::string wav_bytes(const ScratchTrack& track);

}  // namespace ekonte::audio
