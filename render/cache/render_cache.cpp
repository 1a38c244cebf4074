#include "render/cache/render_cache.hpp"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "support/atomic_write.hpp"
#include "render/cache/content_hash.hpp"
#include "render/shot_files.hpp"

namespace ekonte::render::cache {
namespace fs = std::filesystem;
namespace {

// Entry layout: magic (8), then per section its size (u64) and checksum (32 hex), then the
// sections in order: landmarks JSON; colour picture; background, lineart, parts, instances.
// A picture is width (u32) | height (u32) | byte count (u64) | bytes.
constexpr char kMagic[8] = {'E', 'K', 'R', 'C', '0', '0', '0', '3'};
constexpr size_t kSections = 3;
constexpr size_t kHeaderSize = 8 + kSections * (8 + 32);

// Extras: magic (8) | payload size (u64) | payload checksum (32 hex) | payload.
constexpr char kExtraMagic[8] = {'E', 'K', 'R', 'X', '0', '0', '0', '1'};
constexpr size_t kExtraHeaderSize = 8 + 8 + 32;

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

}  // namespace

std::string encode_render(const ShotRender& r) {
  std::string sections[kSections];
  sections[0] = landmarks_to_json(r.landmarks).dump();
  put_blob(sections[1], r.color.width, r.color.height, r.color.pixels);
  put_blob(sections[2], r.background.width, r.background.height, r.background.pixels);
  put_blob(sections[2], r.lineart.width, r.lineart.height, r.lineart.pixels);
  put_blob(sections[2], r.parts.width, r.parts.height, r.parts.pixels);
  put_blob(sections[2], r.instances.width, r.instances.height, r.instances.pixels);
  std::string out(kMagic, 8);
  size_t total = kHeaderSize;
  for (const std::string& section : sections) {
    put_u64(out, section.size());
    out += digest_of(section);
    total += section.size();
  }
  out.reserve(total);
  for (const std::string& section : sections) out += section;
  return out;
}

namespace {

// Decodes `parts` of an entry from `bytes`, which hold at least the header and those sections;
// `file_size` is the whole entry's size, to catch truncation.
bool decode_prefix(std::string_view bytes, uint64_t file_size, ShotRender* out, std::string* problem,
                   EntryParts parts) {
  auto fail = [&](const char* what) {
    if (problem) *problem = what;
    return false;
  };
  if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, 8) != 0) return fail("bad header");
  uint64_t sizes[kSections];
  uint64_t total = kHeaderSize;
  for (size_t i = 0; i < kSections; ++i) {
    std::memcpy(&sizes[i], bytes.data() + 8 + i * 40, 8);
    if (sizes[i] > file_size) return fail("truncated");
    total += sizes[i];
  }
  if (file_size != total) return fail("truncated");
  const size_t wanted = sections_for(parts);
  size_t at = kHeaderSize;
  std::string_view section[kSections];
  for (size_t i = 0; i < wanted; ++i) {
    if (bytes.size() - at < sizes[i]) return fail("truncated");
    section[i] = bytes.substr(at, sizes[i]);
    at += sizes[i];
    if (digest_of(section[i]) != bytes.substr(8 + i * 40 + 8, 32)) return fail("checksum mismatch");
  }
  try {
    out->landmarks = landmarks_from_json(nlohmann::json::parse(section[0]));
  } catch (...) {
    return fail("bad landmarks");
  }
  if (wanted >= 2) {
    Reader color(section[1]);
    if (!color.blob(&out->color.width, &out->color.height, &out->color.pixels) || !color.done())
      return fail("bad images");
  }
  if (wanted >= 3) {
    Reader maps(section[2]);
    if (!maps.blob(&out->background.width, &out->background.height, &out->background.pixels) ||
        !maps.blob(&out->lineart.width, &out->lineart.height, &out->lineart.pixels) ||
        !maps.blob(&out->parts.width, &out->parts.height, &out->parts.pixels) ||
        !maps.blob(&out->instances.width, &out->instances.height, &out->instances.pixels) || !maps.done())
      return fail("bad images");
  }
  return true;
}

// Reads the first `size` bytes of `path` (fewer when the file is shorter) and the file's size.
bool read_head(const std::string& path, size_t size, std::string* out, uint64_t* file_size) {
  std::ifstream f(path, std::ios::binary | std::ios::ate);
  if (!f) return false;
  *file_size = uint64_t(f.tellg());
  f.seekg(0);
  out->resize(std::min<uint64_t>(size, *file_size));
  f.read(out->data(), std::streamsize(out->size()));
  out->resize(size_t(f.gcount()));
  return true;
}

}  // namespace

