#pragma once
// The largest picture Ekonte decodes. A picture's pixels take width x height x 4 bytes once
// decoded (and the neural generator copies them again as floats), so a header that asks for
// more is refused before a pixel is read: a 20000x20000 `sheet:` PNG would otherwise grow
// the process past the machine's memory. These bound `sheet:` files, shot files read back
// and `--size`; raise them here (and in docs/reliability.md) if a real use needs more.
#include <cstdint>
#include <string>

namespace ekonte::render {

inline constexpr int kMaxImageSide = 8192;                 // pixels, either side
inline constexpr int64_t kMaxImagePixels = 40'000'000;     // 40 megapixels, 160 MB as RGBA
inline constexpr int64_t kMaxImageFileBytes = int64_t{256} << 20;  // a file larger is not read

// Empty when a `width` x `height` picture is within the limits; otherwise what is wrong
// ("20000x20000 is larger than ...").
std::string image_size_problem(int64_t width, int64_t height);

}  // namespace ekonte::render
