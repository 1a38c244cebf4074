// bench_fountain: the screenplay front end's speed on a generated Fountain screenplay of 60 KB,
// 600 KB and 6 MB (or the sizes given, in KB). Three timings, best of three runs each:
//   read     read_fountain(): lines classified into elements (the Fountain reader)
//   plan     plan_screenplay(): characters, settings and shots planned from the elements
//   compile  compile_source(): the front end and the check passes (staging inference included)
// Linear time shows as a flat MB/s column. The goal is 5 MB/s or more for read + plan. Times are
// the process's CPU time (std::clock), not wall time: the shared machine's load (a load average
// of 17 on 2 cores while this was written) would otherwise decide the figures.
// Usage: bench_fountain [--front] [KB ...]   (--front: read and plan only, no compile)
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "compiler/compile.hpp"
#include "compiler/front_end/fountain/plan_screenplay.hpp"
#include "compiler/front_end/fountain/read_fountain.hpp"

using namespace ekonte;

namespace {

// A screenplay in the style of a feature: scenes at a dozen places coming back, introductions,
// exchanges, parentheticals, dual dialogue, notes, a boneyard, sounds, POV slugs, transitions.
std::string generate(size_t bytes) {
  static const char* kPlaces[] = {"INT. HARBOUR OFFICE", "EXT. HARBOUR WALL", "INT. LIGHTHOUSE KITCHEN", "EXT. CLIFF PATH",
                                   "INT. VILLAGE PUB", "EXT. FISHING BOAT", "INT. MAUD'S BEDROOM", "EXT. CHURCHYARD",
                                   "INT. POST OFFICE", "EXT. BEACH", "INT. LAMP ROOM", "EXT. VILLAGE STREET"};
  static const char* kTimes[] = {"DAY", "NIGHT", "DAWN", "DUSK", "CONTINUOUS"};
  static const char* kCast[] = {"MAUD", "TOMMY", "SKIPPER", "POSTMAN", "ROSA", "DANNY"};
  std::string s = "Title: The Long Night\nAuthor: bench_fountain\nDraft date: 1 June 2026\n\nFADE IN:\n\n";
  for (size_t n = 0; s.size() < bytes; ++n) {
    const char* a = kCast[n % 6];
    const char* b = kCast[(n + 1) % 6];
    s += std::string(kPlaces[n % 12]) + " - " + kTimes[n % 5] + "\n\n";
    s += "Rain against the glass. A lamp swings on its hook and the shadows swing with it. Somewhere, a door SLAMS.\n\n";
    if (n < 6) s += std::string(a) + " (40s, wiry, an oilskin coat) comes in out of the weather, shaking water from her hat.\n\n";
    else s += std::string(a) + " comes in out of the weather and looks at " + b + " for a long moment. [[hold the look]]\n\n";
    s += std::string(a) + "\nYou're late. The tide turned an hour ago.\n\n";
    s += std::string(b) + "\n(not looking up)\nThe tide can wait. It always has.\n\n";
    s += std::string(a) + "\nNot tonight it can't.\n\n";
    s += std::string(b) + " ^\nNot tonight.\n\n";
    s += "They stand there, the two of them, listening to the wind in the wires. The MARY JANE knocks at her mooring.\n\n";
    if (n % 7 == 3) s += ".SKIPPER'S POV\n\nThe light on the point, blinking out.\n\n";
    if (n % 9 == 4) s += "/* an older version of the scene:\nMAUD\nGo home.\n*/\n\n";
    s += std::string(b) + " (V.O.)\nI should have gone home.\n\n";
    s += n % 4 == 0 ? "CUT TO:\n\n" : n % 4 == 2 ? "> DISSOLVE TO:\n\n" : "";
  }
  return s;
}

template <class F>
double best_of_three(F&& f) {
  double best = 1e9;
  for (int run = 0; run < 3; ++run) {
    const std::clock_t t0 = std::clock();
    f();
    best = std::min(best, double(std::clock() - t0) / CLOCKS_PER_SEC);
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<size_t> sizes_kb;
  bool front_only = false;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--front") front_only = true;
    else sizes_kb.push_back(static_cast<size_t>(std::atol(argv[i])));
  }
  if (sizes_kb.empty()) sizes_kb = {60, 600, 6000};
  std::printf("%8s %8s %9s %9s %9s %10s %10s %10s\n", "KB", "shots", "read s", "plan s", "compile s", "read MB/s",
              "front MB/s", "all MB/s");
  for (size_t kb : sizes_kb) {
    const SourceFile source{"bench.fountain", generate(kb * 1000)};
    const double mb = source.text.size() / 1e6;
    screenplay::Screenplay play;
    const double read = best_of_three([&] {
      DiagnosticSink sink;
      play = screenplay::read_fountain(source, sink);
    });
    size_t shots = 0;
    const double plan = best_of_three([&] {
      DiagnosticSink sink;
      const input::ScriptInput in = screenplay::plan_screenplay(play, source.path, sink);
      shots = 0;
      for (const auto& scene : in.scenes) shots += scene.shots.size();
    });
    bool ok = true;
    const double all = front_only ? 0.0 : best_of_three([&] { ok = compile_source(source.path, source.text).ok(); });
    if (!ok) {
      std::fprintf(stderr, "the generated screenplay did not compile cleanly\n");
      return 1;
    }
    std::printf("%8zu %8zu %9.3f %9.3f %9.3f %10.1f %10.1f %10.2f\n", kb, shots, read, plan, all, mb / read, mb / (read + plan),
                mb / all);
  }
  return 0;
}
