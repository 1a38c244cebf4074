#pragma once
// Joins video segments (in order) and a mono PCM track into one MP4 that plays in a browser:
// H.264 as encoded, the audio encoded to AAC here (it is cheap, so it is always encoded whole),
// the index (moov) at the front so playback starts before the download ends. The file is
// written under a temporary name and renamed into place: a failed or killed write leaves the
// previous file as it was.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "animatic/video_segment.hpp"

namespace ekonte::animatic {

// Mono 16-bit PCM; the scratch audio stage (audio/scratch_track.hpp) produces it.
struct PcmAudio {
  uint32_t sample_rate = 48000;
  std::vector<int16_t> samples;
};

// A PCM track encoded to AAC ahead of the MP4, e.g. while the video is encoded.
class EncodedAudio {
 public:
  struct Packets;
  EncodedAudio();
  ~EncodedAudio();
  EncodedAudio(EncodedAudio&&) noexcept;
  EncodedAudio& operator=(EncodedAudio&&) noexcept;
  const Packets& packets() const { return *packets_; }

 private:
  friend std::optional<EncodedAudio> encode_audio(const PcmAudio&, uint64_t, std::string*);
  std::unique_ptr<Packets> packets_;
};

// `pcm` cut or padded with silence to `samples` samples, as AAC. Nothing, with `error` set, on failure.
std::optional<EncodedAudio> encode_audio(const PcmAudio& pcm, uint64_t samples, std::string* error);

// The number of audio samples that last as long as `frames` video frames.
uint64_t audio_samples_for(uint64_t frames, uint32_t fps, uint32_t sample_rate);

struct Mp4Streams {
  std::vector<const VideoSegment*> video;  // one stream, the segments end to end
  const PcmAudio* audio = nullptr;         // null: no audio stream (unless encoded_audio)
  const EncodedAudio* encoded_audio = nullptr;  // instead of `audio`: encoded already, as long as the video
};

// The audio is cut or padded with silence to the video's length. False with `error` set.
bool write_mp4(const std::string& path, const Mp4Streams& streams, std::string* error);

}  // namespace ekonte::animatic
