#include "audio/scratch_track.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "audio/resample.hpp"
#include "audio/speak_line.hpp"
#include "audio/speech_cache.hpp"
#include "audio/voice.hpp"
#include "support/text.hpp"

namespace ekonte::audio {
namespace {

// A line starts this long after its shot's first frame, so the cut is seen before it is heard.
constexpr double kLeadInSeconds = 0.15;
// Silence between two lines of one shot.
constexpr double kGapSeconds = 0.25;
// Overruns shorter than a frame at 24 fps are rounding, not a line too long for its shot.
constexpr double kOverrunTolerance = 1.0 / 48;

std::string seconds_text(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", s);
  return buf;
}

std::string speaker_of(const ShotGraph& graph, const DialogueLine& line) {
  if (line.speaker.valid() && line.speaker.value < graph.characters.size()) return graph.character(line.speaker).id;
  return line.voice;
}

// The espeak voice that speaks `language`: itself, else its primary subtag ("pt-br" -> "pt"),
// else empty (none).
std::string available_language(const std::string& language, std::map<std::string, std::string>& known) {
  auto it = known.find(language);
  if (it != known.end()) return it->second;
  std::string found;
  if (espeak_has_language(language)) found = language;
  else if (const auto dash = language.find('-'); dash != std::string::npos && espeak_has_language(language.substr(0, dash)))
    found = language.substr(0, dash);
  known[language] = found;
  return found;
}

void mix_into(std::vector<int16_t>& track, size_t at, const std::vector<int16_t>& speech) {
  if (track.size() < at + speech.size()) track.resize(at + speech.size(), 0);
  for (size_t i = 0; i < speech.size(); ++i)
    track[at + i] = static_cast<int16_t>(std::clamp<int32_t>(int32_t{track[at + i]} + speech[i], INT16_MIN, INT16_MAX));
}

}  // namespace

ScratchTrack make_scratch_track(const ShotGraph& graph, const timeline::Timeline& timeline,
                                const ScratchOptions& options, DiagnosticSink& sink) {
  ScratchTrack track;
  track.sample_rate = options.sample_rate ? options.sample_rate : 22050;
  const double rate = track.sample_rate;
  track.samples.assign(static_cast<size_t>(std::llround(timeline.total_seconds() * rate)), 0);

  const std::string& file = graph.source_path;
  const std::string version = espeak_version();
  const SpeechCache cache(options.cache_dir);
  std::map<std::string, std::string> languages;  // as written -> espeak's, empty: none

  for (const timeline::ShotSpan& span : timeline.shots) {
    if (span.shot_index >= graph.shots.size()) continue;
    const Shot& shot = graph.shots[span.shot_index];
    const double shot_end = timeline.seconds(span.end_frame());
    double cursor = timeline.seconds(span.start_frame) + kLeadInSeconds;
    for (uint32_t i = 0; i < shot.dialogue.size(); ++i) {
      const DialogueLine& line = shot.dialogue[i];
      if (trim(line.text).empty()) continue;  // W0405 from the compiler already
      const std::string speaker = speaker_of(graph, line);

      VoiceParams voice = voice_for_line(graph, line);
      if (const std::string lang = available_language(voice.language, languages); !lang.empty()) {
        voice.language = lang;
      } else {
        sink.report(DiagnosticKind::MissingVoice, file, line.span,
                    "espeak-ng has no voice for language `" + voice.language + "`; `" + speaker +
                        "`'s line is spoken by the default voice `en`",
                    "install the espeak-ng voice for `" + voice.language + "`, or check the line's language");
        voice.language = "en";
      }

      const std::string key_text = speech_key_text(voice, line.text, version);
      Speech speech;
      const SpeechCache::Lookup found = cache.enabled() ? cache.load(key_text, speech) : SpeechCache::Lookup::Miss;
      if (found == SpeechCache::Lookup::Hit) {
        ++track.lines_cached;
      } else {
        if (found == SpeechCache::Lookup::Damaged)
          sink.report(DiagnosticKind::DamagedSpeechCacheEntry, file, line.span,
                      "the cached speech of `" + speaker + "`'s line in shot `" + shot.id + "` is damaged (`" +
                          cache.entry_path(speech_key(key_text)) + "`); it is synthesised again");
        speech = speak_line(voice, line.text);
        ++track.lines_synthesised;
        // A cache that cannot be written costs time on the next build, never this build's audio.
        if (cache.enabled() && speech.sample_rate) cache.store(key_text, speech, nullptr);
      }
      const std::vector<int16_t> pcm = resample(speech.samples, speech.sample_rate, track.sample_rate);

      // A shot's first line starts at the shot's start plus the lead-in, whatever ran on from the
      // shot before (that line's W1001 says it plays over this shot): the voices stay with their
      // pictures, and a line that ran on is heard over this one, as in a rough cut.
      const double start = cursor;
      const double end = start + static_cast<double>(pcm.size()) / rate;
      if (end > shot_end + kOverrunTolerance) {
        const double missing = end - shot_end;
        const double needed = end - timeline.seconds(span.start_frame);
        sink.report(
            DiagnosticKind::LineLongerThanShot, file, line.span,
            "`" + speaker + "`'s line runs " + seconds_text(missing) + " s past the end of shot `" + shot.id + "` (" +
                seconds_text(timeline.seconds(span.frames)) + " s); it is not cut and plays over " +
                (&span != &timeline.shots.back() ? "the next shot" : "the end"),
            "lengthen shot `" + shot.id + "` to at least " + seconds_text(needed) + " s, or shorten the line");
      }
      mix_into(track.samples, static_cast<size_t>(std::llround(start * rate)), pcm);
      track.lines.push_back({span.shot_index, i, speaker, line.text, start, end, speech_key(key_text)});
      cursor = end + kGapSeconds;
    }
  }
  return track;
}

}  // namespace ekonte::audio
