// COVERS: E0214 (a missing `background:` file), COVERS: E0215 (one that is no readable picture),
// COVERS: E0216 (one too large)
// A setting's `background:` picture is opened and decoded when the script is compiled; each
// problem is reported at the `background:` line and names the file. A good one is drawn: the
// figures of a wide shot stand on its floor, and its digest is part of the shot's input.
#include <doctest/doctest.h>

#include "pipeline/shot_render_inputs.hpp"
#include "render/rig_renderer.hpp"
#include "render/shot_generator.hpp"
#include "tests/build/build_fixture.hpp"

using namespace ekonte;
using namespace ekonte::test;

namespace {

constexpr const char* kKitchenProps = "    props: table, window\n";

// The sample with the kitchen setting given `lines` (indented setting properties).
std::vector<Diagnostic> with_background(SampleCopy& s, const std::string& lines) {
  REQUIRE(s.edit(kKitchenProps, std::string(kKitchenProps) + lines));
  return s.compile_script().diagnostics().diagnostics();
}

std::string only_error(const std::vector<Diagnostic>& ds, std::string_view code) {
  std::string message;
  int errors = 0;
  for (const auto& d : ds)
    if (d.severity == Severity::Error) {
      ++errors;
      CHECK(info(d.kind).code == code);
      message = d.message;
    }
  CHECK(errors == 1);
  return message;
}

}  // namespace

TEST_CASE("a missing background is an E0214 naming the file") {
  SampleCopy s("bg-missing");
  const std::string m = only_error(with_background(s, "    background: refs/office.png\n"), "E0214");
  CHECK(m.find("`refs/office.png`") != std::string::npos);
  CHECK(m.find("`KITCHEN`") != std::string::npos);
}

TEST_CASE("a truncated background is an E0215 naming the file") {
  SampleCopy s("bg-cut");
  const std::string png = read_bytes(s.dir / "refs" / "kitsune.png");
  write_bytes(s.dir / "refs" / "cut.png", png.substr(0, png.size() / 2));
  const std::string m = only_error(with_background(s, "    background: refs/cut.png\n"), "E0215");
  CHECK(m.find("`refs/cut.png`") != std::string::npos);
  CHECK(m.find("cannot be decoded") != std::string::npos);
}

TEST_CASE("a background over the size limits is an E0216, found from its header alone") {
  SampleCopy s("bg-huge");
  std::string png = read_bytes(s.dir / "refs" / "kitsune.png");
  for (int at : {16, 20}) png[at] = 0, png[at + 1] = 0, png[at + 2] = char(20000 >> 8), png[at + 3] = char(20000 & 0xff);
  write_bytes(s.dir / "refs" / "huge.png", png);
  const std::string m = only_error(with_background(s, "    background: refs/huge.png\n"), "E0216");
  CHECK(m.find("`refs/huge.png`") != std::string::npos);
  CHECK(m.find("20000x20000") != std::string::npos);
}

TEST_CASE("horizon and floor are heights in the picture; a floor above the horizon is an error") {
  SampleCopy s("bg-numbers");
  CHECK(only_error(with_background(s, "    background: refs/kitsune.png\n    horizon: 1.5\n"), "E0305").find("horizon") !=
        std::string::npos);
  SampleCopy t("bg-order");
  CHECK(only_error(with_background(t, "    background: refs/kitsune.png\n    horizon: 60%\n    floor: 0.4\n"), "E0305")
            .find("not below its horizon") != std::string::npos);
}

TEST_CASE("a good background is drawn instead of the kind's backdrop; a wide shot's figures stand on its floor") {
  SampleCopy s("bg-good");
  const auto diagnostics = with_background(s, "    background: refs/kitsune.png\n    horizon: 40%\n    floor: 0.85\n");
  for (const auto& d : diagnostics) CHECK_MESSAGE(d.severity != Severity::Error, d.message);
  const pipeline::CompiledScript c = s.compile_script();
  const ShotGraph& g = c.compiled.graph;
  const Shot* wide = nullptr;
  for (const Shot& shot : g.shots)
    if (shot.id == "12") wide = &shot;  // `shot 12 wide` in the kitchen
  REQUIRE(wide);
  const auto rig = render::make_rig_generator();
  const pipeline::RenderContext context = pipeline::make_render_context(g, c.models, rig->input(), {640, 360});
  const render::ShotRenderInput in = pipeline::shot_render_input(context, *wide);
  REQUIRE(in.setting.background.picture);
  CHECK(in.setting.background.horizon == doctest::Approx(0.4));
  CHECK(in.setting.background.floor == doctest::Approx(0.85));
  CHECK(in.setting.background.digest.size() > 8);
  const render::ShotRender r = render::render_rig_shot(in);
  // The picture, not the kitchen drawing: the plate differs from the same shot without it.
  render::ShotRenderInput plain = in;
  plain.setting.background = {};
  const render::ShotRender p = render::render_rig_shot(plain);
  CHECK(r.color.pixels != p.color.pixels);
  // Standing figures' feet are on the floor line (a kneeling or sitting one is lower still).
  bool on_floor = false;
  for (const render::CharacterLandmarks& cl : r.landmarks.characters) {
    const double feet = cl.body.y + cl.body.h;
    CHECK(feet > 360 * 0.4);  // below the horizon
    if (std::abs(feet - 360 * 0.85) < 360 * 0.06) on_floor = true;
  }
  CHECK(on_floor);
}

// A shot's own `background:` overrides its setting's drawing for that shot only, with the same
// checks as a setting's (COVERS above: a missing shot background is an E0214 naming the shot).
TEST_CASE("a shot's own background is checked like a setting's and drawn for that shot only") {
  constexpr const char* kShotOne = "    shot 1 extreme wide, high angle, static, 4s:\n";
  SampleCopy missing("bg-shot-missing");
  REQUIRE(missing.edit(kShotOne, std::string(kShotOne) + "        background: refs/nowhere.png\n"));
  const std::string m = only_error(missing.compile_script().diagnostics().diagnostics(), "E0214");
  CHECK(m.find("`refs/nowhere.png`") != std::string::npos);
  CHECK(m.find("shot `1`") != std::string::npos);

  SampleCopy s("bg-shot-good");
  REQUIRE(s.edit(kShotOne, std::string(kShotOne) + "        background: refs/kitsune.png\n        horizon: 30%\n"));
  const pipeline::CompiledScript c = s.compile_script();
  for (const auto& d : c.compiled.diagnostics.diagnostics()) CHECK_MESSAGE(d.severity != Severity::Error, d.message);
  const ShotGraph& g = c.compiled.graph;
  REQUIRE(g.shots.size() > 2);
  CHECK(g.shots[0].background == "refs/kitsune.png");
  CHECK(g.shots[0].horizon == doctest::Approx(0.3));
  // The line is the shot's picture, not prose.
  for (const std::string& a : g.shots[0].action) CHECK(a.find("background") == std::string::npos);
  const auto rig = render::make_rig_generator();
  const pipeline::RenderContext context = pipeline::make_render_context(g, c.models, rig->input(), {640, 360});
  const render::ShotRenderInput own = pipeline::shot_render_input(context, g.shots[0]);
  REQUIRE(own.setting.background.picture);
  CHECK(own.setting.background.horizon == doctest::Approx(0.3));
  CHECK(own.setting.background.floor == doctest::Approx(0.9));
  CHECK_FALSE(pipeline::shot_render_input(context, g.shots[1]).setting.background.picture);
  render::ShotRenderInput plain = own;
  plain.setting.background = {};
  CHECK(render::render_rig_shot(own).color.pixels != render::render_rig_shot(plain).color.pixels);
}
