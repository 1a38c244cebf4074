#pragma once
// A run of encoded video frames that starts with an IDR frame and refers to nothing outside
// itself, so segments encoded apart (one per shot, one per transition) join into one stream
// by their packets alone. Every segment of a film is encoded with the same settings, so they
// share one set of parameter sets (`extradata`, avcC).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ekonte::animatic {

struct VideoPacket {
  int64_t pts = 0;  // frames from the segment's start
  int64_t dts = 0;
  bool key = false;
  std::string data;
};

struct VideoSegment {
  int width = 0, height = 0;
  uint32_t fps = 24;
  uint32_t frames = 0;
  std::string extradata;  // avcC: SPS and PPS
  std::vector<VideoPacket> packets;
  uint64_t bytes() const;
};

// The segment's bytes for the clip cache, and back (nothing for damaged bytes).
std::string serialize_segment(const VideoSegment& segment);
std::optional<VideoSegment> parse_segment(std::string_view bytes);

}  // namespace ekonte::animatic
