// bench_audio: how long the scratch track takes to make (docs/benchmarks.md). For the sample
// and a generated episode of N shots: cold (every line spoken by espeak-ng), warm (every line
// from the speech cache) and one line reworded; best of three runs each, one core (espeak is
// serialised by its mutex anyway). "x real time" is seconds of track per second of work.
// Usage: bench_audio [SAMPLE.eko] [N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

#include "audio/scratch_track.hpp"
#include "bench/compile/generate_script.hpp"
#include "compiler/compile.hpp"
#include "timeline/timeline.hpp"

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;
using namespace ekonte;

namespace {

double seconds_of(const ShotGraph& graph, const std::string& cache_dir, audio::ScratchTrack* out) {
  const timeline::Timeline tl = timeline::make_timeline(graph);
  DiagnosticSink sink;
  audio::ScratchOptions options;
  options.cache_dir = cache_dir;
  const auto t0 = Clock::now();
  *out = audio::make_scratch_track(graph, tl, options, sink);
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

void measure(const char* name, ShotGraph graph) {
  const fs::path cache = fs::temp_directory_path() / ("ekonte-bench-audio-" + std::to_string(::getpid()));
  double cold = 1e9, warm = 1e9, edit = 1e9;
  audio::ScratchTrack track;
  for (int run = 0; run < 3; ++run) {
    fs::remove_all(cache);
    cold = std::min(cold, seconds_of(graph, cache.string(), &track));
    warm = std::min(warm, seconds_of(graph, cache.string(), &track));
  }
  // Reword a line in the middle of the episode, then put it back (two edits, each one line).
  for (auto& shot : graph.shots)
    if (&shot >= &graph.shots[graph.shots.size() / 2] && !shot.dialogue.empty()) {
      const std::string original = shot.dialogue[0].text;
      for (int run = 0; run < 3; ++run) {
        shot.dialogue[0].text = original + " Again " + std::to_string(run) + ".";
        edit = std::min(edit, seconds_of(graph, cache.string(), &track));
      }
      break;
    }
  fs::remove_all(cache);
  size_t lines = 0;
  for (const auto& s : graph.shots) lines += s.dialogue.size();
  std::printf("%-22s %6zu %6zu %9.1f %8.3f %8.1f %8.3f %8.3f  (edit spoke %zu line)\n", name, graph.shots.size(),
              lines, track.duration_s(), cold, track.duration_s() / cold, warm, edit, track.lines_synthesised);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string sample = argc > 1 ? argv[1] : "samples/fox-at-the-shrine.eko";
  const uint32_t shots = argc > 2 ? static_cast<uint32_t>(std::atoi(argv[2])) : 500;
  std::printf("%-22s %6s %6s %9s %8s %8s %8s %8s\n", "script", "shots", "lines", "track s", "cold s", "x real", "warm s",
              "edit s");
  auto compiled = compile_file(sample, {.check_sheet_files = false});
  if (compiled.diagnostics.has_errors()) {
    std::fprintf(stderr, "%s does not compile\n", sample.c_str());
    return 1;
  }
  measure("sample", compiled.graph);
  auto generated = compile_source("generated.eko", bench::generate_script(shots), {.check_sheet_files = false});
  measure(("generated " + std::to_string(shots)).c_str(), generated.graph);
  return 0;
}
