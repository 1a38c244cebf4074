#pragma once
// A CMX 3600 edit decision list of the per-shot clips (docs/editorial.md).
//
// One video event per shot; a cut is `C`; a dissolve is the CMX pair (the outgoing clip at zero
// length where the dissolve starts, then `D` and its length in frames on the incoming clip);
// fades are dissolves from or to `BL` (black). Record times are the timeline's frames from
// 00:00:00:00; source times count frames of each shot's clip (editorial/cut.hpp, ClipMedia).
// Every clip is reel `AX` with its file name in a `* FROM CLIP NAME:` comment, which is how
// file-based editors (Resolve, Premiere) find the media.
#include <string>

#include "compiler/shot_graph.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::editorial {

std::string cmx3600_edl(const ShotGraph& graph, const timeline::Timeline& timeline);

// CMX 3600 numbers events 001..999 and reels in 8 characters.
inline constexpr unsigned kMaxEdlEvents = 999;

}  // namespace ekonte::editorial
