// How a sound line is read: onomatopoeia is lettered over the art, descriptions of sounds go
// in a sound caption, loudness words size the lettering.
#include "layout/manga/sound_lines.hpp"

#include <doctest/doctest.h>

using namespace ekonte::layout;

namespace {

std::vector<std::string> lettered(const std::string& line) {
  std::vector<std::string> out;
  for (const auto& o : read_sound_line(line).lettered) out.push_back(o.text);
  return out;
}

}  // namespace

TEST_CASE("a descriptive sound line is a caption, not lettering") {
  const SoundLine s = read_sound_line("hum of fluorescent lights, keyboard clatter");
  CHECK(s.lettered.empty());
  CHECK(s.caption == "hum of fluorescent lights, keyboard clatter");
  CHECK(s.reason.find("describes a sound") != std::string::npos);
  // One plain noun names a sound's source; it is not the sound's shape.
  CHECK(read_sound_line("coin").caption == "coin");
  CHECK(read_sound_line("wind").lettered.empty());
  CHECK(read_sound_line("roar of wind, screaming").lettered.empty());
}

TEST_CASE("onomatopoeia is lettered: table words, capitals, repeats and kana") {
  CHECK(lettered("fwoosh") == std::vector<std::string>{"fwoosh"});
  CHECK(lettered("BOOM") == std::vector<std::string>{"BOOM"});
  CHECK(lettered("boom, crackle") == std::vector<std::string>{"boom", "crackle"});
  CHECK(lettered("clack-clack") == std::vector<std::string>{"clack-clack"});
  CHECK(lettered("bzz-bzz") == std::vector<std::string>{"bzz-bzz"});
  CHECK(lettered("KRAKOOM!") == std::vector<std::string>{"KRAKOOM!"});
  const SoundLine kana = read_sound_line("ドン");
  REQUIRE(kana.lettered.size() == 1);
  CHECK(kana.lettered[0].japanese);
  CHECK(kana.caption.empty());
}

TEST_CASE("a mixed line letters its onomatopoeia and captions the rest") {
  const SoundLine s = read_sound_line("taiko drums, crowd, BANG");
  CHECK(lettered("taiko drums, crowd, BANG") == std::vector<std::string>{"BANG"});
  CHECK(s.caption == "taiko drums, crowd");
}

TEST_CASE("loudness words size the lettering and are never lettered") {
  const SoundLine distant = read_sound_line("boom, distant");
  REQUIRE(distant.lettered.size() == 1);
  CHECK(distant.lettered[0].text == "boom");
  CHECK(distant.lettered[0].size < 1);
  CHECK(distant.caption.empty());
  const SoundLine loud = read_sound_line("deafening crash");
  REQUIRE(loud.lettered.size() == 1);
  CHECK(loud.lettered[0].text == "crash");
  CHECK(loud.lettered[0].size > 1);
  CHECK(read_sound_line("crash").lettered[0].size == 1);
}

TEST_CASE("each part of a sound line says which rule read it, for explain") {
  const SoundLine s = read_sound_line("kaboom, distant, hum of lights, KRAKOOM, coin, bzz-bzz");
  REQUIRE(s.parts.size() == 6);
  CHECK(s.parts[0].lettered);
  CHECK(s.parts[0].rule == "row `boom` of vocabulary/sound_words.def (spelling `kaboom`)");
  CHECK(s.parts[1].loudness_only);
  CHECK(s.parts[1].rule.find("row `distant` of vocabulary/sound_words.def: lettering x0.7; it sizes `kaboom`") !=
        std::string::npos);
  CHECK_FALSE(s.parts[2].lettered);
  CHECK(s.parts[2].rule.find("several words") != std::string::npos);
  CHECK(s.parts[3].rule.find("capitals") != std::string::npos);
  CHECK_FALSE(s.parts[4].lettered);
  CHECK(s.parts[4].rule.find("no onomatopoeia row") != std::string::npos);
  CHECK(s.parts[5].rule.find("repeated sound") != std::string::npos);
  const SoundLine loud = read_sound_line("deafening crash");
  REQUIRE(loud.parts.size() == 1);
  CHECK(loud.parts[0].loudness.find("row `deafening`") != std::string::npos);
}

TEST_CASE("a loudness word after a description stays in the sound caption, not dropped") {
  const SoundLine s = read_sound_line("bell buoy, distant");
  CHECK(s.lettered.empty());
  CHECK(s.caption == "bell buoy, distant");
  const SoundLine mixed = read_sound_line("boom, distant, hum of lights, faint");
  REQUIRE(mixed.lettered.size() == 1);
  CHECK(mixed.lettered[0].size < 1);
  CHECK(mixed.caption == "hum of lights, faint");
}
