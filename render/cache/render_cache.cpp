#include "render/cache/render_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "render/cache/content_hash.hpp"
#include "render/cache/deflate.hpp"
#include "render/shot_files.hpp"
#include "support/atomic_write.hpp"

namespace ekonte::render::cache {
namespace fs = std::filesystem;
namespace {

// Entry layout: magic (8) | key length (u32) | key | per section: stored size (u64), raw size
// (u64), checksum of the stored bytes (32 hex) | the sections, each deflated: landmarks JSON;
// colour picture; background, lineart, parts, instances, tones. A picture is width (u32) | height
// (u32) | byte count (u64) | bytes. The last 4 magic bytes are the format version: an entry of
// another version is a miss, not damage.
constexpr char kMagic[8] = {'E', 'K', 'R', 'C', '0', '0', '0', '5'};
constexpr size_t kSections = 3;
constexpr size_t kSectionHeader = 8 + 8 + 32;

// Extras: magic (8) | key length (u32) | key | payload size (u64) | payload checksum (32 hex) | payload.
constexpr char kExtraMagic[8] = {'E', 'K', 'R', 'X', '0', '0', '0', '2'};

// Render keys are 32 hex digits; anything much longer in a header is damage.
constexpr uint32_t kMaxKeySize = 256;

size_t sections_for(EntryParts parts) {
  switch (parts) {
    case EntryParts::Landmarks: return 1;
    case EntryParts::Picture: return 2;
    case EntryParts::All: return 3;
  }
  return kSections;
}

void put_u32(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), 4); }
void put_u64(std::string& out, uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }
void put_blob(std::string& out, int w, int h, const std::vector<uint8_t>& bytes) {
  put_u32(out, uint32_t(w));
  put_u32(out, uint32_t(h));
  put_u64(out, bytes.size());
  out.append(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}
void put_key(std::string& out, const std::string& key) {
  put_u32(out, uint32_t(key.size()));
  out += key;
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
  bool bytes(size_t n, std::string_view* out) {
    if (b_.size() - pos_ < n) return false;
    *out = b_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool blob(int* w, int* h, std::vector<uint8_t>* out) {
    uint32_t ww, hh;
    uint64_t n;
    std::string_view data;
    if (!get(&ww) || !get(&hh) || !get(&n) || n > b_.size() || !bytes(size_t(n), &data)) return false;
    *w = int(ww);
    *h = int(hh);
    out->assign(data.begin(), data.end());
    return true;
  }
  size_t pos() const { return pos_; }
  bool done() const { return pos_ == b_.size(); }

 private:
  std::string_view b_;
  size_t pos_ = 0;
};

// Checks the magic and the recorded key. Missing: another format version of the same kind.
LoadStatus check_magic_and_key(Reader& r, std::string_view bytes, const char (&magic)[8], const std::string& key,
                               std::string* problem) {
  auto fail = [&](const char* what) {
    if (problem) *problem = what;
    return LoadStatus::Corrupt;
  };
  if (bytes.size() < 8 || std::memcmp(bytes.data(), magic, 4) != 0) return fail("bad header");
  if (std::memcmp(bytes.data(), magic, 8) != 0) {
    if (problem) *problem = "another format version";
    return LoadStatus::Missing;
  }
  std::string_view skip, recorded;
  uint32_t key_size = 0;
  if (!r.bytes(8, &skip) || !r.get(&key_size)) return fail("truncated");
  if (key_size > kMaxKeySize) return fail("bad header");
  if (!r.bytes(key_size, &recorded)) return fail("truncated");
  if (recorded != key) return fail("made for another key");
  return LoadStatus::Hit;
}

}  // namespace

std::string encode_render(const std::string& key, const ShotRender& r) {
  std::string stored[kSections];
  uint64_t raw_sizes[kSections];
  for (size_t i = 0; i < kSections; ++i) {
    std::string raw;
    if (i == 0) {
      raw = landmarks_to_json(r.landmarks).dump();
    } else if (i == 1) {
      put_blob(raw, r.color.width, r.color.height, r.color.pixels);
    } else {
      put_blob(raw, r.background.width, r.background.height, r.background.pixels);
      put_blob(raw, r.lineart.width, r.lineart.height, r.lineart.pixels);
      put_blob(raw, r.parts.width, r.parts.height, r.parts.pixels);
      put_blob(raw, r.instances.width, r.instances.height, r.instances.pixels);
      put_blob(raw, r.tones.width, r.tones.height, r.tones.pixels);
    }
    raw_sizes[i] = raw.size();
    stored[i] = deflate_bytes(raw);
  }
  std::string out(kMagic, 8);
  put_key(out, key);
  size_t total = out.size() + kSections * kSectionHeader;
  for (size_t i = 0; i < kSections; ++i) {
    put_u64(out, stored[i].size());
    put_u64(out, raw_sizes[i]);
    out += digest_of(stored[i]);
    total += stored[i].size();
  }
  out.reserve(total);
  for (const std::string& section : stored) out += section;
  return out;
}

uint64_t raw_render_size(const ShotRender& r) {
  uint64_t n = landmarks_to_json(r.landmarks).dump().size();
  for (const auto* pixels : {&r.color.pixels, &r.background.pixels, &r.lineart.pixels, &r.parts.pixels,
                             &r.instances.pixels, &r.tones.pixels})
    n += 16 + pixels->size();
  return n;
}

LoadStatus decode_render(std::string_view bytes, const std::string& key, ShotRender* out, std::string* problem,
                         EntryParts parts) {
  auto fail = [&](const char* what) {
    if (problem) *problem = what;
    return LoadStatus::Corrupt;
  };
  Reader r(bytes);
  if (const LoadStatus s = check_magic_and_key(r, bytes, kMagic, key, problem); s != LoadStatus::Hit) return s;
  uint64_t stored_sizes[kSections], raw_sizes[kSections];
  std::string_view sums[kSections];
  for (size_t i = 0; i < kSections; ++i)
    if (!r.get(&stored_sizes[i]) || !r.get(&raw_sizes[i]) || !r.bytes(32, &sums[i])) return fail("truncated");
  uint64_t total = r.pos();
  for (uint64_t size : stored_sizes) {
    if (size > bytes.size()) return fail("truncated");
    total += size;
  }
  if (total != bytes.size()) return fail("truncated");
  // Every section is checked, decoded or not: damage is found when the entry is first used.
  std::string_view stored[kSections];
  for (size_t i = 0; i < kSections; ++i) {
    r.bytes(size_t(stored_sizes[i]), &stored[i]);
    if (digest_of(stored[i]) != sums[i]) return fail("checksum mismatch");
  }
  const size_t wanted = sections_for(parts);
  std::string raw;
  if (!inflate_bytes(stored[0], raw_sizes[0], &raw)) return fail("bad landmarks");
  try {
    out->landmarks = landmarks_from_json(nlohmann::json::parse(raw));
  } catch (...) {
    return fail("bad landmarks");
  }
  if (wanted >= 2) {
    if (!inflate_bytes(stored[1], raw_sizes[1], &raw)) return fail("bad images");
    Reader color(raw);
    if (!color.blob(&out->color.width, &out->color.height, &out->color.pixels) || !color.done())
      return fail("bad images");
  }
  if (wanted >= 3) {
    if (!inflate_bytes(stored[2], raw_sizes[2], &raw)) return fail("bad images");
    Reader maps(raw);
    if (!maps.blob(&out->background.width, &out->background.height, &out->background.pixels) ||
        !maps.blob(&out->lineart.width, &out->lineart.height, &out->lineart.pixels) ||
        !maps.blob(&out->parts.width, &out->parts.height, &out->parts.pixels) ||
        !maps.blob(&out->instances.width, &out->instances.height, &out->instances.pixels) ||
        !maps.blob(&out->tones.width, &out->tones.height, &out->tones.pixels) || !maps.done())
      return fail("bad images");
  }
  return LoadStatus::Hit;
}

std::string frame_extra(const std::string& key, std::string_view payload) {
  std::string out(kExtraMagic, 8);
  put_key(out, key);
  put_u64(out, payload.size());
  out += digest_of(payload);
  out += payload;
  return out;
}

namespace {

// Checks a framed extra; on Hit, `*payload_at` is where its payload starts.
LoadStatus check_extra(std::string_view bytes, const std::string& key, size_t* payload_at, std::string* problem) {
  auto fail = [&](const char* what) {
    if (problem) *problem = what;
    return LoadStatus::Corrupt;
  };
  Reader r(bytes);
  if (const LoadStatus s = check_magic_and_key(r, bytes, kExtraMagic, key, problem); s != LoadStatus::Hit) return s;
  uint64_t size = 0;
  std::string_view sum;
  if (!r.get(&size) || !r.bytes(32, &sum)) return fail("truncated");
  if (bytes.size() - r.pos() != size) return fail("truncated");
  if (digest_of(bytes.substr(r.pos())) != sum) return fail("checksum mismatch");
  *payload_at = r.pos();
  return LoadStatus::Hit;
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  if (!f) return false;
  const std::streamoff size = f.tellg();
  if (size < 0) return false;
  f.seekg(0);
  out->resize(size_t(size));
  f.read(out->data(), size);
  out->resize(size_t(f.gcount()));
  return true;
}

// The entry's last use, for `ekonte cache gc`. A read-only cache keeps its old stamps.
void stamp_use(const std::string& path) { ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0); }

}  // namespace

