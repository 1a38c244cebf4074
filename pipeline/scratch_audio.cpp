#include "pipeline/scratch_audio.hpp"

#include <chrono>

#include "audio/subtitles.hpp"
#include "audio/wav_file.hpp"
#include "render/cache/render_cache.hpp"
#include "support/atomic_write.hpp"

namespace ekonte::pipeline {

std::string speech_cache_dir(const std::string& out_dir, const std::string& cache_option) {
  return render::cache::default_cache_dir(out_dir, cache_option) + "/speech";
}

ScratchAudioReport make_scratch_audio(const CompiledScript& script, const ScratchAudioOptions& options) {
  ScratchAudioReport report;
  report.timeline = timeline::make_timeline(script.graph());
  audio::ScratchOptions scratch;
  scratch.cache_dir = options.cache_dir;
  scratch.sample_rate = options.sample_rate;
  const auto started = std::chrono::steady_clock::now();
  report.track = audio::make_scratch_track(script.graph(), report.timeline, scratch, report.diagnostics);
  report.synthesis_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  const auto write = [&](const std::string& path, const std::string& bytes) {
    if (path.empty()) return;
    std::string error;
    if (write_file_atomically(path, bytes, &error)) report.written.push_back(path);
    else report.diagnostics.report(DiagnosticKind::CannotWriteScratchAudio, path, {}, error);
  };
  write(options.wav_path, audio::wav_bytes(report.track));
  write(options.vtt_path, audio::webvtt(report.track.lines));
  write(options.srt_path, audio::srt(report.track.lines));
  report.diagnostics.sort_by_location();
  return report;
}

}  // namespace ekonte::pipeline
