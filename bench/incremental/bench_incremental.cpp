// Incremental build benchmark: a generated script, built four times with `ekonte build`
// (in-process, layout and PDFs included): from an empty cache, with no change, after editing
// one shot's camera angle, after editing one dialogue line.
// usage: bench_incremental [SHOTS=500] [SIZE=640x360] [JOBS=0 (all cores)] [DIR]
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "bench/compile/generate_script.hpp"
#include "bench/edit_script.hpp"
#include "cli/commands.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

using ekonte::bench::replace_in;

int main(int argc, char** argv) {
  const int shots = argc > 1 ? std::atoi(argv[1]) : 500;
  const std::string size = argc > 2 ? argv[2] : "640x360";
  const std::string jobs = argc > 3 ? argv[3] : "0";
  const fs::path dir = argc > 4 ? fs::path(argv[4]) : fs::temp_directory_path() / ("ekonte-bench-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path script = dir / "generated.eko";
  std::ofstream(script) << ekonte::bench::generate_script(uint32_t(shots));
  const std::string middle = std::to_string(shots / 2);

  auto build = [&] {
    const auto t0 = Clock::now();
    const int rc = ekonte::cli::command_build(
        {script.string(), "-o", (dir / "out").string(), "--size", size, "--jobs", jobs, "--quiet"});
    if (rc != 0) std::fprintf(stderr, "bench_incremental: build failed (%d)\n", rc);
    return std::chrono::duration<double>(Clock::now() - t0).count();
  };
  struct Row {
    const char* what;
    double seconds;
  };
  std::vector<Row> rows;
  rows.push_back({"full build (empty cache)", build()});
  rows.push_back({"no-change rebuild", build()});
  // One shot's take (a new seed): that shot is rendered again.
  {
    std::ifstream in(script, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    const auto header = text.find("    shot " + middle + " ");
    const auto colon = header == std::string::npos ? header : text.find(":\n", header);
    if (colon == std::string::npos)
      std::fprintf(stderr, "bench_incremental: could not find shot %s\n", middle.c_str());
    else
      text.insert(colon, ", take 2");
    std::ofstream(script, std::ios::binary | std::ios::trunc) << text;
  }
  rows.push_back({"one-shot edit (take 2)", build()});
  // One dialogue line: no shot is rendered, pages are laid out again.
  if (!replace_in(script, "Shot " + middle + ".", "Shot " + middle + ", again."))
    std::fprintf(stderr, "bench_incremental: could not edit a dialogue line\n");
  rows.push_back({"dialogue-only edit", build()});

  std::printf("incremental builds: %d shots at %s, jobs %s\n\n", shots, size.c_str(), jobs.c_str());
  std::printf("| build | seconds | of full build |\n| --- | ---: | ---: |\n");
  for (const Row& r : rows)
    std::printf("| %s | %.2f | %.1f%% |\n", r.what, r.seconds, 100.0 * r.seconds / rows[0].seconds);
  std::error_code ec;
  if (argc <= 4) fs::remove_all(dir, ec);
  return 0;
}
