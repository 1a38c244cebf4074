// The OpenTimelineIO file checked against the published serialized schema: every object names a
// known OTIO_SCHEMA and has that schema's fields (as listed in OpenTimelineIO's
// docs/tutorials/otio-serialized-schema-only-fields.md), times are RationalTime.1 at the
// script's fps, the track's items add up to the timeline's length, each clip's own frames land
// on the timeline's frames, and each transition sits between two items and covers exactly the
// timeline's transition segment.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "editorial/cut.hpp"
#include "editorial/otio_timeline.hpp"
#include "tests/editorial/editorial_scripts.hpp"

using namespace ekonte;
using namespace ekonte::editorial;
using nlohmann::json;

namespace {

// Fields each schema serialises (OpenTimelineIO's serialized schema, fields only). Optional
// newer fields (Item's `enabled`, MediaReference's `available_image_bounds`) are not required.
const std::map<std::string, std::set<std::string>>& schema_fields() {
  static const std::map<std::string, std::set<std::string>> fields = {
      {"Timeline.1", {"global_start_time", "metadata", "name", "tracks"}},
      {"Stack.1", {"children", "effects", "markers", "metadata", "name", "source_range"}},
      {"Track.1", {"children", "effects", "kind", "markers", "metadata", "name", "source_range"}},
      {"Clip.1", {"effects", "markers", "media_reference", "metadata", "name", "source_range"}},
      {"Clip.2", {"active_media_reference_key", "effects", "markers", "media_references", "metadata", "name",
                  "source_range"}},
      {"Gap.1", {"effects", "markers", "metadata", "name", "source_range"}},
      {"Transition.1", {"in_offset", "metadata", "name", "out_offset", "transition_type"}},
      {"ExternalReference.1", {"available_range", "metadata", "name", "target_url"}},
      {"MissingReference.1", {"available_range", "metadata", "name"}},
      {"RationalTime.1", {"rate", "value"}},
      {"TimeRange.1", {"duration", "start_time"}},
  };
  return fields;
}

// OpenTimelineIO's TransitionTypes.
const std::set<std::string> kTransitionTypes = {"SMPTE_Dissolve", "Custom_Transition"};

// What breaks the schema: an object (outside metadata) without OTIO_SCHEMA, an unknown
// schema, a missing field, a time that is not a number, an unknown transition type.
void collect_schema_problems(const json& j, bool in_metadata, std::vector<std::string>& problems) {
  if (j.is_array()) {
    for (const auto& e : j) collect_schema_problems(e, in_metadata, problems);
    return;
  }
  if (!j.is_object()) return;
  if (!in_metadata) {
    if (!j.contains("OTIO_SCHEMA") || !j["OTIO_SCHEMA"].is_string()) {
      problems.push_back("no OTIO_SCHEMA: " + j.dump().substr(0, 80));
      return;
    }
    const std::string schema = j["OTIO_SCHEMA"];
    const auto known = schema_fields().find(schema);
    if (known == schema_fields().end()) {
      problems.push_back("unknown schema " + schema);
      return;
    }
    for (const auto& field : known->second)
      if (!j.contains(field)) problems.push_back(schema + " without `" + field + "`");
    if (schema == "RationalTime.1" && !(j["rate"].is_number() && j["value"].is_number()))
      problems.push_back("RationalTime.1 whose rate or value is not a number");
    if (schema == "Transition.1" && !kTransitionTypes.count(j.value("transition_type", "")))
      problems.push_back("unknown transition_type");
    if (schema == "Track.1" && j.value("kind", "") != "Video" && j.value("kind", "") != "Audio")
      problems.push_back("Track.1 kind is neither Video nor Audio");
    if (j.contains("metadata") && !j["metadata"].is_object()) problems.push_back(schema + " metadata is no object");
  }
  for (const auto& [key, value] : j.items()) collect_schema_problems(value, in_metadata || key == "metadata", problems);
}

std::vector<std::string> schema_problems(const json& j) {
  std::vector<std::string> problems;
  collect_schema_problems(j, false, problems);
  return problems;
}

void validate_schema(const json& j) {
  const auto problems = schema_problems(j);
  for (const auto& p : problems) FAIL_CHECK(p);
  CHECK(problems.empty());
}

int64_t frames(const json& rational_time, uint32_t fps) {
  REQUIRE(rational_time["OTIO_SCHEMA"] == "RationalTime.1");
  CHECK(rational_time["rate"].get<double>() == double(fps));
  return static_cast<int64_t>(rational_time["value"].get<double>());
}

void check_against_timeline(const ShotGraph& graph, const timeline::Timeline& tl, const json& otio) {
  validate_schema(otio);
  REQUIRE(otio["OTIO_SCHEMA"] == "Timeline.1");
  const json& tracks = otio["tracks"];
  REQUIRE(tracks["OTIO_SCHEMA"] == "Stack.1");
  REQUIRE(tracks["children"].size() == 1);
  const json& track = tracks["children"][0];
  REQUIRE(track["OTIO_SCHEMA"] == "Track.1");
  const json& children = track["children"];
  // Items lie end to end; transitions take no time.
  int64_t at = 0;
  size_t transition = 0, clips = 0;
  for (size_t k = 0; k < children.size(); ++k) {
    const json& child = children[k];
    const std::string schema = child["OTIO_SCHEMA"];
    if (schema == "Transition.1") {
      // Between two items, and covering the timeline's transition segment around the edit `at`.
      REQUIRE(k > 0);
      REQUIRE(k + 1 < children.size());
      CHECK(children[k - 1]["OTIO_SCHEMA"] != "Transition.1");
      CHECK(children[k + 1]["OTIO_SCHEMA"] != "Transition.1");
      REQUIRE(transition < tl.transitions.size());
      const auto& span = tl.transitions[transition++];
      CHECK(at - frames(child["in_offset"], tl.fps) == int64_t(span.start_frame));
      CHECK(at + frames(child["out_offset"], tl.fps) == int64_t(span.start_frame + span.frames));
      // The items it overlaps are long enough, and a clip it reads past has the frames (handles).
      const json& before = children[k - 1];
      const json& after = children[k + 1];
      CHECK(frames(before["source_range"]["duration"], tl.fps) >= frames(child["in_offset"], tl.fps));
      CHECK(frames(after["source_range"]["duration"], tl.fps) >= frames(child["out_offset"], tl.fps));
      if (after["OTIO_SCHEMA"] == "Clip.1")
        CHECK(frames(after["source_range"]["start_time"], tl.fps) >= frames(child["in_offset"], tl.fps));
      if (before["OTIO_SCHEMA"] == "Clip.1") {
        const json& range = before["source_range"];
        const json& available = before["media_reference"]["available_range"];
        CHECK(frames(range["start_time"], tl.fps) + frames(range["duration"], tl.fps) +
                  frames(child["out_offset"], tl.fps) <=
              frames(available["duration"], tl.fps));
      }
      continue;
    }
    const int64_t start = frames(child["source_range"]["start_time"], tl.fps);
    const int64_t duration = frames(child["source_range"]["duration"], tl.fps);
    CHECK(duration > 0);
    if (schema == "Clip.1") {
      const json& ekonte = child["metadata"]["ekonte"];
      const std::string id = ekonte["shot_id"];
      uint32_t i = 0;
      while (i < tl.shots.size() && graph.shots[i].id != id) ++i;
      REQUIRE_MESSAGE(i < tl.shots.size(), "the clip names a shot");
      ++clips;
      const ClipMedia media = clip_media(tl, i);
      const json& reference = child["media_reference"];
      CHECK(reference["OTIO_SCHEMA"] == "ExternalReference.1");
      CHECK(reference["target_url"].get<std::string>().ends_with("/" + clip_file_name(graph.shots[i])));
      CHECK(frames(reference["available_range"]["duration"], tl.fps) == media.length());
      // The clip's first own frame plays at the shot's start frame.
      CHECK(at + (int64_t(media.head) - start) == int64_t(tl.shots[i].start_frame));
      CHECK(start + duration <= int64_t(media.length()));
      CHECK(ekonte["start_frame"] == tl.shots[i].start_frame);
      CHECK(ekonte["frames"] == tl.shots[i].frames);
      CHECK(ekonte["dialogue"].size() == graph.shots[i].dialogue.size());
    } else {
      CHECK(schema == "Gap.1");
    }
    at += duration;
  }
  CHECK_MESSAGE(at == int64_t(tl.total_frames), "the items' durations add up to the timeline's length");
  CHECK(transition == tl.transitions.size());
  CHECK(clips == tl.shots.size());
}

}  // namespace

