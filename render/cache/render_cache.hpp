#pragma once
// The render cache: one file per render key, CACHE/<first 2 hex digits>/<key>.ekr, holding a
// whole ShotRender (pictures, control maps, landmarks). An entry is three sections (landmarks,
// colour picture, control maps), each with its own checksum, so a rebuild can read the
// landmarks or the picture of a shot without the rest. Entries are written atomically; a
// truncated entry (the file is shorter than its header says) or a section whose checksum does
// not match reads as Corrupt.
//
// Beside an entry, later stages may keep what they derive from it under the same key
// (CACHE/<2>/<key>.<kind>, e.g. the pipeline's prepared page pictures): "extras", framed and checked alike.
#include <optional>
#include <string>

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

// Byte-level encoding of an entry, exposed for tests.
std::string encode_render(const ShotRender& render);
bool decode_render(std::string_view bytes, ShotRender* out, std::string* problem,
                   EntryParts parts = EntryParts::All);
std::string frame_extra(std::string_view payload);
bool unframe_extra(std::string_view bytes, std::string* payload, std::string* problem);

}  // namespace ekonte::render::cache
