#include "render/world/setting_look.hpp"

#include <algorithm>
#include <cctype>

#include "compiler/values/prop_by_meaning.hpp"
#include "support/text.hpp"
#include "render/world/setting_kind_by_meaning.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::render {
namespace {

// Weather the scene heading, the scene's prose or the shot's prose says ("- NIGHT, RAIN",
// "rain hammers the windows"), for a setting whose `weather:` says nothing.
void add_prose_weather(SettingLook& look, const Scene* scene, const Shot* shot) {
  auto add = [&](const std::string& text) {
    for (Weather w : vocabulary::weather_in_prose(text))
      if (std::find(look.weather.begin(), look.weather.end(), w) == look.weather.end()) look.weather.push_back(w);
  };
  if (scene) {
    add(scene->heading);
    for (const std::string& a : scene->action) add(a);
  }
  if (shot)
    for (const std::string& a : shot->action) add(a);
}

// Whether a prop the set already has is spelled ending in `phrase`: "the gate" of a shrine
// with a torii (a "torii gate") is the torii, not a second gate.
bool names_a_set_prop(const SettingLook& look, const std::string& phrase) {
  for (PropKind p : look.props)
    for (const std::string& other : vocabulary::split_phrases(vocabulary::row(p).phrases))
      if (other.size() > phrase.size() && other.compare(other.size() - phrase.size(), phrase.size(), phrase) == 0 &&
          other[other.size() - phrase.size() - 1] == ' ')
        return true;
  return false;
}

// Words that are mostly something else in prose ("as well", "a staff of ten"), verbs and colours
// first ("the robot swings", "we sink", "orange light"): never read as props from prose.
constexpr std::string_view kAmbiguous[] = {"well", "case", "track", "post", "plan", "rail", "switch", "controls",
                                           "screen", "sun", "note", "paper", "staff", "seat", "mount", "stand",
                                           "booth", "step", "engine", "mat", "plant", "speaker", "column", "drum",
                                           "swing", "swings", "sink", "sinks", "orange", "log", "logs", "register",
                                           "registers", "trunk", "pot", "box", "cart", "dish"};
// The size (cm, the longer side) below which a thing the prose names is not added to the set.
constexpr double kTooSmallForSetCm = 12;

bool is_ambiguous(std::string_view phrase) {
  return std::find(std::begin(kAmbiguous), std::end(kAmbiguous), phrase) != std::end(kAmbiguous);
}

// Set pieces the shot's prose names ("a parked car", "the horse") are drawn in its set. Hand
// props are left to whoever holds them, fixed set pieces to the setting, and words that are
// mostly something else in prose ("as well", "a staff of ten") are not read as props.
// Props a kind's backdrop already draws (setting_kinds.def): "a white tower on black rocks" at a
// lighthouse point is its own tower, not a second one.
bool kind_draws(const SettingLook& look, PropKind prop) {
  return prop == PropKind::Tower && (vocabulary::row(look.kind).backdrop & vocabulary::kLighthouse);
}

// Indoors the prose's buildings and towers are outside the walls ("the wind hits the tower"):
// never set dressing in the room.
bool outside_the_room(const SettingLook& look, const vocabulary::PropRow& row) {
  return look.interior && row.kind == vocabulary::PropUse::LargeExterior;
}

void add_prose_props(SettingLook& look, const Shot& shot) {
  for (const std::string& text : shot.action)
    for (size_t r = 0; r < std::size(vocabulary::kPropRows); ++r) {
      const vocabulary::PropRow& row = vocabulary::kPropRows[r];
      if (vocabulary::is_fixed_set_piece(row.drawing) || row.placement == vocabulary::PropPlacement::Hand ||
          row.placement == vocabulary::PropPlacement::Sky || has_prop(look, PropKind(r)) || kind_draws(look, PropKind(r)) ||
          outside_the_room(look, row))
        continue;
      // Too small to see at set scale (a sticker, a coin): such things are drawn only in hands and
      // in inserts, never blown up into set dressing.
      if (std::max(row.width_cm, row.height_cm) < kTooSmallForSetCm) continue;
      for (const std::string& phrase : vocabulary::split_phrases(row.phrases)) {
        if (is_ambiguous(phrase)) continue;
        const size_t at = vocabulary::find_phrase(text, phrase);
        if (at == std::string::npos || names_a_set_prop(look, phrase)) continue;
        // "bar stools" names stools, not a bar: with the next word the phrase must still be it.
        size_t end = at + phrase.size();
        if (end < text.size() && text[end] == ' ')
          for (++end; end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]));) ++end;
        const std::string phrase_and_next = text.substr(at, end - at);
        const auto m = vocabulary::match_prop(phrase_and_next);
        const std::string next = m ? to_lower(phrase_and_next.substr(m->begin, m->end - m->begin)) : "";
        const bool next_is_ambiguous = is_ambiguous(next);
        if (m && m->value != PropKind(r) && !next_is_ambiguous) continue;
        look.props.push_back(PropKind(r));
        break;
      }
    }
}

