#pragma once
// What the words of a shot say about one character, before the stage line, the prose, the
// scene's continuity and the defaults are merged into its Staging.
#include <optional>
#include <string>
#include <vector>

#include "compiler/shot_graph.hpp"

namespace ekonte::staging {

struct Assignment {
  std::optional<Sourced<ScreenPosition>> position;
  std::optional<Sourced<Depth>> depth;
  std::optional<Sourced<Pose>> pose;
  std::optional<Sourced<Expression>> expression;
  std::optional<Sourced<Facing>> facing;
  CharacterId facing_target;
  std::optional<Sourced<View>> view;
  int pose_weight = -1;  // how strongly the chosen verb sets the pose (see staging_actions.def)
  std::optional<Sourced<Action>> action;
  std::vector<Sourced<HeldProp>> held;
  bool released = false;  // "puts down", "hands over": what was in hand is gone
  bool rose = false;      // "stands", "gets up": a seated character is on their feet
  // A posture or a movement verb of this shot ("kneels", "comes down the steps"), even one a
  // later verb replaced: a carried seated pose gives way.
  bool moved = false;
  bool contact_phrase = false;  // a contact phrase that did not set the pose ("hand in hand")
  // The sentence being read and the one that set the pose (the offset of its first word): a
  // later sentence's verb replaces the pose (see apply_action).
  uint32_t sentence = 0, pose_sentence = 0;
  std::optional<Sourced<InternedString>> seat;
  std::vector<Sourced<CharacterId>> contacts;
  std::vector<Sourced<Relation>> relations;
  std::vector<Sourced<WardrobeChange>> wardrobe;  // garments put on or taken off, in order
  std::optional<Sourced<Wetness>> wet;
};

}  // namespace ekonte::staging
