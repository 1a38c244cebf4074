// The cut: items tile the timeline, every shot's own frames play at its timeline frames, every
// source frame lies inside the shot's clip, and each transition overlaps the two items it joins
// exactly over the timeline's transition segment.
#include <doctest/doctest.h>

#include "editorial/cut.hpp"
#include "tests/editorial/editorial_scripts.hpp"

using namespace ekonte;
using namespace ekonte::editorial;

namespace {

void check_cut(const timeline::Timeline& tl, const Cut& cut) {
  REQUIRE(!cut.items.empty());
  CHECK(cut.items.front().record_in == 0);
  CHECK(cut.items.back().record_out == tl.total_frames);
  for (size_t k = 1; k < cut.items.size(); ++k) {
    CHECK(cut.items[k].record_in == cut.items[k - 1].record_out);
    CHECK(cut.items[k].frames() > 0);
  }
  // Each shot is one item holding its own frames at the timeline's frames.
  for (uint32_t i = 0; i < tl.shots.size(); ++i) {
    CAPTURE(i);
    int found = 0;
    for (const CutItem& item : cut.items) {
      if (item.shot != i) continue;
      ++found;
      CHECK(item.record_in <= tl.shots[i].start_frame);
      CHECK(item.record_out >= tl.shots[i].end_frame());
      // The clip frame at the shot's first own frame is the clip's head.
      CHECK(item.source_in + (tl.shots[i].start_frame - item.record_in) == cut.media[i].head);
      CHECK(item.source_out() <= cut.media[i].length());
    }
    CHECK(found == 1);
  }
  REQUIRE(cut.transitions.size() == tl.transitions.size());
  for (size_t k = 0; k < cut.transitions.size(); ++k) {
    const CutTransition& t = cut.transitions[k];
    CAPTURE(k);
    CHECK(t.record_in == tl.transitions[k].start_frame);
    CHECK(t.frames == tl.transitions[k].frames);
    CHECK(t.edit >= t.record_in);
    CHECK(t.edit <= t.record_out());
    REQUIRE(t.to_item != kNoItem);
    CHECK(cut.items[t.to_item].record_in == t.edit);
    if (t.from_item != kNoItem) CHECK(cut.items[t.from_item].record_out == t.edit);
    // The frames read past the edit exist in the clips: handles.
    const CutItem& to = cut.items[t.to_item];
    if (!to.black()) CHECK(to.source_in >= t.before_edit());
    if (t.from_item != kNoItem && !cut.items[t.from_item].black()) {
      const CutItem& from = cut.items[t.from_item];
      CHECK(from.source_out() + t.after_edit() <= cut.media[from.shot].length());
    }
  }
}

}  // namespace

TEST_CASE("a clip holds the frames of the transitions next to it around the shot's own frames") {
  const timeline::Timeline tl = timeline::make_timeline(test::compile_text(test::transitions_script()));
  REQUIRE(tl.shots.size() == 5);
  // FADE IN | 1 | DISSOLVE | 2A | cut | 3 | FADE OUT | FADE IN | 4 | match cut | 5 | FADE OUT
  CHECK(clip_media(tl, 0).head == 24);
  CHECK(clip_media(tl, 0).tail == 24);
  CHECK(clip_media(tl, 1).head == 24);
  CHECK(clip_media(tl, 1).tail == 0);
  CHECK(clip_media(tl, 2).head == 0);
  CHECK(clip_media(tl, 2).tail == 24);
  CHECK(clip_media(tl, 3).head == 24);
  CHECK(clip_media(tl, 3).tail == 0);
  CHECK(clip_media(tl, 4).tail == 24);
  CHECK(clip_media(tl, 4).length() == 48);
}

TEST_CASE("clip files are named as the animatic names them") {
  const ShotGraph g = test::compile_text(test::transitions_script());
  CHECK(clip_file_name(g.shots[1]) == "2A.mp4");
}

TEST_CASE("cuts with either edit point tile the timeline and keep every shot at its frames") {
  for (const char* fps : {"24", "25", "30"}) {
    CAPTURE(fps);
    const timeline::Timeline tl = timeline::make_timeline(test::compile_text(test::transitions_script(fps)));
    check_cut(tl, make_cut(tl, EditPoint::TransitionStart));
    check_cut(tl, make_cut(tl, EditPoint::Centered));
  }
  const timeline::Timeline sample = timeline::make_timeline(test::compile_sample());
  check_cut(sample, make_cut(sample, EditPoint::TransitionStart));
  check_cut(sample, make_cut(sample, EditPoint::Centered));
}

TEST_CASE("fades are black items on their black side, dissolves join two shots") {
  const timeline::Timeline tl = timeline::make_timeline(test::compile_text(test::transitions_script()));
  const Cut centred = make_cut(tl, EditPoint::Centered);
  // black (12) | 1 | 2A | 3 | black (12 + 12) | 4 | 5 | black (12)
  REQUIRE(centred.items.size() == 8);
  CHECK(centred.items[0].black());
  CHECK(centred.items[0].frames() == 12);
  CHECK(centred.items[4].black());
  CHECK(centred.items[4].frames() == 24);  // the fade out and the fade in meet in one stretch of black
  CHECK(centred.items[7].black());
  CHECK(centred.transitions[1].from_item == 1);  // the dissolve: shot 1 into shot 2A
  CHECK(centred.transitions[1].to_item == 2);
  CHECK(centred.transitions[1].edit == 24 + 48 + 12);
  // At the transition's start the incoming item begins there and holds the whole dissolve.
  const Cut cmx = make_cut(tl, EditPoint::TransitionStart);
  CHECK(cmx.transitions[0].from_item == kNoItem);  // the opening fade: from black with no item
  CHECK(cmx.items[0].shot == 0);
  CHECK(cmx.items[0].source_in == 0);
  CHECK(cmx.transitions[1].edit == 24 + 48);
  CHECK(cmx.items[cmx.transitions[1].to_item].source_in == 0);
}
