// The scratch audio chain on the sample, checked by numbers (a test cannot listen): the WAV's
// length is the timeline's, every line is loud and the gaps silent, the sample's Japanese shot
// is too short for its two lines (W1001), the subtitles name every line, and an output that
// cannot be written is E1004.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "pipeline/scratch_audio.hpp"
#include "tests/audio/audio_measures.hpp"

using namespace ekonte;
namespace fs = std::filesystem;

namespace {

struct OutFolder {
  fs::path dir = fs::temp_directory_path() / ("ekonte-scratch-audio-" + std::to_string(::getpid()));
  OutFolder() {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~OutFolder() { fs::remove_all(dir); }
};

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const pipeline::CompiledScript& sample() {
  static const pipeline::CompiledScript script =
      pipeline::compile_script(std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko");
  return script;
}

}  // namespace

TEST_CASE("the sample's scratch audio: a WAV as long as the timeline, loud lines, silent gaps") {
  REQUIRE(sample().ok());
  OutFolder out;
  pipeline::ScratchAudioOptions options;
  options.wav_path = (out.dir / "scratch.wav").string();
  options.vtt_path = (out.dir / "scratch.vtt").string();
  options.srt_path = (out.dir / "scratch.srt").string();
  const pipeline::ScratchAudioReport report = pipeline::make_scratch_audio(sample(), options);
  CHECK(report.written.size() == 3);

  const audio::ScratchTrack& track = report.track;
  CHECK(track.lines.size() == 9);
  CHECK(track.lines_synthesised == 9);
  CHECK(track.duration_s() >= report.timeline.total_seconds() - 0.001);

  const std::string wav = read_bytes(out.dir / "scratch.wav");
  REQUIRE(wav.size() > 44);
  CHECK(wav.size() == 44 + track.samples.size() * 2);

  double previous_end = 0;
  for (const audio::SpokenLine& line : track.lines) {
    CAPTURE(line.text);
    CHECK(test::rms(track.samples, track.sample_rate, line.start_s, line.end_s) > 100);
    if (line.start_s > previous_end + 0.05)  // silence between lines (none where one ran on)
      CHECK(test::rms(track.samples, track.sample_rate, previous_end + 0.01, line.start_s - 0.01) < 20);
    previous_end = std::max(previous_end, line.end_s);
  }
  // A shot's first line starts at the shot's start plus the lead-in, whatever ran on before
  // it; its later lines follow it.
  uint32_t previous_shot = UINT32_MAX;
  for (const audio::SpokenLine& line : track.lines) {
    const double shot_start = report.timeline.seconds(report.timeline.shots[line.shot_index].start_frame);
    if (line.shot_index != previous_shot)
      CHECK(line.start_s == doctest::Approx(shot_start + 0.15));
    else
      CHECK(line.start_s > shot_start + 0.15);
    previous_shot = line.shot_index;
  }

  // Shot 14 (3+12) holds two Japanese lines of about five and two and a half seconds; they run
  // on over shots 15 and 16.
  size_t overruns = 0, in_14 = 0;
  for (const Diagnostic& d : report.diagnostics.diagnostics()) {
    if (d.kind != DiagnosticKind::LineLongerThanShot) continue;
    ++overruns;
    in_14 += d.message.find("shot `14`") != std::string::npos;
  }
  CHECK(in_14 == 2);
  CHECK(overruns >= in_14);

  const std::string vtt = read_bytes(out.dir / "scratch.vtt");
  CHECK(vtt.rfind("WEBVTT\n", 0) == 0);
  CHECK(vtt.find("<v GRANDMA>これはお守りだよ。なくさないでね。") != std::string::npos);
  CHECK(vtt.find("<v HARU>Who are you?!") != std::string::npos);
  const std::string srt = read_bytes(out.dir / "scratch.srt");
  CHECK(srt.rfind("1\n00:00:", 0) == 0);
  CHECK(srt.find("\n9\n") != std::string::npos);
  CHECK(srt.find("HARU9: うん、約束する！") != std::string::npos);
}

TEST_CASE("an output that cannot be written is E1004 and the others are still written") {
  // COVERS: E1004
  OutFolder out;
  fs::create_directories(out.dir / "taken.wav");  // a folder where the WAV should go
  pipeline::ScratchAudioOptions options;
  options.wav_path = (out.dir / "taken.wav").string();
  options.srt_path = (out.dir / "scratch.srt").string();
  const pipeline::ScratchAudioReport report = pipeline::make_scratch_audio(sample(), options);
  bool e1004 = false;
  for (const Diagnostic& d : report.diagnostics.diagnostics())
    e1004 |= d.kind == DiagnosticKind::CannotWriteScratchAudio && d.file == options.wav_path;
  CHECK(e1004);
  CHECK(report.diagnostics.has_errors());
  CHECK(fs::exists(out.dir / "scratch.srt"));
}
