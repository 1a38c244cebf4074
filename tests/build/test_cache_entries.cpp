// What a rebuild reads from the render cache: parts of an entry (landmarks, picture) without
// the rest, and the layout's prepared pictures kept beside the entries; damage to either is
// caught by its checksum and costs only the work of making it again.
#include <doctest/doctest.h>

#include <chrono>
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

  // A truncated entry is caught even by a landmarks-only read.
  const fs::path entry = c.cache.entry_path(key_for(1));
  const std::string bytes = read_bytes(entry);
  write_bytes(entry, bytes.substr(0, bytes.size() - 1));
  std::string problem;
  CHECK(c.cache.load(key_for(1), &lm_only, &problem, EntryParts::Landmarks) == LoadStatus::Corrupt);
  CHECK(problem == "truncated");
}

TEST_CASE("a flipped byte in any section is caught by every read, even one of the landmarks alone") {
  using render::cache::EntryParts;
  using render::cache::LoadStatus;
  CacheDir c;
  REQUIRE(c.cache.store(key_for(1), sample_render(1)));
  const fs::path entry = c.cache.entry_path(key_for(1));
  const std::string bytes = read_bytes(entry);
  // Past the header and landmarks (in the picture), halfway, and in the last control map.
  for (size_t at : {size_t(1000), bytes.size() / 2, bytes.size() - 10}) {
    CAPTURE(at);
    std::string flipped = bytes;
    flipped[at] ^= 0x5a;
    write_bytes(entry, flipped);
    for (EntryParts parts : {EntryParts::Landmarks, EntryParts::Picture, EntryParts::All}) {
      render::ShotRender out;
      std::string problem;
      CHECK(c.cache.load(key_for(1), &out, &problem, parts) == LoadStatus::Corrupt);
      CHECK(problem == "checksum mismatch");
    }
  }
}

TEST_CASE("an entry or an extra copied under another key is rejected as made for another key") {
  using render::cache::LoadStatus;
  CacheDir c;
  REQUIRE(c.cache.store(key_for(1), sample_render(1)));
  REQUIRE(c.cache.store_extra(key_for(1), "page-x", "payload of 1"));
  fs::create_directories(fs::path(c.cache.entry_path(key_for(2))).parent_path());
  fs::copy_file(c.cache.entry_path(key_for(1)), c.cache.entry_path(key_for(2)));
  fs::copy_file(c.cache.extra_path(key_for(1), "page-x"), c.cache.extra_path(key_for(2), "page-x"));
  render::ShotRender out;
  std::string problem, bytes;
  CHECK(c.cache.load(key_for(2), &out, &problem) == LoadStatus::Corrupt);
  CHECK(problem == "made for another key");
  problem.clear();
  CHECK(c.cache.load_extra(key_for(2), "page-x", &bytes, &problem) == LoadStatus::Corrupt);
  CHECK(problem == "made for another key");
  CHECK(c.cache.load_extra(key_for(1), "page-x", &bytes, &problem) == LoadStatus::Hit);
  CHECK(bytes == "payload of 1");
}

TEST_CASE("an entry is stored deflated and reads back byte for byte") {
  using render::cache::LoadStatus;
  CacheDir c;
  render::ShotRender r = sample_render(2);
  // A flat sky over a ground line, as rendered shots mostly are.
  for (size_t i = 0; i < r.color.pixels.size(); i += 4) {
    const bool ground = i / 4 / 1200 > 400;
    r.color.pixels[i] = ground ? 90 : 180;
    r.color.pixels[i + 1] = ground ? 120 : 200;
    r.color.pixels[i + 2] = 230;
  }
  r.background = r.color;
  REQUIRE(c.cache.store(key_for(2), r));
  const uint64_t stored = fs::file_size(c.cache.entry_path(key_for(2)));
  CHECK(stored * 20 < render::cache::raw_render_size(r));
  render::ShotRender back;
  REQUIRE(c.cache.load(key_for(2), &back) == LoadStatus::Hit);
  CHECK(back.color.pixels == r.color.pixels);
  CHECK(back.background.pixels == r.background.pixels);
  CHECK(back.lineart.pixels == r.lineart.pixels);
  CHECK(back.parts.pixels == r.parts.pixels);
  CHECK(back.instances.pixels == r.instances.pixels);
  CHECK(back.color.width == 1200);
  CHECK(back.instances.height == 600);
}

TEST_CASE("an entry of another format version is a miss, not damage") {
  CacheDir c;
  REQUIRE(c.cache.store(key_for(1), sample_render(1)));
  const fs::path entry = c.cache.entry_path(key_for(1));
  std::string bytes = read_bytes(entry);
  bytes[7] = '3';  // EKRC0003, the uncompressed format before
  write_bytes(entry, bytes);
  render::ShotRender out;
  CHECK(c.cache.load(key_for(1), &out) == render::cache::LoadStatus::Missing);
}

TEST_CASE("a read that hits stamps the entry's last use") {
  CacheDir c;
  REQUIRE(c.cache.store(key_for(1), sample_render(1)));
  const fs::path entry = c.cache.entry_path(key_for(1));
  const auto old = fs::file_time_type::clock::now() - std::chrono::hours(48);
  fs::last_write_time(entry, old);
  render::ShotRender out;
  REQUIRE(c.cache.load(key_for(1), &out, nullptr, render::cache::EntryParts::Landmarks) ==
          render::cache::LoadStatus::Hit);
  CHECK(fs::last_write_time(entry) > old + std::chrono::hours(47));
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
