// bench_compile: compile time and throughput of generated scripts of 1k, 10k and 100k shots,
// to JSON. "cold" is the first compile in the process; "warm" the best of the next runs.
// Usage: bench_compile [N ...]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "bench/compile/generate_script.hpp"
#include "compiler/compile.hpp"
#include "compiler/shot_graph_json.hpp"

using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  std::vector<uint32_t> sizes = {1000, 10000, 100000};
  if (argc > 1) {
    sizes.clear();
    for (int i = 1; i < argc; ++i) sizes.push_back(static_cast<uint32_t>(std::atoi(argv[i])));
  }
  std::printf("%8s %9s %10s %10s %10s %9s\n", "shots", "MB", "cold s", "warm s", "json s", "MB/s");
  for (uint32_t n : sizes) {
    const std::string script = ekonte::bench::generate_script(n);
    const double mb = script.size() / 1e6;
    double cold = 0, warm = 1e9, json = 1e9;
    const int runs = n >= 100000 ? 2 : 4;
    for (int r = 0; r < runs; ++r) {
      const auto t0 = Clock::now();
      const auto result = ekonte::compile_source("generated.eko", script, {.check_sheet_files = false});
      const auto t1 = Clock::now();
      const std::string text = ekonte::shot_graph_to_json_text(result.graph);
      const auto t2 = Clock::now();
      if (result.diagnostics.has_errors() || result.graph.shots.size() != n) {
        std::fprintf(stderr, "generated script did not compile cleanly (%zu shots)\n", result.graph.shots.size());
        return 1;
      }
      const double c = std::chrono::duration<double>(t1 - t0).count();
      const double j = std::chrono::duration<double>(t2 - t1).count();
      if (r == 0) cold = c + j;
      else warm = std::min(warm, c + j), json = std::min(json, j);
    }
    std::printf("%8u %9.2f %10.3f %10.3f %10.3f %9.1f\n", n, mb, cold, warm, json, mb / warm);
  }
  return 0;
}
