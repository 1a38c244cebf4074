// `ekonte build` and `ekonte render` as a user runs them: the summary line, failed and killed
// builds leaving the previous outputs byte-identical, deterministic variants.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <thread>

#include "tests/build/build_fixture.hpp"

using namespace ekonte::test;

namespace {



std::string build_command(const SampleCopy& s, const std::string& extra = "", const std::string& options = "") {
  return "cd '" + s.dir.string() + "' && " + extra + " '" + ekonte_bin() +
         "' build fox-at-the-shrine.eko -o out --size 320x180 --jobs 2 " + options + " 2>/dev/null";
}

std::vector<std::string> pdf_bytes(const SampleCopy& s) {
  std::vector<std::string> out;
  for (const char* name : {"storyboard.pdf", "ekonte.pdf", "manga.pdf"}) out.push_back(read_bytes(s.dir / "out" / name));
  return out;
}

}  // namespace

TEST_CASE("build ends with the summary line") {
  SampleCopy s("summary");
  auto [out, rc] = run(build_command(s));
  CHECK(rc == 0);
  CHECK(std::regex_search(out, std::regex(R"(^20 shots: 20 rendered, 0 cached; 3 PDFs written in [0-9.]+ s\n$)")));
  std::tie(out, rc) = run(build_command(s));
  CHECK(std::regex_search(out, std::regex(R"(^20 shots: 0 rendered, 20 cached; 3 PDFs written in [0-9.]+ s\n$)")));
}

// PDFs record when they were made (/CreationDate); everything else must match.
std::string without_creation_date(std::string pdf) {
  return std::regex_replace(pdf, std::regex(R"(/CreationDate \(D:[0-9Z+'-]+\))"), "/CreationDate ()");
}

TEST_CASE("a rebuild from cached pictures writes the same PDFs as the build that rendered them") {
  SampleCopy s("same-pdfs");
  REQUIRE(run(build_command(s)).second == 0);
  const auto rendered = pdf_bytes(s);
  const auto [out, rc] = run(build_command(s));
  REQUIRE(rc == 0);
  CHECK(out.find("20 shots: 0 rendered, 20 cached;") == 0);
  const auto cached = pdf_bytes(s);
  for (size_t i = 0; i < rendered.size(); ++i)
    CHECK(without_creation_date(cached[i]) == without_creation_date(rendered[i]));
}

TEST_CASE("a build that fails midway leaves the previous PDFs byte-identical") {
  SampleCopy s("fail");
  REQUIRE(run(build_command(s, "", "--maps")).second == 0);
  const auto before = pdf_bytes(s);
  const std::string shot_png = read_bytes(s.dir / "out" / "shots" / "9.png");
  REQUIRE(s.edit("hair: bob, #2a2d4f", "hair: bob, #6a1d2f"));  // many shots to re-render
  const auto [out, rc] = run(build_command(s, "EKONTE_TEST_FAIL_AFTER=4", "--maps"));
  CHECK(rc != 0);
  CHECK(pdf_bytes(s) == before);
  CHECK(read_bytes(s.dir / "out" / "shots" / "9.png") == shot_png);
  for (const auto& e : fs::recursive_directory_iterator(s.dir / "out"))
    CHECK_MESSAGE(e.path().string().find(".tmp") == std::string::npos, e.path().string());
  // The shots rendered before the failure were kept in the cache.
  const auto [again, rc2] = run(build_command(s));
  CHECK(rc2 == 0);
  // 12 shots show HARU; 4 of them were rendered (and cached) before the failure.
  CHECK(again.find("20 shots: 8 rendered, 12 cached;") == 0);
}

TEST_CASE("a build killed midway leaves the previous PDFs byte-identical") {
  SampleCopy s("killed");
  REQUIRE(run(build_command(s)).second == 0);
  const auto before = pdf_bytes(s);
  for (int delay_ms : {50, 150, 300}) {
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      REQUIRE(chdir(s.dir.c_str()) == 0);
      freopen("/dev/null", "w", stderr);
      freopen("/dev/null", "w", stdout);
      execl(ekonte_bin().c_str(), "ekonte", "build", "fox-at-the-shrine.eko", "-o", "out", "--size", "960x540", "--force",
            "--jobs", "1", static_cast<char*>(nullptr));
      _exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(pdf_bytes(s) == before);
  }
}

