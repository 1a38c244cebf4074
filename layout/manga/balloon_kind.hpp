#pragma once
// Which balloon a dialogue line is lettered in, read from the line's words alone (no fonts, no
// drawing), so `ekonte explain` can show it from the executable that loads no drawing library.
#include <string_view>

#include "compiler/shot_graph.hpp"

namespace ekonte::layout {

// Speech goes in balloons; a thought (delivery `thinking`) in a cloud with a trail of small
// circles toward the thinker instead of a tail; narration (V.O.) and descriptions of sounds in
// rectangular caption boxes at a panel corner, without a tail; a line that fits nowhere in its
// panel in an overflow caption along the panel's foot (W0607).
enum class BalloonKind { Speech, Thought, Narration, SoundCaption, Overflow };

// How a dialogue line is spoken: its delivery, or when the shot graph left it unset (a graph
// made without the checker) the one its parenthetical's words give (vocabulary/deliveries.def).
Delivery delivery_of(const DialogueLine& line);
// What a dialogue line is lettered in: narration (V.O.) in a caption box, a thought in a cloud,
// anything else in a speech balloon.
BalloonKind balloon_kind_of(const DialogueLine& line);
std::string_view name_of(BalloonKind kind);

}  // namespace ekonte::layout
