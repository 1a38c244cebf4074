#pragma once
// espeak-ng, linked as a library and driven synchronously. espeak keeps global state and is
// not thread-safe, so every call here holds one process-wide mutex.
#include <cstdint>
#include <string>
#include <vector>

#include "audio/voice.hpp"

namespace ekonte::audio {

// Mono PCM as espeak makes it.
struct Speech {
  uint32_t sample_rate = 0;
  std::vector<int16_t> samples;
  double seconds() const { return sample_rate ? static_cast<double>(samples.size()) / sample_rate : 0.0; }
};

// Whether espeak-ng has a voice for `language` ("en", "ja").
bool espeak_has_language(const std::string& language);
// The espeak-ng version and its data path, e.g. "1.51 /usr/lib/x86_64-linux-gnu/espeak-ng-data":
// a different espeak speaks differently, so the speech cache key holds it.
std::string espeak_version();

// `text` (UTF-8) spoken with `voice`, silence trimmed from both ends. An unknown language
// speaks with espeak's default voice (callers check espeak_has_language first and warn).
Speech speak_line(const VoiceParams& voice, const std::string& text);

}  // namespace ekonte::audio
