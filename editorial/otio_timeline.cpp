#include "editorial/otio_timeline.hpp"

#include <nlohmann/json.hpp>

#include "editorial/clip_url.hpp"
#include "editorial/cut.hpp"

namespace ekonte::editorial {

namespace {

using Json = nlohmann::ordered_json;

Json rational_time(uint64_t frames, uint32_t fps) {
  return Json{{"OTIO_SCHEMA", "RationalTime.1"}, {"rate", static_cast<double>(fps)}, {"value", static_cast<double>(frames)}};
}

Json time_range(uint64_t start, uint64_t duration, uint32_t fps) {
  return Json{{"OTIO_SCHEMA", "TimeRange.1"}, {"duration", rational_time(duration, fps)}, {"start_time", rational_time(start, fps)}};
}

// The members every Item (Clip, Gap, Track, Stack) serialises.
Json item(const char* schema, const std::string& name, Json source_range) {
  return Json{{"OTIO_SCHEMA", schema},     {"metadata", Json::object()}, {"name", name},
              {"source_range", std::move(source_range)}, {"effects", Json::array()}, {"markers", Json::array()},
              {"enabled", true}};
}

Json shot_metadata(const ShotGraph& graph, const timeline::Timeline& tl, uint32_t position) {
  const Shot& shot = graph.shots[tl.shots[position].shot_index];
  Json dialogue = Json::array();
  for (const DialogueLine& line : shot.dialogue) {
    Json l;
    l["speaker"] = line.speaker.valid() ? graph.characters[line.speaker.value].id : line.voice;
    if (!line.parenthetical.empty()) l["parenthetical"] = line.parenthetical;
    l["text"] = line.text;
    l["language"] = line.language;
    dialogue.push_back(std::move(l));
  }
  Json characters = Json::array();
  for (const auto& staging : shot.characters) characters.push_back(graph.characters[staging.character.value].id);
  Json ekonte;
  ekonte["shot_id"] = shot.id;
  ekonte["scene"] = shot.scene.valid() ? graph.scenes[shot.scene.value].number : std::string();
  ekonte["framing"] = std::string(name_of(shot.framing.value));
  ekonte["angle"] = std::string(name_of(shot.angle.value));
  ekonte["move"] = std::string(name_of(shot.movement.value));
  ekonte["characters"] = std::move(characters);
  ekonte["dialogue"] = std::move(dialogue);
  ekonte["sfx"] = shot.sfx;
  ekonte["notes"] = shot.notes;
  // Where the shot's own picture plays, so a reader can check it against the shot graph.
  ekonte["start_frame"] = tl.shots[position].start_frame;
  ekonte["frames"] = tl.shots[position].frames;
  ekonte["start_timecode"] = timeline::timecode(tl.shots[position].start_frame, tl.fps);
  return Json{{"ekonte", std::move(ekonte)}};
}

std::string transition_name(const CutTransition& t) {
  if (t.from_black) return "Fade In";
  if (t.to_black) return "Fade Out";
  return "Dissolve";
}

}  // namespace

std::string otio_timeline(const ShotGraph& graph, const timeline::Timeline& tl, const ExportOptions& options) {
  const Cut cut = make_cut(tl, EditPoint::Centered);
  const uint32_t fps = cut.fps;
  Json children = Json::array();
  for (uint32_t k = 0; k < cut.items.size(); ++k) {
    for (const CutTransition& t : cut.transitions) {
      // A transition needs an item on each side; with fewer than two frames a fade has none
      // on its black side and plays as a cut.
      if (t.to_item != k || t.from_item == kNoItem) continue;
      Json transition{{"OTIO_SCHEMA", "Transition.1"},
                      {"metadata", Json{{"ekonte", Json{{"transition", std::string(name_of(t.kind))},
                                                        {"start_frame", t.record_in},
                                                        {"frames", t.frames}}}}},
                      {"name", transition_name(t)},
                      {"in_offset", rational_time(t.before_edit(), fps)},
                      {"out_offset", rational_time(t.after_edit(), fps)},
                      {"transition_type", "SMPTE_Dissolve"}};
      children.push_back(std::move(transition));
    }
    const CutItem& it = cut.items[k];
    if (it.black()) {
      children.push_back(item("Gap.1", "black", time_range(0, it.frames(), fps)));
      continue;
    }
    const Shot& shot = graph.shots[it.shot];
    Json clip = item("Clip.1", "shot " + shot.id, time_range(it.source_in, it.frames(), fps));
    clip["metadata"] = shot_metadata(graph, tl, it.shot);
    const std::string file = clip_file_name(shot);
    clip["media_reference"] = Json{{"OTIO_SCHEMA", "ExternalReference.1"},
                                   {"metadata", Json::object()},
                                   {"name", file},
                                   {"available_range", time_range(0, cut.media[it.shot].length(), fps)},
                                   {"target_url", clip_url(options.clips_dir, file)}};
    children.push_back(std::move(clip));
  }
  Json track = item("Track.1", "V1", nullptr);
  track["kind"] = "Video";
  track["children"] = std::move(children);
  Json stack = item("Stack.1", "tracks", nullptr);
  stack["children"] = Json::array({std::move(track)});
  Json timeline{{"OTIO_SCHEMA", "Timeline.1"},
                {"metadata", Json{{"ekonte", Json{{"source", graph.source_path},
                                                  {"fps", fps},
                                                  {"total_frames", cut.total_frames}}}}},
                {"name", graph.meta.title.empty() ? std::string("ekonte") : graph.meta.title},
                {"global_start_time", rational_time(0, fps)},
                {"tracks", std::move(stack)}};
  return timeline.dump(4) + "\n";
}

}  // namespace ekonte::editorial
