// Animatic benchmark on the sample (docs/benchmarks.md):
//  1. full animatic from empty caches (every picture drawn, every clip encoded);
//  2. encode only: the pictures in the render cache (as after `ekonte build`), no clip cached;
//  3. no-change rebuild; 4. one dialogue line reworded.
// Reports seconds, times real time, MB and MB per minute of film.
// usage: bench_animatic [SIZE=1280x720] [JOBS=2] [DIR]
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "bench/edit_script.hpp"
#include "pipeline/make_animatic.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace ekonte;

using ekonte::bench::replace_in;

int main(int argc, char** argv) {
  const std::string size = argc > 1 ? argv[1] : "1280x720";
  const int jobs = argc > 2 ? std::atoi(argv[2]) : 2;
  const fs::path dir = argc > 3 ? fs::path(argv[3]) : fs::temp_directory_path() / ("ekonte-bench-animatic-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy(fs::path(EKONTE_SOURCE_DIR) / "samples", dir, fs::copy_options::recursive);
  const fs::path script = dir / "fox-at-the-shrine.eko";
  const int width = std::atoi(size.c_str());
  const int height = std::atoi(size.c_str() + size.find('x') + 1);
  auto rig = render::make_rig_generator();

  struct Row {
    std::string what;
    double seconds, cpu;
    pipeline::AnimaticReport report;
  };
  std::vector<Row> rows;
  const auto run = [&](const std::string& what, const std::string& cache) {
    const auto t0 = Clock::now();
    const std::clock_t c0 = std::clock();
    const pipeline::CompiledScript compiled = pipeline::compile_script(script.string());
    pipeline::AnimaticOptions o;
    o.out_path = (dir / "film.mp4").string();
    o.width = width;
    o.height = height;
    o.jobs = jobs;
    o.cache_dir = (dir / cache).string();
    pipeline::AnimaticReport r = pipeline::make_animatic(compiled, *rig, o);
    const double s = std::chrono::duration<double>(Clock::now() - t0).count();
    const double cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;  // all threads
    if (!r.ok()) std::fprintf(stderr, "bench_animatic: %s failed\n", what.c_str());
    rows.push_back({what, s, cpu, std::move(r)});
  };
  run("full animatic, empty caches (draw + encode)", "cache-cold");
  // The render cache of the first run, without its clips: what `ekonte build` leaves.
  fs::copy(dir / "cache-cold", dir / "cache", fs::copy_options::recursive);
  for (const auto& e : fs::recursive_directory_iterator(dir / "cache"))
    if (e.path().extension() == ".animatic-seg1") fs::remove(e.path());
  run("encode only (pictures cached, as after `ekonte build`)", "cache");
  run("no-change rebuild", "cache");
  if (!replace_in(script, "Just once more.", "Just once more, only once."))
    std::fprintf(stderr, "bench_animatic: could not edit a dialogue line\n");
  run("one dialogue line reworded", "cache");

  const double film = double(rows[0].report.frames) / rows[0].report.fps;
  std::printf("animatic of the sample at %s, jobs %d: %.2f s of film, %llu frames\n\n", size.c_str(), jobs, film,
              static_cast<unsigned long long>(rows[0].report.frames));
  // CPU seconds over all threads; "x real time on 2 cores" is the film's length over half of
  // them: the wall time two otherwise idle cores would take, on a shared machine.
  std::printf("| run | wall s | x real time (wall) | CPU s | x real time (2 cores, CPU/2) | of full (wall) | clips encoded | frames encoded | MB | MB/min |\n");
  std::printf("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
  for (const Row& r : rows)
    std::printf("| %s | %.2f | %.1f | %.2f | %.1f | %.1f%% | %zu | %llu | %.2f | %.2f |\n", r.what.c_str(), r.seconds,
                film / r.seconds, r.cpu, film / (r.cpu / 2), 100.0 * r.seconds / rows[0].seconds, r.report.clips_encoded,
                static_cast<unsigned long long>(r.report.frames_encoded), r.report.bytes / 1e6,
                r.report.bytes / 1e6 / (film / 60));
  std::error_code ec;
  if (argc <= 3) fs::remove_all(dir, ec);
  return 0;
}
