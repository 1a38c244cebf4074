#include "layout/pages/cue.hpp"

#include <cctype>

#include "vocabulary/staging.hpp"

namespace ekonte::layout {

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string speaker_name(const ShotGraph& graph, const DialogueLine& line) {
  if (!line.speaker.valid() || line.speaker.value >= graph.characters.size())
    return line.voice.empty() ? "?" : upper(line.voice);  // a voice (`ANNOUNCER`), drawn by no one
  return upper(graph.character(line.speaker).id);
}

std::optional<CueExtension> cue_extension_of(const DialogueLine& line) {
  if (line.extension) return line.extension;
  if (line.parenthetical.empty()) return std::nullopt;
  return vocabulary::match_cue_extension(line.parenthetical);
}

}  // namespace ekonte::layout
