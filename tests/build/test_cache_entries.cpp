// What a rebuild reads from the render cache: parts of an entry (landmarks, picture) without
// the rest, and the layout's prepared pictures kept beside the entries; damage to either is
// caught by its checksum and costs only the work of making it again.
#include <doctest/doctest.h>

#include "layout/shot_pictures.hpp"
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

layout::PictureCache picture_cache_over(const render::cache::RenderCache& cache) {
  layout::PictureCache pc;
  pc.load = [&cache](const std::string& key, const std::string& kind, std::string* bytes, std::string* problem) {
    return cache.load_extra(key, kind, bytes, problem) == render::cache::LoadStatus::Hit;
  };
  pc.store = [&cache](const std::string& key, const std::string& kind, const std::string& bytes) {
    REQUIRE(cache.store_extra(key, kind, bytes));
  };
  return pc;
}

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
  CHECK(lm_only.landmarks.characters[0].character.value == 1);
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

TEST_CASE("a cached prepared picture is reused; a damaged one is detected and prepared again") {
  CacheDir c;
  std::vector<layout::LaidOutShotInput> inputs;
  int loads = 0;
  for (int seed : {1, 2, 3}) {
    const render::ShotRender r = sample_render(seed);
    REQUIRE(c.cache.store(key_for(seed), r));
    layout::LaidOutShotInput in;
    in.shot_id = r.landmarks.shot_id;
    in.landmarks = r.landmarks;
    in.cache_key = key_for(seed);
    in.load_image = [&c, &loads, seed](std::string* problem) -> std::optional<render::ImageRgba> {
      ++loads;
      render::ShotRender cached;
      if (c.cache.load(key_for(seed), &cached, problem, render::cache::EntryParts::Picture) !=
          render::cache::LoadStatus::Hit)
        return std::nullopt;
      return std::move(cached.color);
    };
    inputs.push_back(std::move(in));
  }
  DiagnosticSink sink;

  layout::PictureCache first = picture_cache_over(c.cache);
  const layout::ShotPictures made = layout::prepare_pictures(inputs, sink, 960, 82, &first, 2);
  CHECK(first.prepared == 3);
  CHECK(first.reused == 0);
  CHECK(loads == 3);

  layout::PictureCache second = picture_cache_over(c.cache);
  const layout::ShotPictures reused = layout::prepare_pictures(inputs, sink, 960, 82, &second, 2);
  CHECK(second.reused == 3);
  CHECK(second.prepared == 0);
  CHECK(loads == 3);  // no picture read: every one came prepared
  for (const auto& [id, picture] : made) {
    const layout::ShotPicture& again = reused.at(id);
    CHECK(again.image->key == picture.image->key);
    CHECK(again.image->width == 960);
    CHECK(again.image->jpeg == picture.image->jpeg);
    // Opaque pictures come back as JPEG alone (for PDFs); others keep their pixels.
    if (id == "3") CHECK(again.image->rgba == picture.image->rgba);
    else CHECK(again.image->rgba.empty());
    CHECK(again.landmarks.characters[0].head.x == picture.landmarks.characters[0].head.x);
    CHECK(again.landmarks.width == picture.landmarks.width);
  }

  // Another size is another preparation, not a hit.
  layout::PictureCache smaller = picture_cache_over(c.cache);
  layout::prepare_pictures(inputs, sink, 480, 82, &smaller, 1);
  CHECK(smaller.prepared == 3);

  // A flipped byte in shot 2's prepared picture.
  const fs::path extra = c.cache.extra_path(key_for(2), layout::prepared_picture_kind(960, 82));
  const std::string good = read_bytes(extra);
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x5a;
  write_bytes(extra, flipped);
  layout::PictureCache third = picture_cache_over(c.cache);
  const layout::ShotPictures mended = layout::prepare_pictures(inputs, sink, 960, 82, &third, 2);
  CHECK(third.reused == 2);
  CHECK(third.prepared == 1);
  REQUIRE(third.warnings.size() == 1);
  CHECK(third.warnings[0].find("shot `2`") != std::string::npos);
  CHECK(third.warnings[0].find("checksum mismatch") != std::string::npos);
  CHECK(mended.at("2").image->jpeg == made.at("2").image->jpeg);
  CHECK(read_bytes(extra) == good);  // stored whole again
  CHECK(sink.diagnostics().empty());
}
