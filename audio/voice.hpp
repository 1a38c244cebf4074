#pragma once
// The voice a dialogue line is spoken with: the character's row of vocabulary/voices.def
// (age and body) adjusted by the line's delivery (vocabulary/deliveries.def), in the line's
// language. Everything espeak is told is here, so the speech cache key is this value.
#include <string>

#include "compiler/shot_graph.hpp"
#include "vocabulary/voices.hpp"

namespace ekonte::audio {

struct VoiceParams {
  std::string language = "en";  // espeak voice name of the language: "en", "ja"
  VoiceKind kind = VoiceKind::Uncast;
  std::string variant;  // espeak variant, "f3"
  int pitch = 50, range = 50, rate = 175, volume = 100;  // espeak parameters
  // "en+f3": what espeak_SetVoiceByName is given.
  std::string espeak_name() const { return variant.empty() ? language : language + "+" + variant; }
  // "teen-feminine en+f3 pitch 70 range 60 rate 178 volume 100": for keys and reports.
  std::string describe() const;
};

// The body a character's voice is chosen for: `body:`, else `pronouns:`, else neutral.
vocabulary::VoiceBody voice_body(const Character& character);

// The voice of `line`; its language is the line's as written ("en" when empty).
VoiceParams voice_for_line(const ShotGraph& graph, const DialogueLine& line);

}  // namespace ekonte::audio
