#include "vocabulary/staging.hpp"
#include "vocabulary/tables.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

namespace ekonte::vocabulary {
namespace {

constexpr std::string_view kWhere = "`stage:` clauses and action prose";

// Rows no phrase spells (a side a `profile` takes by itself) are left out of the listing.
template <size_t N>
Table staging_table(std::string_view kind, std::string_view title, const StagingRow (&rows)[N]) {
  Table t{kind, title, kWhere, {}};
  for (const StagingRow& r : rows)
    if (!r.phrases.empty() || !r.stage_phrases.empty())
      t.entries.push_back({r.name, r.phrases, "", r.description, r.stage_phrases});
  return t;
}

}  // namespace

Table position_table() { return staging_table("position", "Screen positions", kPositionRows); }
Table depth_table() { return staging_table("depth", "Depths", kDepthRows); }
Table pose_table() {
  Table t{"pose", "Poses", "the action classes' drawings (an action's `pose`)", {}};
  for (size_t i = 0; i < std::size(kPoseRows); ++i) {
    const Pose p = static_cast<Pose>(i);
    t.entries.push_back({kPoseRows[i].name, "", drawn_pose(p) == p ? "" : row(drawn_pose(p)).name,
                         kPoseRows[i].description, kPoseRows[i].stage_phrases});
  }
  return t;
}

std::string_view name_of(ActionCategory c) {
  switch (c) {
    case ActionCategory::Posture: return "posture";
    case ActionCategory::Locomotion: return "locomotion";
    case ActionCategory::Gesture: return "gesture";
    case ActionCategory::Interaction: return "interaction";
    case ActionCategory::Looking: return "looking";
  }
  return "";
}

Table action_table() {
  Table t{"action", "Action classes", kWhere, {}};
  for (const ActionRow& r : kActionRows)
    t.entries.push_back({r.name, r.phrases, name_of(r.category), r.description});
  return t;
}
Table expression_table() { return staging_table("expression", "Expressions", kExpressionRows); }
Table expression_cue_table() {
  Table t{"expression-cue", "Expression cues", "action prose: what shows a feeling without naming it (`her jaw sets`, `tears run`)", {}};
  for (const ExpressionCueRow& r : kExpressionCueRows)
    t.entries.push_back({r.name, r.phrases, row(r.expression).name, r.description});
  return t;
}
Table view_table() { return staging_table("view", "Views", kViewRows); }

Table facing_table() {
  Table t = staging_table("facing", "Facings", kFacingRows);
  for (Entry& e : t.entries)
    if (e.name == row(Facing::Character).name) e.category = "+ character";
  return t;
}

Table delivery_table() {
  Table t{"delivery", "Dialogue deliveries", "dialogue parentheticals (`HARU (whispering): ...`)", {}};
  for (const DeliveryRow& r : kDeliveryRows)
    if (!r.words.empty()) t.entries.push_back({r.name, r.words, "", r.description});
  return t;
}

Table relation_table() {
  Table t{"relation", "Relations", "action prose: a verb's prepositional object (`sits on the bench`, `hands the map to YUI`)", {}};
#define EKONTE_RELATION(id, name, how, draws) t.entries.push_back({name, how, "", draws, {}});
#include "vocabulary/staging_relations.def"
#undef EKONTE_RELATION
  return t;
}

Table cue_extension_table() {
  Table t{"cue-extension", "Cue extensions", "dialogue cues (`ANNOUNCER (V.O.): ...`)", {}};
  for (const CueExtensionRow& r : kCueExtensionRows)
    t.entries.push_back({r.name, r.spellings, r.off_screen ? "off screen" : "", r.description});
  return t;
}

namespace {

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Whether `word` is in `text` (both lower case) at the start of a word, ending there or going
// on with an ending: `whisper` in "whispering", not `thought` in "thoughtfully".
bool has_word(const std::string& text, const std::string& word) {
  static constexpr std::string_view kEndings[] = {"s", "es", "ed", "d", "ing", "ly"};
  for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    if (at > 0 && is_letter(text[at - 1])) continue;
    size_t end = at + word.size();
    size_t letters = end;
    while (letters < text.size() && is_letter(text[letters])) ++letters;
    const std::string_view rest(text.data() + end, letters - end);
    if (rest.empty() || std::find(std::begin(kEndings), std::end(kEndings), rest) != std::end(kEndings)) return true;
    // A doubled last consonant before an ending (`yelling` is `yell`, `sobbing` would be `sob`).
    if (rest.size() > 1 && rest[0] == word.back() &&
        std::find(std::begin(kEndings), std::end(kEndings), rest.substr(1)) != std::end(kEndings))
      return true;
  }
  return false;
}

}  // namespace

Delivery match_delivery(std::string_view parenthetical, std::string* word) {
  std::string p;
  for (char c : parenthetical) p += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const auto words = split_column(kDeliveryRows, &DeliveryRow::words);
  for (size_t i = 0; i < words.size(); ++i)
    for (const std::string& w : words[i])
      if (has_word(p, w)) {
        if (word) *word = w;
        return static_cast<Delivery>(i);
      }
  return Delivery::Normal;
}

std::optional<CueExtension> match_cue_extension(std::string_view parenthetical) {
  std::string key;
  for (char c : parenthetical)
    if (c != '.' && c != ' ' && c != '\t') key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const auto spelled = [] {  // each spelling without its spaces
    auto out = split_column(kCueExtensionRows, &CueExtensionRow::spellings);
    for (auto& row : out)
      for (std::string& s : row) s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    return out;
  }();
  for (size_t i = 0; i < spelled.size(); ++i)
    for (const std::string& s : spelled[i])
      if (s == key) return static_cast<CueExtension>(i);
  return std::nullopt;
}

}  // namespace ekonte::vocabulary