// A prop phrase in the plural: the same row also spells it without the ending ("bottles" is
// `bottle` + s, "glasses" is `glass` + es).
bool is_plural(std::string_view written, PropKind prop) {
  std::string w;
  for (char c : written) w.push_back(char(std::tolower(static_cast<unsigned char>(c))));
  // A row named in the plural ("crates", "lanterns") already draws several.
  if (w == vocabulary::row(prop).name) return false;
  for (std::string_view ending : {"es", "s"})
    if (w.size() > ending.size() + 2 && w.compare(w.size() - ending.size(), ending.size(), ending) == 0) {
      const std::string stem = w.substr(0, w.size() - ending.size());
      for (const std::string& phrase : vocabulary::split_phrases(vocabulary::row(prop).phrases))
        if (phrase == stem) return true;
    }
  return false;
}

// The kind of place: `kind:` first, then the setting's name, the scene heading's place and the
// setting's id by their words, then the same by meaning (WordNet). A heading that says INT or
// EXT prefers rows of that place.
std::optional<SettingKind> find_kind(const Setting* setting, const Scene* scene) {
  vocabulary::Place place = vocabulary::Place::Either;
  if (scene && scene->int_ext.rfind("INT", 0) == 0) place = vocabulary::Place::Interior;
  if (scene && scene->int_ext.rfind("EXT", 0) == 0) place = vocabulary::Place::Exterior;
  std::vector<std::string> texts;
  if (setting && !setting->kind.empty()) texts.push_back(setting->kind);
  if (setting) texts.push_back(setting->name);
  if (scene) texts.push_back(scene->place);
  if (setting && setting->name != setting->id) texts.push_back(setting->id);
  for (const std::string& t : texts)
    if (auto k = vocabulary::match_setting_kind(t, place)) return k;
  for (const std::string& t : texts)
    if (auto k = setting_kind_by_meaning(t)) return k;
  return std::nullopt;
}

// Indoors when the heading says INT, outdoors when it says EXT; otherwise when the time says so
// (`interior`) or the kind is a room ("THE LAMP ROOM" with no INT is still indoors).
bool is_interior(const Scene* scene, bool interior_time, SettingKind kind) {
  if (scene && scene->int_ext.rfind("INT", 0) == 0) return true;
  if (scene && scene->int_ext.rfind("EXT", 0) == 0) return interior_time;
  return interior_time || vocabulary::row(kind).place == vocabulary::Place::Interior;
}

}  // namespace

