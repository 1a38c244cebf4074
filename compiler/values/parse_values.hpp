#pragma once
// Readers for the small value syntaxes of the language: colours, durations, heights, ages.
// Each returns nullopt (and sets `error` to a message) when the text cannot be read.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "compiler/shot_graph.hpp"

namespace ekonte {

// `#rrggbb` (also `#rgb`), case-insensitive.
std::optional<Rgb> parse_color(std::string_view text, std::string* error = nullptr);

// `3s`, `1.5s`, `2+12` (seconds + frames), `36f`, at `fps` frames per second.
// Fractional seconds round to the nearest frame; a frames part must be below `fps`.
// `zero` is set when the text is a well-formed duration of no frames (`0s`, `0+0`, `0.01s`).
std::optional<uint32_t> parse_duration_frames(std::string_view text, uint32_t fps, std::string* error = nullptr,
                                              bool* zero = nullptr);
// True when `text` looks like an attempt at a duration (starts with a digit).
bool looks_like_duration(std::string_view text);

// `158cm`, `1.58m`, `158` (cm).
std::optional<double> parse_height_cm(std::string_view text, std::string* error = nullptr);

std::optional<int> parse_whole_number(std::string_view text);

// A height in a background picture (`horizon:`, `floor:`): `42%` or `0.42`, from the top.
std::optional<double> parse_picture_height(std::string_view text, std::string* error = nullptr);

// A front matter `fps:` value: a whole number from 1 to 120.
std::optional<uint32_t> parse_fps(std::string_view text);

}  // namespace ekonte
