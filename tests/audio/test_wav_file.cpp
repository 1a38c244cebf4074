// The WAV writer: a 44-byte RIFF/PCM header that states the rate, one channel and 16 bits, then
// the samples little-endian.
#include <doctest/doctest.h>

#include <cstring>

#include "audio/wav_file.hpp"

using namespace ekonte;

namespace {
uint32_t le32(const std::string& b, size_t at) {
  return uint32_t(uint8_t(b[at])) | uint32_t(uint8_t(b[at + 1])) << 8 | uint32_t(uint8_t(b[at + 2])) << 16 |
         uint32_t(uint8_t(b[at + 3])) << 24;
}
uint16_t le16(const std::string& b, size_t at) { return uint16_t(uint8_t(b[at]) | uint8_t(b[at + 1]) << 8); }
}  // namespace

TEST_CASE("a WAV file states its rate, one channel and 16 bits, and holds every sample") {
  audio::ScratchTrack track;
  track.sample_rate = 22050;
  track.samples = {0, 1, -1, 32767, -32768};
  const std::string wav = audio::wav_bytes(track);
  REQUIRE(wav.size() == 44 + 10);
  CHECK(wav.compare(0, 4, "RIFF") == 0);
  CHECK(le32(wav, 4) == wav.size() - 8);
  CHECK(wav.compare(8, 8, "WAVEfmt ") == 0);
  CHECK(le16(wav, 20) == 1);      // PCM
  CHECK(le16(wav, 22) == 1);      // mono
  CHECK(le32(wav, 24) == 22050);  // rate
  CHECK(le32(wav, 28) == 44100);  // bytes a second
  CHECK(le16(wav, 34) == 16);
  CHECK(wav.compare(36, 4, "data") == 0);
  CHECK(le32(wav, 40) == 10);
  CHECK(int16_t(le16(wav, 46)) == 1);
  CHECK(int16_t(le16(wav, 48)) == -1);
  CHECK(int16_t(le16(wav, 52)) == -32768);
}
