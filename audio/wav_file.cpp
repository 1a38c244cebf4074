#include "audio/wav_file.hpp"

#include <cstdint>

namespace ekonte::audio {
namespace {

// RIFF fields are little-endian whatever the host.
void put_le(std::string& out, uint32_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}

}  // namespace

std::string wav_bytes(const ScratchTrack& track) {
  constexpr uint32_t kChannels = 1, kBits = 16;
  const uint32_t data_size = static_cast<uint32_t>(track.samples.size() * sizeof(int16_t));
  std::string out;
  out.reserve(44 + data_size);
  out += "RIFF";
  put_le(out, 36 + data_size, 4);
  out += "WAVEfmt ";
  put_le(out, 16, 4);  // the PCM fmt chunk's size
  put_le(out, 1, 2);   // format: integer PCM
  put_le(out, kChannels, 2);
  put_le(out, track.sample_rate, 4);
  put_le(out, track.sample_rate * kChannels * kBits / 8, 4);  // bytes per second
  put_le(out, kChannels * kBits / 8, 2);                        // bytes per frame
  put_le(out, kBits, 2);
  out += "data";
  put_le(out, data_size, 4);
  for (int16_t s : track.samples) put_le(out, static_cast<uint16_t>(s), 2);
  return out;
}

}  // namespace ekonte::audio
