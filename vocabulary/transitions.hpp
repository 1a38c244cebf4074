#pragma once
// Transitions from transitions.def: the enum the shot graph uses (None: no transition) and,
// per word, its marks on storyboard and ekonte sheets and its length in an animatic.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ekonte {

enum class Transition : uint8_t {
  None,
#define EKONTE_TRANSITION(id, ...) id,
#include "vocabulary/transitions.def"
#undef EKONTE_TRANSITION
};

}  // namespace ekonte

namespace ekonte::vocabulary {

enum class TransitionPlace { Opening, Closing };
struct TransitionRow {
  std::string_view name, phrases;
  TransitionPlace place;
  int frames_at_24fps;
  std::string_view storyboard_mark, ekonte_mark;
  std::string_view description;
};

inline constexpr TransitionRow kTransitionRows[] = {
    {"none", "", TransitionPlace::Closing, 0, "", "", "no transition"},
#define EKONTE_TRANSITION(id, name, phrases, place, frames, board, ekonte, desc) \
  {name, phrases, TransitionPlace::place, frames, board, ekonte, desc},
#include "vocabulary/transitions.def"
#undef EKONTE_TRANSITION
};

inline const TransitionRow& row(Transition t) { return kTransitionRows[static_cast<size_t>(t)]; }

}  // namespace ekonte::vocabulary
