#include "editorial/shot_list_csv.hpp"

#include <span>
#include <cstdio>

namespace ekonte::editorial {

const std::vector<std::string_view>& shot_list_columns() {
  static const std::vector<std::string_view> columns = {
      "scene",          "shot",       "framing", "angle",  "move",     "transition", "duration_seconds",
      "duration_frames", "start_timecode", "characters", "action", "dialogue", "sfx", "notes"};
  return columns;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string seconds_text(uint64_t frames, uint32_t fps) {
  if (fps == 0) fps = 24;
  const uint64_t millis = (frames * 1000 + fps / 2) / fps;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%llu.%03llu", static_cast<unsigned long long>(millis / 1000),
                static_cast<unsigned long long>(millis % 1000));
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

namespace {

std::string join_lines(std::span<const std::string> lines) {
  std::string out;
  for (const auto& line : lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

std::string character_name(const ShotGraph& graph, CharacterId id) {
  return id.valid() && id.value < graph.characters.size() ? graph.characters[id.value].id : std::string();
}

// "HARU (whispering): Is anyone there?"
std::string dialogue_line(const ShotGraph& graph, const DialogueLine& line) {
  std::string out = line.speaker.valid() ? character_name(graph, line.speaker) : line.voice;
  if (line.extension) out += " (" + std::string(name_of(*line.extension)) + ")";
  if (!line.parenthetical.empty()) out += " (" + line.parenthetical + ")";
  return out + ": " + line.text;
}

}  // namespace

std::string shot_list_csv(const ShotGraph& graph, const timeline::Timeline& timeline) {
  std::string out;
  const auto row = [&](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
    out += "\r\n";
  };
  std::vector<std::string> header(shot_list_columns().begin(), shot_list_columns().end());
  row(header);
  for (const auto& span : timeline.shots) {
    const Shot& shot = graph.shots[span.shot_index];
    std::vector<std::string> characters, dialogue;
    for (const auto& staging : shot.characters) characters.push_back(character_name(graph, staging.character));
    for (const auto& line : shot.dialogue) dialogue.push_back(dialogue_line(graph, line));
    row({shot.scene.valid() ? graph.scenes[shot.scene.value].number : std::string(),
         shot.id,
         std::string(name_of(shot.framing.value)),
         std::string(name_of(shot.angle.value)),
         std::string(name_of(shot.movement.value)),
         shot.transition_out == Transition::None ? std::string() : std::string(name_of(shot.transition_out)),
         seconds_text(span.frames, timeline.fps),
         std::to_string(span.frames),
         timeline::timecode(span.start_frame, timeline.fps),
         join_lines(characters),
         join_lines(shot.action),
         join_lines(dialogue),
         join_lines(shot.sfx),
         join_lines(shot.notes)});
  }
  return out;
}

}  // namespace ekonte::editorial
