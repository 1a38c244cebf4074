// The timeline: every shot shows for exactly its written duration, transitions add their
// documented lengths (scaled to the script's fps), and the totals add up.
#include <doctest/doctest.h>

#include <string>

#include "compiler/compile.hpp"
#include "timeline/timeline.hpp"

using namespace ekonte;

namespace {
ShotGraph compile_text(const std::string& text) {
  CompileOptions options;
  options.check_sheet_files = false;
  auto result = compile_source("t.eko", text, options);
  REQUIRE_MESSAGE(result.ok(), "the test script compiles");
  return result.graph;
}

const char* kScript = R"(title: T
fps: FPS

character A "A":
    age: 30

setting S "S":
    time: day

scene 1 S:
    FADE IN:

    shot 1 wide, 2s:
        A stands.

    DISSOLVE TO:

    shot 2 close-up A, 1+12:
        A smiles.

    CUT TO:

    shot 3 medium, 3s:
        A waits.

    FADE OUT.
)";

std::string script_at(const std::string& fps) {
  std::string s = kScript;
  s.replace(s.find("FPS"), 3, fps);
  return s;
}
}  // namespace

TEST_CASE("shots keep their durations and transitions add their lengths at 24 fps") {
  const ShotGraph g = compile_text(script_at("24"));
  const timeline::Timeline tl = timeline::make_timeline(g);
  REQUIRE(tl.shots.size() == 3);
  CHECK(tl.fps == 24);
  // FADE IN (24) | shot 1 (48) | DISSOLVE (24) | shot 2 (36) | cut | shot 3 (72) | FADE OUT (24)
  CHECK(tl.shots[0].start_frame == 24);
  CHECK(tl.shots[0].frames == 48);
  CHECK(tl.shots[1].start_frame == 24 + 48 + 24);
  CHECK(tl.shots[1].frames == 36);
  CHECK(tl.shots[2].start_frame == tl.shots[1].end_frame());  // a cut takes no frames
  CHECK(tl.total_frames == 24 + 48 + 24 + 36 + 72 + 24);
  REQUIRE(tl.transitions.size() == 3);
  CHECK(tl.transitions[0].kind == Transition::FadeIn);
  CHECK(tl.transitions[0].from == timeline::TransitionSpan::kNone);
  CHECK(tl.transitions[0].to == 0);
  CHECK(tl.transitions[1].kind == Transition::DissolveTo);
  CHECK(tl.transitions[1].from == 0);
  CHECK(tl.transitions[1].to == 1);
  CHECK(tl.transitions[2].kind == Transition::FadeOut);
  CHECK(tl.transitions[2].to == timeline::TransitionSpan::kNone);
}

TEST_CASE("lookups find the shot or transition at a frame") {
  const timeline::Timeline tl = timeline::make_timeline(compile_text(script_at("24")));
  CHECK(tl.shot_at(0) == nullptr);
  REQUIRE(tl.transition_at(0) != nullptr);
  REQUIRE(tl.shot_at(24) != nullptr);
  CHECK(tl.shot_at(24)->shot_index == 0);
  CHECK(tl.shot_at(71)->shot_index == 0);
  CHECK(tl.shot_at(72) == nullptr);  // the dissolve
  CHECK(tl.transition_at(72)->kind == Transition::DissolveTo);
  CHECK(tl.shot_at(tl.total_frames) == nullptr);
}

TEST_CASE("transition lengths scale with fps") {
  const timeline::Timeline tl = timeline::make_timeline(compile_text(script_at("30")));
  CHECK(tl.fps == 30);
  CHECK(timeline::transition_frames(Transition::DissolveTo, 30) == 30);
  CHECK(timeline::transition_frames(Transition::CutTo, 30) == 0);
  CHECK(tl.shots[0].frames == 60);
  CHECK(tl.total_frames == 30 + 60 + 30 + 42 + 90 + 30);  // 1+12 is one second and 12 frames
}

TEST_CASE("timecodes are HH:MM:SS:FF") {
  CHECK(timeline::timecode(0, 24) == "00:00:00:00");
  CHECK(timeline::timecode(24 * 3661 + 5, 24) == "01:01:01:05");
}
