#include "audio/scratch_track.hpp"

namespace ekonte::audio {

// First cut: a silent track as long as the timeline, so the animatic can mux it while the
// voices are being written.
ScratchTrack make_scratch_track(const ShotGraph& graph, const timeline::Timeline& timeline,
                                const ScratchOptions& options, DiagnosticSink& sink) {
  ScratchTrack track;
  track.sample_rate = options.sample_rate;
  track.samples.assign(static_cast<size_t>(timeline.total_seconds() * options.sample_rate), 0);
  return track;
}

}  // namespace ekonte::audio
