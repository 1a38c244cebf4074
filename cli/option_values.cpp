#include "cli/option_values.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <thread>

#include "render/image/image_limits.hpp"

namespace ekonte::cli {
namespace {

// A whole decimal number filling all of `text`; false on anything else or past int64.
bool whole_number(std::string_view text, int64_t* value) {
  if (text.empty()) return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return ec == std::errc() && end == text.data() + text.size();
}

int cores() { return int(std::max(1u, std::thread::hardware_concurrency())); }

}  // namespace

int max_jobs() { return std::max(256, cores()); }

std::string parse_int_option(const std::string& name, const std::string& text, int min, int max, int* value) {
  int64_t v = 0;
  if (!whole_number(text, &v)) return "`" + name + "` needs a whole number, not `" + text + "`";
  if (v < min || v > max)
    return "`" + name + " " + text + "` is out of range; use " + std::to_string(min) + " to " + std::to_string(max);
  *value = int(v);
  return {};
}

std::string parse_size_option(const std::string& text, int* width, int* height) {
  const auto x = text.find('x');
  int64_t w = 0, h = 0;
  if (x == std::string::npos || !whole_number(std::string_view(text).substr(0, x), &w) ||
      !whole_number(std::string_view(text).substr(x + 1), &h))
    return "`--size` is WIDTHxHEIGHT, e.g. `1280x720`, not `" + text + "`";
  const std::string max = std::to_string(render::kMaxImageSide);
  if (w < kMinFrameSide || h < kMinFrameSide || w > render::kMaxImageSide || h > render::kMaxImageSide)
    return "`--size " + text + "` is out of range: each side is " + std::to_string(kMinFrameSide) + " to " + max +
           " pixels";
  if (w * h > render::kMaxImagePixels)
    return "`--size " + text + "` is " + std::to_string((w * h + 500'000) / 1'000'000) + " megapixels; at most " +
           std::to_string(render::kMaxImagePixels / 1'000'000) + " are rendered (e.g. `7680x4320` is 33)";
  *width = int(w);
  *height = int(h);
  return {};
}

std::string parse_jobs_option(const std::string& text, int* jobs) {
  int64_t v = 0;
  if (!whole_number(text, &v)) return "`--jobs` needs a whole number, not `" + text + "`";
  if (v < 0 || v > max_jobs())
    return "`--jobs " + text + "` is out of range; use 1 to " + std::to_string(max_jobs()) +
           ", or 0 for one per core (" + std::to_string(cores()) + " here)";
  *jobs = v == 0 ? cores() : int(v);
  return {};
}

}  // namespace ekonte::cli
