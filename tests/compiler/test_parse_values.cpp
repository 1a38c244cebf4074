// The small value syntaxes: durations at a frame rate, colours, heights.
#include <doctest/doctest.h>

#include "compiler/values/parse_values.hpp"

using namespace ekonte;

TEST_CASE("durations in seconds, seconds+frames and frames") {
  CHECK(parse_duration_frames("3s", 24) == 72u);
  CHECK(parse_duration_frames("1.5s", 24) == 36u);
  CHECK(parse_duration_frames("2+12", 24) == 60u);
  CHECK(parse_duration_frames("1+12", 24) == 36u);
  CHECK(parse_duration_frames("36f", 24) == 36u);
  CHECK(parse_duration_frames("2+12", 30) == 72u);
  CHECK(parse_duration_frames("0.5s", 25) == 13u);  // 12.5 frames round to the nearest, 13
}

TEST_CASE("bad durations say why") {
  std::string error;
  CHECK_FALSE(parse_duration_frames("2+24", 24, &error));
  CHECK(error.find("below") != std::string::npos);
  CHECK_FALSE(parse_duration_frames("3", 24, &error));
  CHECK(error.find("ends in") != std::string::npos);
  CHECK_FALSE(parse_duration_frames("0s", 24, &error));
  CHECK_FALSE(parse_duration_frames("0f", 24, &error));
  CHECK_FALSE(parse_duration_frames("0+0", 24, &error));
  CHECK_FALSE(parse_duration_frames("2x", 24, &error));
  CHECK_FALSE(parse_duration_frames("1.2.3s", 24, &error));
  CHECK_FALSE(parse_duration_frames("+3", 24, &error));
}

TEST_CASE("colours") {
  CHECK(parse_color("#2a2d4f") == Rgb{0x2a, 0x2d, 0x4f});
  CHECK(parse_color("#FFFFFF") == Rgb{255, 255, 255});
  CHECK(parse_color("#f00") == Rgb{255, 0, 0});
  CHECK(to_hex(Rgb{0xd6, 0x45, 0x41}) == "#d64541");
  std::string error;
  CHECK_FALSE(parse_color("#12345", &error));
  CHECK(error.find("6 hex digits") != std::string::npos);
  CHECK_FALSE(parse_color("#gg0000", &error));
  CHECK(error.find("`g`") != std::string::npos);
  CHECK_FALSE(parse_color("red", &error));
}

TEST_CASE("heights and whole numbers") {
  CHECK(parse_height_cm("158cm") == doctest::Approx(158));
  CHECK(parse_height_cm("1.72m") == doctest::Approx(172));
  CHECK(parse_height_cm("150") == doctest::Approx(150));
  CHECK_FALSE(parse_height_cm("tall"));
  CHECK_FALSE(parse_height_cm("5000cm"));
  CHECK(parse_whole_number("16") == 16);
  CHECK_FALSE(parse_whole_number("16.5"));
  CHECK_FALSE(parse_whole_number("-3"));
}
