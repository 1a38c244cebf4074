#include "audio/voice.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "support/text.hpp"
#include "vocabulary/character_words.hpp"
#include "vocabulary/staging.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::audio {
namespace {

// A character with no `age:` speaks as an adult.
constexpr int kUnstatedAge = 30;

vocabulary::VoiceBody from_body_type(characters::BodyType b) {
  switch (b) {
    case characters::BodyType::Masculine: return vocabulary::VoiceBody::Masculine;
    case characters::BodyType::Feminine: return vocabulary::VoiceBody::Feminine;
    default: return vocabulary::VoiceBody::Neutral;
  }
}

// The body row one of whose phrases is `words` exactly.
std::optional<characters::BodyType> body_row_named(const std::string& words) {
  for (size_t i = 0; i < std::size(vocabulary::kBodyRows); ++i)
    for (const std::string& p : vocabulary::split_phrases(vocabulary::kBodyRows[i].phrases))
      if (p == words) return static_cast<characters::BodyType>(i);
  return std::nullopt;
}

}  // namespace

std::string VoiceParams::describe() const {
  return std::string(vocabulary::row(kind).name) + " " + espeak_name() + " pitch " + std::to_string(pitch) +
         " range " + std::to_string(range) + " rate " + std::to_string(rate) + " volume " + std::to_string(volume);
}

vocabulary::VoiceBody voice_body(const Character& character) {
  if (auto b = body_row_named(to_lower(trim(character.body)))) return from_body_type(*b);
  // `pronouns: she/her`, `she`, `he/him/his`: the first pronoun names the row.
  const std::string pronouns = to_lower(trim(character.pronouns));
  if (auto b = body_row_named(pronouns)) return from_body_type(*b);
  if (auto b = body_row_named(trim(pronouns.substr(0, pronouns.find('/'))))) return from_body_type(*b);
  return vocabulary::VoiceBody::Neutral;
}

VoiceParams voice_for_line(const ShotGraph& graph, const DialogueLine& line) {
  VoiceParams v;
  v.language = line.language.empty() ? "en" : to_lower(line.language);
  v.kind = VoiceKind::Uncast;
  if (line.speaker.valid() && line.speaker.value < graph.characters.size()) {
    const Character& c = graph.character(line.speaker);
    v.kind = vocabulary::voice_for(c.age.value_or(kUnstatedAge), voice_body(c));
  }
  const vocabulary::VoiceRow& r = vocabulary::row(v.kind);
  const vocabulary::DeliveryRow& d = vocabulary::row(line.delivery);
  v.variant = std::string(r.variant);
  v.pitch = std::clamp(r.pitch + d.pitch, 0, 100);
  v.range = r.range;
  v.rate = std::clamp(static_cast<int>(std::lround(r.rate * d.rate)), 80, 450);  // espeak's limits
  v.volume = std::clamp(static_cast<int>(std::lround(r.volume * d.volume)), 0, 200);
  return v;
}

}  // namespace ekonte::audio
