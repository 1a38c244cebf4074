// Every angle in every kind of place (vocabulary/camera_angles.def, setting_kinds.def): from a
// bird's eye the figures are seen from above, short under their crowns, each in its shadow on the
// floor plan with the props laid out around them; from a worm's eye the feet stand at the bottom of
// the frame, the figures tower and the ceiling or the sky shows above them.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "characters/character_model.hpp"
#include "compiler/compile.hpp"
#include "pipeline/shot_render_inputs.hpp"
#include "vocabulary/world.hpp"

using namespace ekonte;
using render::Box;

namespace {

constexpr int kW = 640, kH = 360;

// One scene per kind of place with a wide shot at eye level, one from a bird's eye and one from a
// worm's eye; a chair on the floor of every set.
const CompileResult& angles_script() {
  static const CompileResult r = [] {
    std::string s = "title: angles\ncharacter ANNA \"Anna\":\n    height: 165cm\ncharacter BEN \"Ben\":\n    height: 180cm\n";
    for (size_t k = 1; k < std::size(vocabulary::kSettingKindRows); ++k)
      s += "setting S" + std::to_string(k) + " \"" + std::string(vocabulary::kSettingKindRows[k].name) + "\":\n    kind: " +
           std::string(vocabulary::kSettingKindRows[k].name) + "\n    time: day\n    props: chair\n";
    int shot = 0;
    for (size_t k = 1; k < std::size(vocabulary::kSettingKindRows); ++k) {
      s += "scene " + std::to_string(k) + " PLACE (S" + std::to_string(k) + ")\n";
      for (const char* angle : {"eye level", "birds eye", "worms eye"})
        s += "    shot " + std::to_string(++shot) + " wide, " + angle + ", 2s:\n        ANNA stands left. BEN stands right.\n";
    }
    CompileOptions o;
    o.check_sheet_files = false;
    return compile_source("angles.eko", s, o);
  }();
  return r;
}

size_t colours(const std::vector<uint8_t>& p) {
  std::set<uint32_t> c;
  for (size_t i = 0; i + 3 < p.size(); i += 4) c.insert(uint32_t(p[i] >> 4) << 8 | uint32_t(p[i + 1] >> 4) << 4 | (p[i + 2] >> 4));
  return c.size();
}

// The share of a band of rows [y0, y1) that no figure covers (instance map 0: the set).
double set_share(const render::ShotRender& r, int y0, int y1) {
  size_t set = 0, all = 0;
  for (int y = std::max(0, y0); y < std::min(kH, y1); ++y)
    for (int x = 0; x < kW; ++x, ++all) set += r.instances.pixels[size_t(y) * kW + x] == 0;
  return all ? double(set) / all : 0;
}

}  // namespace

TEST_CASE("every kind from a bird's eye: figures seen from above on the floor plan, in their shadows, with the props") {
  const auto& res = angles_script();
  REQUIRE(res.ok());
  const auto models = characters::models_from_graph(res.graph, nullptr);
  for (size_t i = 0; i + 2 < res.graph.shots.size(); i += 3) {
    const Shot& eye = res.graph.shots[i];
    const Shot& above = res.graph.shots[i + 1];
    CAPTURE(vocabulary::kSettingKindRows[i / 3 + 1].name);
    REQUIRE(above.angle.value == Angle::BirdsEye);
    const render::ShotRender e = pipeline::render_with_rig(res.graph, eye, models, kW);
    const render::ShotRender r = pipeline::render_with_rig(res.graph, above, models, kW);
    // Never one flat colour with dots: the floor is drawn with what stands on it.
    CHECK(colours(r.color.pixels) >= 12);
    REQUIRE(r.landmarks.characters.size() == 2);
    for (size_t c = 0; c < 2; ++c) {
      const Box& up = e.landmarks.characters[c].body;
      const Box& down = r.landmarks.characters[c].body;
      CAPTURE(c);
      // From above a figure is its crown and shoulders over a short body: much shorter than the
      // same figure standing in the same framing at eye level, and not much taller than wide.
      CHECK(down.h < up.h * 0.7);
      CHECK(down.h < down.w * 2.6);
      // Standing on the floor plan inside the frame, not pasted along its bottom edge.
      CHECK(down.y + down.h < kH * 0.95);
      CHECK(down.y > 0);
      // Its shadow pools on the floor just below its feet: darker there than the set drawn without
      // the figures (the background plate).
      const int fx = int(down.x + down.w / 2), fy = std::min(kH - 1, int(down.y + down.h) + 1);
      REQUIRE(r.background.pixels.size() == r.color.pixels.size());
      auto lum = [&](const std::vector<uint8_t>& px) {
        const uint8_t* p = &px[(size_t(fy) * kW + size_t(std::clamp(fx, 0, kW - 1))) * 4];
        return p[0] + p[1] + p[2];
      };
      CHECK(lum(r.color.pixels) < lum(r.background.pixels) - 12);
    }
    // The chair lies on the plan with the figures, inside the frame, as seen from above: no taller
    // than its real proportions allow.
    bool chair = false;
    for (const auto& p : r.landmarks.props)
      if (p.name == "chair") {
        chair = true;
        CHECK(p.box.y >= 0);
        CHECK(p.box.y + p.box.h <= kH);
        CHECK(p.box.h < p.box.w * 1.6);
      }
    CHECK(chair);
  }
}

TEST_CASE("every kind from a worm's eye: feet at the bottom, figures towering, the ceiling or the sky above") {
  const auto& res = angles_script();
  REQUIRE(res.ok());
  const auto models = characters::models_from_graph(res.graph, nullptr);
  for (size_t i = 0; i + 2 < res.graph.shots.size(); i += 3) {
    const Shot& below = res.graph.shots[i + 2];
    CAPTURE(vocabulary::kSettingKindRows[i / 3 + 1].name);
    REQUIRE(below.angle.value == Angle::WormsEye);
    const render::ShotRender r = pipeline::render_with_rig(res.graph, below, models, kW);
    CHECK(colours(r.color.pixels) >= 8);
    REQUIRE(r.landmarks.characters.size() == 2);
    for (const auto& c : r.landmarks.characters) {
      CAPTURE(c.character_id);
      CHECK(c.body.y + c.body.h > kH * 0.93);  // feet at the bottom of the frame
      CHECK(c.body.h > kH * 0.55);             // towering
    }
    // Above their heads the set: the ceiling or the sky, not figures.
    CHECK(set_share(r, 0, kH / 10) > 0.8);
  }
}
