// Voices from the table: age and body (or pronouns) pick the row, the delivery scales it, a cue
// that is no character speaks with the uncast row.
#include <doctest/doctest.h>

#include "audio/voice.hpp"
#include "tests/audio/audio_measures.hpp"

using namespace ekonte;
using audio::VoiceKind;

namespace {
Character character(std::optional<int> age, std::string body, std::string pronouns) {
  Character c;
  c.id = "C";
  c.age = age;
  c.body = std::move(body);
  c.pronouns = std::move(pronouns);
  return c;
}
}  // namespace

TEST_CASE("body comes from `body:`, else the first of the pronouns, else neutral") {
  using vocabulary::VoiceBody;
  CHECK(audio::voice_body(character(30, "feminine", "he/him")) == VoiceBody::Feminine);
  CHECK(audio::voice_body(character(30, "", "she/her")) == VoiceBody::Feminine);
  CHECK(audio::voice_body(character(30, "", "he/him/his")) == VoiceBody::Masculine);
  CHECK(audio::voice_body(character(30, "", "He")) == VoiceBody::Masculine);
  CHECK(audio::voice_body(character(30, "", "they/them")) == VoiceBody::Neutral);
  CHECK(audio::voice_body(character(30, "", "")) == VoiceBody::Neutral);
}

TEST_CASE("age and body choose the voice row") {
  using vocabulary::VoiceBody;
  CHECK(vocabulary::voice_for(8, VoiceBody::Masculine) == VoiceKind::Child);
  CHECK(vocabulary::voice_for(16, VoiceBody::Feminine) == VoiceKind::TeenFeminine);
  CHECK(vocabulary::voice_for(16, VoiceBody::Neutral) == VoiceKind::Teen);
  CHECK(vocabulary::voice_for(40, VoiceBody::Masculine) == VoiceKind::AdultMasculine);
  CHECK(vocabulary::voice_for(78, VoiceBody::Neutral) == VoiceKind::Elder);
  CHECK(vocabulary::voice_for(300, VoiceBody::Feminine) == VoiceKind::Ageless);
}

TEST_CASE("a line's voice: the speaker's row, its delivery, its language; a voice cue is uncast") {
  const ShotGraph g = test::compile_script_text(R"(title: T

character GIRL "Girl":
    age: 15
    pronouns: she/her

setting S "S":
    time: day

scene 1 S:
    shot 1 wide, 3s:
        GIRL stands.
        GIRL (whispering): Quiet now.
        GIRL (shouting): Run!
        ANNOUNCER: The gates close at dusk.
)");
  const auto& lines = g.shots[0].dialogue;
  REQUIRE(lines.size() == 3);
  const audio::VoiceParams whisper = audio::voice_for_line(g, lines[0]);
  const audio::VoiceParams shout = audio::voice_for_line(g, lines[1]);
  const audio::VoiceParams uncast = audio::voice_for_line(g, lines[2]);
  CHECK(whisper.kind == VoiceKind::TeenFeminine);
  CHECK(whisper.espeak_name() == "en+f3");
  CHECK(whisper.volume < shout.volume);
  CHECK(whisper.rate < shout.rate);
  CHECK(whisper.pitch < shout.pitch);
  CHECK(uncast.kind == VoiceKind::Uncast);
  CHECK(uncast.language == "en");
}
