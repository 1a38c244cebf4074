#pragma once
// The numeric options every command shares, read strictly (the whole text is the value, no
// trailing words, no overflow) and bounded: a value past a limit is a usage error naming the
// option, the limit and what to pass instead.
#include <string>

namespace ekonte::cli {

// The smallest side `--size` accepts; the largest and the pixel count come from
// render/image/image_limits.hpp, so every picture Ekonte writes can be read back.
inline constexpr int kMinFrameSide = 16;
// `--jobs` at most: 256 threads, or one per core on a larger machine.
int max_jobs();

// `--size WIDTHxHEIGHT`. Empty on success, else the error message.
std::string parse_size_option(const std::string& text, int* width, int* height);
// `--jobs N`: 0 means one per core. Empty on success, else the error message.
std::string parse_jobs_option(const std::string& text, int* jobs);
// A whole number `min..max` for option `name` (e.g. "--variants"). Empty on success.
std::string parse_int_option(const std::string& name, const std::string& text, int min, int max, int* value);

}  // namespace ekonte::cli
