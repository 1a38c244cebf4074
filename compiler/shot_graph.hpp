#pragma once
// The shot graph: the checked form of a script, and the only thing later stages read.
// Plain structs in vectors, referenced by small typed indices (CharacterId, ShotId, ...).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compiler/source_span.hpp"
#include "support/compact_vector.hpp"
#include "support/interned_string.hpp"
#include "vocabulary/camera.hpp"
#include "vocabulary/staging.hpp"
#include "vocabulary/transitions.hpp"
#include "vocabulary/wardrobe_prose.hpp"
#include "vocabulary/world.hpp"

namespace ekonte {

// Typed indices into the ShotGraph vectors.
template <typename Tag>
struct Index {
  uint32_t value = UINT32_MAX;
  bool valid() const { return value != UINT32_MAX; }
  friend bool operator==(Index a, Index b) { return a.value == b.value; }
  friend bool operator!=(Index a, Index b) { return a.value != b.value; }
  friend bool operator<(Index a, Index b) { return a.value < b.value; }
};
using CharacterId = Index<struct CharacterTag>;
using SettingId = Index<struct SettingTag>;
using SceneId = Index<struct SceneTag>;
using ShotId = Index<struct ShotTag>;

struct Rgb {
  uint8_t r = 0, g = 0, b = 0;
  friend bool operator==(const Rgb&, const Rgb&) = default;
};
std::string to_hex(Rgb c);  // "#rrggbb"

// Camera words (Framing, Angle, Movement) and Transition are declared in vocabulary/*.def.

// Staging words (ScreenPosition, Depth, Pose, Facing, Expression, View) and Delivery are
// declared in vocabulary/staging_*.def and vocabulary/deliveries.def.
enum class ReadingDirection { LeftToRight, RightToLeft };

// Stable lowercase names ("close-up", "three-quarter-left", ...) used in JSON and the CLI.
std::string_view name_of(Framing);
std::string_view name_of(Angle);
std::string_view name_of(Movement);
std::string_view name_of(ScreenPosition);
std::string_view name_of(Depth);
std::string_view name_of(Pose);
std::string_view name_of(Action);
std::string_view name_of(CueExtension);
std::string_view name_of(Facing);
std::string_view name_of(Expression);
std::string_view name_of(View);
std::string_view name_of(Delivery);
std::string_view name_of(Transition);
std::string_view name_of(ReadingDirection);

// Where a resolved value came from. Written as words in the read, the value came from the
// shot header, a `stage:` clause, action prose or a dialogue parenthetical; otherwise the
// compiler chose it: the rule's default, the same character's value in an earlier shot of the
// scene (continuity), a value computed from another one (a view from the facing), or a value
// inferred from the shot's company (facing the nearest other character).
enum class Origin : uint8_t { Default, Header, Stage, Action, Dialogue, Continuity, Derived, Inferred };
std::string_view name_of(Origin);

// A resolved value and where it came from.
template <typename T>
struct Sourced {
  T value{};
  Origin origin = Origin::Default;
  // The script words the value was read from; empty for defaults. Interned: the same few
  // texts recur across a script's many values.
  InternedString words;
  SourceSpan span;
};

// ---- characters and settings -------------------------------------------------------------
// A style word with its colours, e.g. `hair: bob, #2a2d4f` or `outfit: kimono, #f4f1ea, #b0302a`.
struct StyledProperty {
  std::string style;          // lowercase words, e.g. "twin tails"; empty when only colours
  std::vector<Rgb> colors;
  SourceSpan span;
  std::string inherited_from;  // character id this was inherited from via `like`; empty if own
  bool present() const { return !style.empty() || !colors.empty(); }
};

struct Character {
  std::string id;            // e.g. "HARU9"
  std::string display_name;  // e.g. "Haru, age nine"
  std::string like;          // base id, empty if none
  std::optional<int> age;
  std::optional<double> height_cm;
  std::string build;  // "slim", "average", "stocky", ...
  SourceSpan build_span;  // the value of the `build:` line
  std::string pronouns;   // `pronouns: she/her`, lowercase; empty: read from the prose
  StyledProperty hair, eyes, skin, outfit, accessory;
  std::string body;       // `body:` masculine, feminine or neutral (shoulders, hips, jaw); empty if unset
  SourceSpan body_span;
  std::string sheet;           // path as written in the script
  std::string sheet_resolved;  // path relative to the working directory (resolved against the script folder)
  SourceSpan sheet_span;       // the value of the `sheet:` line (the base's, when inherited through `like`)
  std::string backstory;       // lines joined with '\n'
  std::vector<std::string> notes;
  SourceSpan span;
};

// A colour word in front of a prop noun ("a red umbrella", "the black car", `props: blue door`,
// vocabulary/colours.def): that prop is drawn in that colour.
struct PropColour {
  PropKind prop = PropKind::Torii;
  Rgb colour;
  std::string words;  // as written: "dark red umbrella"
  SourceSpan span;
};

struct Setting {
  std::string id;
  std::string name;
  std::string time;  // "day", "dusk", "night", "dawn", "interior", ... (vocabulary/times.def)
  std::string kind;  // `kind:` as written, lowercase; empty: the kind is read from the name
  std::vector<std::string> weather;  // lowercase, e.g. "rain", "fog" (vocabulary/weather.def)
  std::vector<Rgb> palette;
  std::vector<std::string> props;  // lowercase, e.g. "torii", "lanterns" (vocabulary/props.def)
  std::vector<PropColour> prop_colours;  // colour words of `props:` items ("red lanterns")
  // `background: refs/office.png`: the artist's own picture drawn instead of the kind's backdrop.
  std::string background;           // as written; empty: none
  std::string background_resolved;  // relative to the working directory (resolved against the script folder)
  SourceSpan background_span;
  // `horizon:` and `floor:` of that picture, as fractions of its height from the top: where its
  // horizon (the eye level of a standing person) lies, and where the feet of the nearest
  // characters stand. Negative: not given (the horizon at 0.5, the floor at 0.9).
  double horizon = -1, floor = -1;
  SourceSpan span;
};

// `prop LANTERN2: refs/lantern.svg, 40cm, handheld`: a writer's own prop, drawn from its SVG
// file. The file's text is read once, by the compiler, so the renderer and the render key see
// the same bytes (a file changed between compile and render cannot mix two drawings).
struct CustomProp {
  std::string id;    // as written: "LANTERN2"; settings' `props:` name it in any case
  std::string file;  // as written, relative to the script's folder
  std::string resolved;
  double size_cm = 50;  // the longest side
  double aspect = 1;    // height over width, from the SVG's own size
  vocabulary::PropUse kind = vocabulary::PropUse::Handheld;
  std::string svg;     // the file's text; empty when it could not be read (an error was reported)
  std::string digest;  // of `svg`, hex
  SourceSpan span;
};

// ---- scenes and shots --------------------------------------------------------------------
struct Scene {
  std::string number;    // as written: "1", "12A"
  std::string int_ext;   // "INT.", "EXT.", "INT./EXT."
  std::string place;     // "STONE PATH"
  std::string time;      // "DUSK"
  bool flashback = false;
  std::string heading;   // the full heading as written, without `scene N`
  std::string section;   // the `# ACT ONE` section this scene is in, empty if none
  SettingId setting;     // invalid when the heading names none
  std::vector<std::string> action;  // scene-level action paragraphs (outside shots)
  std::vector<ShotId> shots;
  SourceSpan span;
};

// Which hand holds a prop: the right unless the prose says otherwise ("in her left hand").
enum class Hand : uint8_t { Right, Left, Both };
std::string_view name_of(Hand);

// A prop in a character's hand, with the noun as the script writes it ("umbrella", "glass of rye").
struct HeldProp {
  std::string noun;
  Hand hand = Hand::Right;
  // The colour the shot that put it in hand gives it ("opens a red umbrella"); it goes with the
  // prop when continuity carries it into later shots. None: the prop row's own colour.
  std::optional<Rgb> colour;
};

// Unnamed people in the prose ("two guards", "a crowd of refugees"): drawn in the background.
struct Extras {
  uint32_t count = 0;
  std::string description;  // the words as written, e.g. "two sailors"
  SourceSpan span;
};

// A relation read from a verb's prepositional object (vocabulary/staging_relations.def).
enum class RelationKind : uint8_t {
#define EKONTE_RELATION(id, ...) id,
#include "vocabulary/staging_relations.def"
#undef EKONTE_RELATION
};
std::string_view name_of(RelationKind);

struct Relation {
  RelationKind kind = RelationKind::SitOn;
  std::string noun;        // the object as written ("the piano", "stool"); empty when a character
  CharacterId character;   // the object when it is a character (hand-to Y, hold-over Y, stand-by Y)
  std::string prop;        // hand-to / hold-over: the prop handed or held ("envelope", "umbrella")
  std::string kind_row;    // sit-on: the prop row the seat is drawn as ("stool", "throne"); empty: none
  std::string reading;     // how kind_row was found: "table" or the WordNet path ("bench → seat")
};

// A garment the action prose puts on a character or takes off ("in a sou'wester", "throws off
// her coat", vocabulary/wear_words.def): worn from its shot to the end of the scene.
struct WardrobeChange {
  std::string garment;   // the garment's words as written ("sou'wester")
  bool off = false;      // taken off
  WearWord wear = WearWord::Wearing;  // the row whose phrase said so
};

struct Staging {
  CharacterId character;
  Sourced<ScreenPosition> position;
  Sourced<Depth> depth;
  Sourced<Pose> pose;
  Sourced<Facing> facing;
  CharacterId facing_target;  // valid when facing == Character
  Sourced<Expression> expression;
  Sourced<View> view;
  bool speaks = false;  // has dialogue in this shot
  // What the character does (vocabulary/staging_actions.def): the class whose row chose the pose.
  Sourced<Action> action;
  CompactVector<Sourced<HeldProp>> held;       // props in hand, at most one per hand
  Sourced<InternedString> seat;                // the seat noun ("stool", "throne"); empty: none
  CompactVector<Sourced<CharacterId>> contacts;  // characters this one touches (hug, fight, carry ...)
  CompactVector<Sourced<Relation>> relations;   // sits on, leans against, stands by, hands to, holds over
  // What the prose of this shot or an earlier one of the scene changes in the wardrobe, in order,
  // and how wet it says the character is (vocabulary/wetness.def).
  CompactVector<Sourced<WardrobeChange>> wardrobe;
  std::optional<Sourced<Wetness>> wet;
};

struct DialogueLine {
  CharacterId speaker;  // invalid for a voice that is no defined character (`ANNOUNCER`)
  std::string voice;    // the cue's name as written when `speaker` is invalid
  std::optional<CueExtension> extension;  // V.O., O.S., O.C., CONT'D
  bool off_screen = false;  // heard, not seen: an off-screen extension or a voice
  std::string parenthetical;  // without the parentheses; empty if none
  std::string text;
  std::string language;  // BCP 47-ish: "en", "ja"
  Delivery delivery = Delivery::Normal;
  SourceSpan span;
};

struct Shot {
  std::string id;        // author-given id verbatim, or the auto number as text
  bool auto_id = false;  // true when the script gave no id
  uint32_t index = 0;    // position in the episode, 0-based
  SceneId scene;
  SettingId setting;  // the scene's setting
  // The framing: a shot size (extreme wide ... extreme close-up, insert) or a relation
  // (two-shot, over the shoulder, POV). `size` is how tight the shot is: equal to the
  // framing for sizes; for relations the size the header also gave (`medium, over the
  // shoulder HARU`), else the relation's usual size.
  Sourced<Framing> framing;
  Framing size = Framing::Medium;
  CharacterId subject;           // `close-up HARU`, `over the shoulder HARU`, `POV HARU`
  InternedString subject_text;   // subject words as written (also for inserts: the prop)
  Sourced<Angle> angle;
  Sourced<Movement> movement;
  uint32_t duration_frames = 0;
  InternedString duration_text;  // as written: "2+12"
  uint32_t take = 1;          // `take N`; 1 when absent
  uint64_t seed = 0;          // derived from the shot id and take; same take, same picture
  CompactVector<Staging> characters;  // characters in frame, in screen order left to right
  CompactVector<std::string> action;  // action lines (paragraph text, comments removed)
  CompactVector<DialogueLine> dialogue;
  CompactVector<Extras> extras;      // unnamed people in the action prose
  CompactVector<PropColour> prop_colours;  // colour words on props in the action ("a red umbrella")
  CompactVector<std::string> sfx;
  CompactVector<std::string> notes;  // `[[ ... ]]` contents
  std::string stage;                // the `stage:` line as written, empty if none
  // `background: refs/alley.png` on the shot: the artist's own picture for this shot only, drawn
  // instead of the setting's backdrop or background; `horizon:` and `floor:` as on a setting.
  // Interned: a shot's picture is usually one of a few a script reuses.
  InternedString background;           // as written; empty: the setting's
  InternedString background_resolved;  // relative to the working directory
  SourceSpan background_span;
  double horizon = -1, floor = -1;  // fractions of the picture's height; negative: not given
  // Where each line of action, sfx and notes stands in the script (same order as above).
  CompactVector<SourceSpan> action_spans, sfx_spans, note_spans;
  Transition transition_in = Transition::None;
  Transition transition_out = Transition::None;
  SourceSpan span;  // the header
};

enum class EdgeKind { Sequence, InScene, AppearsIn, SettingUsedBy, Continuity };
std::string_view name_of(EdgeKind);

// Edges name their endpoints by kind-dependent index: Sequence/Continuity: shot -> shot;
// InScene: scene -> shot; AppearsIn: character -> shot; SettingUsedBy: setting -> scene.
struct Edge {
  EdgeKind kind;
  uint32_t from = 0;
  uint32_t to = 0;
  CharacterId character;  // for Continuity: the shared character
};

struct ScriptMeta {
  std::string title, author, episode;
  uint32_t aspect_w = 16, aspect_h = 9;
  uint32_t fps = 24;
  ReadingDirection reading = ReadingDirection::LeftToRight;
};

// The seed of take `take` of shot `id`: the same id and take give the same seed (and picture)
// forever; `ekonte render --variants` renders takes 1..N with these seeds.
uint64_t shot_seed(const std::string& id, uint32_t take);

struct ShotGraph {
  std::string source_path;
  ScriptMeta meta;
  std::vector<Character> characters;
  std::vector<Setting> settings;
  std::vector<CustomProp> custom_props;
  std::vector<Scene> scenes;
  std::vector<Shot> shots;
  std::vector<Edge> edges;

  const Character& character(CharacterId id) const { return characters.at(id.value); }
  const Setting& setting(SettingId id) const { return settings.at(id.value); }
  const Scene& scene(SceneId id) const { return scenes.at(id.value); }
  const Shot& shot(ShotId id) const { return shots.at(id.value); }
  CharacterId find_character(std::string_view id) const;
  SettingId find_setting(std::string_view id) const;
  const Shot* find_shot(std::string_view id) const;
  double total_seconds() const;
};

}  // namespace ekonte
