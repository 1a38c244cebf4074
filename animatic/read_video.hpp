#pragma once
// Reads a video back through libavformat/libavcodec: what the tests check (codec, pixel format,
// fps, frame count, the pictures at given frames, the audio) and what `ekonte animatic
// --frames` extracts for looking at.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "render/image/image.hpp"

namespace ekonte::animatic {

struct VideoInfo {
  std::string codec;         // "h264"
  std::string pixel_format;  // "yuv420p"
  int width = 0, height = 0;
  double fps = 0;            // the stream's average frame rate
  int64_t frames = 0;        // video packets counted
  double duration_s = 0;     // the video stream's duration
  bool moov_first = false;   // the index precedes the media data (faststart)
  bool has_audio = false;
  std::string audio_codec;   // "aac"
  int sample_rate = 0;
};

std::optional<VideoInfo> probe_video(const std::string& path, std::string* error);

// The pictures at `frames` (0-based indices into the video), as RGBA, in the order asked.
bool decode_frames(const std::string& path, const std::vector<int64_t>& frames, std::vector<render::ImageRgba>* out,
                   std::string* error);

// The audio, mixed to mono, as samples in [-1, 1].
bool decode_audio(const std::string& path, std::vector<float>* samples, int* sample_rate, std::string* error);

}  // namespace ekonte::animatic
