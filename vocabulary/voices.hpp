#pragma once
// Scratch voices from voices.def: the espeak-ng voice each character speaks with (audio/).
#include <cstddef>
#include <string_view>

namespace ekonte::audio {

enum class VoiceKind {
#define EKONTE_VOICE(id, ...) id,
#include "vocabulary/voices.def"
#undef EKONTE_VOICE
};

}  // namespace ekonte::audio

namespace ekonte::vocabulary {

// The body a voice row is for; Any: every body.
enum class VoiceBody { Any, Neutral, Masculine, Feminine };
std::string_view name_of(VoiceBody);

struct VoiceRow {
  std::string_view name;
  int min_age, max_age;  // inclusive; -1: chosen by no age
  VoiceBody body;
  std::string_view variant;  // espeak-ng variant, e.g. "f3"
  int pitch, range;          // espeak 0-100
  int rate;                  // words per minute
  int volume;                // espeak volume, 100 normal
  std::string_view description;
};

inline constexpr VoiceRow kVoiceRows[] = {
#define EKONTE_VOICE(id, name, min_age, max_age, body, variant, pitch, range, rate, volume, desc) \
  {name, min_age, max_age, VoiceBody::body, variant, pitch, range, rate, volume, desc},
#include "vocabulary/voices.def"
#undef EKONTE_VOICE
};

inline const VoiceRow& row(audio::VoiceKind v) { return kVoiceRows[static_cast<size_t>(v)]; }

// The first row whose ages hold `age` and whose body is `body` or Any; Uncast when none does.
audio::VoiceKind voice_for(int age, VoiceBody body);

}  // namespace ekonte::vocabulary
