#include "render/world/setting_look.hpp"

#include <algorithm>

#include "vocabulary/vocabulary.hpp"

namespace ekonte::render {

SettingLook resolve_setting(const Setting* setting, const Scene* scene) {
  SettingLook look;
  const bool int_heading = scene && scene->int_ext.rfind("INT", 0) == 0;
  if (!setting) {
    look.interior = int_heading;
    return look;
  }
  look.has_setting = true;
  look.id = setting->id;
  look.palette = setting->palette;
  if (auto t = vocabulary::match_time(setting->time)) look.time = *t;
  const bool interior_time = vocabulary::row(look.time).interior;
  if (scene)
    if (auto t = vocabulary::match_time(scene->time)) look.time = *t;
  for (const std::string& w : setting->weather)
    if (auto m = vocabulary::match_weather(w); m && std::find(look.weather.begin(), look.weather.end(), *m) == look.weather.end())
      look.weather.push_back(*m);
  std::optional<SettingKind> kind;
  if (!setting->kind.empty()) kind = vocabulary::match_setting_kind(setting->kind);
  if (!kind) kind = vocabulary::match_setting_kind(setting->name);
  if (!kind && setting->name != setting->id) kind = vocabulary::match_setting_kind(setting->id);
  look.kind = kind.value_or(SettingKind::Generic);
  look.interior = interior_time || (scene ? int_heading : vocabulary::row(look.kind).place == vocabulary::Place::Interior);
  for (const std::string& p : setting->props) {
    if (auto m = vocabulary::match_prop(p)) {
      if (!has_prop(look, m->value)) look.props.push_back(m->value);
    } else {
      look.unknown_props.push_back(p);
    }
  }
  return look;
}

SettingLook resolve_shot_setting(const ShotGraph& graph, const Shot& shot) {
  const Setting* setting = shot.setting.valid() && shot.setting.value < graph.settings.size()
                               ? &graph.settings[shot.setting.value]
                               : nullptr;
  const Scene* scene = shot.scene.valid() && shot.scene.value < graph.scenes.size() ? &graph.scenes[shot.scene.value] : nullptr;
  return resolve_setting(setting, scene);
}

bool has_prop(const SettingLook& look, PropKind prop) {
  return std::find(look.props.begin(), look.props.end(), prop) != look.props.end();
}

bool is_night(const SettingLook& look) { return vocabulary::row(look.time).sky == vocabulary::SkyLook::Night; }

InsertProp resolve_insert_prop(const Shot& shot) {
  auto first_prop = [](const std::string& text) -> std::optional<PropKind> {
    // The earliest prop word, so "a lantern beside the letter" shows the lantern.
    std::optional<PropKind> best;
    size_t best_at = std::string::npos;
    for (size_t r = 0; r < std::size(vocabulary::kPropRows); ++r)
      for (const std::string& phrase : vocabulary::split_phrases(vocabulary::kPropRows[r].phrases))
        if (const size_t at = vocabulary::find_phrase(text, phrase); at < best_at) best_at = at, best = PropKind(r);
    return best;
  };
  std::optional<PropKind> prop = first_prop(shot.subject_text);
  for (size_t i = 0; !prop && i < shot.action.size(); ++i) prop = first_prop(shot.action[i]);
  if (prop) return {prop, std::string(vocabulary::row(*prop).name)};
  std::string label;
  for (char c : shot.subject_text) label.push_back(char(std::tolower(static_cast<unsigned char>(c))));
  return {std::nullopt, label.empty() ? "prop" : label};
}

}  // namespace ekonte::render
