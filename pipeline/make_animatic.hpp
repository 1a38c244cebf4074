#pragma once
// `ekonte animatic` (and `ekonte build --animatic`) as a chain of values: CompiledScript ->
// Timeline (timeline/) -> per shot its render input, motion plan and clip key -> clips from the
// clip cache, or the shot's drawings (render cache, else the generator) encoded -> transition
// segments -> one MP4 with the audio track (docs/animatic.md).
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "animatic/write_mp4.hpp"
#include "compiler/diagnostics/diagnostic.hpp"
#include "pipeline/compile_script.hpp"
#include "render/shot_generator.hpp"

namespace ekonte::pipeline {

enum class AnimaticStage { Rendering, Encoding };

struct AnimaticOptions {
  std::string out_path = "film.mp4";
  int width = 1280;
  int height = 0;          // 0: from the script's aspect
  int jobs = 1;            // shots encoded at once
  std::string cache_dir;   // the render cache; clips are kept beside the renders
  std::string clips_dir;   // `--clips DIR`: one MP4 per shot, named shot_file_stem(id) + ".mp4"; empty: none
  bool audio = true;       // false: `--no-audio`, no audio stream and no subtitle files
  // `--burn-subtitles`: the spoken lines drawn into the picture (pipeline/subtitle_overlays.hpp).
  bool burn_subtitles = false;
  const std::atomic<bool>* cancel = nullptr;
  // (stage, done, total): frames encoded (Encoding; the drawings a shot needs are read or drawn
  // inside its encoding task). May be empty.
  std::function<void(AnimaticStage, size_t, size_t)> progress;
};

struct AnimaticReport {
  DiagnosticSink diagnostics;
  uint64_t frames = 0;          // of the film
  uint32_t fps = 24;
  size_t clips = 0, clips_encoded = 0;              // one clip per shot
  size_t transitions = 0, transitions_encoded = 0;  // dissolves and fades
  size_t pictures_rendered = 0;                     // shot drawings not in the render cache
  uint64_t frames_encoded = 0;
  uint64_t bytes = 0;                 // of the MP4
  std::vector<std::string> written;   // the MP4, its subtitles (.vtt, .srt beside it), then the clips
  size_t lines_spoken = 0, lines_synthesised = 0;  // of the scratch track
  bool interrupted = false;
  bool ok() const { return !interrupted && !diagnostics.has_errors(); }
};

// `script` must have compiled without errors. The sound is the scratch audio stage's track
// (audio/scratch_track.hpp: espeak-ng voices), its subtitles written beside the video; `audio`,
// when given, replaces it (tests).
AnimaticReport make_animatic(const CompiledScript& script, render::ShotGenerator& generator,
                             const AnimaticOptions& options, const animatic::PcmAudio* audio = nullptr);

}  // namespace ekonte::pipeline
