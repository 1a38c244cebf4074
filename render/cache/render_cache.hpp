#pragma once
// The render cache: one file per render key, CACHE/<first 2 hex digits>/<key>.ekr, holding a
// whole ShotRender (pictures, control maps, landmarks). Entries are written atomically and
// carry a checksum of their payload, so a truncated or corrupt entry reads as a miss.
#include <optional>
#include <string>

#include "render/shot_render.hpp"

namespace ekonte::render::cache {

enum class LoadStatus { Hit, Missing, Corrupt };

class RenderCache {
 public:
  explicit RenderCache(std::string dir) : dir_(std::move(dir)) {}
  const std::string& dir() const { return dir_; }
  std::string entry_path(const std::string& key) const;

  // On Corrupt, `problem` says what was wrong (for the warning).
  LoadStatus load(const std::string& key, ShotRender* out, std::string* problem = nullptr) const;
  bool store(const std::string& key, const ShotRender& render, std::string* error = nullptr) const;

 private:
  std::string dir_;
};

// The cache folder for an output folder: `--cache DIR`, else $EKONTE_CACHE, else OUTDIR/.ekonte-cache.
std::string default_cache_dir(const std::string& out_dir, const std::string& option);

// Byte-level encoding of an entry, exposed for tests.
std::string encode_render(const ShotRender& render);
bool decode_render(std::string_view bytes, ShotRender* out, std::string* problem);

ShotLandmarks landmarks_from_json_text(const std::string& text);

}  // namespace ekonte::render::cache
