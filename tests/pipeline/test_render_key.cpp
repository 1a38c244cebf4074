// The render key is the hash of a shot's ShotRenderInput: what the renderer does not read
// (dialogue, sfx, notes, durations, wording, headings, transitions) changes neither the key nor
// the pixels; each field group it does read changes the key under its own tag.
#include <doctest/doctest.h>

#include <functional>

#include "pipeline/compile_script.hpp"
#include "pipeline/shot_render_inputs.hpp"
#include "render/cache/render_key.hpp"
#include "render/rig_renderer.hpp"
#include "render/shot_generator.hpp"

using namespace ekonte;

namespace {

const pipeline::CompiledScript& sample() {
  static const pipeline::CompiledScript s =
      pipeline::compile_script(std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko");
  return s;
}

// Every shot's input at 160x90, from `graph` (with the sample's character models rebuilt from it).
std::vector<render::ShotRenderInput> inputs_of(const ShotGraph& graph) {
  static const auto rig = render::make_rig_generator();
  const auto models = characters::models_from_graph(graph, nullptr);
  return pipeline::shot_render_inputs(
      pipeline::make_render_context(graph, models, rig->input(), pipeline::frame_size(graph.meta, 160)));
}

std::vector<std::string> keys_of(const ShotGraph& graph) {
  std::vector<std::string> keys;
  for (const auto& in : inputs_of(graph)) keys.push_back(render::cache::render_key(in).hash);
  return keys;
}

const Shot& insert_shot(const ShotGraph& g) {
  for (const Shot& s : g.shots)
    if (s.framing.value == Framing::Insert) return s;
  FAIL("the sample has no insert shot");
  return g.shots.front();
}

// Edits of the shot graph that the renderer never reads, one per field.
const std::vector<std::pair<const char*, std::function<void(ShotGraph&)>>> kOutsideTheInput = {
    {"dialogue", [](ShotGraph& g) { for (Shot& s : g.shots) for (auto& d : s.dialogue) d.text += " again"; }},
    {"dialogue delivery", [](ShotGraph& g) { for (Shot& s : g.shots) for (auto& d : s.dialogue) d.delivery = Delivery::Shout; }},
    {"sfx", [](ShotGraph& g) { for (Shot& s : g.shots) s.sfx.push_back("BONG"); }},
    {"notes", [](ShotGraph& g) { for (Shot& s : g.shots) s.notes.push_back("check the light"); }},
    {"durations", [](ShotGraph& g) { for (Shot& s : g.shots) { s.duration_frames += 24; s.duration_text = "9s"; } }},
    {"transitions", [](ShotGraph& g) { for (Shot& s : g.shots) s.transition_in = s.transition_out = Transition::DissolveTo; }},
    {"stage line", [](ShotGraph& g) { for (Shot& s : g.shots) s.stage += " (as blocked)"; }},
    {"action wording of non-insert shots", [](ShotGraph& g) {
       for (Shot& s : g.shots)
         if (s.framing.value != Framing::Insert) for (auto& a : s.action) a = "Something else happens.";
     }},
    {"where things are written", [](ShotGraph& g) {
       for (Shot& s : g.shots) { s.span.line += 3; s.framing.words = "x"; s.framing.origin = Origin::Stage; }
       for (Setting& s : g.settings) s.span.line += 3;
     }},
    {"shot ids and order", [](ShotGraph& g) { for (Shot& s : g.shots) { s.id = "x" + s.id; s.auto_id = !s.auto_id; s.index += 100; } }},
    {"scene headings", [](ShotGraph& g) {
       for (Scene& s : g.scenes) { s.number += "A"; s.place = "ELSEWHERE"; s.time = "LATER"; s.heading = "EXT. ELSEWHERE"; s.section = "ACT TWO"; s.flashback = !s.flashback; s.action.push_back("Wind."); }
     }},
    {"character backstory and notes", [](ShotGraph& g) { for (Character& c : g.characters) { c.backstory += "\nMore."; c.notes.push_back("n"); } }},
    {"script metadata", [](ShotGraph& g) { g.meta.title = "Another"; g.meta.author = "Someone"; g.meta.fps = 30; g.meta.reading = ReadingDirection::LeftToRight; }},
};

}  // namespace

TEST_CASE("shot graph fields outside ShotRenderInput change neither the key nor the pixels") {
  const ShotGraph& base = sample().graph();
  const auto before = keys_of(base);
  ShotGraph all = base;
  for (const auto& [field, edit] : kOutsideTheInput) {
    CAPTURE(field);
    ShotGraph g = base;
    edit(g);
    CHECK(keys_of(g) == before);
    edit(all);
  }
  CHECK(keys_of(all) == before);
  // The pixels follow the key: every shot of the edited graph renders byte-identical.
  const auto a = inputs_of(base), b = inputs_of(all);
  for (size_t i = 0; i < a.size(); ++i) {
    CAPTURE(base.shots[i].id);
    CHECK(render::render_rig_shot(a[i]).color.pixels == render::render_rig_shot(b[i]).color.pixels);
  }
}

TEST_CASE("each field group of ShotRenderInput changes the key under its own tag") {
  const ShotGraph& graph = sample().graph();
  const render::ShotRenderInput base = inputs_of(graph)[8];  // shot 9: HARU, medium close-up
  REQUIRE(!base.characters.empty());
  const render::cache::RenderKey key = render::cache::render_key(base);
  auto changed = [&](const std::function<void(render::ShotRenderInput&)>& edit) {
    render::ShotRenderInput in = base;
    edit(in);
    const render::cache::RenderKey k = render::cache::render_key(in);
    CHECK(k.hash != key.hash);
    return render::cache::changed_tags(key.inputs, k.inputs);
  };
  using Tags = std::vector<std::string>;
  CHECK(changed([](auto& in) { in.camera.framing = Framing::Wide; }) == Tags{"camera"});
  CHECK(changed([](auto& in) { in.camera.insert_prop = {PropKind::Bell, "bell"}; }) == Tags{"camera"});
  CHECK(changed([](auto& in) { in.staging[0].pose = Pose::Sit; }) == Tags{"staging"});
  CHECK(changed([](auto& in) { in.staging[0].facing_target = "KITSUNE"; }) == Tags{"staging"});
  CHECK(changed([](auto& in) { in.staging[0].action = Action::Hug; }) == Tags{"staging"});
  CHECK(changed([](auto& in) { in.staging[0].held.push_back({PropKind::Umbrella, Hand::Left}); }) == Tags{"staging"});
  CHECK(changed([](auto& in) { in.staging[0].seat = {true, PropKind::Stool}; }) == Tags{"staging"});
  CHECK(changed([](auto& in) { in.staging[0].contacts.push_back("KITSUNE"); }) == Tags{"staging"});
  CHECK(changed([](auto& in) { in.staging[0].look_target = "KITSUNE"; }) == Tags{"staging"});
  CHECK(changed([](auto& in) { in.extras.push_back({2, {"guards"}}); }) == Tags{"extras"});
  CHECK(changed([](auto& in) { in.setting.look.interior = !in.setting.look.interior; }) == Tags{"setting"});
  CHECK(changed([](auto& in) { in.setting.look.palette.push_back(Rgb{1, 2, 3}); }) == Tags{"setting"});
  CHECK(changed([](auto& in) { in.setting.look.props.push_back(PropKind::Bell); }) == Tags{"setting"});
  CHECK(changed([](auto& in) { in.setting.look.unknown_props.push_back("throne"); }) == Tags{"setting"});
  CHECK(changed([](auto& in) { in.setting.look.several.push_back(PropKind::Bell); }) == Tags{"setting"});
  {
    // A writer's SVG prop is its file's digest: an edited drawing is a new key.
    render::ShotRenderInput with_prop = base;
    with_prop.setting.look.custom_props.push_back({"LANTERN2", "<svg/>", "digest-1", 20, 40, vocabulary::PropUse::Handheld});
    const auto k1 = render::cache::render_key(with_prop);
    with_prop.setting.look.custom_props[0].digest = "digest-2";
    const auto k2 = render::cache::render_key(with_prop);
    CHECK(k1.hash != key.hash);
    CHECK(k2.hash != k1.hash);
    CHECK(render::cache::changed_tags(k1.inputs, k2.inputs) == Tags{"setting"});
  }
  CHECK(changed([](auto& in) { in.setting.look.weather.push_back(Weather::Rain); }) == Tags{"setting"});
  CHECK(changed([](auto& in) {
          in.setting.look.time = in.setting.look.time == TimeOfDay::Night ? TimeOfDay::Day : TimeOfDay::Night;
        }) == Tags{"setting"});
  CHECK(changed([](auto& in) {
          in.setting.look.kind = in.setting.look.kind == SettingKind::Street ? SettingKind::Forest : SettingKind::Street;
        }) == Tags{"setting"});
  // A background picture is in the key by its bytes' digest and its horizon and floor.
  CHECK(changed([](auto& in) { in.setting.background.digest = "picture-2"; }) == Tags{"setting"});
  CHECK(changed([](auto& in) { in.setting.background.horizon = 0.4; }) == Tags{"setting"});
  CHECK(changed([](auto& in) { in.setting.background.floor = 0.8; }) == Tags{"setting"});
  const std::string who = "character:" + base.characters[0].model.id;
  CHECK(changed([](auto& in) { in.characters[0].model.hair_color.r ^= 1; }) == Tags{who});
  CHECK(changed([](auto& in) { in.characters[0].model.proportions.stoop_deg += 0.5; }) == Tags{who});
  CHECK(changed([](auto& in) { in.characters[0].sheet_digest = "other"; }) == Tags{who});
  CHECK(changed([](auto& in) { in.generator.version += "-next"; }) == Tags{"generator"});
  CHECK(changed([](auto& in) { in.generator.cache_inputs.push_back({"weights", "abc"}); }) == Tags{"generator"});
  CHECK(changed([](auto& in) { in.seed.take = 2; }) == Tags{"seed"});
  CHECK(changed([](auto& in) { in.seed.seed ^= 1; }) == Tags{"seed"});
  CHECK(changed([](auto& in) { in.size.height += 1; }) == Tags{"size"});
  CHECK(changed([](auto& in) { in.characters.pop_back(); }).size() == 1);  // "character:... (removed)"
  // Where the sheet picture lies is not what it shows: its bytes are the digest.
  render::ShotRenderInput moved = base;
  moved.characters[0].sheet_path = "elsewhere/sheet.png";
  CHECK(render::cache::render_key(moved).hash == key.hash);
}

TEST_CASE("an insert shot's prop is resolved from its action words, so editing them changes the key") {
  ShotGraph graph = sample().graph();
  const Shot& insert = insert_shot(graph);
  const auto before = inputs_of(graph)[insert.index];
  CHECK(before.camera.insert_prop == render::resolve_insert_prop(insert));
  Shot& edited = graph.shots[insert.index];
  for (auto& a : edited.action) a = "A small charm on a string.";
  edited.subject_text.clear();
  const auto after = inputs_of(graph)[insert.index];
  CHECK(after.camera.insert_prop.prop == PropKind::Charm);
  CHECK(render::cache::render_key(after).hash != render::cache::render_key(before).hash);
  CHECK(render::render_rig_shot(after).color.pixels != render::render_rig_shot(before).color.pixels);
}
