// COVERS: E0503 (the generator fails), COVERS: E0605 (shot files cannot be written)
// The pipeline's build end to end at 320x180: the stale-insert bug stays fixed, character
// warnings come once, failures are diagnostics that leave no outputs, and `ekonte layout`'s
// reading of shot files reports what is missing.
#include <doctest/doctest.h>

#include <set>
#include <stdexcept>

#include "pipeline/build.hpp"
#include "pipeline/layout_rendered_shots.hpp"
#include "tests/build/build_fixture.hpp"

using namespace ekonte;
using namespace ekonte::test;

namespace {

pipeline::BuildOptions small_build(const SampleCopy& s) {
  pipeline::BuildOptions o;
  o.out_dir = (s.dir / "out").string();
  o.width = 320;
  o.height = 180;
  o.jobs = 2;
  return o;
}

std::set<std::string> rendered(const pipeline::BuildReport& r) {
  std::set<std::string> out;
  for (const auto& s : r.shots)
    if (s.rendered) out.insert(s.shot_id);
  return out;
}

size_t count_code(const DiagnosticSink& sink, std::string_view code) {
  size_t n = 0;
  for (const auto& d : sink.diagnostics()) n += info(d.kind).code == code;
  return n;
}

class FailingGenerator final : public render::ShotGenerator {
 public:
  std::string name() const override { return "failing"; }
  std::string version() const override { return "1"; }
  std::vector<render::ShotRender> render_batch(const std::vector<render::ShotRenderInput>&,
                                               const render::GenerateOptions&) override {
    throw std::runtime_error("reference image `refs/x.png` cannot be decoded");
  }
};

}  // namespace

TEST_CASE("changing an insert shot's prop word in its action re-renders that shot") {
  SampleCopy s("insert");
  auto rig = render::make_rig_generator();
  REQUIRE(pipeline::build(s.compile_script(), *rig, small_build(s)).ok());
  REQUIRE(s.edit("A lantern flickers out.", "A charm flickers out."));
  const auto r = pipeline::build(s.compile_script(), *rig, small_build(s));
  REQUIRE(r.ok());
  CHECK(rendered(r) == std::set<std::string>{"6"});
  CHECK(r.shots[5].reason == "camera changed");
}

TEST_CASE("character style warnings are reported once, by the compile stage, at their lines") {
  const std::string script =
      "character ANA \"Ana\":\n    hair: cornflakes, #2a2d4f\nsetting ROOM \"Room\":\n    time: day\n"
      "scene 1 INT. ROOM - DAY (ROOM)\n    shot 1 wide, 3s:\n        ANA stands.\n";
  const pipeline::CompiledScript compiled = pipeline::compile_script_source("ana.eko", script);
  REQUIRE(count_code(compiled.diagnostics(), "W0501") == 1);
  CHECK(compiled.diagnostics().diagnostics()[0].span.line == 2);
  CHECK(compiled.models.size() == 1);
}

TEST_CASE("a failing generator is an E0503 at the shot, and the previous outputs stay") {
  SampleCopy s("failing");
  FailingGenerator failing;
  const auto r = pipeline::build(s.compile_script(), failing, small_build(s));
  CHECK_FALSE(r.ok());
  REQUIRE(count_code(r.diagnostics, "E0503") == 1);
  CHECK(r.diagnostics.diagnostics()[0].message.find("cannot be decoded") != std::string::npos);
  CHECK(r.diagnostics.diagnostics()[0].span.line > 0);
  CHECK_FALSE(fs::exists(s.dir / "out" / "storyboard.pdf"));
  CHECK_FALSE(fs::exists(s.dir / "out" / "shotgraph.json"));
}

TEST_CASE("an output folder that cannot be created is an E0605") {
  SampleCopy s("unwritable");
  write_bytes(s.dir / "out", "a file, not a folder");
  pipeline::BuildOptions o = small_build(s);
  o.cache_dir = (s.dir / "cache").string();
  auto rig = render::make_rig_generator();
  const auto r = pipeline::build(s.compile_script(), *rig, o);
  CHECK_FALSE(r.ok());
  CHECK(count_code(r.diagnostics, "E0605") == 1);
}

TEST_CASE("laying out shots that were never rendered reports each missing picture") {
  SampleCopy s("layout");
  DiagnosticSink sink;
  const auto pictures = pipeline::read_shot_pictures(s.compile_script().graph(), "/nonexistent/shots", 1, sink);
  CHECK(pictures.empty());
  CHECK(count_code(sink, "E0603") == 20);
  CHECK(sink.diagnostics()[0].message.find("does not exist") != std::string::npos);
}
