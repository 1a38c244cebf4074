// The render cache behind `ekonte build`: which shots an edit re-renders, and what a damaged
// cache entry does.
#include <doctest/doctest.h>

#include <set>

#include "render/cache/cached_build.hpp"
#include "render/cache/render_cache.hpp"
#include "render/cache/render_key.hpp"
#include "tests/build/build_fixture.hpp"

using namespace ekonte;
using namespace ekonte::test;

namespace {

struct Builder {
  SampleCopy sample;
  explicit Builder(const std::string& name) : sample(name) {}

  render::cache::CachedBuildReport build() {
    const CompileResult compiled = sample.compile();
    REQUIRE(compiled.ok());
    render::cache::CachedBuildOptions o;
    o.build.out_dir = (sample.dir / "out").string();
    o.build.width = 320;
    o.build.height = 180;
    o.build.jobs = 2;
    o.cache_dir = render::cache::default_cache_dir(o.build.out_dir, "");
    auto generator = render::make_rig_generator();
    auto report = render::cache::build_shots_cached(compiled.graph, *generator, o);
    REQUIRE(report.ok());
    return report;
  }
};

std::set<std::string> rendered(const render::cache::CachedBuildReport& r) {
  std::set<std::string> out;
  for (const auto& s : r.shots)
    if (s.rendered) out.insert(s.shot_id);
  return out;
}

// Shot ids whose frame shows `character` (by script id), from the compiled graph.
std::set<std::string> shots_with(const CompileResult& c, const std::string& character) {
  std::set<std::string> out;
  const CharacterId id = c.graph.find_character(character);
  for (const Shot& s : c.graph.shots) {
    bool in = s.subject == id;
    for (const Staging& st : s.characters) in = in || st.character == id || st.facing_target == id;
    if (in) out.insert(s.id);
  }
  return out;
}

}  // namespace

TEST_CASE("a rebuild with no change renders nothing") {
  Builder b("nochange");
  const auto first = b.build();
  CHECK(first.rendered == first.shots.size());
  const auto second = b.build();
  CHECK(second.rendered == 0);
  CHECK(second.cached == second.shots.size());
  CHECK(second.written.size() == 1);  // only shotgraph.json: per-shot files are unchanged
}

TEST_CASE("editing one shot's action line re-renders exactly that shot") {
  Builder b("action");
  b.build();
  REQUIRE(b.sample.edit("HARU takes a step back, angry.", "HARU sits, angry."));
  const auto r = b.build();
  CHECK(rendered(r) == std::set<std::string>{"9"});
  CHECK(r.shots[8].reason.find("staging") != std::string::npos);
}

TEST_CASE("editing only dialogue re-renders no shot") {
  Builder b("dialogue");
  b.build();
  REQUIRE(b.sample.edit("HARU: Grandma...", "HARU: Grandma, is that you?"));
  CHECK(rendered(b.build()).empty());
}

TEST_CASE("changing a character's hair colour re-renders exactly the shots it appears in") {
  Builder b("hair");
  b.build();
  REQUIRE(b.sample.edit("hair: bob, #2a2d4f", "hair: bob, #6a1d2f"));
  const auto expected = shots_with(b.sample.compile(), "HARU");
  REQUIRE(!expected.empty());
  const auto r = b.build();
  CHECK(rendered(r) == expected);
  CHECK(rendered(r).size() < r.shots.size());
  for (const auto& s : r.shots)
    if (s.rendered) CHECK(s.reason == "character:HARU changed");
}

TEST_CASE("changing the bytes of a sheet image re-renders that character's shots") {
  Builder b("sheet");
  b.build();
  const fs::path sheet = b.sample.dir / "refs" / "kitsune.png";
  write_bytes(sheet, read_bytes(sheet) + "changed");
  const auto expected = shots_with(b.sample.compile(), "KITSUNE");
  REQUIRE(!expected.empty());
  CHECK(rendered(b.build()) == expected);
}

TEST_CASE("a truncated cache entry is reported and re-rendered") {
  Builder b("truncated");
  b.build();
  const CompileResult c = b.sample.compile();
  // Find shot 4's entry from its key, and cut it in half.
  const auto models = characters::models_from_graph(c.graph, nullptr);
  auto generator = render::make_rig_generator();
  const auto context = render::cache::make_key_context(c.graph, models, *generator, 320, 180);
  const auto key = render::cache::render_key(c.graph, *c.graph.find_shot("4"), context);
  const render::cache::RenderCache cache((b.sample.dir / "out" / ".ekonte-cache").string());
  const fs::path entry = cache.entry_path(key.hash);
  REQUIRE(fs::exists(entry));
  const std::string bytes = read_bytes(entry);
  write_bytes(entry, bytes.substr(0, bytes.size() / 2));
  const auto r = b.build();
  CHECK(rendered(r) == std::set<std::string>{"4"});
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].find("corrupt") != std::string::npos);
  CHECK(read_bytes(entry) == bytes);  // the re-rendered entry is whole again

  // A flipped byte in the middle is caught by the checksum.
  std::string flipped = bytes;
  flipped[flipped.size() / 2] ^= 0x5a;
  render::ShotRender out;
  std::string problem;
  CHECK_FALSE(render::cache::decode_render(flipped, &out, &problem));
  CHECK(problem == "checksum mismatch");
}

TEST_CASE("dialogue, notes and durations are not in the render key; take is") {
  SampleCopy sample("key");
  const CompileResult before = sample.compile();
  REQUIRE(sample.edit("shot 9 medium close-up HARU, 2s:", "shot 9 medium close-up HARU, 5s:"));
  REQUIRE(sample.edit("HARU: Grandma...", "HARU: Grandma?"));
  const CompileResult after = sample.compile();
  auto generator = render::make_rig_generator();
  auto key = [&](const CompileResult& c, const std::string& shot) {
    const auto models = characters::models_from_graph(c.graph, nullptr);
    const auto context = render::cache::make_key_context(c.graph, models, *generator, 320, 180);
    return render::cache::render_key(c.graph, *c.graph.find_shot(shot), context).hash;
  };
  CHECK(key(before, "9") == key(after, "9"));
  CHECK(key(before, "18") == key(after, "18"));
  ShotGraph retaken = after.graph;
  Shot& shot = retaken.shots[retaken.find_shot("9")->index];
  shot.take = 2;
  shot.seed = shot_seed(shot.id, 2);
  const auto models = characters::models_from_graph(retaken, nullptr);
  const auto context = render::cache::make_key_context(retaken, models, *generator, 320, 180);
  CHECK(render::cache::render_key(retaken, shot, context).hash != key(after, "9"));
}
