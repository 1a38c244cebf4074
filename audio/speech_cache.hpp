#pragma once
// The per-line speech cache: a spoken line's PCM stored under the hash of everything espeak was
// given (docs/scratch-audio.md). Rewording one line changes that line's key only, so a rebuild
// synthesises that line alone. An entry holds its own key text and a checksum of its samples:
// a damaged or mismatched entry is a miss, never wrong audio.
#include <optional>
#include <string>

#include "audio/speak_line.hpp"
#include "audio/voice.hpp"

namespace ekonte::audio {

// The tagged inputs of a line's speech, one per line of text ("format 1", "espeak ...",
// "voice ...", "text ..."): the key's explanation and what its hash is made of.
std::string speech_key_text(const VoiceParams& voice, const std::string& text, const std::string& espeak_version);
// 32 hex digits of the key text's hash: the entry's file name.
std::string speech_key(const std::string& key_text);

class SpeechCache {
 public:
  explicit SpeechCache(std::string dir) : dir_(std::move(dir)) {}
  bool enabled() const { return !dir_.empty(); }
  std::string entry_path(const std::string& key) const;

  enum class Lookup { Hit, Miss, Damaged };
  // On Hit fills `speech`; Damaged: the entry exists but is truncated, fails its checksum or
  // holds another key's speech.
  Lookup load(const std::string& key_text, Speech& speech) const;
  // Atomic (temp file, rename). False with `error` set when the entry cannot be written.
  bool store(const std::string& key_text, const Speech& speech, std::string* error) const;

 private:
  std::string dir_;
};

}  // namespace ekonte::audio
