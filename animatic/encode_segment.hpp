#pragma once
// Frames -> one H.264 segment (libx264 through libavcodec): yuv420p, the film's fps, an IDR
// frame first and no B-frames, so a segment is decodable alone and segments join by packets
// (animatic/write_mp4.hpp) with their frames in order and exactly one frame per timestamp.
#include <memory>
#include <optional>
#include <string>

#include "animatic/video_segment.hpp"
#include "render/image/image.hpp"

namespace ekonte::animatic {

struct EncoderSettings {
  int width = 1280, height = 720;
  uint32_t fps = 24;
  // x264's constant quality (lower is better; its default is 23): flat drawings stay clean at 27
  // and the sample stays under 2 MB a minute at 720p.
  int crf = 27;
  int threads = 1;  // the pipeline runs one encoder per job instead
};

// What makes two encoders give the same bytes: the libavcodec build and the settings. Part of
// every clip key, so an upgraded library re-encodes rather than joining mismatched segments.
std::string encoder_identity(const EncoderSettings& settings);

class SegmentEncoder {
 public:
  explicit SegmentEncoder(const EncoderSettings& settings);
  ~SegmentEncoder();
  SegmentEncoder(const SegmentEncoder&) = delete;
  SegmentEncoder& operator=(const SegmentEncoder&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  // Adds a frame (RGBA, the settings' size).
  bool add(const render::ImageRgba& frame);
  // Adds the last frame again: a held picture costs no conversion.
  bool repeat();
  // Flushes the encoder; nothing (error() set) on failure.
  std::optional<VideoSegment> finish();

 private:
  bool send(bool flush);
  struct State;
  std::unique_ptr<State> state_;
  std::string error_;
};

}  // namespace ekonte::animatic
