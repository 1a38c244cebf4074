// What a rebuild reads from the render cache: parts of an entry (landmarks, picture) without
// the rest, and the layout's prepared pictures kept beside the entries; damage to either is
// caught by its checksum and costs only the work of making it again.
#include <doctest/doctest.h>

#include <map>

#include "layout/shot_pictures.hpp"
#include "pipeline/prepare_pictures.hpp"
#include "render/cache/render_cache.hpp"
#include "tests/build/build_fixture.hpp"

using namespace ekonte;
using namespace ekonte::test;

namespace {

render::ImageRgba gradient(int w, int h, int seed) {
  render::ImageRgba img;
  img.width = w;
  img.height = h;
  img.pixels.resize(size_t(w) * h * 4);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      uint8_t* p = &img.pixels[(size_t(y) * w + x) * 4];
      p[0] = uint8_t(x + seed);
      p[1] = uint8_t(y * 2);
      p[2] = uint8_t((x ^ y) + seed * 7);
      p[3] = seed == 3 && x < 8 ? 128 : 255;  // shot 3 has a translucent edge
    }
  return img;
}

render::ShotRender sample_render(int seed) {
  render::ShotRender r;
  r.landmarks.shot_id = std::to_string(seed);
  r.landmarks.width = 1200;
  r.landmarks.height = 600;
  render::CharacterLandmarks c;
  c.character.value = 1;
  c.character_id = "HARU";
  c.head = {600, 100, 120, 140};
  c.face_center = {660, 170};
  c.mouth = {660, 210};
  c.body = {560, 100, 220, 500};
  r.landmarks.characters.push_back(c);
  r.landmarks.subject = c.head;
  r.color = gradient(1200, 600, seed);
  r.background = gradient(1200, 600, seed + 1);
  for (render::ImageGray* g : {&r.lineart, &r.parts, &r.instances}) {
    g->width = 1200;
    g->height = 600;
    g->pixels.assign(size_t(1200) * 600, uint8_t(seed));
  }
  return r;
}

std::string key_for(int seed) { return std::string(30, '0') + std::to_string(10 + seed); }

struct CacheDir {
  fs::path dir = fs::temp_directory_path() / ("ekonte-cache-entries-" + std::to_string(::getpid()));
  render::cache::RenderCache cache{dir.string()};
  CacheDir() { fs::remove_all(dir); }
  ~CacheDir() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

}  // namespace

TEST_CASE("an entry's landmarks and picture are read without its control maps") {
  CacheDir c;
  const render::ShotRender r = sample_render(1);
  REQUIRE(c.cache.store(key_for(1), r));
  using render::cache::EntryParts;
  using render::cache::LoadStatus;

  render::ShotRender lm_only;
  REQUIRE(c.cache.load(key_for(1), &lm_only, nullptr, EntryParts::Landmarks) == LoadStatus::Hit);
  CHECK(lm_only.landmarks.characters.size() == 1);
  CHECK(lm_only.landmarks.characters[0].character_id == "HARU");
  CHECK(lm_only.color.pixels.empty());

  render::ShotRender picture;
  REQUIRE(c.cache.load(key_for(1), &picture, nullptr, EntryParts::Picture) == LoadStatus::Hit);
  CHECK(picture.color.pixels == r.color.pixels);
  CHECK(picture.lineart.pixels.empty());

  render::ShotRender all;
  REQUIRE(c.cache.load(key_for(1), &all, nullptr, EntryParts::All) == LoadStatus::Hit);
  CHECK(all.instances.pixels == r.instances.pixels);

  // Damage in the control maps: a picture read does not see it, a whole read does.
  const fs::path entry = c.cache.entry_path(key_for(1));
  const std::string bytes = read_bytes(entry);
  std::string flipped = bytes;
  flipped[flipped.size() - 10] ^= 0x5a;
  write_bytes(entry, flipped);
  std::string problem;
  CHECK(c.cache.load(key_for(1), &picture, &problem, EntryParts::Picture) == LoadStatus::Hit);
  CHECK(c.cache.load(key_for(1), &all, &problem, EntryParts::All) == LoadStatus::Corrupt);
  CHECK(problem == "checksum mismatch");

  // A truncated entry is caught even by a landmarks-only read.
  write_bytes(entry, bytes.substr(0, bytes.size() - 1));
  problem.clear();
  CHECK(c.cache.load(key_for(1), &lm_only, &problem, EntryParts::Landmarks) == LoadStatus::Corrupt);
  CHECK(problem == "truncated");
}

TEST_CASE("a prepared page picture is kept beside its entry and read back; damage is detected") {
  CacheDir c;
  std::map<int, layout::ShotPicture> made;
  for (int seed : {1, 2, 3}) {
    const render::ShotRender r = sample_render(seed);
    REQUIRE(c.cache.store(key_for(seed), r));
    made[seed] = pipeline::prepare_picture(&c.cache, key_for(seed), r.landmarks.shot_id, r.color, r.landmarks);
    CHECK(made[seed].image->width == 960);
  }
  for (int seed : {1, 2, 3}) {
    CAPTURE(seed);
    pipeline::PreparedPicture back;
    std::string problem;
    REQUIRE(pipeline::load_prepared_picture(c.cache, key_for(seed), &back, &problem));
    const render::ShotRender r = sample_render(seed);
    const layout::ShotPicture again = layout::shot_picture_from(r.landmarks.shot_id, back.image, back.source_width,
                                                                back.source_height, r.landmarks);
    const layout::ShotPicture& picture = made[seed];
    CHECK(again.image->key == picture.image->key);
    CHECK(again.image->jpeg == picture.image->jpeg);
    // Opaque pictures come back as JPEG alone (for PDFs); others keep their pixels.
    if (seed == 3) CHECK(again.image->rgba == picture.image->rgba);
    else CHECK(again.image->rgba.empty());
    CHECK(again.landmarks.characters[0].head.x == picture.landmarks.characters[0].head.x);
    CHECK(again.landmarks.width == picture.landmarks.width);
  }
  // A flipped byte in shot 2's prepared picture.
  const fs::path extra = c.cache.extra_path(key_for(2), pipeline::prepared_picture_kind());
  std::string flipped = read_bytes(extra);
  flipped[flipped.size() / 2] ^= 0x5a;
  write_bytes(extra, flipped);
  pipeline::PreparedPicture back;
  std::string problem;
  CHECK_FALSE(pipeline::load_prepared_picture(c.cache, key_for(2), &back, &problem));
  CHECK(problem == "checksum mismatch");
  // Another size is another kind: not found.
  problem.clear();
  std::string bytes;
  CHECK(c.cache.load_extra(key_for(1), pipeline::prepared_picture_kind(480, 82), &bytes, &problem) ==
        render::cache::LoadStatus::Missing);
}
