// The CMX 3600 EDL read back by a small reader: header lines, event lines in the CMX layout,
// reels of at most 8 characters, and record times that put every shot's own frames at the
// timeline's frames, with dissolves and fades at the timeline's transition segments.
#include <doctest/doctest.h>

#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "editorial/cmx_edl.hpp"
#include "editorial/cut.hpp"
#include "tests/editorial/editorial_scripts.hpp"

using namespace ekonte;
using namespace ekonte::editorial;

namespace {

struct EdlLine {
  unsigned event = 0;
  std::string reel, channel, kind;
  unsigned length = 0;  // dissolve frames
  uint64_t src_in = 0, src_out = 0, rec_in = 0, rec_out = 0;
  std::vector<std::string> comments;
};

struct Edl {
  std::string title, fcm;
  std::vector<EdlLine> lines;
};

uint64_t frames_of(const std::string& tc, uint32_t fps) {
  unsigned h, m, s, f;
  REQUIRE(std::sscanf(tc.c_str(), "%u:%u:%u:%u", &h, &m, &s, &f) == 4);
  REQUIRE(f < fps);
  return ((uint64_t(h) * 60 + m) * 60 + s) * fps + f;
}

Edl read_edl(const std::string& text, uint32_t fps) {
  Edl edl;
  // Event: number, reel, channel, C or D + length, four timecodes (the CMX 3600 field order).
  static const std::regex event(
      R"(^(\d{3})  (\S{1,8}) +(V) +(C|D) +(\d{3})? *(\d\d:\d\d:\d\d:\d\d) (\d\d:\d\d:\d\d:\d\d) (\d\d:\d\d:\d\d:\d\d) (\d\d:\d\d:\d\d:\d\d)$)");
  std::istringstream in(text);
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    CAPTURE(line);
    REQUIRE_MESSAGE(line.find('\r') == std::string::npos, "lines end in LF");
    if (n == 1) {
      REQUIRE(line.starts_with("TITLE: "));
      edl.title = line.substr(7);
      continue;
    }
    if (n == 2) {
      REQUIRE(line.starts_with("FCM: "));
      edl.fcm = line.substr(5);
      continue;
    }
    if (line.empty()) continue;
    if (line.starts_with("* ")) {
      REQUIRE(!edl.lines.empty());
      edl.lines.back().comments.push_back(line.substr(2));
      continue;
    }
    std::smatch m;
    REQUIRE_MESSAGE(std::regex_match(line, m, event), "an event line in the CMX 3600 layout");
    EdlLine e;
    e.event = std::stoul(m[1]);
    e.reel = m[2];
    e.channel = m[3];
    e.kind = m[4];
    e.length = m[5].matched ? std::stoul(m[5]) : 0;
    CHECK((e.kind == "D") == m[5].matched);
    e.src_in = frames_of(m[6], fps);
    e.src_out = frames_of(m[7], fps);
    e.rec_in = frames_of(m[8], fps);
    e.rec_out = frames_of(m[9], fps);
    CHECK_MESSAGE(e.src_out - e.src_in == e.rec_out - e.rec_in, "source and record lengths agree");
    edl.lines.push_back(e);
  }
  return edl;
}

std::optional<std::string> clip_comment(const EdlLine& line, const std::string& label) {
  for (const auto& c : line.comments)
    if (c.starts_with(label)) return c.substr(label.size());
  return std::nullopt;
}

