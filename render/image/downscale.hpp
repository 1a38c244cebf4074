#pragma once
// Shrinking pictures for pages and contact sheets.
#include "render/image/image.hpp"

namespace ekonte::render {

// Box-filter downscale to at most `max_width` pixels across, keeping the aspect; a picture
// already that narrow is returned as it is.
ImageRgba downscale(const ImageRgba& image, int max_width);

}  // namespace ekonte::render