TEST_CASE("variants are deterministic and differ from each other") {
  SampleCopy s("variants");
  const std::string render = "cd '" + s.dir.string() + "' && '" + ekonte_bin() +
                             "' render fox-at-the-shrine.eko --shot 3 --variants 3 --size 320x180 ";
  REQUIRE(run(render + "-o a.png --cache c1").second == 0);
  REQUIRE(run(render + "-o b.png --cache c2").second == 0);  // a fresh cache: rendered again
  CHECK(read_bytes(s.dir / "a.png") == read_bytes(s.dir / "b.png"));
  // Single takes: take 1 and take 2 are different pictures; take 2 is the same picture again.
  const std::string one = "cd '" + s.dir.string() + "' && '" + ekonte_bin() +
                          "' render fox-at-the-shrine.eko --shot 3 --size 320x180 --cache c1 ";
  REQUIRE(run(one + "-o t1.png").second == 0);
  REQUIRE(s.edit("shot 3 close-up HARU, eye level, 2+12:", "shot 3 close-up HARU, eye level, 2+12, take 2:"));
  REQUIRE(run(one + "-o t2.png").second == 0);
  REQUIRE(run(one + "-o t2b.png --force").second == 0);
  CHECK(read_bytes(s.dir / "t1.png") != read_bytes(s.dir / "t2.png"));
  CHECK(read_bytes(s.dir / "t2.png") == read_bytes(s.dir / "t2b.png"));
}

namespace {

// The exit status of `ekonte build` on the sample with `options` (stderr dropped).
int build_exit(const SampleCopy& s, const std::string& options) {
  return run("cd '" + s.dir.string() + "' && '" + ekonte_bin() + "' build fox-at-the-shrine.eko " + options +
             " >/dev/null 2>&1")
      .second;
}

}  // namespace

TEST_CASE("--size is read strictly and bounded: trailing words, 16384 a side and 50 MP are usage errors") {
  SampleCopy s("size-options");
  CHECK(build_exit(s, "-o out --size 640x360garbage") == 2);
  CHECK(build_exit(s, "-o out --size 16384x16384") == 2);
  CHECK(build_exit(s, "-o out --size 8192x6144") == 2);  // 50 megapixels
  CHECK(build_exit(s, "-o out --size 15x200") == 2);
  CHECK(build_exit(s, "-o out --size x360") == 2);
  const auto [out, status] = run("'" + ekonte_bin() + "' build nothing.eko --size 16384x16384 2>&1");
  CHECK(status == 2);
  CHECK(out.find("each side is 16 to 8192 pixels") != std::string::npos);
}

TEST_CASE("--jobs is read strictly and bounded: 2^30, negative and trailing words are usage errors") {
  SampleCopy s("jobs-options");
  CHECK(build_exit(s, "-o out --jobs 1073741824") == 2);
  CHECK(build_exit(s, "-o out --jobs -3") == 2);
  CHECK(build_exit(s, "-o out --jobs 2x") == 2);
  CHECK(build_exit(s, "-o out --jobs 99999999999999999999") == 2);
  const auto [out, status] = run("'" + ekonte_bin() + "' build nothing.eko --jobs 1073741824 2>&1");
  CHECK(status == 2);
  CHECK(out.find("use 1 to") != std::string::npos);
}

TEST_CASE("I/O errors exit 2: an unreadable script, an output folder whose shots cannot be written") {
  SampleCopy s("io-errors");
  CHECK(build_exit(s, "-o out --size 320x180") == 0);
  CHECK(run("cd '" + s.dir.string() + "' && '" + ekonte_bin() + "' build absent.eko >/dev/null 2>&1").second == 2);
  // A file where the shots folder must be: the shots cannot be written (root ignores modes).
  fs::remove_all(s.dir / "out2");
  fs::create_directories(s.dir / "out2");
  write_bytes(s.dir / "out2" / "shots", "a file, not a folder");
  CHECK(build_exit(s, "-o out2 --size 320x180 --jobs 2 --maps") == 2);
  // A script error still exits 1.
  REQUIRE(s.edit("sheet: refs/kitsune.png", "sheet: refs/nobody.png"));
  CHECK(build_exit(s, "-o out --size 320x180") == 1);
}

TEST_CASE("the rig build refuses a truncated sheet picture at its line") {
  SampleCopy s("rig-sheet");
  const std::string png = read_bytes(s.dir / "refs" / "kitsune.png");
  write_bytes(s.dir / "refs" / "kitsune.png", png.substr(0, png.size() / 3));
  const auto [out, status] = run("cd '" + s.dir.string() + "' && '" + ekonte_bin() +
                                 "' build fox-at-the-shrine.eko -o out --size 320x180 --generator rig 2>&1");
  CHECK(status == 1);
  CHECK(out.find(":39:") != std::string::npos);
  CHECK(out.find("E0211") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "out" / "storyboard.pdf"));
}