// Checks an EDL against the timeline: each shot's event puts its own frames (clip frames from
// ClipMedia::head) at the timeline's frames, dissolves start at the transition segment's start.
void check_against_timeline(const ShotGraph& graph, const timeline::Timeline& tl, const Edl& edl) {
  CHECK(edl.fcm == "NON-DROP FRAME");
  uint64_t end = 0;
  unsigned last_event = 0;
  std::vector<int> seen(tl.shots.size(), 0);
  for (const EdlLine& e : edl.lines) {
    CHECK(e.event >= last_event);
    last_event = e.event;
    CHECK(e.reel.size() <= 8);
    if (e.rec_in == e.rec_out) continue;  // the outgoing side of a dissolve
    CHECK_MESSAGE(e.rec_in == end, "events follow each other with no gap or overlap");
    end = e.rec_out;
    if (e.reel == "BL") continue;
    CHECK(e.reel == "AX");
    const auto clip = clip_comment(e, e.kind == "D" ? "TO CLIP NAME: " : "FROM CLIP NAME: ");
    REQUIRE(clip);
    uint32_t shot = 0;
    while (shot < tl.shots.size() && clip_file_name(graph.shots[shot]) != *clip) ++shot;
    REQUIRE_MESSAGE(shot < tl.shots.size(), "the clip is a shot's clip");
    ++seen[shot];
    const ClipMedia media = clip_media(tl, shot);
    CAPTURE(graph.shots[shot].id);
    // The record frame where the clip's first own frame plays is the shot's start frame.
    CHECK(e.rec_in + (media.head - e.src_in) == tl.shots[shot].start_frame);
    CHECK(e.rec_out >= tl.shots[shot].end_frame());
    CHECK(e.src_out <= media.length());
  }
  CHECK(end == tl.total_frames);
  for (size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == 1);
  // Every dissolve line starts where a timeline transition starts and has its length.
  size_t dissolves = 0;
  for (const EdlLine& e : edl.lines) {
    if (e.kind != "D") continue;
    REQUIRE(dissolves < tl.transitions.size());
    CHECK(e.rec_in == tl.transitions[dissolves].start_frame);
    CHECK(e.length == tl.transitions[dissolves].frames);
    ++dissolves;
  }
  CHECK(dissolves == tl.transitions.size());
}

}  // namespace

TEST_CASE("the EDL has the CMX 3600 header and an event per shot, dissolves and fades from and to black") {
  const ShotGraph graph = test::compile_text(test::transitions_script());
  const timeline::Timeline tl = timeline::make_timeline(graph);
  const std::string text = cmx3600_edl(graph, tl);
  const Edl edl = read_edl(text, 24);
  CHECK(edl.title == graph.meta.title);
  check_against_timeline(graph, tl, edl);
  // FADE IN: black at zero length, then shot 1 dissolving in over 24 frames from frame 0.
  REQUIRE(edl.lines.size() >= 3);
  CHECK(edl.lines[0].reel == "BL");
  CHECK(edl.lines[0].rec_in == 0);
  CHECK(edl.lines[0].rec_out == 0);
  CHECK(edl.lines[1].kind == "D");
  CHECK(edl.lines[1].length == 24);
  CHECK(edl.lines[1].rec_in == 0);
  CHECK(edl.lines[1].src_in == 0);
  CHECK(edl.lines[1].event == edl.lines[0].event);
  // The dissolve from shot 1 to 2A: shot 1 at zero length at its last own frame + 1, then 2A.
  const EdlLine& out1 = edl.lines[2];
  CHECK(out1.rec_in == 72);
  CHECK(out1.src_in == 24 + 48);
  CHECK(clip_comment(edl.lines[3], "FROM CLIP NAME: ") == "1.mp4");  // the pair's comments follow it
  CHECK(edl.lines[3].kind == "D");
  CHECK(clip_comment(edl.lines[3], "TO CLIP NAME: ") == "2A.mp4");
  // The closing fade is a dissolve to black.
  CHECK(edl.lines.back().reel == "BL");
  CHECK(edl.lines.back().kind == "D");
  CHECK(edl.lines.back().rec_out == tl.total_frames);
  CHECK(text.find("FCM: NON-DROP FRAME\n") != std::string::npos);
}

TEST_CASE("EDL times follow the timeline at other frame rates and for the sample") {
  for (const char* fps : {"25", "30"}) {
    CAPTURE(fps);
    const ShotGraph graph = test::compile_text(test::transitions_script(fps));
    const timeline::Timeline tl = timeline::make_timeline(graph);
    check_against_timeline(graph, tl, read_edl(cmx3600_edl(graph, tl), tl.fps));
  }
  const ShotGraph sample = test::compile_sample();
  const timeline::Timeline tl = timeline::make_timeline(sample);
  const Edl edl = read_edl(cmx3600_edl(sample, tl), tl.fps);
  check_against_timeline(sample, tl, edl);
  // Shot 12 comes in by a dissolve from shot 11.
  bool dissolve_to_12 = false;
  for (const EdlLine& e : edl.lines)
    dissolve_to_12 = dissolve_to_12 || (e.kind == "D" && clip_comment(e, "TO CLIP NAME: ") == "12.mp4");
  CHECK(dissolve_to_12);
}

TEST_CASE("the EDL title is one line") {
  ShotGraph graph = test::compile_text(test::transitions_script());
  graph.meta.title = "two\nlines";
  const Edl edl = read_edl(cmx3600_edl(graph, timeline::make_timeline(graph)), 24);
  CHECK(edl.title == "two lines");
}
