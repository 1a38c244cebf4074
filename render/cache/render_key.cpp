#include "render/cache/render_key.hpp"

#include <fstream>
#include <iterator>
#include <sstream>

#include "render/cache/content_hash.hpp"
#include "render/rig_renderer.hpp"

namespace ekonte::render::cache {
namespace {

// Canonical text of an input: one `name=value` per line, so digests are stable across builds
// and readable when debugging a miss.
class Canon {
 public:
  template <typename T>
  Canon& operator()(std::string_view name, const T& value) {
    out_ << name << '=' << value << '\n';
    return *this;
  }
  Canon& operator()(std::string_view name, Rgb c) { return (*this)(name, to_hex(c)); }
  std::string digest() const { return digest_of(out_.str()); }

 private:
  std::ostringstream out_;
};

std::string character_name(const ShotGraph& graph, CharacterId id) {
  return id.valid() && id.value < graph.characters.size() ? graph.characters[id.value].id : std::string("-");
}

}  // namespace

std::string character_digest(const characters::CharacterModel& m, const std::string& sheet_file) {
  Canon c;
  c("id", m.id)("age", m.age)("build", name_of(m.build));
  const auto& p = m.proportions;
  c("height_cm", p.height_cm)("head_count", p.head_count)("head_cm", p.head_cm)("neck_cm", p.neck_cm);
  c("torso_cm", p.torso_cm)("leg_cm", p.leg_cm)("upper_arm_cm", p.upper_arm_cm)("forearm_cm", p.forearm_cm);
  c("hand_cm", p.hand_cm)("shoulder_width_cm", p.shoulder_width_cm)("hip_width_cm", p.hip_width_cm);
  c("chest_depth_cm", p.chest_depth_cm)("limb_scale", p.limb_scale)("stoop_deg", p.stoop_deg);
  c("hair", name_of(m.hair))("hair_color", m.hair_color)("eyes", name_of(m.eyes))("eye_color", m.eye_color);
  c("skin", m.skin)("outfit", name_of(m.outfit))("outfit_primary", m.outfit_primary);
  c("outfit_secondary", m.outfit_secondary)("accessory", name_of(m.accessory))("accessory_color", m.accessory_color);
  if (!sheet_file.empty()) {
    std::ifstream f(sheet_file, std::ios::binary);
    const std::string bytes = f ? std::string(std::istreambuf_iterator<char>(f), {}) : std::string();
    c("sheet", f ? digest_of(bytes) : std::string("missing"));
  }
  return c.digest();
}

KeyContext make_key_context(const ShotGraph& graph, const std::vector<characters::CharacterModel>& models,
                            const ShotGenerator& generator, int width, int height) {
  KeyContext k;
  for (size_t i = 0; i < graph.characters.size() && i < models.size(); ++i)
    k.character_digests.push_back(character_digest(models[i], graph.characters[i].sheet_resolved));
  for (const Setting& s : graph.settings) {
    Canon c;
    c("id", s.id)("name", s.name)("time", s.time);
    for (Rgb p : s.palette) c("palette", p);
    for (const std::string& prop : s.props) c("prop", prop);
    k.setting_digests.push_back(c.digest());
  }
  Canon g;
  g("name", generator.name())("version", generator.version());
  for (const auto& [tag, digest] : generator.cache_inputs()) g(tag, digest);
  k.generator_digest = g.digest();
  RigRenderOptions ro;
  ro.width = width;
  ro.height = height;
  int w = 0, h = 0;
  frame_size(graph.meta, ro, &w, &h);
  k.size_digest = std::to_string(w) + "x" + std::to_string(h);
  return k;
}

RenderKey render_key(const ShotGraph& graph, const Shot& shot, const KeyContext& context) {
  RenderKey key;
  Canon camera;
  camera("framing", name_of(shot.framing.value))("size", name_of(shot.size))("angle", name_of(shot.angle.value));
  camera("movement", name_of(shot.movement.value))("subject", character_name(graph, shot.subject));
  camera("subject_text", shot.subject_text);
  key.inputs["camera"] = camera.digest();

  Canon staging;
  for (const Staging& s : shot.characters) {
    staging("character", character_name(graph, s.character))("position", name_of(s.position.value));
    staging("depth", name_of(s.depth.value))("pose", name_of(s.pose.value))("facing", name_of(s.facing.value));
    staging("facing_target", character_name(graph, s.facing_target))("expression", name_of(s.expression.value));
    staging("view", name_of(s.view.value));
  }
  key.inputs["staging"] = staging.digest();

  Canon setting;
  if (shot.setting.valid() && shot.setting.value < context.setting_digests.size())
    setting("setting", context.setting_digests[shot.setting.value]);
  if (shot.scene.valid() && shot.scene.value < graph.scenes.size())
    setting("int_ext", graph.scenes[shot.scene.value].int_ext);
  key.inputs["setting"] = setting.digest();

  // Every referenced character model under its own tag, so `--explain` names who changed.
  auto add_character = [&](CharacterId id) {
    if (id.valid() && id.value < context.character_digests.size())
      key.inputs["character:" + graph.characters[id.value].id] = context.character_digests[id.value];
  };
  add_character(shot.subject);
  for (const Staging& s : shot.characters) {
    add_character(s.character);
    add_character(s.facing_target);
  }

  key.inputs["generator"] = context.generator_digest;
  key.inputs["seed"] = Canon()("take", shot.take)("seed", shot.seed).digest();
  key.inputs["size"] = context.size_digest;

  ContentHash h;
  h.add_field(kRenderKeyVersion);
  for (const auto& [tag, digest] : key.inputs) h.add_field(tag).add_field(digest);
  key.hash = h.hex();
  return key;
}

std::vector<std::string> changed_tags(const std::map<std::string, std::string>& before,
                                      const std::map<std::string, std::string>& after) {
  std::vector<std::string> out;
  for (const auto& [tag, digest] : after) {
    auto it = before.find(tag);
    if (it == before.end())
      out.push_back(tag + " (new)");
    else if (it->second != digest)
      out.push_back(tag);
  }
  for (const auto& [tag, digest] : before)
    if (!after.count(tag)) out.push_back(tag + " (removed)");
  return out;
}

}  // namespace ekonte::render::cache
