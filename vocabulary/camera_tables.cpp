#include "vocabulary/camera.hpp"
#include "vocabulary/tables.hpp"
#include "vocabulary/transitions.hpp"

namespace ekonte::vocabulary {

Table framing_table() {
  Table t{"framing", "Camera framings", "shot headers", {}};
  for (const FramingRow& r : kFramingRows) {
    const std::string_view category = r.category == FramingCategory::Size       ? "size"
                                      : r.category == FramingCategory::Relation ? "relation"
                                                                                : "insert";
    t.entries.push_back({r.name, r.phrases, category, r.description});
  }
  return t;
}

Table angle_table() {
  Table t{"angle", "Camera angles", "shot headers", {}};
  for (const AngleRow& r : kAngleRows) t.entries.push_back({r.name, r.phrases, "", r.description});
  return t;
}

Table movement_table() {
  Table t{"movement", "Camera movements", "shot headers", {}};
  for (const MoveRow& r : kMoveRows) t.entries.push_back({r.name, r.phrases, r.label, r.description});
  return t;
}

Table transition_table() {
  Table t{"transition", "Transitions", "lines of their own between shots, in capitals (`DISSOLVE TO:`)", {}};
  for (const TransitionRow& r : kTransitionRows)
    if (!r.phrases.empty())
      t.entries.push_back({r.name, r.phrases, r.place == TransitionPlace::Opening ? "opening" : "closing", r.description});
  return t;
}

}  // namespace ekonte::vocabulary
