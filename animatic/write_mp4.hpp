#pragma once
// Joins video segments (in order) and a mono PCM track into one MP4 that plays in a browser:
// H.264 as encoded, the audio encoded to AAC here (it is cheap, so it is always encoded whole),
// the index (moov) at the front so playback starts before the download ends. The file is
// written under a temporary name and renamed into place: a failed or killed write leaves the
// previous file as it was.
#include <cstdint>
#include <string>
#include <vector>

#include "animatic/video_segment.hpp"

namespace ekonte::animatic {

// Mono 16-bit PCM; the scratch audio stage (audio/scratch_track.hpp) produces it.
struct PcmAudio {
  uint32_t sample_rate = 48000;
  std::vector<int16_t> samples;
};

struct Mp4Streams {
  std::vector<const VideoSegment*> video;  // one stream, the segments end to end
  const PcmAudio* audio = nullptr;         // null: no audio stream
};

// The audio is cut or padded with silence to the video's length. False with `error` set.
bool write_mp4(const std::string& path, const Mp4Streams& streams, std::string* error);

}  // namespace ekonte::animatic
