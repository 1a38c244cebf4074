#pragma once
// A shot's render key: the hash of its ShotRenderInput, one tag per field group (ccache-style),
// so a miss can be explained by the tags whose digest changed ("staging changed",
// "character:HARU changed"). Each struct has one canonical writer below; each writer unpacks
// its struct with a structured binding, so a field added to a struct does not compile until
// its writer hashes it (or says why not).
#include <map>
#include <string>
#include <vector>

#include "characters/character_model.hpp"
#include "render/cache/field_writer.hpp"
#include "render/shot_render_input.hpp"

namespace ekonte::render::cache {

// Bump when the key's recipe changes: every old entry becomes a miss. The entry format has its
// own version (render_cache.cpp); an entry of another version is a miss too, under the same key.
inline constexpr const char* kRenderKeyVersion = "ekonte-render-key-v3";

struct RenderKey {
  std::string hash;                           // 32 hex digits
  std::map<std::string, std::string> inputs;  // tag -> digest, e.g. "camera" -> "3f0c..."
};

RenderKey render_key(const ShotRenderInput& input);

// The canonical writers, one per struct of ShotRenderInput.
void hash_camera(FieldWriter& out, const CameraInput& camera);
void hash_staging(FieldWriter& out, const StagingInput& staging);
// The setting group: the resolved setting (its vocabulary), INT/EXT and the paper backdrop.
void hash_setting(FieldWriter& out, const SettingInput& setting);
// Every property of a character model (proportions, styles, colours).
void hash_character_model(FieldWriter& out, const characters::CharacterModel& model);
// The model and the digest of its sheet picture.
void hash_character(FieldWriter& out, const CharacterInput& character);
void hash_generator(FieldWriter& out, const GeneratorInput& generator);
void hash_seed(FieldWriter& out, const SeedInput& seed);
void hash_size(FieldWriter& out, const SizeInput& size);

// Tags whose digest differs between `before` and `after` (added or removed tags included).
std::vector<std::string> changed_tags(const std::map<std::string, std::string>& before,
                                      const std::map<std::string, std::string>& after);

}  // namespace ekonte::render::cache
