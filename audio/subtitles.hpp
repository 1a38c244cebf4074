#pragma once
// Subtitles for the scratch track: each spoken line timed to its speech, with the speaker's
// name. UTF-8 throughout (Japanese lines pass through untouched).
#include <string>
#include <vector>

#include "audio/scratch_track.hpp"

namespace ekonte::audio {

// WebVTT: "WEBVTT" header, cues "00:00:01.150 --> 00:00:02.900", text "<v NAME>line".
std::string webvtt(const std::vector<SpokenLine>& lines);
// SubRip: numbered cues "00:00:01,150 --> 00:00:02,900", text "NAME: line".
std::string srt(const std::vector<SpokenLine>& lines);

}  // namespace ekonte::audio
