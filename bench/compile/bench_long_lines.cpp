// bench_long_lines: compile time of one shot whose action line is K kilobytes long, for
// growing K. Linear time shows as a flat MB/s column; the quadratic word spans of earlier
// versions took 44 s at 240 KB.
// Usage: bench_long_lines [KB ...]   (default 64 640 6400)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "compiler/compile.hpp"

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  std::vector<size_t> sizes_kb = {64, 640, 6400};
  if (argc > 1) {
    sizes_kb.clear();
    for (int i = 1; i < argc; ++i) sizes_kb.push_back(static_cast<size_t>(std::atol(argv[i])));
  }
  const std::string head =
      "character ANA \"Ana\":\n    hair: bob, #2a2d4f\ncharacter BO \"Bo\":\n    hair: short, #111111\n"
      "setting ROOM \"Room\":\n    time: day\nscene 1 INT. ROOM - DAY (ROOM)\n    shot 1 wide, 3s:\n        ANA";
  const std::string clause = " walks slowly to the window, looks at BO and smiles;";
  std::printf("%10s %10s %10s\n", "line KB", "s", "MB/s");
  for (size_t kb : sizes_kb) {
    std::string script = head;
    while (script.size() < head.size() + kb * 1000) script += clause;
    script += "\n";
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
      const auto t0 = Clock::now();
      const auto result = ekonte::compile_source("long.eko", script, {.check_sheet_files = false});
      best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
      if (result.diagnostics.has_errors()) {
        std::fprintf(stderr, "the generated script did not compile cleanly\n");
        return 1;
      }
    }
    std::printf("%10zu %10.3f %10.2f\n", kb, best, script.size() / 1e6 / best);
  }
  return 0;
}
