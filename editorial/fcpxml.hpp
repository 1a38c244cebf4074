#pragma once
// A Final Cut Pro XML (FCPXML 1.10) project of the per-shot clips.
//
// resources: one `format` (frame duration 1/fps s, the clips' size), the Cross Dissolve
// `effect`, and one `asset` per shot with its clip as `media-rep` (start 0s, duration the
// clip's length, editorial/cut.hpp ClipMedia). library > event > project > sequence > spine:
// `asset-clip`s and `gap`s (black) end to end, their offsets and durations rational seconds
// `N/FPSs`, with a `transition` centred on each edit for dissolves and fades (Final Cut Pro
// centres transitions). Each asset-clip's `note` holds the scene, shot and dialogue.
#include <string>

#include "compiler/shot_graph.hpp"
#include "editorial/export_format.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::editorial {

inline constexpr const char* kFcpxmlVersion = "1.10";

std::string fcpxml_project(const ShotGraph& graph, const timeline::Timeline& timeline, const ExportOptions& options);

// "0s", or "N/FPSs": `frames` at `fps` as FCPXML writes time.
std::string fcpxml_time(uint64_t frames, uint32_t fps);

}  // namespace ekonte::editorial
