#include "audio/speech_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "support/atomic_write.hpp"

namespace ekonte::audio {
namespace {

// Raised when the entry layout or the way speech is made (trimming, voice mapping) changes.
constexpr int kSpeechFormat = 1;
constexpr char kMagic[8] = {'E', 'K', 'S', 'P', 'C', 'H', '0', '1'};

// 64-bit FNV-1a; two lanes with different bases give the 128-bit file name. Collisions cannot
// give wrong audio: the entry repeats its key text, compared on load.
uint64_t fnv1a(const void* data, size_t size, uint64_t basis) {
  const auto* p = static_cast<const unsigned char*>(data);
  uint64_t h = basis;
  for (size_t i = 0; i < size; ++i) h = (h ^ p[i]) * 0x100000001b3ULL;
  return h;
}
constexpr uint64_t kBasisA = 0xcbf29ce484222325ULL, kBasisB = 0x84222325cbf29ce4ULL;

uint64_t checksum(const std::vector<int16_t>& samples) {
  return fnv1a(samples.data(), samples.size() * sizeof(int16_t), kBasisA);
}

template <typename T>
void put(std::string& out, T value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}
template <typename T>
bool get(const std::string& in, size_t& at, T& value) {
  if (at > in.size() || in.size() - at < sizeof value) return false;
  std::memcpy(&value, in.data() + at, sizeof value);
  at += sizeof value;
  return true;
}

}  // namespace

std::string speech_key_text(const VoiceParams& voice, const std::string& text, const std::string& espeak_version) {
  // One tagged input per line; the text goes last and is length-prefixed, so no input can
  // spell another's tag.
  return "format " + std::to_string(kSpeechFormat) + "\nespeak " + espeak_version + "\nvoice " + voice.describe() +
         "\nlanguage " + voice.language + "\ntext " + std::to_string(text.size()) + " " + text;
}

std::string speech_key(const std::string& key_text) {
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx",
                static_cast<unsigned long long>(fnv1a(key_text.data(), key_text.size(), kBasisA)),
                static_cast<unsigned long long>(fnv1a(key_text.data(), key_text.size(), kBasisB)));
  return hex;
}

std::string SpeechCache::entry_path(const std::string& key) const { return dir_ + "/" + key + ".speech"; }

// Layout: magic, u32 key text length, key text, u32 sample rate, u64 sample count,
// u64 checksum of the samples, samples (int16, host order: a cache is not portable).
bool SpeechCache::store(const std::string& key_text, const Speech& speech, std::string* error) const {
  std::string bytes(kMagic, sizeof kMagic);
  put(bytes, static_cast<uint32_t>(key_text.size()));
  bytes += key_text;
  put(bytes, speech.sample_rate);
  put(bytes, static_cast<uint64_t>(speech.samples.size()));
  put(bytes, checksum(speech.samples));
  bytes.append(reinterpret_cast<const char*>(speech.samples.data()), speech.samples.size() * sizeof(int16_t));
  return write_file_atomically(entry_path(speech_key(key_text)), bytes, error);
}

SpeechCache::Lookup SpeechCache::load(const std::string& key_text, Speech& speech) const {
  const std::string path = entry_path(speech_key(key_text));
  std::ifstream in(path, std::ios::binary);
  if (!in) return Lookup::Miss;
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string bytes = buf.str();
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) return Lookup::Damaged;
  size_t at = sizeof kMagic;
  uint32_t key_size = 0, rate = 0;
  uint64_t count = 0, sum = 0;
  if (!get(bytes, at, key_size) || bytes.size() - at < key_size) return Lookup::Damaged;
  if (bytes.compare(at, key_size, key_text) != 0) return Lookup::Damaged;
  at += key_size;
  if (!get(bytes, at, rate) || !get(bytes, at, count) || !get(bytes, at, sum)) return Lookup::Damaged;
  if (rate == 0 || (bytes.size() - at) / sizeof(int16_t) != count || (bytes.size() - at) % sizeof(int16_t)) return Lookup::Damaged;
  Speech s;
  s.sample_rate = rate;
  s.samples.resize(count);
  std::memcpy(s.samples.data(), bytes.data() + at, count * sizeof(int16_t));
  if (checksum(s.samples) != sum) return Lookup::Damaged;
  speech = std::move(s);
  // Its last use, so `ekonte cache gc` drops the lines no build has spoken for longest.
  ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0);
  return Lookup::Hit;
}

}  // namespace ekonte::audio
