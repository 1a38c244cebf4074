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