TEST_CASE("the schema check finds unknown schemas, missing fields and objects without a schema") {
  CHECK(schema_problems(json::parse(R"({"OTIO_SCHEMA": "Clip.9"})")).size() == 1);
  CHECK(schema_problems(json::parse(R"({"OTIO_SCHEMA": "Gap.1", "name": "g", "metadata": {}})")).size() == 3);
  CHECK(schema_problems(json::parse(R"({"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 1})")).empty());
  CHECK(schema_problems(json::parse(R"({"OTIO_SCHEMA": "RationalTime.1", "rate": "24", "value": 1})")).size() == 1);
  CHECK(schema_problems(json::parse(R"({"rate": 24, "value": 1})")).size() == 1);
  // Metadata is free-form.
  CHECK(schema_problems(json::parse(R"({"OTIO_SCHEMA": "RationalTime.1", "rate": 24, "value": 1,
                                        "metadata": {"ekonte": {"x": {}}}})")).empty());
}

TEST_CASE("the OTIO timeline follows the published schema and the timeline's frames") {
  ExportOptions options;
  options.clips_dir = "/tmp/ekonte clips";
  for (const char* fps : {"24", "25", "30"}) {
    CAPTURE(fps);
    const ShotGraph graph = test::compile_text(test::transitions_script(fps));
    const timeline::Timeline tl = timeline::make_timeline(graph);
    check_against_timeline(graph, tl, json::parse(otio_timeline(graph, tl, options)));
  }
  const ShotGraph sample = test::compile_sample();
  const timeline::Timeline tl = timeline::make_timeline(sample);
  check_against_timeline(sample, tl, json::parse(otio_timeline(sample, tl, options)));
}

TEST_CASE("OTIO clips carry the shot's metadata and a file URL to its clip") {
  const ShotGraph graph = test::compile_text(test::transitions_script());
  const timeline::Timeline tl = timeline::make_timeline(graph);
  ExportOptions options;
  options.clips_dir = "/tmp/ekonte clips";
  const json otio = json::parse(otio_timeline(graph, tl, options));
  const json& children = otio["tracks"]["children"][0]["children"];
  // Gap (black) | fade in | shot 1 | dissolve | shot 2A ...
  CHECK(children[0]["OTIO_SCHEMA"] == "Gap.1");
  CHECK(children[1]["OTIO_SCHEMA"] == "Transition.1");
  CHECK(children[1]["transition_type"] == "SMPTE_Dissolve");
  CHECK(children[1]["name"] == "Fade In");
  const json& shot1 = children[2];
  CHECK(shot1["media_reference"]["target_url"] == "file:///tmp/ekonte%20clips/1.mp4");
  CHECK(shot1["metadata"]["ekonte"]["scene"] == "1");
  CHECK(shot1["metadata"]["ekonte"]["dialogue"][0]["speaker"] == "A");
  CHECK(shot1["metadata"]["ekonte"]["dialogue"][0]["parenthetical"] == "whispering");
  CHECK(children[3]["name"] == "Dissolve");
  CHECK(otio["global_start_time"]["value"] == 0.0);
}
