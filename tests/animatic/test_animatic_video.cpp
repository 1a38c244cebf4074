// COVERS: E1012 (nothing to encode), COVERS: E1013 (the video cannot be written)
// The animatic read back through libavformat/libavcodec at 320x180: H.264 in yuv420p at the
// script's fps, exactly the timeline's frames (shots plus transitions), the index at the front,
// an AAC stream unless --no-audio, each held shot's middle frame matching its still, clips per
// shot named for the shot files, rewording a line encoding nothing again, and a failed or
// interrupted write leaving the previous video as it was.
#include <doctest/doctest.h>

#include <unistd.h>

#include <atomic>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "animatic/read_video.hpp"
#include "pipeline/make_animatic.hpp"
#include "pipeline/scratch_audio.hpp"
#include "pipeline/shot_render_inputs.hpp"
#include "support/atomic_write.hpp"
#include "timeline/timeline.hpp"
#include "editorial/cut.hpp"

using namespace ekonte;
namespace fs = std::filesystem;

namespace {

const char* kScript = R"(title: Test
fps: 24

character A "Ann":
    age: 30
    hair: bob, #2a2d4f
    outfit: shirt, #3366aa

setting S "Room":
    time: day
    props: table

scene 1 INT. ROOM - DAY (S)
    FADE IN:

    shot 1 wide, 1s:
        A stands, left.
        A: Hello there.

    DISSOLVE TO:

    shot 2 medium, dolly in, 1s:
        A smiles.

    CUT TO:

    shot 3 close-up A, 12f:
        A waits.
)";

