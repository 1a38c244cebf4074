// The shot list CSV read back by an RFC 4180 reader: one row per shot with the shot graph's
// values, durations and start timecodes from the timeline, and text with commas, quotes, line
// breaks and Japanese intact.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "editorial/shot_list_csv.hpp"
#include "tests/editorial/editorial_scripts.hpp"

using namespace ekonte;
using namespace ekonte::editorial;

namespace {

using Row = std::vector<std::string>;

// RFC 4180: records end in CRLF; a quoted field may hold commas, CRLF and doubled quotes.
// Fails the test on anything else (a bare quote inside an unquoted field, a bare LF ending a record).
std::vector<Row> read_csv(const std::string& text) {
  std::vector<Row> rows;
  Row row;
  std::string field;
  size_t i = 0;
  bool at_field_start = true;
  while (i < text.size()) {
    const char c = text[i];
    if (at_field_start && c == '"') {
      ++i;
      for (;;) {
        REQUIRE_MESSAGE(i < text.size(), "a quoted field is closed");
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
      at_field_start = false;
      REQUIRE_MESSAGE((i == text.size() || text[i] == ',' || text[i] == '\r'), "a closing quote ends the field");
      continue;
    }
    if (c == ',') {
      row.push_back(field);
      field.clear();
      at_field_start = true;
      ++i;
    } else if (c == '\r') {
      REQUIRE_MESSAGE((i + 1 < text.size() && text[i + 1] == '\n'), "records end in CRLF");
      row.push_back(field);
      rows.push_back(row);
      row.clear();
      field.clear();
      at_field_start = true;
      i += 2;
    } else {
      REQUIRE_MESSAGE(c != '"', "quotes appear only in quoted fields");
      REQUIRE_MESSAGE(c != '\n', "a line break outside quotes ends a record only as CRLF");
      field += c;
      at_field_start = false;
      ++i;
    }
  }
  REQUIRE_MESSAGE(row.empty(), "the last record ends in CRLF");
  return rows;
}

size_t column(const std::string& name) {
  const auto& columns = shot_list_columns();
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return i;
  FAIL("no column " << name);
  return 0;
}

}  // namespace

TEST_CASE("fields with commas, quotes and line breaks are quoted, quotes doubled") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a, b") == "\"a, b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("one\ntwo") == "\"one\ntwo\"");
  CHECK(csv_field("これはお守りだよ。") == "これはお守りだよ。");
}

TEST_CASE("seconds are frames over fps with at most three decimals") {
  CHECK(seconds_text(48, 24) == "2");
  CHECK(seconds_text(36, 24) == "1.5");
  CHECK(seconds_text(1, 24) == "0.042");
  CHECK(seconds_text(40, 30) == "1.333");
}

TEST_CASE("the shot list reads back as one row per shot with the shot graph's values") {
  const ShotGraph graph = test::compile_text(test::transitions_script());
  const timeline::Timeline tl = timeline::make_timeline(graph);
  const std::vector<Row> rows = read_csv(shot_list_csv(graph, tl));
  REQUIRE(rows.size() == 1 + graph.shots.size());
  CHECK(rows[0] == Row(shot_list_columns().begin(), shot_list_columns().end()));
  for (size_t i = 0; i < graph.shots.size(); ++i) {
    CAPTURE(i);
    const Row& row = rows[i + 1];
    REQUIRE(row.size() == shot_list_columns().size());
    CHECK(row[column("shot")] == graph.shots[i].id);
    CHECK(row[column("duration_frames")] == std::to_string(tl.shots[i].frames));
    CHECK(row[column("start_timecode")] == timeline::timecode(tl.shots[i].start_frame, tl.fps));
    CHECK(row[column("framing")] == name_of(graph.shots[i].framing.value));
    CHECK(row[column("move")] == name_of(graph.shots[i].movement.value));
  }
  const Row& shot1 = rows[1];
  CHECK(shot1[column("scene")] == "1");
  CHECK(shot1[column("duration_seconds")] == "2");
  CHECK(shot1[column("start_timecode")] == "00:00:01:00");  // after the opening fade
  CHECK(shot1[column("transition")] == "dissolve-to");
  CHECK(shot1[column("dialogue")] == "A (whispering): Hello, \"you\".");
  CHECK(shot1[column("sfx")] == "wind, far away");
  CHECK(rows[2][column("duration_seconds")] == "1.5");
  CHECK(rows[2][column("notes")] == "hold, then cut");
  CHECK(rows[3][column("characters")] == "A\nB");
  CHECK(rows[3][column("dialogue")] == "B: これはお守りだよ。なくさないでね。");
  CHECK(rows[3][column("move")] == "pan-right");
  CHECK(rows[4][column("scene")] == "2");
}

TEST_CASE("the sample's shot list has every shot and its Japanese dialogue") {
  const ShotGraph graph = test::compile_sample();
  const timeline::Timeline tl = timeline::make_timeline(graph);
  const std::vector<Row> rows = read_csv(shot_list_csv(graph, tl));
  REQUIRE(rows.size() == 1 + graph.shots.size());
  bool japanese = false;
  for (const Row& row : rows) japanese = japanese || row[column("dialogue")].find("約束する") != std::string::npos;
  CHECK(japanese);
  // Start timecodes follow each other by the shot durations plus the transitions between them.
  for (size_t i = 0; i < tl.shots.size(); ++i)
    CHECK(rows[i + 1][column("start_timecode")] == timeline::timecode(tl.shots[i].start_frame, tl.fps));
}
