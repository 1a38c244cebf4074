#include "compiler/values/parse_values.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace ekonte {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::optional<double> parse_decimal(std::string_view s) {
  if (s.empty()) return std::nullopt;
  double v = 0;
  size_t i = 0;
  bool digits = false;
  for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i, digits = true) v = v * 10 + (s[i] - '0');
  if (i < s.size() && s[i] == '.') {
    double scale = 0.1;
    for (++i; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i, scale /= 10, digits = true)
      v += (s[i] - '0') * scale;
  }
  if (!digits || i != s.size()) return std::nullopt;
  return v;
}

void set(std::string* error, std::string message) {
  if (error) *error = std::move(message);
}

}  // namespace

std::optional<Rgb> parse_color(std::string_view text, std::string* error) {
  if (text.empty() || text[0] != '#') {
    set(error, "a colour starts with `#`");
    return std::nullopt;
  }
  const std::string_view hex = text.substr(1);
  // Messages quote whole characters: a byte cut out of a UTF-8 sequence would make the
  // diagnostic (and its JSON) invalid text.
  size_t characters = 0;
  for (char c : hex) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (hex.size() != 6 && hex.size() != 3) {
    set(error, "a colour has 6 hex digits (`#rrggbb`), this one has " + std::to_string(characters) + " characters");
    return std::nullopt;
  }
  for (size_t i = 0; i < hex.size(); ++i)
    if (hex_digit(hex[i]) < 0) {
      size_t end = i + 1;
      while (end < hex.size() && (static_cast<unsigned char>(hex[end]) & 0xC0) == 0x80) ++end;
      set(error, "`" + std::string(hex.substr(i, end - i)) + "` is not a hex digit");
      return std::nullopt;
    }
  if (hex.size() == 3) {
    auto d = [&](size_t i) { return static_cast<uint8_t>(hex_digit(hex[i]) * 17); };
    return Rgb{d(0), d(1), d(2)};
  }
  auto b = [&](size_t i) { return static_cast<uint8_t>(hex_digit(hex[i]) * 16 + hex_digit(hex[i + 1])); };
  return Rgb{b(0), b(2), b(4)};
}

bool looks_like_duration(std::string_view text) {
  return !text.empty() && (std::isdigit(static_cast<unsigned char>(text[0])) || text[0] == '.');
}

std::optional<uint32_t> parse_duration_frames(std::string_view text, uint32_t fps, std::string* error, bool* zero) {
  if (zero) *zero = false;
  if (text.empty()) {
    set(error, "empty duration");
    return std::nullopt;
  }
  const auto plus = text.find('+');
  if (plus != std::string_view::npos) {
    const auto secs = parse_whole_number(text.substr(0, plus));
    const auto frames = parse_whole_number(text.substr(plus + 1));
    if (!secs || !frames) {
      set(error, "`seconds+frames` takes two whole numbers, e.g. `2+12`");
      return std::nullopt;
    }
    if (static_cast<uint32_t>(*frames) >= fps) {
      set(error, "the frames part " + std::to_string(*frames) + " must be below the script's fps (" +
                     std::to_string(fps) + ")");
      return std::nullopt;
    }
    const uint32_t total = static_cast<uint32_t>(*secs) * fps + static_cast<uint32_t>(*frames);
    if (total == 0) {
      if (zero) *zero = true;
      set(error, "a shot lasts at least one frame");
      return std::nullopt;
    }
    return total;
  }
  const char unit = text.back();
  if (unit == 'f') {
    const auto frames = parse_whole_number(text.substr(0, text.size() - 1));
    if (frames && *frames == 0 && zero) *zero = true;
    if (!frames || *frames <= 0) {
      set(error, "a frame count is a positive whole number, e.g. `36f`");
      return std::nullopt;
    }
    return static_cast<uint32_t>(*frames);
  }
  if (unit == 's') {
    const auto secs = parse_decimal(text.substr(0, text.size() - 1));
    if (secs && *secs == 0 && zero) *zero = true;
    if (!secs || *secs <= 0) {
      set(error, "seconds are a positive number, e.g. `3s` or `1.5s`");
      return std::nullopt;
    }
    const double frames = std::round(*secs * fps);
    if (frames < 1 && zero) *zero = true;
    if (frames < 1 || frames > 1e7) {
      set(error, "the duration is out of range");
      return std::nullopt;
    }
    return static_cast<uint32_t>(frames);
  }
  set(error, "a duration ends in `s` (seconds) or `f` (frames), or reads `seconds+frames`");
  return std::nullopt;
}

std::optional<double> parse_height_cm(std::string_view text, std::string* error) {
  std::string_view number = text;
  double scale = 1;
  if (text.size() > 2 && text.substr(text.size() - 2) == "cm") {
    number = text.substr(0, text.size() - 2);
  } else if (text.size() > 1 && text.back() == 'm') {
    number = text.substr(0, text.size() - 1);
    scale = 100;
  }
  const auto v = parse_decimal(number);
  if (!v || *v * scale < 30 || *v * scale > 400) {
    set(error, "a height reads like `158cm` or `1.58m` (30 to 400 cm)");
    return std::nullopt;
  }
  return *v * scale;
}

std::optional<int> parse_whole_number(std::string_view text) {
  int v = 0;
  if (text.empty()) return std::nullopt;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || ptr != text.data() + text.size() || v < 0) return std::nullopt;
  return v;
}

std::optional<double> parse_picture_height(std::string_view text, std::string* error) {
  std::string t(text);
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.erase(t.begin());
  const bool percent = !t.empty() && t.back() == '%';
  if (percent) t.pop_back();
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  const double f = percent ? v / 100 : v;
  if (t.empty() || end != t.c_str() + t.size() || !(f >= 0 && f <= 1)) {
    if (error) *error = "a height in the picture is a fraction of it from the top, `0.42` or `42%`";
    return std::nullopt;
  }
  return f;
}

std::optional<uint32_t> parse_fps(std::string_view text) {
  const auto fps = parse_whole_number(text);
  if (!fps || *fps < 1 || *fps > 120) return std::nullopt;
  return static_cast<uint32_t>(*fps);
}

}  // namespace ekonte