LoadStatus unframe_extra(std::string_view bytes, const std::string& key, std::string* payload, std::string* problem) {
  size_t at = 0;
  const LoadStatus s = check_extra(bytes, key, &at, problem);
  if (s == LoadStatus::Hit) payload->assign(bytes.substr(at));
  return s;
}

std::string RenderCache::entry_path(const std::string& key) const {
  return (fs::path(dir_) / key.substr(0, 2) / (key + ".ekr")).string();
}

LoadStatus RenderCache::load(const std::string& key, ShotRender* out, std::string* problem,
                             EntryParts parts) const {
  const std::string path = entry_path(key);
  std::string bytes;
  if (!read_file(path, &bytes)) return LoadStatus::Missing;
  const LoadStatus s = decode_render(bytes, key, out, problem, parts);
  if (s == LoadStatus::Hit) stamp_use(path);
  return s;
}

bool RenderCache::store(const std::string& key, const ShotRender& render, std::string* error) const {
  return write_file_atomically(entry_path(key), encode_render(key, render), error);
}

std::string RenderCache::extra_path(const std::string& key, const std::string& kind) const {
  return (fs::path(dir_) / key.substr(0, 2) / (key + "." + kind)).string();
}

LoadStatus RenderCache::load_extra(const std::string& key, const std::string& kind, std::string* bytes,
                                   std::string* problem) const {
  // Read straight into `bytes` and drop the header in place: extras can be large.
  const std::string path = extra_path(key, kind);
  if (!read_file(path, bytes)) return LoadStatus::Missing;
  size_t at = 0;
  const LoadStatus s = check_extra(*bytes, key, &at, problem);
  if (s == LoadStatus::Hit) {
    bytes->erase(0, at);
    stamp_use(path);  // an extra used by this build (an animatic clip, a page picture) is kept by gc
  } else {
    bytes->clear();
  }
  return s;
}

bool RenderCache::store_extra(const std::string& key, const std::string& kind, std::string_view bytes,
                              std::string* error) const {
  return write_file_atomically(extra_path(key, kind), frame_extra(key, bytes), error);
}

std::string default_cache_dir(const std::string& out_dir, const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("EKONTE_CACHE"); env && *env) return env;
  return (fs::path(out_dir) / ".ekonte-cache").string();
}

}  // namespace ekonte::render::cache
