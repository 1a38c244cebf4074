#pragma once
// The scratch audio chain (docs/scratch-audio.md): ShotGraph -> Timeline -> ScratchTrack ->
// WAV, WebVTT and SRT files. `ekonte audio` runs it before there is a video; the animatic muxes
// the same ScratchTrack.
#include <string>
#include <vector>

#include "audio/scratch_track.hpp"
#include "pipeline/compile_script.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::pipeline {

struct ScratchAudioOptions {
  std::string wav_path;  // empty: no WAV
  std::string vtt_path;  // empty: no WebVTT
  std::string srt_path;  // empty: no SRT
  std::string cache_dir;  // the speech cache; empty: none (speech_cache_dir gives the usual one)
  uint32_t sample_rate = 22050;
};

struct ScratchAudioReport {
  DiagnosticSink diagnostics;  // W1001-W1003 at the dialogue lines, E1004 for files
  timeline::Timeline timeline;
  audio::ScratchTrack track;
  double synthesis_seconds = 0;  // wall time of make_scratch_track (speech and cache)
  std::vector<std::string> written;
};

// The speech cache beside the render cache: CACHE/speech, CACHE being what `--cache DIR`,
// $EKONTE_CACHE or OUTDIR/.ekonte-cache name (render/cache/render_cache.hpp).
std::string speech_cache_dir(const std::string& out_dir, const std::string& cache_option);

ScratchAudioReport make_scratch_audio(const CompiledScript& script, const ScratchAudioOptions& options);

}  // namespace ekonte::pipeline
