#pragma once
// A shot's render key: a versioned hash of exactly the inputs that change its pixels, each
// under its own tag (ccache-style), so a miss can be explained by the tags whose digest changed.
// Dialogue, notes, sfx and durations are layout's business and are not in the key.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "characters/character_model.hpp"
#include "compiler/shot_graph.hpp"
#include "render/shot_generator.hpp"

namespace ekonte::render::cache {

// Bump when the key's recipe or the entry format changes: every old entry becomes a miss.
inline constexpr const char* kRenderKeyVersion = "ekonte-render-key-v2";

struct RenderKey {
  std::string hash;                           // 32 hex digits
  std::map<std::string, std::string> inputs;  // tag -> digest, e.g. "camera" -> "3f0c..."
};

// What the key needs beyond the shot itself, computed once per build.
struct KeyContext {
  std::vector<std::string> character_digests;  // by CharacterId: model properties + sheet image bytes
  std::vector<std::string> setting_digests;    // by SettingId
  std::string generator_digest;                // name, version and cache_inputs()
  std::string size_digest;                     // width x height as rendered
};

// Digest of a character model's properties and of the bytes of `sheet_file` (when not empty;
// a missing file digests as "missing").
std::string character_digest(const characters::CharacterModel& model, const std::string& sheet_file);
KeyContext make_key_context(const ShotGraph& graph, const std::vector<characters::CharacterModel>& models,
                            const ShotGenerator& generator, int width, int height);
RenderKey render_key(const ShotGraph& graph, const Shot& shot, const KeyContext& context);

// Tags whose digest differs between `before` and `after` (added or removed tags included).
std::vector<std::string> changed_tags(const std::map<std::string, std::string>& before,
                                      const std::map<std::string, std::string>& after);

}  // namespace ekonte::render::cache
