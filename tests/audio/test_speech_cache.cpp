// The per-line speech cache: a rebuild speaks nothing, rewording one line speaks that line
// only, a damaged entry is W1003 and spoken again, and every input of the key changes it. A
// rebuild from the cache gives the very same samples.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "audio/scratch_track.hpp"
#include "audio/speech_cache.hpp"
#include "tests/audio/audio_measures.hpp"
#include "timeline/timeline.hpp"

using namespace ekonte;
namespace fs = std::filesystem;

namespace {

const char* kScript = R"(title: T

character A "A":
    age: 30

character B "B":
    age: 12

setting S "S":
    time: day

scene 1 S:
    shot 1 wide, 4s:
        A and B stand.
        A: Did you hear that?
        B: Only the wind.

    shot 2 wide, 3s:
        A stands.
        A (whispering): Stay close.
)";

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("ekonte-speech-" + std::to_string(::getpid()) + "-" +
                                               std::to_string(reinterpret_cast<uintptr_t>(this)));
  TempDir() { fs::remove_all(path); }
  ~TempDir() { fs::remove_all(path); }
};

audio::ScratchTrack make(const ShotGraph& g, const std::string& dir, DiagnosticSink& sink) {
  audio::ScratchOptions options;
  options.cache_dir = dir;
  return audio::make_scratch_track(g, timeline::make_timeline(g), options, sink);
}

}  // namespace

TEST_CASE("a second build takes every line from the cache and sounds the same") {
  TempDir dir;
  const ShotGraph g = test::compile_script_text(kScript);
  DiagnosticSink sink;
  const audio::ScratchTrack first = make(g, dir.path.string(), sink);
  CHECK(first.lines_synthesised == 3);
  CHECK(first.lines_cached == 0);
  const audio::ScratchTrack second = make(g, dir.path.string(), sink);
  CHECK(second.lines_synthesised == 0);
  CHECK(second.lines_cached == 3);
  CHECK(second.samples == first.samples);
  CHECK(sink.diagnostics().empty());
}

TEST_CASE("rewording one line synthesises that line only") {
  TempDir dir;
  ShotGraph g = test::compile_script_text(kScript);
  DiagnosticSink sink;
  make(g, dir.path.string(), sink);
  g.shots[0].dialogue[1].text = "Only the wind in the cedars.";
  const audio::ScratchTrack edited = make(g, dir.path.string(), sink);
  CHECK(edited.lines_synthesised == 1);
  CHECK(edited.lines_cached == 2);
  // A delivery change is a different voice: that line again, the others from the cache.
  g.shots[1].dialogue[0].delivery = Delivery::Shout;
  const audio::ScratchTrack shouted = make(g, dir.path.string(), sink);
  CHECK(shouted.lines_synthesised == 1);
}

TEST_CASE("a damaged entry is W1003 and the line is synthesised again, as long and as loud as before") {
  // COVERS: W1003
  TempDir dir;
  const ShotGraph g = test::compile_script_text(kScript);
  DiagnosticSink first_sink;
  const audio::ScratchTrack first = make(g, dir.path.string(), first_sink);
  size_t damaged = 0;
  for (const auto& entry : fs::directory_iterator(dir.path)) {
    if (damaged++) break;
    const auto size = fs::file_size(entry.path());
    std::fstream f(entry.path(), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(size - 3));
    f.put('\x55');  // one sample changed: the checksum no longer matches
  }
  DiagnosticSink sink;
  const audio::ScratchTrack again = make(g, dir.path.string(), sink);
  REQUIRE(sink.diagnostics().size() == 1);
  CHECK(sink.diagnostics()[0].kind == DiagnosticKind::DamagedSpeechCacheEntry);
  CHECK(again.lines_synthesised == 1);
  // espeak keeps its voice source's phase from one utterance to the next, so a line spoken again
  // is the same length and loudness, not the same samples.
  REQUIRE(again.lines.size() == first.lines.size());
  for (size_t i = 0; i < first.lines.size(); ++i) {
    const auto& a = first.lines[i];
    const auto& b = again.lines[i];
    CHECK(b.end_s - b.start_s == doctest::Approx(a.end_s - a.start_s).epsilon(0.001));
    CHECK(test::rms(again.samples, again.sample_rate, b.start_s, b.end_s) ==
          doctest::Approx(test::rms(first.samples, first.sample_rate, a.start_s, a.end_s)).epsilon(0.05));
  }
  // The entry was rewritten: a third build hits everywhere.
  DiagnosticSink third_sink;
  CHECK(make(g, dir.path.string(), third_sink).lines_cached == 3);
}

TEST_CASE("a truncated entry is damaged, a missing one a miss") {
  TempDir dir;
  const audio::SpeechCache cache(dir.path.string());
  audio::Speech speech{22050, {1, 2, 3, 4}};
  const std::string key_text = audio::speech_key_text({}, "hello", "1.51");
  audio::Speech out;
  CHECK(cache.load(key_text, out) == audio::SpeechCache::Lookup::Miss);
  REQUIRE(cache.store(key_text, speech, nullptr));
  CHECK(cache.load(key_text, out) == audio::SpeechCache::Lookup::Hit);
  CHECK(out.samples == speech.samples);
  const std::string path = cache.entry_path(audio::speech_key(key_text));
  fs::resize_file(path, fs::file_size(path) - 1);
  CHECK(cache.load(key_text, out) == audio::SpeechCache::Lookup::Damaged);
}

TEST_CASE("every tagged input of the speech key changes it") {
  audio::VoiceParams v;
  v.variant = "f3";
  const std::string base = audio::speech_key(audio::speech_key_text(v, "hello", "1.51"));
  audio::VoiceParams pitched = v;
  pitched.pitch += 1;
  audio::VoiceParams japanese = v;
  japanese.language = "ja";
  audio::VoiceParams slower = v;
  slower.rate -= 10;
  CHECK(audio::speech_key(audio::speech_key_text(pitched, "hello", "1.51")) != base);
  CHECK(audio::speech_key(audio::speech_key_text(japanese, "hello", "1.51")) != base);
  CHECK(audio::speech_key(audio::speech_key_text(slower, "hello", "1.51")) != base);
  CHECK(audio::speech_key(audio::speech_key_text(v, "hello!", "1.51")) != base);
  CHECK(audio::speech_key(audio::speech_key_text(v, "hello", "1.52")) != base);
  CHECK(audio::speech_key(audio::speech_key_text(v, "hello", "1.51")) == base);
  CHECK(base.size() == 32);
}
