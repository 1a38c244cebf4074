#include "render/cache/render_cache.hpp"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "compiler/support/atomic_write.hpp"
#include "render/build_shots.hpp"
#include "render/cache/content_hash.hpp"

namespace ekonte::render::cache {
namespace fs = std::filesystem;
namespace {

// Entry layout: magic (8) | payload size (u64) | payload checksum (32 hex) | payload.
// Payload: landmarks JSON, then color, background, lineart, parts, instances, each as
// width (u32) | height (u32) | byte count (u64) | bytes.
constexpr char kMagic[8] = {'E', 'K', 'R', 'C', '0', '0', '0', '1'};
constexpr size_t kHeaderSize = 8 + 8 + 32;

void put_u32(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); }
void put_u64(std::string& out, uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }
void put_blob(std::string& out, int w, int h, const std::vector<uint8_t>& bytes) {
  put_u32(out, uint32_t(w));
  put_u32(out, uint32_t(h));
  put_u64(out, bytes.size());
  out.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}
  template <typename T>
  bool get(T* v) {
    if (b_.size() - pos_ < sizeof(T)) return false;
    std::memcpy(v, b_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool blob(int* w, int* h, std::vector<uint8_t>* out) {
    uint32_t ww, hh;
    uint64_t n;
    if (!get(&ww) || !get(&hh) || !get(&n) || b_.size() - pos_ < n) return false;
    *w = int(ww);
    *h = int(hh);
    out->assign(b_.data() + pos_, b_.data() + pos_ + n);
    pos_ += n;
    return true;
  }
  bool done() const { return pos_ == b_.size(); }

 private:
  std::string_view b_;
  size_t pos_ = 0;
};

Box box_from(const nlohmann::json& j) { return Box{j.at("x"), j.at("y"), j.at("w"), j.at("h")}; }
Point point_from(const nlohmann::json& j) { return Point{j.at("x"), j.at("y")}; }

}  // namespace

ShotLandmarks landmarks_from_json_text(const std::string& text) {
  const auto j = nlohmann::json::parse(text);
  ShotLandmarks lm;
  lm.shot_id = j.at("shot");
  lm.width = j.at("width");
  lm.height = j.at("height");
  lm.subject = box_from(j.at("subject"));
  for (const auto& c : j.at("characters")) {
    CharacterLandmarks cl;
    cl.character_id = c.at("character");
    cl.character.value = c.value("character_index", UINT32_MAX);
    cl.in_frame = c.at("in_frame");
    cl.head = box_from(c.at("head"));
    cl.face_center = point_from(c.at("face_center"));
    cl.mouth = point_from(c.at("mouth"));
    cl.body = box_from(c.at("body"));
    lm.characters.push_back(cl);
  }
  return lm;
}

std::string encode_render(const ShotRender& r) {
  auto lm = landmarks_to_json(r.landmarks);
  for (size_t i = 0; i < r.landmarks.characters.size(); ++i)
    lm["characters"][i]["character_index"] = r.landmarks.characters[i].character.value;
  const std::string lm_text = lm.dump();
  std::string payload;
  put_u64(payload, lm_text.size());
  payload += lm_text;
  put_blob(payload, r.color.width, r.color.height, r.color.pixels);
  put_blob(payload, r.background.width, r.background.height, r.background.pixels);
  put_blob(payload, r.lineart.width, r.lineart.height, r.lineart.pixels);
  put_blob(payload, r.parts.width, r.parts.height, r.parts.pixels);
  put_blob(payload, r.instances.width, r.instances.height, r.instances.pixels);
  std::string out(kMagic, 8);
  put_u64(out, payload.size());
  out += digest_of(payload);
  out += payload;
  return out;
}

bool decode_render(std::string_view bytes, ShotRender* out, std::string* problem) {
  auto fail = [&](const char* what) {
    if (problem) *problem = what;
    return false;
  };
  if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, 8) != 0) return fail("bad header");
  uint64_t size;
  std::memcpy(&size, bytes.data() + 8, 8);
  if (bytes.size() - kHeaderSize != size) return fail("truncated");
  const std::string_view payload = bytes.substr(kHeaderSize);
  if (digest_of(payload) != bytes.substr(16, 32)) return fail("checksum mismatch");
  Reader rd(payload);
  uint64_t lm_size;
  if (!rd.get(&lm_size) || lm_size > payload.size() - 8) return fail("bad landmarks");
  try {
    out->landmarks = landmarks_from_json_text(std::string(payload.substr(8, lm_size)));
  } catch (...) {
    return fail("bad landmarks");
  }
  Reader images(payload.substr(8 + lm_size));
  if (!images.blob(&out->color.width, &out->color.height, &out->color.pixels) ||
      !images.blob(&out->background.width, &out->background.height, &out->background.pixels) ||
      !images.blob(&out->lineart.width, &out->lineart.height, &out->lineart.pixels) ||
      !images.blob(&out->parts.width, &out->parts.height, &out->parts.pixels) ||
      !images.blob(&out->instances.width, &out->instances.height, &out->instances.pixels) || !images.done())
    return fail("bad images");
  return true;
}

std::string RenderCache::entry_path(const std::string& key) const {
  return (fs::path(dir_) / key.substr(0, 2) / (key + ".ekr")).string();
}

LoadStatus RenderCache::load(const std::string& key, ShotRender* out, std::string* problem) const {
  std::ifstream f(entry_path(key), std::ios::binary);
  if (!f) return LoadStatus::Missing;
  const std::string bytes(std::istreambuf_iterator<char>(f), {});
  return decode_render(bytes, out, problem) ? LoadStatus::Hit : LoadStatus::Corrupt;
}

bool RenderCache::store(const std::string& key, const ShotRender& render, std::string* error) const {
  return write_file_atomically(entry_path(key), encode_render(render), error);
}

std::string default_cache_dir(const std::string& out_dir, const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("EKONTE_CACHE"); env && *env) return env;
  return (fs::path(out_dir) / ".ekonte-cache").string();
}

}  // namespace ekonte::render::cache
