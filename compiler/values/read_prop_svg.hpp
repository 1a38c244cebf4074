#pragma once
// Whether the text of a writer's SVG file can be drawn as a prop: well-formed XML whose root is
// `<svg>`, with a size (width and height, or a viewBox) within compiler/limits.hpp. Read with
// libxml2 without the network and without expanding entities, so a hostile file costs no more
// than its bytes.
#include <string>
#include <string_view>

namespace ekonte {

struct PropSvgCheck {
  std::string problem;  // empty: drawable
  double width = 0, height = 0;  // the drawing's own size, user units
};
PropSvgCheck check_prop_svg(std::string_view text);

}  // namespace ekonte
