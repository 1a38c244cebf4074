// A build streams shots from render to page: its peak memory is bounded by --jobs, not by
// the number of shots. Each build runs in a child process so its peak (ru_maxrss) is its own.
#include <doctest/doctest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>

#include "pipeline/build.hpp"
#include "tests/build/build_fixture.hpp"

using namespace ekonte;
using namespace ekonte::test;

namespace {

// Flat pictures at the frame size: cheap to make, as heavy to hold as real ones.
class FlatGenerator final : public render::ShotGenerator {
 public:
  std::string name() const override { return "flat"; }
  std::string version() const override { return "1"; }
  std::vector<render::ShotRender> render_batch(const std::vector<render::ShotRenderInput>& inputs,
                                               const render::GenerateOptions&) override {
    std::vector<render::ShotRender> out(inputs.size());
    for (size_t i = 0; i < inputs.size(); ++i) {
      auto& c = out[i].color;
      c.width = inputs[i].size.width, c.height = inputs[i].size.height;
      c.pixels.assign(size_t(c.width) * c.height * 4, 255);
      for (size_t p = 0; p < c.pixels.size(); p += 4) c.pixels[p] = uint8_t(i * 40 + p / 4096);
    }
    return out;
  }
};

// Noise at the frame size: its page pictures' JPEGs are nearly as large as the pixels, so a
// build that held every shot's page picture until layout would grow by them.
class NoisyGenerator final : public render::ShotGenerator {
 public:
  std::string name() const override { return "noisy"; }
  std::string version() const override { return "1"; }
  std::vector<render::ShotRender> render_batch(const std::vector<render::ShotRenderInput>& inputs,
                                               const render::GenerateOptions&) override {
    std::vector<render::ShotRender> out(inputs.size());
    for (size_t i = 0; i < inputs.size(); ++i) {
      auto& c = out[i].color;
      c.width = inputs[i].size.width, c.height = inputs[i].size.height;
      c.pixels.assign(size_t(c.width) * c.height * 4, 255);
      uint32_t x = uint32_t(inputs[i].seed.seed) * 2654435761u + 1;
      for (size_t p = 0; p < c.pixels.size(); p += 4)
        for (int k = 0; k < 3; ++k) {
          x ^= x << 13, x ^= x >> 17, x ^= x << 5;
          c.pixels[p + k] = uint8_t(x);
        }
    }
    return out;
  }
};

std::string script_with_shots(int shots) {
  std::string s =
      "title: Many\naspect: 1:1\ncharacter ANA \"Ana\":\n    hair: bob, #000000\nsetting ROOM \"Room\":\n    time: day\n"
      "scene 1 INT. ROOM - DAY (ROOM)\n";
  for (int i = 1; i <= shots; ++i) s += "    shot " + std::to_string(i) + " wide, 2s:\n        ANA stands.\n";
  return s;
}

// The peak resident memory (KiB) of a child process that builds `shots` shots of `side` x
// `side` pixels (2048: 16 MiB each) into a fresh folder without control maps.
template <class Generator>
long build_peak_kib(int shots, int side = 2048) {
  const fs::path dir = fs::temp_directory_path() / ("ekonte-stream-" + std::to_string(::getpid()) + "-" +
                                                    std::to_string(shots));
  fs::remove_all(dir);
  fs::create_directories(dir);
  write_bytes(dir / "many.eko", script_with_shots(shots));
  int pipe_fd[2];
  REQUIRE(pipe(pipe_fd) == 0);
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    close(pipe_fd[0]);
    const auto script = pipeline::compile_script((dir / "many.eko").string());
    pipeline::BuildOptions o;
    o.out_dir = (dir / "out").string();
    o.width = side, o.height = side, o.jobs = 1;
    Generator generator;
    const bool ok = script.ok() && pipeline::build(script, generator, o).ok();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const long peak = ok ? usage.ru_maxrss : -1;
    (void)!write(pipe_fd[1], &peak, sizeof peak);
    _exit(0);
  }
  close(pipe_fd[1]);
  long peak = -1;
  (void)!read(pipe_fd[0], &peak, sizeof peak);
  close(pipe_fd[0]);
  waitpid(child, nullptr, 0);
  fs::remove_all(dir);
  return peak;
}

}  // namespace

TEST_CASE("a build's peak memory does not grow with the number of shots") {
  const long few = build_peak_kib<FlatGenerator>(4), many = build_peak_kib<FlatGenerator>(28);
  REQUIRE(few > 0);
  REQUIRE(many > 0);
  MESSAGE("peak RSS: 4 shots " << few / 1024 << " MiB, 28 shots " << many / 1024 << " MiB");
  // Holding every render would add 24 x 16 MiB = 384 MiB; a few MiB of page pictures may grow.
  CHECK(many - few < 96 * 1024);
}

TEST_CASE("a build holds no shot's page picture until layout: pages read them back one at a time") {
  // 960 x 960 noise: each page picture's JPEG is about 630 KiB, so holding 60 more of them
  // until the PDFs are written would add about 37 MiB.
  const long few = build_peak_kib<NoisyGenerator>(4, 960), many = build_peak_kib<NoisyGenerator>(64, 960);
  REQUIRE(few > 0);
  REQUIRE(many > 0);
  MESSAGE("peak RSS with noisy page pictures: 4 shots " << few / 1024 << " MiB, 64 shots " << many / 1024 << " MiB");
  CHECK(many - few < 24 * 1024);
}
