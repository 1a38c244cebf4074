#pragma once
// The staging vocabulary (staging_*.def) and dialogue deliveries (deliveries.def): the enums
// the shot graph uses and, per word, the phrases prose and `stage:` clauses spell it with.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace ekonte {

enum class ScreenPosition : uint8_t {
#define EKONTE_POSITION(id, ...) id,
#include "vocabulary/staging_positions.def"
};

enum class Depth : uint8_t {
#define EKONTE_DEPTH(id, ...) id,
#include "vocabulary/staging_positions.def"
};

enum class Pose : uint8_t {
#define EKONTE_POSE(id, ...) id,
#include "vocabulary/staging_poses.def"
#undef EKONTE_POSE
};

// What a character does: an action class (staging_actions.def) and the pose it draws.
enum class Action : uint8_t {
#define EKONTE_ACTION(id, ...) id,
#include "vocabulary/staging_actions.def"
#undef EKONTE_ACTION
};
enum class ActionCategory { Posture, Locomotion, Gesture, Interaction, Looking };
// What the noun after an action verb is (see staging_actions.def).
enum class ActionObject { None, Held, Released, Seat };

// Where the character looks: at the camera, away from it, towards screen left/right,
// up (e.g. at lanterns), or at another character (see Staging::facing_target).
enum class Facing : uint8_t {
#define EKONTE_FACING(id, ...) id,
#include "vocabulary/staging_facings.def"
#undef EKONTE_FACING
};

enum class Expression : uint8_t {
#define EKONTE_EXPRESSION(id, ...) id,
#include "vocabulary/staging_expressions.def"
#undef EKONTE_EXPRESSION
};

// View of the body as seen by the camera. ThreeQuarterLeft / ProfileLeft: the face points
// towards screen left.
// A face or a body that shows a feeling without naming it (staging_expression_cues.def).
enum class ExpressionCue {
#define EKONTE_EXPRESSION_CUE(id, ...) id,
#include "vocabulary/staging_expression_cues.def"
#undef EKONTE_EXPRESSION_CUE
};

enum class View : uint8_t {
#define EKONTE_VIEW(id, ...) id,
#include "vocabulary/staging_views.def"
#undef EKONTE_VIEW
};

enum class Delivery : uint8_t {
#define EKONTE_DELIVERY(id, ...) id,
#include "vocabulary/deliveries.def"
#undef EKONTE_DELIVERY
};

enum class CueExtension : uint8_t {
#define EKONTE_CUE_EXTENSION(id, ...) id,
#include "vocabulary/cue_extensions.def"
#undef EKONTE_CUE_EXTENSION
};

}  // namespace ekonte

