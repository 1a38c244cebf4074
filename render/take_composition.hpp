#pragma once
// Takes are alternative drawings of one shot (`take N`, `ekonte render --variants N`): take 1 is
// the shot as staged; each later take recomposes it within what the script fixes. The framing,
// angle, move, who is in frame and their left-to-right order never change; the placement on
// the frame (centred or on a third), the lens (a little tighter or wider, which also moves the
// set behind the figures) and the camera height (the horizon up or down) do.
#include <cstdint>

namespace ekonte::render {

struct TakeComposition {
  double shift = 0;    // figures and set moved sideways, fraction of the frame width (+: right)
  double lens = 1;     // scale of the figures and the set about the frame's middle
  double horizon = 0;  // the set's horizon moved, fraction of the frame height (+: down, a lower camera)
};

// The composition of `take` with seed `seed`. Take 1 (and take 0, model sheets) is the shot as
// staged, with only the seed's small sideways nudge. `close` framings (close-ups) move and zoom
// half as much so that a face is not cut; `group` framings (several figures) move less so nobody leaves the frame.
TakeComposition take_composition(uint32_t take, uint64_t seed, bool close, bool group);

}  // namespace ekonte::render
