// The reference sample compiles to the shot graph the issue states, and its JSON form
// matches the snapshot in tests/compiler/snapshots/ (EKONTE_UPDATE_SNAPSHOTS=1 rewrites it).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "compiler/compile.hpp"
#include "compiler/diagnostics/render_diagnostics.hpp"
#include "compiler/shot_graph_json.hpp"
#include "tests/compiler/golden.hpp"

using namespace ekonte;

namespace {

CompileResult compile_sample() {
  std::filesystem::current_path(EKONTE_SOURCE_DIR);
  const std::string path = "samples/fox-at-the-shrine.eko";
  return compile_source(path, test::read_file(path));
}

const Staging* find(const ShotGraph& g, const Shot& s, const char* id) {
  for (const auto& st : s.characters)
    if (g.character(st.character).id == id) return &st;
  return nullptr;
}

}  // namespace

TEST_CASE("the sample compiles cleanly: 20 shots, 4 scenes, 4 characters, 3 settings") {
  const auto r = compile_sample();
  CHECK_MESSAGE(r.diagnostics.diagnostics().empty(), render_human(r.diagnostics.diagnostics(), &r.source, {}));
  CHECK(r.graph.shots.size() == 20);
  CHECK(r.graph.scenes.size() == 4);
  CHECK(r.graph.characters.size() == 4);
  CHECK(r.graph.settings.size() == 3);
  CHECK(r.graph.meta.reading == ReadingDirection::RightToLeft);
  CHECK(r.graph.meta.fps == 24);
}

TEST_CASE("the sample's shots carry what the script says") {
  const auto r = compile_sample();
  const ShotGraph& g = r.graph;
  const Shot& s3 = *g.find_shot("3");
  CHECK(s3.duration_frames == 60);
  CHECK(s3.framing.value == Framing::CloseUp);
  CHECK(g.character(s3.subject).id == "HARU");

  const Shot& s10 = *g.find_shot("10");
  REQUIRE(find(g, s10, "HARU"));
  REQUIRE(find(g, s10, "KITSUNE"));
  CHECK(find(g, s10, "HARU")->position.value == ScreenPosition::Left);
  CHECK(find(g, s10, "HARU")->position.origin == Origin::Stage);
  CHECK(find(g, s10, "KITSUNE")->position.value == ScreenPosition::Right);
  CHECK(s10.movement.value == Movement::DollyIn);
  CHECK(s10.notes.size() == 1);

  const Shot& s12 = *g.find_shot("12");
  REQUIRE(find(g, s12, "GRANDMA"));
  REQUIRE(find(g, s12, "HARU9"));
  CHECK(find(g, s12, "GRANDMA")->position.value == ScreenPosition::Right);
  CHECK(find(g, s12, "GRANDMA")->position.origin == Origin::Action);
  CHECK(find(g, s12, "HARU9")->position.value == ScreenPosition::Left);
  CHECK(find(g, s12, "HARU9")->pose.value == Pose::Kneel);

  const Shot& s14 = *g.find_shot("14");
  REQUIRE(s14.dialogue.size() == 2);
  CHECK(s14.dialogue[0].language == "ja");
  CHECK(s14.dialogue[1].language == "ja");
  CHECK(s14.dialogue[1].text == "うん、約束する！");

  const Shot& s11 = *g.find_shot("11");
  CHECK(s11.take == 3);
  CHECK(s11.angle.value == Angle::Dutch);
  CHECK(s11.transition_out == Transition::DissolveTo);
  CHECK(g.find_shot("12")->transition_in == Transition::DissolveTo);
  CHECK(g.find_shot("1")->transition_in == Transition::FadeIn);
  CHECK(g.find_shot("20")->transition_out == Transition::FadeOut);
  CHECK(g.find_shot("5")->dialogue[0].delivery == Delivery::Whisper);
  CHECK(g.find_shot("9")->dialogue[0].delivery == Delivery::Shout);
  CHECK(g.find_shot("6")->sfx == std::vector<std::string>{"fwoosh"});

  const Character& haru9 = g.character(g.find_character("HARU9"));
  CHECK(haru9.like == "HARU");
  CHECK(haru9.hair.style == "twin tails");
  CHECK(haru9.eyes.inherited_from == "HARU");
  CHECK(haru9.accessory.style == "none");
  CHECK(g.character(g.find_character("HARU")).backstory.find('\n') != std::string::npos);
}

TEST_CASE("seeds depend on shot id and take only") {
  const auto a = compile_sample();
  const auto b = compile_sample();
  CHECK(a.graph.find_shot("11")->seed == b.graph.find_shot("11")->seed);
  CHECK(a.graph.find_shot("11")->seed != a.graph.find_shot("10")->seed);
}

TEST_CASE("the sample's shot graph JSON matches its snapshot") {
  const auto r = compile_sample();
  const std::string actual = shot_graph_to_json_text(r.graph);
  const std::string snapshot = std::string(EKONTE_SOURCE_DIR) + "/tests/compiler/snapshots/fox-at-the-shrine.shotgraph.json";
  if (std::getenv("EKONTE_UPDATE_SNAPSHOTS")) {
    std::filesystem::create_directories(std::filesystem::path(snapshot).parent_path());
    std::ofstream(snapshot, std::ios::binary) << actual;
  }
  const std::string expected = test::read_file(snapshot);
  REQUIRE_MESSAGE(!expected.empty(), "missing snapshot; run with EKONTE_UPDATE_SNAPSHOTS=1");
  CHECK(actual == expected);
}