struct Folder {
  fs::path dir;
  explicit Folder(const std::string& name) {
    dir = fs::temp_directory_path() / ("ekonte-animatic-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ~Folder() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

std::string read_bytes(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

pipeline::CompiledScript compile(const std::string& text) {
  CompileOptions options;
  options.check_sheet_files = false;
  auto s = pipeline::compile_script_source("t.eko", text, options);
  REQUIRE_MESSAGE(s.ok(), "the test script compiles");
  return s;
}

pipeline::AnimaticOptions small(const Folder& f) {
  pipeline::AnimaticOptions o;
  o.out_path = (f.dir / "film.mp4").string();
  o.width = 320;
  o.height = 180;
  o.jobs = 2;
  o.cache_dir = (f.dir / "cache").string();
  return o;
}

double mean_abs_diff(const render::ImageRgba& a, const render::ImageRgba& b) {
  REQUIRE(a.width == b.width);
  REQUIRE(a.height == b.height);
  double sum = 0;
  for (size_t i = 0; i < a.pixels.size(); ++i)
    if (i % 4 != 3) sum += std::abs(int(a.pixels[i]) - int(b.pixels[i]));
  return sum / (double(a.width) * a.height * 3);
}

}  // namespace

TEST_CASE("the animatic is H.264 yuv420p at the script's fps, frame-exact, index first, with AAC audio") {
  Folder f("format");
  const auto script = compile(kScript);
  auto rig = render::make_rig_generator();
  const auto report = pipeline::make_animatic(script, *rig, small(f));
  REQUIRE(report.ok());
  const timeline::Timeline tl = timeline::make_timeline(script.graph());
  // fade in 24 + 24 + dissolve 24 + 24 + 12
  CHECK(tl.total_frames == 108);
  std::string error;
  const auto info = animatic::probe_video((f.dir / "film.mp4").string(), &error);
  REQUIRE_MESSAGE(info, error);
  CHECK(info->codec == "h264");
  CHECK(info->pixel_format == "yuv420p");
  CHECK(info->width == 320);
  CHECK(info->height == 180);
  CHECK(info->fps == doctest::Approx(24));
  CHECK(info->frames == int64_t(tl.total_frames));
  CHECK(std::abs(info->duration_s - tl.total_seconds()) <= 1.0 / 24 + 1e-6);
  CHECK(info->moov_first);
  CHECK(info->has_audio);
  CHECK(info->audio_codec == "aac");
  CHECK(report.clips_encoded == 3);
  CHECK(report.transitions_encoded == 2);
}

TEST_CASE("the frame at the middle of each held shot matches that shot's still") {
  Folder f("stills");
  const auto script = compile(kScript);
  auto rig = render::make_rig_generator();
  REQUIRE(pipeline::make_animatic(script, *rig, small(f)).ok());
  const ShotGraph& g = script.graph();
  const timeline::Timeline tl = timeline::make_timeline(g);
  std::vector<render::ImageRgba> stills;
  for (const Shot& shot : g.shots) stills.push_back(pipeline::render_with_rig(g, shot, script.models, 320).color);
  // Shots 1 and 3 hold; the dolly (shot 2) starts on its still.
  const std::vector<int64_t> frames = {int64_t(tl.shots[0].start_frame + tl.shots[0].frames / 2),
                                       int64_t(tl.shots[1].start_frame),
                                       int64_t(tl.shots[2].start_frame + tl.shots[2].frames / 2)};
  std::vector<render::ImageRgba> decoded;
  std::string error;
  REQUIRE_MESSAGE(animatic::decode_frames((f.dir / "film.mp4").string(), frames, &decoded, &error), error);
  for (size_t k = 0; k < frames.size(); ++k) {
    CAPTURE(k);
    const double own = mean_abs_diff(decoded[k], stills[k]);
    CHECK(own < 4.0);  // H.264 at crf 23 and 4:2:0 chroma on flat drawings
    // It is that shot's picture, not just any picture: another shot's still is much further.
    CHECK(mean_abs_diff(decoded[k], stills[(k + 1) % 3]) > own * 2);
  }
  // The dolly's middle frame is not its still any more: the camera has moved.
  REQUIRE(animatic::decode_frames((f.dir / "film.mp4").string(),
                                  {int64_t(tl.shots[1].start_frame + tl.shots[1].frames - 1)}, &decoded, &error));
  CHECK(mean_abs_diff(decoded[0], stills[1]) > 6.0);
}

TEST_CASE("rewording a line encodes no clip again; changing a shot's length encodes that shot only") {
  Folder f("incremental");
  auto rig = render::make_rig_generator();
  REQUIRE(pipeline::make_animatic(compile(kScript), *rig, small(f)).ok());
  std::string text = kScript;
  text.replace(text.find("Hello there."), 12, "Hello again, you.");
  const auto reworded = pipeline::make_animatic(compile(text), *rig, small(f));
  REQUIRE(reworded.ok());
  CHECK(reworded.clips_encoded == 0);
  CHECK(reworded.transitions_encoded == 0);
  CHECK(reworded.pictures_rendered == 0);
  CHECK(reworded.frames_encoded == 0);
  text.replace(text.find("12f"), 3, "14f");
  const auto longer = pipeline::make_animatic(compile(text), *rig, small(f));
  REQUIRE(longer.ok());
  CHECK(longer.clips_encoded == 1);
  CHECK(longer.frames_encoded == 14);
  std::string error;
  CHECK(animatic::probe_video((f.dir / "film.mp4").string(), &error)->frames == 110);
}

TEST_CASE("--clips writes one MP4 per shot named for its shot files, with the handles the edit lists read; --no-audio leaves the audio out") {
  Folder f("clips");
  auto rig = render::make_rig_generator();
  auto o = small(f);
  o.clips_dir = (f.dir / "clips").string();
  o.audio = false;
  REQUIRE(pipeline::make_animatic(compile(kScript), *rig, o).ok());
  std::string error;
  const auto film = animatic::probe_video(o.out_path, &error);
  REQUIRE(film);
  CHECK_FALSE(film->has_audio);
  // Own frames plus handles: shot 1 holds the fade-in's 24 frames before and the dissolve's 24
  // after its 24; shot 2 the dissolve's 24 before its 24; shot 3 (cut in) only its 12.
  const uint32_t lengths[] = {72, 48, 12};
  const timeline::Timeline tl = timeline::make_timeline(compile(kScript).graph());
  for (int i = 0; i < 3; ++i) {
    CHECK(editorial::clip_media(tl, static_cast<uint32_t>(i)).length() == lengths[i]);
    const auto clip = animatic::probe_video((f.dir / "clips" / (std::to_string(i + 1) + ".mp4")).string(), &error);
    REQUIRE_MESSAGE(clip, error);
    CHECK(clip->frames == lengths[i]);
  }
}

TEST_CASE("each --clips clip carries the sound of its span, handles included: the line is heard where it is spoken") {
  Folder f("clip-audio");
  auto rig = render::make_rig_generator();
  auto o = small(f);
  o.clips_dir = (f.dir / "clips").string();
  const auto script = compile(kScript);
  REQUIRE(pipeline::make_animatic(script, *rig, o).ok());
  const auto spoken = pipeline::make_scratch_audio(script, {});
  REQUIRE(spoken.track.lines.size() == 1);
  const timeline::Timeline tl = timeline::make_timeline(script.graph());
  const auto clip_audio = [&](int k, std::vector<float>* samples, int* rate) {
    std::string error;
    const std::string path = (f.dir / "clips" / (std::to_string(k + 1) + ".mp4")).string();
    const auto info = animatic::probe_video(path, &error);
    REQUIRE_MESSAGE(info, error);
    CHECK(info->has_audio);
    REQUIRE_MESSAGE(animatic::decode_audio(path, samples, rate, &error), error);
    REQUIRE(*rate > 0);
    // The clip starts where the transition into its shot starts in the film.
    const uint32_t head = editorial::clip_media(tl, uint32_t(k)).head;
    return double(tl.shots[k].start_frame - head) / tl.fps;
  };
  const auto rms = [](const std::vector<float>& s, int rate, double from, double to) {
    double sum = 0;
    size_t n = 0;
    for (size_t i = size_t(std::max(0.0, from) * rate); i < std::min(s.size(), size_t(std::max(0.0, to) * rate)); ++i, ++n)
      sum += double(s[i]) * s[i];
    return n ? std::sqrt(sum / n) : 0.0;
  };
  std::vector<float> samples;
  int rate = 0;
  // Shot 1 speaks; its clip opens with the fade-in's handle, as silent as the film is there.
  const double offset = clip_audio(0, &samples, &rate);
  const double start = spoken.track.lines[0].start_s - offset, end = spoken.track.lines[0].end_s - offset;
  CHECK(start > 0.5);  // the line lies after the handle, not at the clip's first sample
  CHECK(rms(samples, rate, start, end) > 0.01);
  CHECK(rms(samples, rate, 0, start - 0.2) < 0.001);
  // Shot 3 (4 s into the film, long after the line) is silent.
  clip_audio(2, &samples, &rate);
  CHECK(samples.size() > size_t(rate / 4));
  CHECK(rms(samples, rate, 0, 1) < 0.001);
}

TEST_CASE("a failed or interrupted write leaves the previous video as it was") {
  Folder f("atomic");
  auto rig = render::make_rig_generator();
  const auto o = small(f);
  REQUIRE(pipeline::make_animatic(compile(kScript), *rig, o).ok());
  const std::string before = read_bytes(o.out_path);
  REQUIRE(before.size() > 1000);

  // The temporary file cannot be created (a folder stands in its way), as on a full disk.
  fs::create_directories(temp_path_for(o.out_path));
  std::string text = kScript;
  text.replace(text.find("12f"), 3, "20f");
  const auto failed = pipeline::make_animatic(compile(text), *rig, o);
  CHECK_FALSE(failed.ok());
  size_t write_errors = 0;
  for (const auto& d : failed.diagnostics.diagnostics()) write_errors += info(d.kind).code == std::string_view("E1013");
  CHECK(write_errors == 1);
  CHECK(read_bytes(o.out_path) == before);
  fs::remove_all(temp_path_for(o.out_path));

  // Interrupted while encoding (Ctrl-C): the encode stops, the video stays.
  std::atomic<bool> cancel{true};
  auto stopped = o;
  stopped.cancel = &cancel;
  text.replace(text.find("20f"), 3, "30f");
  const auto interrupted = pipeline::make_animatic(compile(text), *rig, stopped);
  CHECK(interrupted.interrupted);
  CHECK(read_bytes(o.out_path) == before);
}

TEST_CASE("a script with no shots is a diagnostic, not an empty video") {
  Folder f("empty");
  auto rig = render::make_rig_generator();
  CompileOptions options;
  options.check_sheet_files = false;
  const auto script = pipeline::compile_script_source("t.eko", "title: Empty\n", options);
  const auto r = pipeline::make_animatic(script, *rig, small(f));
  CHECK_FALSE(r.ok());
  REQUIRE_FALSE(r.diagnostics.diagnostics().empty());
  CHECK(info(r.diagnostics.diagnostics()[0].kind).code == std::string_view("E1012"));
  CHECK_FALSE(fs::exists(f.dir / "film.mp4"));
}

TEST_CASE("the audio stream has energy where the line is spoken and silence elsewhere; subtitles lie beside the video") {
  Folder f("audio");
  const auto script = compile(kScript);
  auto rig = render::make_rig_generator();
  const auto report = pipeline::make_animatic(script, *rig, small(f));
  REQUIRE(report.ok());
  CHECK(report.lines_spoken == 1);
  const auto spoken = pipeline::make_scratch_audio(script, {});
  REQUIRE(spoken.track.lines.size() == 1);
  const double start = spoken.track.lines[0].start_s, end = spoken.track.lines[0].end_s;
  std::vector<float> samples;
  int rate = 0;
  std::string error;
  REQUIRE_MESSAGE(animatic::decode_audio((f.dir / "film.mp4").string(), &samples, &rate, &error), error);
  REQUIRE(rate > 0);
  // AAC's encoder delay is trimmed by the MP4's edit list or small enough not to matter here.
  const auto rms = [&](double from, double to) {
    double sum = 0;
    size_t n = 0;
    for (size_t i = size_t(std::max(0.0, from) * rate); i < std::min(samples.size(), size_t(to * rate)); ++i, ++n)
      sum += double(samples[i]) * samples[i];
    return n ? std::sqrt(sum / n) : 0.0;
  };
  CHECK(rms(start, end) > 0.01);
  CHECK(rms(end + 0.3, 4.5) < 0.001);
  CHECK(rms(0, std::max(0.0, start - 0.2)) < 0.001);
  // Subtitles beside the video, timed to the speech.
  const std::string vtt = read_bytes(f.dir / "film.vtt");
  CHECK(vtt.rfind("WEBVTT", 0) == 0);
  CHECK(vtt.find("Hello there.") != std::string::npos);
  CHECK(read_bytes(f.dir / "film.srt").find("Hello there.") != std::string::npos);
}

TEST_CASE("--burn-subtitles draws the spoken line into the foot of the frames it is heard in") {
  Folder plain("burn-plain"), burnt("burn");
  const auto script = compile(kScript);
  auto rig = render::make_rig_generator();
  REQUIRE(pipeline::make_animatic(script, *rig, small(plain)).ok());
  auto o = small(burnt);
  o.burn_subtitles = true;
  REQUIRE(pipeline::make_animatic(script, *rig, o).ok());
  const auto spoken = pipeline::make_scratch_audio(script, {});
  REQUIRE(spoken.track.lines.size() == 1);
  const int64_t during = int64_t((spoken.track.lines[0].start_s + spoken.track.lines[0].end_s) / 2 * 24);
  std::vector<render::ImageRgba> a, b;
  std::string error;
  REQUIRE(animatic::decode_frames(plain.dir.string() + "/film.mp4", {during}, &a, &error));
  REQUIRE(animatic::decode_frames(burnt.dir.string() + "/film.mp4", {during}, &b, &error));
  // Rows of the frame's foot differ (the band and its letters); the top half does not.
  const auto band_diff = [&](int y0, int y1) {
    double sum = 0;
    for (int y = y0; y < y1; ++y)
      for (int x = 0; x < 320; ++x)
        for (int c = 0; c < 3; ++c) {
          const size_t i = 4 * (size_t(y) * 320 + x) + c;
          sum += std::abs(int(a[0].pixels[i]) - int(b[0].pixels[i]));
        }
    return sum / ((y1 - y0) * 320 * 3);
  };
  CHECK(band_diff(150, 175) > 4);  // the band spans the line, not the whole width
  CHECK(band_diff(0, 90) < 1.5);
}

// Mean absolute difference over a rectangle of two pictures of the same size.
static double region_diff(const render::ImageRgba& a, const render::ImageRgba& b, int x0, int y0, int x1, int y1) {
  double sum = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x)
      for (int c = 0; c < 3; ++c) {
        const size_t i = (size_t(y) * a.width + x) * 4 + c;
        sum += std::abs(int(a.pixels[i]) - int(b.pixels[i]));
      }
  return sum / (double(x1 - x0) * (y1 - y0) * 3);
}

TEST_CASE("a shot's sfx lines are a caption at the top of its frames; shots without sound have none") {
  Folder f("sfx");
  std::string text = kScript;
  text.replace(text.find("        A waits.\n"), 17, "        A waits.\n        sfx: door slams, distant\n");
  const auto script = compile(text);
  REQUIRE(script.graph().shots[2].sfx.size() == 1);
  auto rig = render::make_rig_generator();
  auto o = small(f);
  o.audio = false;
  REQUIRE(pipeline::make_animatic(script, *rig, o).ok());
  const ShotGraph& g = script.graph();
  const timeline::Timeline tl = timeline::make_timeline(g);
  std::vector<render::ImageRgba> decoded;
  std::string error;
  REQUIRE_MESSAGE(animatic::decode_frames(o.out_path,
                                          {int64_t(tl.shots[0].start_frame + 12), int64_t(tl.shots[2].start_frame + 6)},
                                          &decoded, &error),
                  error);
  const auto still1 = pipeline::render_with_rig(g, g.shots[0], script.models, 320).color;
  const auto still3 = pipeline::render_with_rig(g, g.shots[2], script.models, 320).color;
  // The top band (where the caption sits) of the sound shot differs from its still; the rest,
  // and the silent shot's top band, do not.
  CHECK(region_diff(decoded[1], still3, 0, 0, 200, 24) > 12.0);
  CHECK(region_diff(decoded[1], still3, 0, 60, 320, 180) < 4.0);
  CHECK(region_diff(decoded[0], still1, 0, 0, 200, 24) < 4.0);
}