SettingLook resolve_setting(const Setting* setting, const Scene* scene, const std::vector<CustomProp>* custom) {
  SettingLook look;
  if (!setting) {
    // A heading with no setting id (`INT. OFFICE - NIGHT`) is drawn as the place its words name.
    if (scene)
      if (auto kind = find_kind(nullptr, scene)) {
        look.has_setting = true;
        look.id = scene->place;
        look.kind = *kind;
        if (auto t = vocabulary::match_time(scene->time)) look.time = *t;
        look.interior = is_interior(scene, false, *kind);
        add_prose_weather(look, scene, nullptr);
        return look;
      }
    look.interior = scene && scene->int_ext.rfind("INT", 0) == 0;
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
  if (look.weather.empty()) add_prose_weather(look, scene, nullptr);
  look.kind = find_kind(setting, scene).value_or(SettingKind::Generic);
  add_prop_colours(look.prop_colours, setting->prop_colours);
  look.interior = is_interior(scene, interior_time, look.kind);
  for (const std::string& p : setting->props) {
    const CustomProp* own = nullptr;
    if (custom)
      for (const CustomProp& c : *custom)
        if (!c.svg.empty() && to_lower(c.id) == p) own = &c;
    if (own) {
      // The size is the longest side; the drawing's own proportions give the other.
      const double w = own->aspect > 1 ? own->size_cm / own->aspect : own->size_cm;
      const double h = own->aspect > 1 ? own->size_cm : own->size_cm * own->aspect;
      CustomPropLook c{own->id, own->svg, own->digest, w, h, own->kind};
      if (std::find(look.custom_props.begin(), look.custom_props.end(), c) == look.custom_props.end())
        look.custom_props.push_back(std::move(c));
      continue;
    }
    std::optional<PropKind> prop;
    if (auto m = vocabulary::match_prop(p)) {
      prop = m->value;
      if (is_plural(p.substr(m->begin, m->end - m->begin), m->value) &&
          std::find(look.several.begin(), look.several.end(), m->value) == look.several.end())
        look.several.push_back(m->value);
    } else if (auto by_meaning = prop_by_meaning(p)) {
      prop = by_meaning->prop;  // the compiler's note says which row and why
    }
    if (prop && !has_prop(look, *prop)) look.props.push_back(*prop);
    if (!prop) look.unknown_props.push_back(p);
  }
  return look;
}

SettingLook resolve_shot_setting(const ShotGraph& graph, const Shot& shot) {
  const Setting* setting = shot.setting.valid() && shot.setting.value < graph.settings.size()
                               ? &graph.settings[shot.setting.value]
                               : nullptr;
  const Scene* scene = shot.scene.valid() && shot.scene.value < graph.scenes.size() ? &graph.scenes[shot.scene.value] : nullptr;
  SettingLook look = resolve_setting(setting, scene, &graph.custom_props);
  if (look.has_setting && (!setting || setting->weather.empty())) add_prose_weather(look, nullptr, &shot);
  if (look.has_setting) add_prose_props(look, shot);
  // The shot's own words win over the setting's: "a black car" in this shot.
  PropColours colours;
  add_prop_colours(colours, shot.prop_colours);
  for (const auto& c : look.prop_colours)
    if (std::none_of(colours.begin(), colours.end(), [&](const auto& o) { return o.first == c.first; })) colours.push_back(c);
  look.prop_colours = std::move(colours);
  return look;
}

Rgb colour_of(const PropColours& colours, PropKind prop) {
  for (const auto& [p, c] : colours)
    if (p == prop) return c;
  const uint32_t c = vocabulary::row(prop).colour;
  return Rgb{uint8_t(c >> 16), uint8_t(c >> 8), uint8_t(c)};
}

void add_prop_colours(PropColours& colours, std::span<const PropColour> read) {
  for (const PropColour& r : read)
    if (std::none_of(colours.begin(), colours.end(), [&](const auto& c) { return c.first == r.prop; }))
      colours.push_back({r.prop, r.colour});
}

std::optional<PropKind> prop_in_hand(std::string_view noun) {
  // The largest prop (cm, either side) a character is drawn carrying when its row is not a
  // handheld prop: a lantern or a bell yes, a counter or a car no.
  constexpr double kCarryableCm = 120;
  const auto m = vocabulary::match_prop(noun);
  if (!m) return std::nullopt;
  const vocabulary::PropRow& r = vocabulary::row(m->value);
  if (r.category != vocabulary::PropCategory::HandProp && std::max(r.width_cm, r.height_cm) > kCarryableCm) return std::nullopt;
  if (vocabulary::is_fixed_set_piece(r.drawing) && r.drawing != vocabulary::PropDrawing::Charm) return std::nullopt;
  return m->value;
}

std::vector<PropKind> extras_props(const Shot& shot, const Extras& extras) {
  constexpr size_t kMaxExtrasProps = 2;
  std::vector<PropKind> out;
  if (extras.description.empty()) return out;
  for (const std::string& line : shot.action) {
    const size_t at = line.find(extras.description);
    if (at == std::string::npos) continue;
    const size_t from = at + extras.description.size();
    const size_t end = line.find_first_of(".!?;", from);
    const std::string rest = line.substr(from, end == std::string::npos ? std::string::npos : end - from);
    // Each hand prop row once, in the order written.
    std::vector<std::pair<size_t, PropKind>> found;
    for (size_t r = 0; r < std::size(vocabulary::kPropRows); ++r) {
      if (vocabulary::kPropRows[r].category != vocabulary::PropCategory::HandProp) continue;
      for (const std::string& phrase : vocabulary::split_phrases(vocabulary::kPropRows[r].phrases))
        if (const size_t p = vocabulary::find_phrase(rest, phrase); p != std::string::npos && !is_ambiguous(phrase)) {
          found.push_back({p, PropKind(r)});
          break;
        }
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [p, kind] : found)
      if (out.size() < kMaxExtrasProps && std::find(out.begin(), out.end(), kind) == out.end()) out.push_back(kind);
    break;
  }
  return out;
}

bool has_prop(const SettingLook& look, PropKind prop) {
  return std::find(look.props.begin(), look.props.end(), prop) != look.props.end();
}

bool is_night(const SettingLook& look) { return vocabulary::row(look.time).sky == vocabulary::SkyLook::Night; }

InsertProp resolve_insert_prop(const Shot& shot) {
  // Every prop word of a text, earliest first; of two starting at the same word the longer.
  struct Named {
    size_t text, begin, end;
    PropKind prop;
    bool ambiguous;
  };
  std::vector<Named> named;
  auto read = [&](const std::string& text, size_t index) {
    const size_t first = named.size();
    for (size_t r = 0; r < std::size(vocabulary::kPropRows); ++r)
      for (const std::string& phrase : vocabulary::split_phrases(vocabulary::kPropRows[r].phrases))
        if (const size_t at = vocabulary::find_phrase(text, phrase); at != std::string::npos)
          named.push_back({index, at, at + phrase.size(), PropKind(r), is_ambiguous(phrase)});
    std::stable_sort(named.begin() + first, named.end(),
                     [](const Named& a, const Named& b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; });
  };
  read(shot.subject_text, 0);
  for (size_t i = 0; i < shot.action.size(); ++i) read(shot.action[i], i + 1);
  if (named.empty()) {
    std::string label;
    for (char c : shot.subject_text) label.push_back(char(std::tolower(static_cast<unsigned char>(c))));
    return {std::nullopt, label.empty() ? "prop" : label, {}, {}};
  }
  InsertProp out{named.front().prop, std::string(vocabulary::row(named.front().prop).name), {}, {}};
  add_prop_colours(out.colours, shot.prop_colours);
  // Beside it: small things (hand props, table-top things, effects), each once; never a word
  // that is mostly something else in prose, nor one inside a prop phrase already read ("fox" in
  // "fox charm").
  std::vector<const Named*> read_already{&named.front()};
  for (const Named& n : named) {
    if (out.beside.size() >= kMaxBeside) break;
    const bool inside = std::any_of(read_already.begin(), read_already.end(), [&](const Named* o) {
      return o->text == n.text && n.begin >= o->begin && n.end <= o->end;
    });
    if (inside) continue;
    read_already.push_back(&n);
    const vocabulary::PropRow& r = vocabulary::row(n.prop);
    const bool small = r.category == vocabulary::PropCategory::HandProp || r.category == vocabulary::PropCategory::Effect ||
                       r.kind == vocabulary::PropUse::TableTop;
    if (!small || n.ambiguous || vocabulary::is_fixed_set_piece(r.drawing) || n.prop == *out.prop ||
        std::find(out.beside.begin(), out.beside.end(), n.prop) != out.beside.end())
      continue;
    out.beside.push_back(n.prop);
  }
  return out;
}

}  // namespace ekonte::render
