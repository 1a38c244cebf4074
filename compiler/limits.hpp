#pragma once
// The front end's input limits. Each protects the machine from an input no writer makes by
// hand (a feature-length screenplay is well under 1 MB, its longest line a few hundred
// bytes); past a limit the compiler reports an error naming it instead of working on.
#include <cstddef>

namespace ekonte::limits {

// E0111: a script larger than this is refused before it is parsed. The parse keeps one line's
// tokens and tree at a time; the lines, the AST and the shot graph take about 28 bytes of
// memory per byte of script (docs/benchmarks.md), so 1.8 GB at the limit.
inline constexpr size_t kMaxScriptBytes = size_t{64} << 20;
// E0112: a longer line is refused (a line is read, matched and reported on as a whole).
inline constexpr size_t kMaxLineBytes = size_t{1} << 20;

// E0707: a `prop` declaration's SVG file larger than this is not read (a prop drawing by hand is
// a few kilobytes; librsvg parses the whole document into memory).
inline constexpr size_t kMaxPropSvgBytes = size_t{2} << 20;
// E0707: an SVG whose own width or height is larger than this many pixels is refused.
inline constexpr double kMaxPropSvgSide = 8192;

}  // namespace ekonte::limits
