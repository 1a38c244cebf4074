#include "render/take_composition.hpp"

#include <array>

namespace ekonte::render {
namespace {

// Six recompositions a board artist would draw as alternatives, taken in turn from take 2 on:
// subject on the left third, on the right third, a tighter lens, a wider lens from higher up,
// a low camera on the left third, a high camera on the right third.
constexpr std::array<TakeComposition, 6> kRecompositions = {{
    {-1.0 / 6, 1.00, 0.00},
    {+1.0 / 6, 1.00, 0.00},
    {0.0, 1.18, 0.00},
    {0.0, 0.86, -0.07},
    {-1.0 / 6, 1.08, +0.08},
    {+1.0 / 6, 0.94, -0.08},
}};

double unit(uint64_t seed, int shift) { return double((seed >> shift) % 1001) / 1000.0; }  // 0..1

}  // namespace

TakeComposition take_composition(uint32_t take, uint64_t seed, bool close, bool group) {
  TakeComposition c;
  if (seed == 0) return c;
  c.shift = (unit(seed, 16) - 0.5) * 0.05;  // the nudge every take has (up to 2.5 % of the width)
  if (take <= 1) return c;
  const TakeComposition& r = kRecompositions[(take - 2) % kRecompositions.size()];
  c.shift += r.shift * (group || close ? 0.5 : 1.0);
  c.lens = 1 + (r.lens - 1) * (close ? 0.5 : 1.0);
  c.horizon = r.horizon;
  return c;
}

}  // namespace ekonte::render
