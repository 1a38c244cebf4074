// The streaming JSON writer: with a sink, the pieces it hands over make the same text it would
// keep whole, and the shot graph streamed out is byte for byte the shot graph text.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "compiler/compile.hpp"
#include "compiler/shot_graph_json.hpp"
#include "support/json_writer.hpp"

using namespace ekonte;

namespace {
void write_many(JsonWriter& w) {
  w.begin_object();
  w.key("items");
  w.begin_array();
  for (int i = 0; i < 20000; ++i) {
    w.begin_object();
    w.member("n", i);
    w.member("text", "line \"" + std::to_string(i) + "\"\n");
    w.end_object();
  }
  w.end_array();
  w.end_object();
}
}  // namespace

TEST_CASE("a writer with a sink hands over the same text in pieces of bounded size") {
  JsonWriter whole;
  write_many(whole);
  const std::string expected = whole.take();
  std::string streamed;
  size_t pieces = 0, largest = 0;
  JsonWriter w([&](std::string_view piece) {
    streamed += piece;
    ++pieces;
    largest = std::max(largest, piece.size());
  });
  write_many(w);
  w.finish();
  CHECK(streamed == expected);
  CHECK(pieces > 1);
  CHECK(largest < 2 * JsonWriter::kPieceBytes);
}

TEST_CASE("the shot graph streamed out is the shot graph text") {
  std::filesystem::current_path(EKONTE_SOURCE_DIR);
  const auto r = compile_file("samples/fox-at-the-shrine.eko");
  REQUIRE(r.ok());
  std::string streamed;
  write_shot_graph_json(r.graph, [&](std::string_view piece) { streamed += piece; });
  CHECK(streamed == shot_graph_to_json_text(r.graph));
}

TEST_CASE("a string is written with quotes, backslashes and control characters escaped, other bytes as they are") {
  JsonWriter w;
  w.value(std::string_view("a\"b\\c\nd\te\x01" "f\x1f" "g/\xE3\x81\x82\b\f\r", 20));
  CHECK(w.take() == "\"a\\\"b\\\\c\\nd\\te\\u0001f\\u001fg/\xE3\x81\x82\\b\\f\\r\"");
}
