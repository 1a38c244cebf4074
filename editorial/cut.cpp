#include "editorial/cut.hpp"

#include "render/shot_files.hpp"

namespace ekonte::editorial {

ClipMedia clip_media(const timeline::Timeline& tl, uint32_t position) {
  ClipMedia media;
  media.frames = tl.shots[position].frames;
  for (const auto& t : tl.transitions) {
    if (t.to == position) media.head = t.frames;
    if (t.from == position) media.tail = t.frames;
  }
  return media;
}

std::string clip_file_name(const Shot& shot) { return render::shot_file_stem(shot.id) + ".mp4"; }

namespace {

uint64_t edit_point_of(const timeline::TransitionSpan& t, EditPoint policy) {
  return policy == EditPoint::TransitionStart ? t.start_frame : t.start_frame + t.frames / 2;
}

// Appends [in, out) of `shot` (or black), joining it to the last item when that shows the same.
void append(Cut& cut, const timeline::Timeline& tl, uint32_t shot, uint64_t in, uint64_t out) {
  if (out <= in) return;
  if (!cut.items.empty() && cut.items.back().shot == shot && cut.items.back().record_out == in) {
    cut.items.back().record_out = out;
    return;
  }
  CutItem item;
  item.shot = shot;
  item.record_in = in;
  item.record_out = out;
  if (shot != kBlack) item.source_in = cut.media[shot].head + in - tl.shots[shot].start_frame;
  cut.items.push_back(item);
}

}  // namespace

Cut make_cut(const timeline::Timeline& tl, EditPoint policy) {
  Cut cut;
  cut.fps = tl.fps;
  cut.total_frames = tl.total_frames;
  for (uint32_t i = 0; i < tl.shots.size(); ++i) cut.media.push_back(clip_media(tl, i));
  const auto side = [](uint32_t shot) { return shot == timeline::TransitionSpan::kNone ? kBlack : shot; };
  // Walk the segments in time order: each shot's own frames, and each transition split at its
  // edit point between the side it leaves and the side it enters.
  size_t next_transition = 0;
  std::vector<uint64_t> edits;
  const auto add_transitions_before = [&](uint64_t frame) {
    for (; next_transition < tl.transitions.size() && tl.transitions[next_transition].start_frame < frame;
         ++next_transition) {
      const auto& t = tl.transitions[next_transition];
      const uint64_t edit = edit_point_of(t, policy);
      append(cut, tl, side(t.from), t.start_frame, edit);
      append(cut, tl, side(t.to), edit, t.start_frame + t.frames);
      edits.push_back(edit);
    }
  };
  for (uint32_t i = 0; i < tl.shots.size(); ++i) {
    add_transitions_before(tl.shots[i].start_frame + 1);
    append(cut, tl, i, tl.shots[i].start_frame, tl.shots[i].end_frame());
  }
  add_transitions_before(UINT64_MAX);
  // Each transition's items: the one ending at its edit, if it shows the side left, and the one
  // starting there, if it shows the side entered.
  for (size_t k = 0; k < tl.transitions.size(); ++k) {
    const auto& t = tl.transitions[k];
    CutTransition ct;
    ct.kind = t.kind;
    ct.record_in = t.start_frame;
    ct.frames = t.frames;
    ct.edit = edits[k];
    ct.from_black = t.from == timeline::TransitionSpan::kNone;
    ct.to_black = t.to == timeline::TransitionSpan::kNone;
    for (uint32_t j = 0; j < cut.items.size(); ++j) {
      const CutItem& item = cut.items[j];
      if (item.record_out == ct.edit && item.shot == side(t.from)) ct.from_item = j;
      if (item.record_in == ct.edit && item.shot == side(t.to)) ct.to_item = j;
    }
    cut.transitions.push_back(ct);
  }
  return cut;
}

}  // namespace ekonte::editorial
