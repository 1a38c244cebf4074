#pragma once
// An OpenTimelineIO timeline (JSON, the `.otio` file) of the per-shot clips: one video track
// whose items are Clip.1 (an ExternalReference.1 to the shot's clip, the shot's stretch of it
// as source_range) and Gap.1 (black), with Transition.1 (SMPTE_Dissolve) between them for
// dissolves and fades. Items lie end to end, so their durations add up to the timeline's
// length; transitions take no time of their own and are centred on their edit point
// (editorial/cut.hpp). Every clip's metadata["ekonte"] holds the shot id, scene, framing,
// dialogue and its own frames on the timeline.
#include <string>

#include "compiler/shot_graph.hpp"
#include "editorial/export_format.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::editorial {

std::string otio_timeline(const ShotGraph& graph, const timeline::Timeline& timeline, const ExportOptions& options);

}  // namespace ekonte::editorial
