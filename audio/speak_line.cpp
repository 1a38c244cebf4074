#include "audio/speak_line.hpp"

#include <espeak-ng/speak_lib.h>

#include <cstdlib>
#include <mutex>

namespace ekonte::audio {
namespace {

std::mutex& espeak_mutex() {
  static std::mutex m;
  return m;
}

// Filled by the synthesis callback; only touched under espeak_mutex().
std::vector<int16_t>* g_collect = nullptr;

int collect_samples(short* wave, int count, espeak_EVENT*) {
  if (wave && count > 0 && g_collect) g_collect->insert(g_collect->end(), wave, wave + count);
  return 0;  // continue
}

// The sample rate espeak synthesises at (22050 Hz for its own voices); call under the mutex.
int initialise_locked() {
  static int rate = [] {
    // DONT_EXIT: a missing data folder is an error return, not exit() inside the library.
    const int r = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (r > 0) espeak_SetSynthCallback(collect_samples);
    return r;
  }();
  return rate;
}

constexpr unsigned kNoiseSeed = 1;

// Below this magnitude a sample is silence: espeak's tails are digital zero or a few LSB.
constexpr int kSilence = 24;

void trim_silence(std::vector<int16_t>& s) {
  size_t end = s.size();
  while (end > 0 && std::abs(s[end - 1]) <= kSilence) --end;
  size_t begin = 0;
  while (begin < end && std::abs(s[begin]) <= kSilence) ++begin;
  s = std::vector<int16_t>(s.begin() + static_cast<std::ptrdiff_t>(begin), s.begin() + static_cast<std::ptrdiff_t>(end));
}

}  // namespace

bool espeak_has_language(const std::string& language) {
  std::lock_guard lock(espeak_mutex());
  if (initialise_locked() <= 0) return false;
  return espeak_SetVoiceByName(language.c_str()) == EE_OK;
}

std::string espeak_version() {
  std::lock_guard lock(espeak_mutex());
  initialise_locked();  // espeak_Info names the data path only once initialised
  const char* path = nullptr;
  const char* version = espeak_Info(&path);
  return std::string(version ? version : "?") + " " + (path ? path : "");
}

Speech speak_line(const VoiceParams& voice, const std::string& text) {
  std::lock_guard lock(espeak_mutex());
  Speech out;
  const int rate = initialise_locked();
  if (rate <= 0) return out;
  out.sample_rate = static_cast<uint32_t>(rate);
  if (espeak_SetVoiceByName(voice.espeak_name().c_str()) != EE_OK && espeak_SetVoiceByName(voice.language.c_str()) != EE_OK)
    espeak_SetVoiceByName("en");
  // Parameters persist across voices, so every one is set for every line.
  espeak_SetParameter(espeakRATE, voice.rate, 0);
  espeak_SetParameter(espeakVOLUME, voice.volume, 0);
  espeak_SetParameter(espeakPITCH, voice.pitch, 0);
  espeak_SetParameter(espeakRANGE, voice.range, 0);
  // espeak draws its breath noise and pitch flutter from libc's rand(): seeding it keeps a
  // line's noise the same whatever was spoken before. (Its voice source's phase still carries
  // over between utterances, so a line spoken twice differs in phase, not in length or level.)
  std::srand(kNoiseSeed);
  g_collect = &out.samples;
  espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
  espeak_Synchronize();
  g_collect = nullptr;
  trim_silence(out.samples);
  return out;
}

}  // namespace ekonte::audio
