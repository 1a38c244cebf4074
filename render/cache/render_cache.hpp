#pragma once
// The render cache: one file per render key, CACHE/<first 2 hex digits>/<key>.ekr, holding a
// whole ShotRender (pictures, control maps, landmarks). An entry records the key it was made
// for and is three deflated sections (landmarks, colour picture, control maps), each with its
// own checksum. Every read checks the key and every section's checksum, whatever parts it
// decodes, so damage anywhere is found by the first build that uses the entry, not later when
// a part it skipped is needed. An entry that is truncated, fails a checksum, or was made for
// another key (copied or renamed) reads as Corrupt; one of another format version as Missing.
// Entries are written atomically. A read that hits stamps the entry's modification time: that
// is its last use, which `ekonte cache gc` collects by (least recently used first).
//
// Beside an entry, later stages may keep what they derive from it under the same key
// (CACHE/<2>/<key>.<kind>, e.g. the pipeline's prepared page pictures): "extras", framed,
// keyed and checked alike (not compressed: their callers store compressed formats).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "render/shot_render.hpp"

namespace ekonte::render::cache {

enum class LoadStatus { Hit, Missing, Corrupt };

// What a load reads of an entry. Every load checks the entry's length against its header.
enum class EntryParts {
  Landmarks,  // landmarks only
  Picture,    // landmarks and the colour picture
  All,        // landmarks, colour picture and control maps
};

class RenderCache {
 public:
  explicit RenderCache(std::string dir) : dir_(std::move(dir)) {}
  const std::string& dir() const { return dir_; }
  std::string entry_path(const std::string& key) const;

  // On Corrupt, `problem` says what was wrong (for the warning).
  LoadStatus load(const std::string& key, ShotRender* out, std::string* problem = nullptr,
                  EntryParts parts = EntryParts::All) const;
  bool store(const std::string& key, const ShotRender& render, std::string* error = nullptr) const;

  // Extras: `kind` is [a-z0-9-]+ and names what the bytes are (and their format version).
  std::string extra_path(const std::string& key, const std::string& kind) const;
  LoadStatus load_extra(const std::string& key, const std::string& kind, std::string* bytes,
                        std::string* problem = nullptr) const;
  bool store_extra(const std::string& key, const std::string& kind, std::string_view bytes,
                   std::string* error = nullptr) const;

 private:
  std::string dir_;
};

// The cache folder for an output folder: `--cache DIR`, else $EKONTE_CACHE, else OUTDIR/.ekonte-cache.
std::string default_cache_dir(const std::string& out_dir, const std::string& option);

// Byte-level encoding of an entry made for `key`, exposed for tests. decode_render reads
// Missing for another format version, Corrupt for damage or another key.
std::string encode_render(const std::string& key, const ShotRender& render);
LoadStatus decode_render(std::string_view bytes, const std::string& key, ShotRender* out, std::string* problem,
                         EntryParts parts = EntryParts::All);
std::string frame_extra(const std::string& key, std::string_view payload);
LoadStatus unframe_extra(std::string_view bytes, const std::string& key, std::string* payload, std::string* problem);

// The bytes of a ShotRender's sections before compression: what an uncompressed entry took.
uint64_t raw_render_size(const ShotRender& render);

}  // namespace ekonte::render::cache
