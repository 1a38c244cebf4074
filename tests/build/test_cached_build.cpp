// COVERS: W0502 (a damaged render cache entry), COVERS: W0606 (a damaged cached page picture)
// The pipeline's build with the render cache: which shots an edit re-renders, and what a
// damaged cache entry does.
#include <doctest/doctest.h>

#include <set>

#include "pipeline/build.hpp"
#include "pipeline/prepare_pictures.hpp"
#include "pipeline/shot_render_inputs.hpp"
#include "render/cache/render_cache.hpp"
#include "render/cache/render_key.hpp"
#include "tests/build/build_fixture.hpp"

using namespace ekonte;
using namespace ekonte::test;

namespace {

struct Builder {
  SampleCopy sample;
  explicit Builder(const std::string& name) : sample(name) {}

  pipeline::BuildReport build() {
    const pipeline::CompiledScript compiled = sample.compile_script();
    REQUIRE(compiled.ok());
    pipeline::BuildOptions o;
    o.out_dir = (sample.dir / "out").string();
    o.width = 320;
    o.height = 180;
    o.jobs = 2;
    o.shots_dir = (sample.dir / "out" / "shots").string();  // the shots' files, to see which are rewritten
    auto generator = render::make_rig_generator();
    auto report = pipeline::build(compiled, *generator, o);
    REQUIRE(report.ok());
    return report;
  }
};

std::set<std::string> rendered(const pipeline::BuildReport& r) {
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
  CHECK(second.written == std::vector<std::string>{"shotgraph.json"});  // per-shot files are unchanged
  CHECK(second.pdfs.size() == 3);
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
  // Find shot 4's entry from its key, and cut it in half.
  const render::cache::RenderCache cache((b.sample.dir / "out" / ".ekonte-cache").string());
  const fs::path entry = cache.entry_path(b.build().shots[3].key);
  REQUIRE(fs::exists(entry));
  const std::string bytes = read_bytes(entry);
  write_bytes(entry, bytes.substr(0, bytes.size() / 2));
  const auto r = b.build();
  CHECK(rendered(r) == std::set<std::string>{"4"});
  REQUIRE(r.diagnostics.diagnostics().size() == 1);
  const Diagnostic& d = r.diagnostics.diagnostics()[0];
  CHECK(info(d.kind).code == "W0502");
  CHECK(d.span.line == b.sample.compile().graph.find_shot("4")->span.line);  // at the shot's header
  CHECK(d.message.find("damaged (truncated)") != std::string::npos);
  CHECK(read_bytes(entry) == bytes);  // the re-rendered entry is whole again

  // A flipped byte in the middle is caught by the checksum.
  std::string flipped = bytes;
  flipped[flipped.size() / 2] ^= 0x5a;
  render::ShotRender out;
  std::string problem;
  CHECK(render::cache::decode_render(flipped, r.shots[3].key, &out, &problem) == render::cache::LoadStatus::Corrupt);
  CHECK(problem == "checksum mismatch");
}

TEST_CASE("a damaged picture is re-rendered by the next build even when its page picture is cached") {
  Builder b("pagecached");
  const auto first = b.build();
  // Shot 6's picture section is damaged; its prepared page picture is whole, so the build
  // needs only the entry's landmarks. The damage must still be found now, not when the shot's
  // files are next written.
  const render::cache::RenderCache cache((b.sample.dir / "out" / ".ekonte-cache").string());
  const std::string key = first.shots[5].key;
  std::string bytes = read_bytes(cache.entry_path(key));
  bytes[bytes.size() / 3] ^= 0x5a;
  write_bytes(cache.entry_path(key), bytes);
  const auto r = b.build();
  CHECK(rendered(r) == std::set<std::string>{"6"});
  REQUIRE(r.diagnostics.diagnostics().size() == 1);
  CHECK(info(r.diagnostics.diagnostics()[0].kind).code == "W0502");
  CHECK(r.diagnostics.diagnostics()[0].message.find("checksum mismatch") != std::string::npos);

  // Its files must now be written again from the entry: it reads whole, nothing is rendered.
  fs::remove(b.sample.dir / "out" / "shots" / "6.png");
  const auto again = b.build();
  CHECK(again.rendered == 0);
  CHECK(again.diagnostics.diagnostics().empty());
  CHECK(fs::exists(b.sample.dir / "out" / "shots" / "6.png"));
}

TEST_CASE("an entry copied under another shot's key is re-rendered with a warning, not used") {
  Builder b("copied");
  const auto first = b.build();
  const render::cache::RenderCache cache((b.sample.dir / "out" / ".ekonte-cache").string());
  const std::string png = read_bytes(b.sample.dir / "out" / "shots" / "4.png");
  // Shot 3's entry and page picture put where shot 4's are, as a careless copy would.
  fs::copy_file(cache.entry_path(first.shots[2].key), cache.entry_path(first.shots[3].key),
                fs::copy_options::overwrite_existing);
  fs::copy_file(cache.extra_path(first.shots[2].key, pipeline::prepared_picture_kind()),
                cache.extra_path(first.shots[3].key, pipeline::prepared_picture_kind()),
                fs::copy_options::overwrite_existing);
  fs::remove(b.sample.dir / "out" / "shots" / "4.png");
  const auto r = b.build();
  CHECK(rendered(r) == std::set<std::string>{"4"});
  REQUIRE(r.diagnostics.diagnostics().size() == 1);
  CHECK(info(r.diagnostics.diagnostics()[0].kind).code == "W0502");
  CHECK(r.diagnostics.diagnostics()[0].message.find("made for another key") != std::string::npos);
  CHECK(read_bytes(b.sample.dir / "out" / "shots" / "4.png") == png);  // shot 4's own picture
}

TEST_CASE("a picture damaged after its landmarks were read is rendered again before layout") {
  Builder b("picture");
  const auto first = b.build();
  // Shot 6's picture section is damaged and its prepared page picture is gone: the layout
  // needs the picture, so the pipeline renders the shot again before laying out pages.
  const render::cache::RenderCache cache((b.sample.dir / "out" / ".ekonte-cache").string());
  const std::string key = first.shots[5].key;
  fs::remove(cache.extra_path(key, pipeline::prepared_picture_kind()));
  std::string bytes = read_bytes(cache.entry_path(key));
  bytes[bytes.size() / 3] ^= 0x5a;  // inside the picture section, past the landmarks
  write_bytes(cache.entry_path(key), bytes);
  const auto r = b.build();
  CHECK(r.rendered == 1);
  REQUIRE(r.diagnostics.diagnostics().size() == 1);
  CHECK(info(r.diagnostics.diagnostics()[0].kind).code == "W0502");
  CHECK(r.pdfs.size() == 3);

  // A damaged prepared page picture is prepared again from the cached render.
  const fs::path extra = cache.extra_path(first.shots[7].key, pipeline::prepared_picture_kind());
  std::string prepared = read_bytes(extra);
  prepared[prepared.size() / 2] ^= 0x5a;
  write_bytes(extra, prepared);
  const auto again = b.build();
  CHECK(again.rendered == 0);
  REQUIRE(again.diagnostics.diagnostics().size() == 1);
  CHECK(info(again.diagnostics.diagnostics()[0].kind).code == "W0606");
  CHECK(again.diagnostics.diagnostics()[0].message.find("shot `8`") != std::string::npos);
}
