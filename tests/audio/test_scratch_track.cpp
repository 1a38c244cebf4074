// The scratch track by numbers (nobody listens in a test): loudness where each line is placed
// and silence elsewhere, whispers quieter than shouts, a child's voice higher than a man's, and
// a line too long for its shot warned about and left whole.
#include <doctest/doctest.h>

#include "audio/scratch_track.hpp"
#include "tests/audio/audio_measures.hpp"
#include "timeline/timeline.hpp"

using namespace ekonte;

namespace {

const char* kScript = R"(title: T
fps: 24

character KID "Kid":
    age: 8

character MAN "Man":
    age: 40
    pronouns: he/him

character WOMAN "Woman":
    age: 35
    body: feminine

setting S "S":
    time: day

scene 1 S:
    shot 1 wide, 3s:
        KID stands.
        KID: The fox is sleeping by the gate.

    shot 2 wide, 3s:
        MAN stands.
        MAN: The fox is sleeping by the gate.

    shot 3 wide, 2s:
        The wind blows.

    shot 4 wide, 3s:
        WOMAN stands.
        WOMAN (whispering): The fox is sleeping.

    shot 5 wide, 3s:
        WOMAN stands.
        WOMAN (shouting): The fox is sleeping.
)";

struct Built {
  ShotGraph graph;
  timeline::Timeline timeline;
  audio::ScratchTrack track;
  DiagnosticSink sink;
};

Built build(const std::string& text, void (*edit)(ShotGraph&) = nullptr) {
  Built b;
  b.graph = test::compile_script_text(text);
  if (edit) edit(b.graph);
  b.timeline = timeline::make_timeline(b.graph);
  b.track = audio::make_scratch_track(b.graph, b.timeline, {}, b.sink);
  return b;
}

bool has_kind(const DiagnosticSink& sink, DiagnosticKind kind) {
  for (const auto& d : sink.diagnostics())
    if (d.kind == kind) return true;
  return false;
}

// Quieter than this (int16 RMS) is silence; espeak's quietest whisper is far louder.
constexpr double kSilenceRms = 20;
constexpr double kSpeechRms = 300;

}  // namespace

TEST_CASE("each line is loud where it is placed and the track is silent between lines") {
  const Built b = build(kScript);
  CHECK(b.sink.diagnostics().empty());
  REQUIRE(b.track.lines.size() == 4);
  CHECK(b.track.sample_rate == 22050);
  CHECK(b.track.duration_s() == doctest::Approx(b.timeline.total_seconds()).epsilon(0.001));
  const uint32_t rate = b.track.sample_rate;
  double previous_end = 0;
  for (const auto& line : b.track.lines) {
    CAPTURE(line.text);
    CHECK(line.end_s > line.start_s + 0.5);
    CHECK(test::rms(b.track.samples, rate, line.start_s, line.end_s) > kSpeechRms / 3);
    CHECK(test::rms(b.track.samples, rate, previous_end + 0.01, line.start_s - 0.01) < kSilenceRms);
    previous_end = line.end_s;
  }
  // Shot 3 (6 s to 8 s) has no dialogue.
  CHECK(test::rms(b.track.samples, rate, 6.0, 8.0) < kSilenceRms);
  CHECK(test::rms(b.track.samples, rate, previous_end + 0.01, b.track.duration_s()) < kSilenceRms);
}

TEST_CASE("a line starts at its shot's start plus the lead-in, and lines of a shot follow with a gap") {
  const Built b = build(kScript, [](ShotGraph& g) {
    DialogueLine second = g.shots[1].dialogue[0];
    second.text = "Hush.";
    g.shots[1].dialogue.push_back(second);
  });
  REQUIRE(b.track.lines.size() == 5);
  CHECK(b.track.lines[0].start_s == doctest::Approx(0.15));
  CHECK(b.track.lines[1].start_s == doctest::Approx(3.15));
  CHECK(b.track.lines[2].shot_index == 1);
  CHECK(b.track.lines[2].line_index == 1);
  CHECK(b.track.lines[2].start_s == doctest::Approx(b.track.lines[1].end_s + 0.25));
  CHECK(b.track.lines[3].start_s == doctest::Approx(8.15));
  CHECK(b.track.lines[0].speaker == "KID");
}

TEST_CASE("a whispered line is quieter and slower than the same line shouted") {
  const Built b = build(kScript);
  REQUIRE(b.track.lines.size() == 4);
  const auto& whisper = b.track.lines[2];
  const auto& shout = b.track.lines[3];
  const double whisper_rms = test::rms(b.track.samples, b.track.sample_rate, whisper.start_s, whisper.end_s);
  const double shout_rms = test::rms(b.track.samples, b.track.sample_rate, shout.start_s, shout.end_s);
  MESSAGE("whisper RMS " << whisper_rms << ", shout RMS " << shout_rms);
  CHECK(whisper_rms < 0.5 * shout_rms);
  CHECK(whisper.end_s - whisper.start_s > shout.end_s - shout.start_s);
}

