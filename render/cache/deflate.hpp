#pragma once
// Lossless compression of cache sections with zlib's deflate: what goes in comes out byte for
// byte. Rendered pictures are flat colour and their control maps mostly runs of one value, so
// a fast level already shrinks them many times over.
#include <cstdint>
#include <string>
#include <string_view>

namespace ekonte::render::cache {

std::string deflate_bytes(std::string_view raw);
// Inflates `stored` into exactly `raw_size` bytes; false when the stream is damaged or its
// length is not `raw_size`.
bool inflate_bytes(std::string_view stored, uint64_t raw_size, std::string* out);

}  // namespace ekonte::render::cache
