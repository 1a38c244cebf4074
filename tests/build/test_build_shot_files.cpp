// Which per-shot files `ekonte build` writes: none by default (the PDFs and the shot graph are
// what a build is for), each shot's picture and landmarks with --shots-dir, its control maps
// too with --maps; and that files written on several workers are the bytes written on one.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "tests/build/build_fixture.hpp"

using namespace ekonte::test;

namespace {

std::pair<std::string, int> build(const SampleCopy& s, const std::string& options) {
  return run("cd '" + s.dir.string() + "' && '" + ekonte_bin() + "' build fox-at-the-shrine.eko --size 320x180 " +
             options + " 2>&1");
}

// Every file under `dir` (names relative to it) but the cache, the lock and staging leftovers.
std::map<std::string, std::string> files_under(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it) {
    const std::string name = it->path().lexically_relative(dir).string();
    if (name.rfind(".ekonte", 0) == 0) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) out[name] = read_bytes(it->path());
  }
  return out;
}

std::set<std::string> names_of(const std::map<std::string, std::string>& files) {
  std::set<std::string> out;
  for (const auto& [name, _] : files) out.insert(name);
  return out;
}

}  // namespace

TEST_CASE("a plain build writes the three PDFs and the shot graph, and no per-shot file") {
  SampleCopy s("plain-files");
  REQUIRE(build(s, "-o out --jobs 2").second == 0);
  CHECK(names_of(files_under(s.dir / "out")) ==
        std::set<std::string>{"ekonte.pdf", "manga.pdf", "shotgraph.json", "storyboard.pdf"});
}

TEST_CASE("--shots-dir writes each shot's picture and landmarks there; --maps adds its control maps") {
  SampleCopy s("shots-dir-files");
  REQUIRE(build(s, "-o out --jobs 2 --shots-dir out/pictures").second == 0);
  const auto pictures = files_under(s.dir / "out" / "pictures");
  CHECK(pictures.size() == 40);  // 20 shots: N.png and N.landmarks.json
  CHECK(pictures.count("7.png") == 1);
  CHECK(pictures.count("7.landmarks.json") == 1);
  CHECK(pictures.count("7.lineart.png") == 0);
  CHECK_FALSE(fs::exists(s.dir / "out" / "shots"));

  REQUIRE(build(s, "-o out --jobs 2 --maps").second == 0);  // in OUTDIR/shots when not told where
  const auto maps = files_under(s.dir / "out" / "shots");
  for (const char* suffix : {".png", ".landmarks.json", ".lineart.png", ".parts.png", ".instances.png"})
    CHECK_MESSAGE(maps.count(std::string("7") + suffix) == 1, suffix);
  CHECK(maps.at("7.png") == pictures.at("7.png"));
  CHECK(maps.at("7.landmarks.json") == pictures.at("7.landmarks.json"));
}

TEST_CASE("shot files and PDFs written on three workers are byte-identical to those written on one") {
  SampleCopy s("jobs-bytes");
  REQUIRE(build(s, "-o one --jobs 1 --maps").second == 0);
  REQUIRE(build(s, "-o three --jobs 3 --maps").second == 0);
  const auto one = files_under(s.dir / "one"), three = files_under(s.dir / "three");
  REQUIRE(one.size() > 100);
  REQUIRE(names_of(one) == names_of(three));
  static const std::string kCreated = "/CreationDate (D:";
  for (const auto& [name, bytes] : one) {
    if (name.size() > 4 && name.substr(name.size() - 4) == ".pdf") {
      // A PDF records when it was made; the rest must match.
      const size_t at = bytes.find(kCreated), at3 = three.at(name).find(kCreated);
      CHECK_MESSAGE(bytes.substr(0, at) == three.at(name).substr(0, at3), name);
      CHECK_MESSAGE(bytes.size() == three.at(name).size(), name);
      continue;
    }
    CHECK_MESSAGE(bytes == three.at(name), name);
  }
}

TEST_CASE("a --shots-dir build after a plain one writes every shot's files, and only changed ones after that") {
  SampleCopy s("shots-after-plain");
  REQUIRE(build(s, "-o out --jobs 2").second == 0);
  const auto [out, rc] = build(s, "-o out --jobs 2 --shots-dir out/shots");
  REQUIRE(rc == 0);
  CHECK(out.find("20 shots: 0 rendered, 20 cached") != std::string::npos);
  CHECK(files_under(s.dir / "out" / "shots").size() == 40);

  // A plain build in between: the next --shots-dir build cannot trust the files it finds.
  const std::string before = read_bytes(s.dir / "out" / "shots" / "9.png");
  REQUIRE(s.edit("HARU takes a step back, angry.", "HARU sits, angry."));  // shot 9
  REQUIRE(build(s, "-o out --jobs 2").second == 0);
  CHECK(read_bytes(s.dir / "out" / "shots" / "9.png") == before);  // a plain build leaves them alone
  REQUIRE(build(s, "-o out --jobs 2 --shots-dir out/shots").second == 0);
  CHECK(read_bytes(s.dir / "out" / "shots" / "9.png") != before);
}

TEST_CASE("--shots-dir outside the output folder gets the files; a failed build leaves them as they were") {
  SampleCopy s("shots-outside");
  REQUIRE(build(s, "-o out --jobs 2 --shots-dir elsewhere").second == 0);
  CHECK(fs::exists(s.dir / "elsewhere" / "1.png"));
  CHECK(fs::exists(s.dir / "elsewhere" / "1.landmarks.json"));
  CHECK_FALSE(fs::exists(s.dir / "elsewhere" / ".ekonte-staging"));
  const auto before = files_under(s.dir / "elsewhere");
  REQUIRE(s.edit("hair: bob, #2a2d4f", "hair: bob, #6a1d2f"));  // many shots to re-render
  CHECK(run("cd '" + s.dir.string() + "' && EKONTE_TEST_FAIL_AFTER=2 '" + ekonte_bin() +
            "' build fox-at-the-shrine.eko --size 320x180 -o out --jobs 2 --shots-dir elsewhere >/dev/null 2>&1")
            .second != 0);
  CHECK(files_under(s.dir / "elsewhere") == before);
}

TEST_CASE("a shot's maps from an earlier --maps build are removed when it is written again without them") {
  SampleCopy s("stale-maps");
  REQUIRE(build(s, "-o out --jobs 2 --maps").second == 0);
  REQUIRE(fs::exists(s.dir / "out" / "shots" / "9.lineart.png"));
  REQUIRE(s.edit("HARU takes a step back, angry.", "HARU sits, angry."));  // shot 9
  REQUIRE(build(s, "-o out --jobs 2 --shots-dir out/shots").second == 0);
  CHECK(fs::exists(s.dir / "out" / "shots" / "9.png"));
  CHECK_FALSE(fs::exists(s.dir / "out" / "shots" / "9.lineart.png"));  // it would show the old staging
  CHECK_FALSE(fs::exists(s.dir / "out" / "shots" / "9.parts.png"));
  CHECK(fs::exists(s.dir / "out" / "shots" / "8.lineart.png"));  // unchanged: still its own
}
