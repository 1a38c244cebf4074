#include "render/cache/render_key.hpp"

#include "render/cache/content_hash.hpp"

namespace ekonte::render::cache {

void hash_camera(FieldWriter& out, const CameraInput& camera) {
  const auto& [framing, size, angle, movement, subject, insert_prop] = camera;
  out("framing", framing)("size", size)("angle", angle)("movement", movement)("subject", subject);
  const auto& [prop, label, beside, colours] = insert_prop;
  out("insert_prop", prop ? vocabulary::row(*prop).name : std::string_view("-"))("insert_label", label);
  for (PropKind p : beside) out("insert_beside", vocabulary::row(p).name);
  for (const auto& [p, c] : colours) out("insert_colour_prop", vocabulary::row(p).name)("insert_colour", c);
}

void hash_staging(FieldWriter& out, const StagingInput& staging) {
  const auto& [character, position, depth, pose, facing, facing_target, expression, view, action, held, seat, contacts,
               look_target] = staging;
  out("character", character)("position", position)("depth", depth)("pose", pose)("facing", facing);
  out("facing_target", facing_target)("expression", expression)("view", view);
  out("action", vocabulary::row(action).name);
  for (const auto& [prop, hand, colour] : held) {
    out("held", prop ? vocabulary::row(*prop).name : std::string_view("-"))("hand", name_of(hand));
    if (colour) out("held_colour", *colour);
  }
  const auto& [named, seat_prop] = seat;
  out("seat_named", named)("seat", seat_prop ? vocabulary::row(*seat_prop).name : std::string_view("-"));
  for (const std::string& c : contacts) out("contact", c);
  out("look_target", look_target);
}

void hash_extras(FieldWriter& out, const ExtrasInput& extras) {
  const auto& [count, words, props] = extras;
  out("count", count);
  for (const std::string& w : words) out("word", w);
  for (PropKind p : props) out("extras_prop", vocabulary::row(p).name);
}

void hash_setting(FieldWriter& out, const SettingInput& input) {
  const auto& [look, paper, background] = input;
  const auto& [has_setting, id, time, weather, kind, interior, props, several, custom_props, unknown_props, palette,
               prop_colours] = look;
  out("has_setting", has_setting)("id", id)("time", vocabulary::row(time).name)("kind", vocabulary::row(kind).name);
  for (Weather w : weather) out("weather", vocabulary::row(w).name);
  out("interior", interior);
  for (PropKind p : props) out("prop", vocabulary::row(p).name);
  for (PropKind p : several) out("several", vocabulary::row(p).name);
  // A writer's prop is its SVG's digest: a changed file is a changed drawing.
  for (const CustomPropLook& c : custom_props)
    out("custom_prop", c.id)("custom_svg", c.digest)("custom_w", c.width_cm)("custom_h", c.height_cm)(
        "custom_kind", vocabulary::prop_use_name(c.kind));
  for (const std::string& p : unknown_props) out("unknown_prop", p);
  for (Rgb c : palette) out("palette", c);
  for (const auto& [p, c] : prop_colours) out("prop_colour_prop", vocabulary::row(p).name)("prop_colour", c);
  out("has_paper", paper.has_value());
  if (paper) out("paper", *paper);
  // The picture itself is its digest; where it was read from does not change the drawing.
  const auto& [picture, digest, horizon, floor] = background;
  out("background", digest)("background_horizon", horizon)("background_floor", floor);
  (void)picture;
}

void hash_character_model(FieldWriter& out, const characters::CharacterModel& model) {
  const auto& [id, display_name, age, build, body, proportions, hair, hair_color, facial_hair, facial_hair_color, eyes,
               eye_color, eye_details, skin, outfit, outfit_primary, outfit_secondary, bottom, bottom_primary,
               bottom_secondary, outerwear, headwear, headwear_color, footwear, footwear_color, accessories, wet] = model;
  out("id", id)("display_name", display_name)("age", age)("build", build)("body", characters::name_of(body));
  const auto& [height_cm, head_count, head_cm, neck_cm, torso_cm, leg_cm, upper_arm_cm, forearm_cm, hand_cm,
               shoulder_width_cm, hip_width_cm, chest_depth_cm, limb_scale, stoop_deg, waist_scale, jaw, eye_scale,
               eye_line, neck_radius, chin] = proportions;
  out("height_cm", height_cm)("head_count", head_count)("head_cm", head_cm)("neck_cm", neck_cm);
  out("torso_cm", torso_cm)("leg_cm", leg_cm)("upper_arm_cm", upper_arm_cm)("forearm_cm", forearm_cm);
  out("hand_cm", hand_cm)("shoulder_width_cm", shoulder_width_cm)("hip_width_cm", hip_width_cm);
  out("chest_depth_cm", chest_depth_cm)("limb_scale", limb_scale)("stoop_deg", stoop_deg);
  out("waist_scale", waist_scale)("jaw", jaw)("eye_scale", eye_scale)("eye_line", eye_line)("neck_radius", neck_radius)("chin", chin);
  out("hair", characters::name_of(hair))("hair_color", hair_color)("eyes", characters::name_of(eyes));
  out("facial_hair", characters::name_of(facial_hair))("facial_hair_color", facial_hair_color);
  for (characters::EyeDetail d : eye_details) out("eye_detail", characters::name_of(d));
  out("eye_color", eye_color)("skin", skin)("outfit", characters::name_of(outfit))("outfit_primary", outfit_primary);
  out("outfit_secondary", outfit_secondary);
  out("bottom", bottom ? characters::name_of(*bottom) : "")("bottom_primary", bottom_primary);
  out("bottom_secondary", bottom_secondary);
  for (const characters::Layer& l : outerwear)
    out("outerwear", characters::name_of(l.kind))("outerwear_primary", l.primary)("outerwear_secondary", l.secondary);
  out("headwear", headwear ? characters::name_of(*headwear) : "")("headwear_color", headwear_color);
  out("footwear", footwear ? characters::name_of(*footwear) : "")("footwear_color", footwear_color);
  for (const characters::Worn& w : accessories) out("accessory", characters::name_of(w.kind))("accessory_color", w.color);
  if (wet) out("wet", vocabulary::row(*wet).name);
}

void hash_character(FieldWriter& out, const CharacterInput& character) {
  // `sheet_path` only says where the sheet's bytes are; `sheet_digest` is those bytes.
  const auto& [model, sheet_digest, sheet_path] = character;
  hash_character_model(out, model);
  out("sheet", sheet_digest);
}

void hash_generator(FieldWriter& out, const GeneratorInput& generator) {
  const auto& [name, version, cache_inputs] = generator;
  out("name", name)("version", version);
  for (const auto& [tag, digest] : cache_inputs) out(tag, digest);
}

void hash_seed(FieldWriter& out, const SeedInput& seed) {
  const auto& [take, value] = seed;
  out("take", take)("seed", value);
}

void hash_size(FieldWriter& out, const SizeInput& size) {
  const auto& [width, height] = size;
  out("width", width)("height", height);
}

RenderKey render_key(const ShotRenderInput& input) {
  const auto& [camera, staging, setting, characters, generator, seed, size, extras] = input;
  RenderKey key;
  auto tag = [&](const std::string& name, auto&& write) {
    FieldWriter w;
    write(w);
    key.inputs[name] = w.digest();
  };
  tag("camera", [&](FieldWriter& w) { hash_camera(w, camera); });
  tag("staging", [&](FieldWriter& w) {
    for (const StagingInput& s : staging) hash_staging(w, s);
  });
  tag("setting", [&](FieldWriter& w) { hash_setting(w, setting); });
  // Each character under its own tag, so `--explain` names who changed.
  for (const CharacterInput& c : characters)
    tag("character:" + c.model.id, [&](FieldWriter& w) { hash_character(w, c); });
  tag("generator", [&](FieldWriter& w) { hash_generator(w, generator); });
  tag("seed", [&](FieldWriter& w) { hash_seed(w, seed); });
  tag("size", [&](FieldWriter& w) { hash_size(w, size); });
  tag("extras", [&](FieldWriter& w) {
    for (const ExtrasInput& e : extras) hash_extras(w, e);
  });

  ContentHash h;
  h.add_field(kRenderKeyVersion);
  for (const auto& [name, digest] : key.inputs) h.add_field(name).add_field(digest);
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
