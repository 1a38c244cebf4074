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
  // x264's constant quality of moving frames (lower is better; its default is 23): flat drawings
  // in motion stay clean at 28, and the sample stays under 2 MB a minute at 720p (1.87).
  int crf = 28;
  // A picture held for several frames (its repeats are skipped frames, animatic/h264_skip_frame.hpp)
  // is coded once, at this quality: about what x264's macroblock tree gave such a picture when
  // it saw the repeats, and cheap since the picture is coded once.
  int held_crf = 24;
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
  // Adds a frame (RGBA, the settings' size); `held`: repeat() follows, so it is coded at
  // held_crf, starting an encoder run of its own.
  bool add(const render::ImageRgba& frame, bool held = false);
  // Adds the last frame again: a held picture costs no conversion, and no encoding either where
  // the stream allows a hand-written skipped frame (animatic/h264_skip_frame.hpp): the encoder
  // is drained, the frame written, and the next new picture starts a new run with an IDR frame.
  // `then_changes`: a new picture follows later in this segment, so the repeats stay in the
  // encoder's run (encoder time for them, but no second key frame after them).
  bool repeat(bool then_changes = false);
  // Flushes the encoder; nothing (error() set) on failure.
  std::optional<VideoSegment> finish();

 private:
  bool open(bool held);
  bool send(bool flush);
  bool close_run();
  struct State;
  std::unique_ptr<State> state_;
  std::string error_;
};

}  // namespace ekonte::animatic
