#pragma once
// The timeline (timeline/timeline.hpp) as an editor's cut: items laid end to end on one video
// track, each showing a stretch of one shot's clip or black, and the transitions between them.
//
// The timeline's transitions add time: a dissolve's frames belong to neither shot. An editor's
// transition instead overlaps the two items it joins and reads frames past their edit point
// ("handles"). So each shot's clip holds, around its own frames, the frames the transitions next
// to it play over (ClipMedia: head before, tail after), and the edit point of each transition
// lies inside its segment: the record times of every export equal the timeline's frame for
// frame, and every source time points into a clip.
#include <cstdint>
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "timeline/timeline.hpp"

namespace ekonte::editorial {

// What the per-shot clip `--clips DIR/<clip_file_name>` holds, in frames: `head` frames before
// the shot's first own frame (the transition into it), its own `frames`, `tail` frames after
// (the transition out of it). Source frame 0 is the clip's first frame.
struct ClipMedia {
  uint32_t head = 0;
  uint32_t frames = 0;
  uint32_t tail = 0;
  uint32_t length() const { return head + frames + tail; }
};

// Of the shot at `position` in timeline.shots.
ClipMedia clip_media(const timeline::Timeline& timeline, uint32_t position);

// The animatic's per-shot clip: render::shot_file_stem(shot id) + ".mp4".
std::string clip_file_name(const Shot& shot);

// Where an editor puts the edit point of a transition between its two items.
enum class EditPoint {
  TransitionStart,  // CMX 3600: the incoming event starts where the dissolve starts
  Centered,         // Final Cut Pro (and our OTIO): the transition is centred on the edit
};

inline constexpr uint32_t kBlack = UINT32_MAX;   // CutItem::shot of a black item
inline constexpr uint32_t kNoItem = UINT32_MAX;  // a transition side that is black with no item

struct CutItem {
  uint32_t shot = kBlack;  // position in Timeline::shots (= index into ShotGraph::shots), or kBlack
  uint64_t record_in = 0, record_out = 0;  // timeline frames, [in, out)
  uint64_t source_in = 0;  // the clip frame shown at record_in (ClipMedia numbering); 0 for black
  uint64_t frames() const { return record_out - record_in; }
  uint64_t source_out() const { return source_in + frames(); }
  bool black() const { return shot == kBlack; }
};

struct CutTransition {
  Transition kind = Transition::None;
  uint64_t record_in = 0;  // the timeline's transition segment
  uint32_t frames = 0;
  uint64_t edit = 0;  // where the outgoing item ends and the incoming one begins
  uint32_t from_item = kNoItem, to_item = kNoItem;  // into Cut::items
  bool from_black = false, to_black = false;        // a fade: black on that side
  uint64_t record_out() const { return record_in + frames; }
  uint32_t before_edit() const { return static_cast<uint32_t>(edit - record_in); }  // of the outgoing item
  uint32_t after_edit() const { return static_cast<uint32_t>(record_out() - edit); }  // of the incoming one
};

struct Cut {
  uint32_t fps = 24;
  uint64_t total_frames = 0;
  std::vector<CutItem> items;              // end to end from frame 0 to total_frames
  std::vector<CutTransition> transitions;  // in time order, one per timeline transition
  std::vector<ClipMedia> media;            // per shot position
};

Cut make_cut(const timeline::Timeline& timeline, EditPoint edit_point);

}  // namespace ekonte::editorial
