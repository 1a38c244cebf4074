#include <string>

#include "vocabulary/tables.hpp"
#include "vocabulary/voices.hpp"

namespace ekonte::vocabulary {

std::string_view name_of(VoiceBody b) {
  switch (b) {
    case VoiceBody::Any: return "any";
    case VoiceBody::Neutral: return "neutral";
    case VoiceBody::Masculine: return "masculine";
    case VoiceBody::Feminine: return "feminine";
  }
  return "any";
}

audio::VoiceKind voice_for(int age, VoiceBody body) {
  for (size_t i = 0; i < std::size(kVoiceRows); ++i) {
    const VoiceRow& r = kVoiceRows[i];
    if (r.min_age < 0 || age < r.min_age || age > r.max_age) continue;
    if (r.body == VoiceBody::Any || r.body == body) return static_cast<audio::VoiceKind>(i);
  }
  return audio::VoiceKind::Uncast;
}

Table voice_table() {
  // Built once: Entry holds views, so the texts live as long as the program.
  struct Texts {
    std::string who, details;
  };
  static const std::vector<Texts> texts = [] {
    std::vector<Texts> out;
    for (const VoiceRow& r : kVoiceRows) {
      const std::string ages = r.min_age < 0 ? std::string("no character")
                               : r.max_age >= 1000 ? "ages " + std::to_string(r.min_age) + "+"
                                                   : "ages " + std::to_string(r.min_age) + "-" + std::to_string(r.max_age);
      out.push_back({r.min_age < 0 ? ages : ages + ", " + std::string(name_of(r.body)),
                     std::string(r.description) + " (espeak variant `" + std::string(r.variant) + "`, pitch " +
                         std::to_string(r.pitch) + ", range " + std::to_string(r.range) + ", " +
                         std::to_string(r.rate) + " words a minute)"});
    }
    return out;
  }();
  Table t{"voice", "Scratch voices", "the scratch audio, chosen by a character's `age:` and `body:` or `pronouns:`", {}};
  for (size_t i = 0; i < std::size(kVoiceRows); ++i)
    t.entries.push_back({kVoiceRows[i].name, "", texts[i].who, texts[i].details, {}});
  return t;
}

}  // namespace ekonte::vocabulary
