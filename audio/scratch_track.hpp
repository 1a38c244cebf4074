#pragma once
// The scratch audio stage: every dialogue line of the shot graph spoken by espeak-ng with a
// voice made from its character, placed on the timeline (docs/scratch-audio.md).
//
// Placement: a line starts at its shot's first frame plus a short lead-in; lines of one shot
// follow each other with a gap. A line longer than what is left of its shot is warning W1001
// and runs on over the next shot; it is never cut. The whole track is one mono buffer as long
// as the timeline (longer, when the last line runs past the end).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.hpp"
#include "compiler/shot_graph.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::audio {

// One spoken line, placed in timeline seconds (what the subtitles show).
struct SpokenLine {
  uint32_t shot_index = 0;  // into ShotGraph::shots
  uint32_t line_index = 0;  // into Shot::dialogue
  std::string speaker, text;
  double start_s = 0, end_s = 0;  // timeline seconds
};

struct ScratchOptions {
  std::string cache_dir;  // per-line synthesis cache; empty: none
  uint32_t sample_rate = 22050;
};

struct ScratchTrack {
  uint32_t sample_rate = 22050;
  std::vector<int16_t> samples;  // mono, whole timeline
  std::vector<SpokenLine> lines;
  size_t lines_synthesised = 0, lines_cached = 0;
  double duration_s() const { return sample_rate ? static_cast<double>(samples.size()) / sample_rate : 0.0; }
};

ScratchTrack make_scratch_track(const ShotGraph& graph, const timeline::Timeline& timeline,
                                const ScratchOptions& options, DiagnosticSink& sink);

}  // namespace ekonte::audio
