#pragma once
// A setting resolved to vocabulary rows once, before anything is drawn: its time of day,
// weather, kind of place and props, plus the palette. The drawing reads only this value (never
// the setting's free text), so the renderer's input can carry it and the render cache can hash it.
#include <span>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compiler/shot_graph.hpp"
#include "vocabulary/world.hpp"

namespace ekonte::render {

// A writer's own prop (`prop LANTERN2: refs/lantern.svg, 40cm, handheld`) in a set: the SVG text
// the compiler read, its digest (for the render key) and its size.
struct CustomPropLook {
  std::string id;
  std::string svg;
  std::string digest;
  double width_cm = 50, height_cm = 50;
  vocabulary::PropUse kind = vocabulary::PropUse::Handheld;
  friend bool operator==(const CustomPropLook&, const CustomPropLook&) = default;
};

// Colours the script gives props ("a red umbrella"), the first for each prop.
using PropColours = std::vector<std::pair<PropKind, Rgb>>;
// The colour `prop` is drawn in: the one the script gives it, else its row's.
Rgb colour_of(const PropColours& colours, PropKind prop);
// `colours` from the compiler's readings, the first for each prop.
void add_prop_colours(PropColours& colours, std::span<const PropColour> read);

struct SettingLook {
  bool has_setting = false;  // false: a scene without a setting (a neutral studio backdrop)
  std::string id;            // seeds the star field
  TimeOfDay time = TimeOfDay::Day;
  std::vector<Weather> weather;  // empty: clear
  SettingKind kind = SettingKind::Generic;
  bool interior = false;
  std::vector<PropKind> props;             // known props, as written, without repeats
  std::vector<PropKind> several;           // props written in the plural ("bottles"): drawn several times
  std::vector<CustomPropLook> custom_props;  // the script's own props its `props:` names
  std::vector<std::string> unknown_props;  // drawn as labelled silhouettes (the compiler reports them)
  std::vector<Rgb> palette;
  PropColours prop_colours;  // from `props:` and the shot's prose
  friend bool operator==(const SettingLook&, const SettingLook&) = default;
};

// The look of `setting` (null: none) in `scene` (null: none). The time is the setting's `time:`,
// refined by the scene heading's time where that names one (`- NIGHT`); the setting is indoors
// when its time says so (`interior`) or the heading starts with `INT`, or, without a scene, when
// its kind is an interior.
// `custom`: the script's `prop` declarations, which a setting's `props:` may name.
SettingLook resolve_setting(const Setting* setting, const Scene* scene, const std::vector<CustomProp>* custom = nullptr);
// The look of the setting and scene a shot belongs to.
SettingLook resolve_shot_setting(const ShotGraph& graph, const Shot& shot);

bool has_prop(const SettingLook& look, PropKind prop);
// Drawn after dark: stars, the night veil of close framings, lit lamps.
bool is_night(const SettingLook& look);

// What an insert shot shows: a prop row, or (none found) a label for a labelled box.
struct InsertProp {
  std::optional<PropKind> prop;
  std::string label;  // the row's name, or the header subject's words, or "prop"
  // Small things the insert's words also name ("the envelope ... next to his glass"), drawn
  // beside the prop at their size relative to it; at most kMaxBeside, in the order written.
  std::vector<PropKind> beside;
  PropColours colours;  // the shot's colour words ("a red envelope")
  friend bool operator==(const InsertProp&, const InsertProp&) = default;
};
inline constexpr size_t kMaxBeside = 3;
// The prop named by the shot header's subject words first, then by its action text, matched by
// whole words against the prop table (the first prop word of the text wins; of two starting at
// the same word, the longer phrase: "paper boat of takoyaki" is takoyaki, not paper).
InsertProp resolve_insert_prop(const Shot& shot);

// The props.def row a held noun ("umbrella", "glass of rye") is drawn as in a hand: a handheld
// prop, or anything small enough to carry (set pieces laid out at fixed places are not drawn in
// hands); none for a noun with no such row ("scarf"), which is not drawn.
std::optional<PropKind> prop_in_hand(std::string_view noun);

// What the sentence that names some extras puts in their hands ("Two guards step into the
// gateway and one of them points his spear", "a rider in black armour ... his shield, sword
// already drawn"): the hand props named after their words up to the sentence's end, at most two.
std::vector<PropKind> extras_props(const Shot& shot, const Extras& extras);

}  // namespace ekonte::render
