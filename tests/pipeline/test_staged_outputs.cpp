// A build's outputs move into place as one set (pipeline/staged_outputs.hpp): a build killed
// before its commit point leaves the old set, one killed after it is finished by the next.
#include <doctest/doctest.h>

#include "pipeline/build.hpp"
#include "pipeline/staged_outputs.hpp"
#include "tests/build/build_fixture.hpp"

using namespace ekonte;
using namespace ekonte::test;

namespace {

struct OutFolder {
  fs::path dir = fs::temp_directory_path() / ("ekonte-staged-" + std::to_string(::getpid()));
  OutFolder() {
    fs::remove_all(dir);
    fs::create_directories(dir / "shots");
    write_bytes(dir / "storyboard.pdf", "old storyboard");
    write_bytes(dir / "manga.pdf", "old manga");
    write_bytes(dir / "shots" / "s1.png", "old s1");
  }
  ~OutFolder() { fs::remove_all(dir); }
  std::string read(const std::string& name) const { return read_bytes(dir / name); }
};

void stage_new_set(pipeline::StagedOutputs& staged) {
  for (const char* name : {"storyboard.pdf", "manga.pdf", "shots/s1.png"}) {
    fs::create_directories(fs::path(staged.staged_path(name)).parent_path());
    write_bytes(staged.staged_path(name), std::string("new ") + name);
    staged.add(name);
  }
}

}  // namespace

TEST_CASE("staged outputs replace the old set only when committed") {
  OutFolder out;
  pipeline::StagedOutputs staged(out.dir.string());
  REQUIRE(staged.error().empty());
  stage_new_set(staged);
  CHECK(out.read("storyboard.pdf") == "old storyboard");
  std::string error;
  REQUIRE(staged.commit(&error));
  CHECK(out.read("storyboard.pdf") == "new storyboard.pdf");
  CHECK(out.read("manga.pdf") == "new manga.pdf");
  CHECK(out.read("shots/s1.png") == "new shots/s1.png");
  CHECK_FALSE(fs::exists(out.dir / pipeline::kStagingFolder));
}

TEST_CASE("an output staged for removal goes at the commit, and only then; a killed commit's removal is finished") {
  OutFolder out;
  write_bytes(out.dir / "shots" / "s1.lineart.png", "old map");
  {
    pipeline::StagedOutputs staged(out.dir.string());
    stage_new_set(staged);
    staged.remove("shots/s1.lineart.png");
    staged.discard();  // a failed build
  }
  CHECK(out.read("shots/s1.lineart.png") == "old map");
  {
    pipeline::StagedOutputs staged(out.dir.string());
    stage_new_set(staged);
    staged.remove("shots/s1.lineart.png");
    CHECK(fs::exists(out.dir / "shots" / "s1.lineart.png"));
    std::string error;
    REQUIRE(staged.commit(&error));
  }
  CHECK_FALSE(fs::exists(out.dir / "shots" / "s1.lineart.png"));
  CHECK(out.read("shots/s1.png") == "new shots/s1.png");

  write_bytes(out.dir / "shots" / "s1.lineart.png", "old map");
  {
    pipeline::StagedOutputs staged(out.dir.string());
    stage_new_set(staged);
    staged.remove("shots/s1.lineart.png");
    // Killed once the commit list is written, before anything moved.
    write_bytes(fs::path(staged.staging_dir()) / "commit", "storyboard.pdf\nmanga.pdf\nshots/s1.png\n/shots/s1.lineart.png\n");
  }
  pipeline::StagedOutputs next(out.dir.string());
  CHECK(next.recovered() == "finished");
  CHECK_FALSE(fs::exists(out.dir / "shots" / "s1.lineart.png"));
}

TEST_CASE("a build killed before its commit point leaves every old output, and its staging is discarded") {
  OutFolder out;
  {
    pipeline::StagedOutputs staged(out.dir.string());
    stage_new_set(staged);
  }  // killed: never committed
  std::string what, error;
  REQUIRE(pipeline::recover_staged_outputs(out.dir.string(), &what, &error));
  CHECK(what == "discarded");
  CHECK(out.read("storyboard.pdf") == "old storyboard");
  CHECK(out.read("manga.pdf") == "old manga");
  CHECK(out.read("shots/s1.png") == "old s1");
  CHECK_FALSE(fs::exists(out.dir / pipeline::kStagingFolder));
}

TEST_CASE("a build killed between its commit point and the last move is finished by the next one") {
  OutFolder out;
  {
    pipeline::StagedOutputs staged(out.dir.string());
    stage_new_set(staged);
    // The commit list is written and one file moved when the kill comes.
    write_bytes(fs::path(staged.staging_dir()) / "commit", "storyboard.pdf\nmanga.pdf\nshots/s1.png\n");
    fs::rename(staged.staged_path("storyboard.pdf"), out.dir / "storyboard.pdf");
  }
  CHECK(out.read("manga.pdf") == "old manga");  // a mixed set, until the next build
  pipeline::StagedOutputs next(out.dir.string());
  CHECK(next.recovered() == "finished");
  CHECK(out.read("storyboard.pdf") == "new storyboard.pdf");
  CHECK(out.read("manga.pdf") == "new manga.pdf");
  CHECK(out.read("shots/s1.png") == "new shots/s1.png");
}

TEST_CASE("a build discards what a killed build staged, and commits its own whole set") {
  SampleCopy s("staged-build");
  pipeline::BuildOptions o;
  o.out_dir = (s.dir / "out").string();
  o.width = 320, o.height = 180, o.jobs = 2;
  const fs::path stale = s.dir / "out" / pipeline::kStagingFolder / "storyboard.pdf";
  fs::create_directories(stale.parent_path());
  write_bytes(stale, "half a storyboard from a killed build");
  auto rig = render::make_rig_generator();
  const auto r = pipeline::build(s.compile_script(), *rig, o);
  REQUIRE(r.ok());
  CHECK_FALSE(fs::exists(s.dir / "out" / pipeline::kStagingFolder));
  CHECK(read_bytes(s.dir / "out" / "storyboard.pdf").substr(0, 5) == "%PDF-");
  for (const std::string& f : r.written) CHECK(fs::exists(s.dir / "out" / f));
  for (const std::string& f : r.pdfs) CHECK(fs::exists(f));
}
