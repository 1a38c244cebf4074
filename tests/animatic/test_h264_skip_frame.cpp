// Held frames written as hand-made skipped P-frames (animatic/h264_skip_frame.hpp): a segment
// of a picture held, a picture that then moves, and a picture held past the key frame interval
// all decode through libavcodec to exactly the frames the encoder's own frames show, and the
// held frames cost a few bytes each.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>

#include "animatic/encode_segment.hpp"
#include "animatic/h264_skip_frame.hpp"
#include "animatic/read_video.hpp"
#include "animatic/write_mp4.hpp"

using namespace ekonte;
using namespace ekonte::animatic;
namespace fs = std::filesystem;

namespace {

constexpr int W = 320, H = 180;

// A picture with detail everywhere (so a wrong skipped frame would show), shifted by `dx`.
render::ImageRgba pattern(int dx) {
  render::ImageRgba img{W, H, std::vector<uint8_t>(size_t(W) * H * 4)};
  for (int y = 0; y < H; ++y)
    for (int x = 0; x < W; ++x) {
      uint8_t* p = &img.pixels[4 * (size_t(y) * W + x)];
      const int u = x + dx;
      p[0] = uint8_t((u * 7 + y * 3) % 256), p[1] = uint8_t(((u / 9) % 2) ? 220 : 30), p[2] = uint8_t((y * 5) % 256);
      p[3] = 255;
    }
  return img;
}

int max_diff(const render::ImageRgba& a, const render::ImageRgba& b) {
  int m = 0;
  for (size_t i = 0; i < a.pixels.size(); ++i) m = std::max(m, std::abs(int(a.pixels[i]) - int(b.pixels[i])));
  return m;
}

fs::path temp(const std::string& name) {
  return fs::temp_directory_path() / ("ekonte-skip-" + name + "-" + std::to_string(::getpid()) + ".mp4");
}

std::vector<render::ImageRgba> decode_all(const VideoSegment& s, const std::string& name, uint32_t frames) {
  const fs::path path = temp(name);
  Mp4Streams streams;
  streams.video.push_back(&s);
  std::string error;
  REQUIRE_MESSAGE(write_mp4(path.string(), streams, &error), error);
  std::vector<int64_t> at;
  for (uint32_t i = 0; i < frames; ++i) at.push_back(i);
  std::vector<render::ImageRgba> out;
  REQUIRE_MESSAGE(decode_frames(path.string(), at, &out, &error), error);
  fs::remove(path);
  return out;
}

EncoderSettings settings() {
  EncoderSettings s;
  s.width = W, s.height = H;
  return s;
}

}  // namespace

TEST_CASE("the encoder's parameter sets are ones a skipped frame can be written for") {
  SegmentEncoder e(settings());
  REQUIRE(e.ok());
  REQUIRE(e.add(pattern(0)));
  auto s = e.finish();
  REQUIRE(s);
  const auto w = SkipFrameWriter::from_extradata(s->extradata);
  REQUIRE(w);
  CHECK(w->frame_num_of(s->packets.front().data) == 0u);  // an IDR
  CHECK_FALSE(SkipFrameWriter::from_extradata("not a stream"));
}

TEST_CASE("a held picture decodes to the same frame every time, in a few bytes a frame") {
  SegmentEncoder e(settings());
  REQUIRE(e.add(pattern(0)));
  for (int i = 1; i < 30; ++i) REQUIRE(e.repeat());
  auto s = e.finish();
  REQUIRE(s);
  CHECK(s->frames == 30);
  REQUIRE(s->packets.size() == 30);
  for (size_t i = 1; i < s->packets.size(); ++i) CHECK(s->packets[i].data.size() < 40);
  const auto frames = decode_all(*s, "held", 30);
  REQUIRE(frames.size() == 30);
  for (size_t i = 1; i < frames.size(); ++i) CHECK(max_diff(frames[i], frames[0]) == 0);
  double sum = 0;
  const render::ImageRgba want = pattern(0);
  for (size_t k = 0; k < want.pixels.size(); ++k) sum += std::abs(int(frames[0].pixels[k]) - int(want.pixels[k]));
  CHECK(sum / double(want.pixels.size()) < 12);  // it is the picture, within H.264's loss
}

TEST_CASE("a moving picture after a hold and a hold after a move decode frame by frame") {
  SegmentEncoder e(settings());
  // 0..4 held, 5..9 move, 10..14 hold the last move frame.
  REQUIRE(e.add(pattern(0)));
  for (int i = 1; i < 5; ++i) REQUIRE(e.repeat());
  for (int i = 5; i < 10; ++i) REQUIRE(e.add(pattern(3 * (i - 4))));
  for (int i = 10; i < 15; ++i) REQUIRE(e.repeat());
  auto s = e.finish();
  REQUIRE(s);
  CHECK(s->frames == 15);
  const auto frames = decode_all(*s, "mixed", 15);
  REQUIRE(frames.size() == 15);
  for (int i = 1; i < 5; ++i) CHECK(max_diff(frames[i], frames[0]) == 0);
  for (int i = 10; i < 15; ++i) CHECK(max_diff(frames[i], frames[9]) == 0);
  // Each moved frame is its own picture (nearer its source than the one before it).
  for (int i = 5; i < 10; ++i) {
    CAPTURE(i);
    double own = 0, prev = 0;
    const render::ImageRgba want = pattern(3 * (i - 4)), before = pattern(3 * (i - 5));
    for (size_t k = 0; k < want.pixels.size(); ++k) {
      own += std::abs(int(frames[i].pixels[k]) - int(want.pixels[k]));
      prev += std::abs(int(frames[i].pixels[k]) - int(before.pixels[k]));
    }
    CHECK(own < prev);
  }
}

TEST_CASE("a hold longer than the key frame interval repeats its key frame, so a player can seek into it") {
  EncoderSettings es = settings();
  SegmentEncoder e(es);
  REQUIRE(e.add(pattern(0)));
  const uint32_t n = es.fps * 10 * 2 + 5;
  for (uint32_t i = 1; i < n; ++i) REQUIRE(e.repeat());
  auto s = e.finish();
  REQUIRE(s);
  int keys = 0;
  for (const VideoPacket& p : s->packets) keys += p.key;
  CHECK(keys == 3);
  const auto frames = decode_all(*s, "long", n);
  REQUIRE(frames.size() == n);
  CHECK(max_diff(frames[n - 1], frames[0]) == 0);
  CHECK(max_diff(frames[es.fps * 10 + 1], frames[0]) == 0);
}

TEST_CASE("repeats before a later new picture stay in the encoder's run, so the segment keeps one key frame") {
  SegmentEncoder e(settings());
  REQUIRE(e.add(pattern(0)));
  for (int i = 1; i < 6; ++i) REQUIRE(e.repeat(/*then_changes=*/true));
  REQUIRE(e.add(pattern(6)));
  for (int i = 7; i < 12; ++i) REQUIRE(e.repeat());
  auto s = e.finish();
  REQUIRE(s);
  int keys = 0;
  for (const VideoPacket& p : s->packets) keys += p.key;
  CHECK(keys == 1);
  const auto frames = decode_all(*s, "then-changes", 12);
  REQUIRE(frames.size() == 12);
  for (int i = 7; i < 12; ++i) CHECK(max_diff(frames[i], frames[6]) == 0);
  CHECK(max_diff(frames[6], frames[0]) > 0);
}