bool decode_render(std::string_view bytes, ShotRender* out, std::string* problem, EntryParts parts) {
  return decode_prefix(bytes, bytes.size(), out, problem, parts);
}

std::string frame_extra(std::string_view payload) {
  std::string out(kExtraMagic, 8);
  put_u64(out, payload.size());
  out += digest_of(payload);
  out += payload;
  return out;
}

bool unframe_extra(std::string_view bytes, std::string* payload, std::string* problem) {
  auto fail = [&](const char* what) {
    if (problem) *problem = what;
    return false;
  };
  if (bytes.size() < kExtraHeaderSize || std::memcmp(bytes.data(), kExtraMagic, 8) != 0) return fail("bad header");
  uint64_t size;
  std::memcpy(&size, bytes.data() + 8, 8);
  if (bytes.size() - kExtraHeaderSize != size) return fail("truncated");
  const std::string_view body = bytes.substr(kExtraHeaderSize);
  if (digest_of(body) != bytes.substr(16, 32)) return fail("checksum mismatch");
  payload->assign(body);
  return true;
}

std::string RenderCache::entry_path(const std::string& key) const {
  return (fs::path(dir_) / key.substr(0, 2) / (key + ".ekr")).string();
}

LoadStatus RenderCache::load(const std::string& key, ShotRender* out, std::string* problem,
                             EntryParts parts) const {
  const std::string path = entry_path(key);
  std::string head;
  uint64_t file_size = 0;
  if (!read_head(path, kHeaderSize, &head, &file_size)) return LoadStatus::Missing;
  // The header says how much of the file the wanted sections take; read just that.
  size_t wanted = kHeaderSize;
  if (head.size() == kHeaderSize && std::memcmp(head.data(), kMagic, 8) == 0)
    for (size_t i = 0; i < sections_for(parts); ++i) {
      uint64_t size;
      std::memcpy(&size, head.data() + 8 + i * 40, 8);
      wanted += size_t(std::min<uint64_t>(size, file_size));
    }
  std::string bytes;
  if (wanted > head.size() && !read_head(path, std::min<uint64_t>(wanted, file_size), &bytes, &file_size))
    return LoadStatus::Missing;
  const std::string& data = wanted > head.size() ? bytes : head;
  return decode_prefix(data, file_size, out, problem, parts) ? LoadStatus::Hit : LoadStatus::Corrupt;
}

bool RenderCache::store(const std::string& key, const ShotRender& render, std::string* error) const {
  return write_file_atomically(entry_path(key), encode_render(render), error);
}

std::string RenderCache::extra_path(const std::string& key, const std::string& kind) const {
  return (fs::path(dir_) / key.substr(0, 2) / (key + "." + kind)).string();
}

LoadStatus RenderCache::load_extra(const std::string& key, const std::string& kind, std::string* bytes,
                                   std::string* problem) const {
  // Read straight into `bytes`, header apart: extras can be large and are read every build.
  std::ifstream f(extra_path(key, kind), std::ios::binary | std::ios::ate);
  if (!f) return LoadStatus::Missing;
  const uint64_t file_size = uint64_t(f.tellg());
  f.seekg(0);
  char header[kExtraHeaderSize];
  uint64_t size = 0;
  if (file_size >= kExtraHeaderSize && f.read(header, kExtraHeaderSize)) std::memcpy(&size, header + 8, 8);
  auto fail = [&](const char* what) {
    if (problem) *problem = what;
    return LoadStatus::Corrupt;
  };
  if (file_size < kExtraHeaderSize || std::memcmp(header, kExtraMagic, 8) != 0) return fail("bad header");
  if (file_size - kExtraHeaderSize != size) return fail("truncated");
  bytes->resize(size);
  if (!f.read(bytes->data(), std::streamsize(size))) return fail("truncated");
  if (digest_of(*bytes) != std::string_view(header + 16, 32)) return fail("checksum mismatch");
  return LoadStatus::Hit;
}

bool RenderCache::store_extra(const std::string& key, const std::string& kind, std::string_view bytes,
                              std::string* error) const {
  return write_file_atomically(extra_path(key, kind), frame_extra(bytes), error);
}

std::string default_cache_dir(const std::string& out_dir, const std::string& option) {
  if (!option.empty()) return option;
  if (const char* env = std::getenv("EKONTE_CACHE"); env && *env) return env;
  return (fs::path(out_dir) / ".ekonte-cache").string();
}

}  // namespace ekonte::render::cache