TEST_CASE("a child speaks higher than a man, and a woman between them") {
  const Built b = build(kScript);
  REQUIRE(b.track.lines.size() == 4);
  const auto pitch = [&](const audio::SpokenLine& l) {
    return test::median_pitch_hz(b.track.samples, b.track.sample_rate, l.start_s, l.end_s);
  };
  const double kid = pitch(b.track.lines[0]), man = pitch(b.track.lines[1]), woman = pitch(b.track.lines[3]);
  MESSAGE("median pitch: kid " << kid << " Hz, man " << man << " Hz, woman (shouting) " << woman << " Hz");
  CHECK(man > 60);
  CHECK(kid > 1.4 * man);
  CHECK(woman > 1.2 * man);
}

TEST_CASE("a line longer than its shot is W1001 naming the shot and the seconds missing, and is not cut") {
  // COVERS: W1001
  const Built b = build(kScript, [](ShotGraph& g) {
    g.shots[0].duration_frames = 24;  // 1 s for a line of about 2 s
  });
  REQUIRE(b.track.lines.size() == 4);
  REQUIRE(b.sink.diagnostics().size() == 1);
  const Diagnostic& d = b.sink.diagnostics()[0];
  CHECK(d.kind == DiagnosticKind::LineLongerThanShot);
  CHECK(d.span.line == b.graph.shots[0].dialogue[0].span.line);
  CHECK(d.message.find("shot `1`") != std::string::npos);
  const auto& line = b.track.lines[0];
  const double missing = line.end_s - 1.0;
  char seconds[16];
  std::snprintf(seconds, sizeof seconds, "%.2f s past", missing);
  CHECK_MESSAGE(d.message.find(seconds) != std::string::npos, d.message);
  // The whole line plays: loud after the shot's end, up to the line's end.
  CHECK(line.end_s > 1.5);
  CHECK(test::rms(b.track.samples, b.track.sample_rate, 1.0, line.end_s) > kSpeechRms / 3);
}

TEST_CASE("a line that runs on plays over the next shot, whose line still starts at its shot's start plus the lead-in") {
  const Built b = build(kScript, [](ShotGraph& g) {
    g.shots[0].duration_frames = 12;
    g.shots[0].dialogue[0].text = "The fox is sleeping by the gate, and the lanterns are out.";
  });
  REQUIRE(b.track.lines.size() == 4);
  const double second_shot = b.timeline.seconds(b.timeline.shots[1].start_frame);
  CHECK(b.track.lines[0].end_s > second_shot + 0.15);
  CHECK(b.track.lines[1].start_s == doctest::Approx(second_shot + 0.15));
  // Both voices are heard where they overlap: louder than either alone is not asserted, only
  // that the run-on line is still there after the next line started.
  CHECK(test::rms(b.track.samples, b.track.sample_rate, b.track.lines[1].start_s,
                  std::min(b.track.lines[0].end_s, b.track.lines[1].end_s)) > kSpeechRms / 3);
}

TEST_CASE("a language espeak has no voice for is W1002 and spoken by the default voice") {
  // COVERS: W1002
  const Built b = build(kScript, [](ShotGraph& g) { g.shots[0].dialogue[0].language = "xx-nolanguage"; });
  REQUIRE(b.sink.diagnostics().size() == 1);
  CHECK(b.sink.diagnostics()[0].kind == DiagnosticKind::MissingVoice);
  CHECK(b.sink.diagnostics()[0].message.find("`xx-nolanguage`") != std::string::npos);
  const auto& line = b.track.lines[0];
  CHECK(test::rms(b.track.samples, b.track.sample_rate, line.start_s, line.end_s) > kSpeechRms / 3);
}

TEST_CASE("a region subtag espeak lacks falls back to the language without a warning") {
  const Built b = build(kScript, [](ShotGraph& g) { g.shots[0].dialogue[0].language = "en-xx"; });
  CHECK_FALSE(has_kind(b.sink, DiagnosticKind::MissingVoice));
}

TEST_CASE("Japanese lines are spoken with the Japanese voice") {
  const Built b = build(kScript, [](ShotGraph& g) {
    g.shots[0].dialogue[0].text = "うん、約束する！";
    g.shots[0].dialogue[0].language = "ja";
  });
  CHECK(b.sink.diagnostics().empty());
  const auto& line = b.track.lines[0];
  CHECK(line.text == "うん、約束する！");
  CHECK(line.end_s - line.start_s > 0.5);
  CHECK(test::rms(b.track.samples, b.track.sample_rate, line.start_s, line.end_s) > kSpeechRms / 3);
}

TEST_CASE("the track is made at the rate asked for") {
  ShotGraph g = test::compile_script_text(kScript);
  const timeline::Timeline tl = timeline::make_timeline(g);
  DiagnosticSink sink;
  audio::ScratchOptions options;
  options.sample_rate = 48000;
  const audio::ScratchTrack t = audio::make_scratch_track(g, tl, options, sink);
  CHECK(t.sample_rate == 48000);
  CHECK(t.duration_s() == doctest::Approx(tl.total_seconds()).epsilon(0.001));
  const double kid = test::median_pitch_hz(t.samples, t.sample_rate, t.lines[0].start_s, t.lines[0].end_s);
  const double man = test::median_pitch_hz(t.samples, t.sample_rate, t.lines[1].start_s, t.lines[1].end_s);
  CHECK(kid > 1.4 * man);  // resampling keeps pitch
}