namespace ekonte::vocabulary {

// One staging word: its canonical name, the phrases prose and `stage:` clauses spell it with
// (separated by '|'), and the phrases read only inside a `stage:` clause.
struct StagingRow {
  std::string_view name, phrases, stage_phrases;
  std::string_view description;
};

#define EKONTE_STAGING_ROW(id, name, phrases, stage_phrases, desc) {name, phrases, stage_phrases, desc},

inline constexpr StagingRow kPositionRows[] = {
#define EKONTE_POSITION EKONTE_STAGING_ROW
#include "vocabulary/staging_positions.def"
};
inline constexpr StagingRow kDepthRows[] = {
#define EKONTE_DEPTH EKONTE_STAGING_ROW
#include "vocabulary/staging_positions.def"
};
inline constexpr StagingRow kPoseRows[] = {
// Each pose can be named in a `stage:` clause by its name (`HARU left crouch`).
#define EKONTE_POSE(id, name, drawn_as, desc) {name, "", name, desc},
#include "vocabulary/staging_poses.def"
#undef EKONTE_POSE
};
// The pose the renderer draws for `p` today: itself, or the nearest pose with a drawing.
constexpr Pose drawn_pose(Pose p) {
  switch (p) {
#define EKONTE_POSE(id, name, drawn_as, desc) \
  case Pose::id: return Pose::drawn_as;
#include "vocabulary/staging_poses.def"
#undef EKONTE_POSE
  }
  return Pose::Stand;
}

struct ActionRow {
  std::string_view name;
  ActionCategory category;
  Pose pose;
  ActionObject object;
  bool contact;  // a character named after the verb is touched
  bool lasts;    // the pose carries over to the scene's later shots
  std::string_view phrases, description;
};
inline constexpr ActionRow kActionRows[] = {
#define EKONTE_ACTION(id, name, category, pose, object, contact, lasts, phrases, desc) \
  {name, ActionCategory::category, Pose::pose, ActionObject::object, contact, lasts, phrases, desc},
#include "vocabulary/staging_actions.def"
#undef EKONTE_ACTION
};
inline const ActionRow& row(Action v) { return kActionRows[static_cast<size_t>(v)]; }
std::string_view name_of(ActionCategory c);
inline constexpr StagingRow kFacingRows[] = {
#define EKONTE_FACING EKONTE_STAGING_ROW
#include "vocabulary/staging_facings.def"
#undef EKONTE_FACING
};
inline constexpr StagingRow kExpressionRows[] = {
#define EKONTE_EXPRESSION EKONTE_STAGING_ROW
#include "vocabulary/staging_expressions.def"
#undef EKONTE_EXPRESSION
};
struct ExpressionCueRow {
  std::string_view name;
  Expression expression;  // the feeling it shows
  std::string_view phrases, description;
};
inline constexpr ExpressionCueRow kExpressionCueRows[] = {
#define EKONTE_EXPRESSION_CUE(id, name, expression, phrases, desc) {name, Expression::expression, phrases, desc},
#include "vocabulary/staging_expression_cues.def"
#undef EKONTE_EXPRESSION_CUE
};
inline const ExpressionCueRow& row(ExpressionCue v) { return kExpressionCueRows[static_cast<size_t>(v)]; }
inline constexpr StagingRow kViewRows[] = {
#define EKONTE_VIEW EKONTE_STAGING_ROW
#include "vocabulary/staging_views.def"
#undef EKONTE_VIEW
};

#undef EKONTE_STAGING_ROW

struct DeliveryRow {
  std::string_view name, words;  // words: found anywhere in a parenthetical
  double volume, rate;           // multipliers of the speaking voice's loudness and speed
  int pitch;                     // added to the voice's espeak pitch (0-100)
  std::string_view description;
};

inline constexpr DeliveryRow kDeliveryRows[] = {
#define EKONTE_DELIVERY(id, name, words, volume, rate, pitch, desc) {name, words, volume, rate, pitch, desc},
#include "vocabulary/deliveries.def"
#undef EKONTE_DELIVERY
};

struct CueExtensionRow {
  std::string_view name, spellings;
  bool off_screen;  // the speaker is heard, not seen
  std::string_view description;
};

inline constexpr CueExtensionRow kCueExtensionRows[] = {
#define EKONTE_CUE_EXTENSION(id, name, spellings, off_screen, desc) {name, spellings, off_screen, desc},
#include "vocabulary/cue_extensions.def"
#undef EKONTE_CUE_EXTENSION
};

// The delivery a parenthetical's words give (deliveries.def: the first row found wins);
// Normal when none. `word`, when given, receives the row's word that was found.
Delivery match_delivery(std::string_view parenthetical, std::string* word = nullptr);

// The extension a cue parenthetical spells (`V.O.`, `o.s.`, `CONT'D`), if it is one.
std::optional<CueExtension> match_cue_extension(std::string_view parenthetical);

inline const StagingRow& row(ScreenPosition v) { return kPositionRows[static_cast<size_t>(v)]; }
inline const StagingRow& row(Depth v) { return kDepthRows[static_cast<size_t>(v)]; }
inline const StagingRow& row(Pose v) { return kPoseRows[static_cast<size_t>(v)]; }
inline const StagingRow& row(Facing v) { return kFacingRows[static_cast<size_t>(v)]; }
inline const StagingRow& row(Expression v) { return kExpressionRows[static_cast<size_t>(v)]; }
inline const StagingRow& row(View v) { return kViewRows[static_cast<size_t>(v)]; }
inline const DeliveryRow& row(Delivery v) { return kDeliveryRows[static_cast<size_t>(v)]; }
inline const CueExtensionRow& row(CueExtension v) { return kCueExtensionRows[static_cast<size_t>(v)]; }

}  // namespace ekonte::vocabulary
