#include "animatic/video_segment.hpp"

#include <cstring>

namespace ekonte::animatic {

namespace {

// Bump when the layout below changes.
constexpr char kMagic[8] = {'E', 'K', 'S', 'E', 'G', '0', '0', '1'};

void put(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(char((v >> (8 * i)) & 0xff));
}
void put_bytes(std::string& out, std::string_view b) {
  put(out, b.size());
  out.append(b);
}

struct Reader {
  std::string_view in;
  size_t at = 0;
  bool ok = true;
  uint64_t get() {
    if (at + 8 > in.size()) {
      ok = false;
      return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= uint64_t(uint8_t(in[at + i])) << (8 * i);
    at += 8;
    return v;
  }
  std::string bytes() {
    const uint64_t n = get();
    if (!ok || n > in.size() - at) {
      ok = false;
      return {};
    }
    std::string s(in.substr(at, n));
    at += n;
    return s;
  }
};

}  // namespace

uint64_t VideoSegment::bytes() const {
  uint64_t n = 0;
  for (const VideoPacket& p : packets) n += p.data.size();
  return n;
}

std::string serialize_segment(const VideoSegment& s) {
  std::string out(kMagic, sizeof kMagic);
  put(out, uint64_t(s.width));
  put(out, uint64_t(s.height));
  put(out, s.fps);
  put(out, s.frames);
  put_bytes(out, s.extradata);
  put(out, s.packets.size());
  for (const VideoPacket& p : s.packets) {
    put(out, uint64_t(p.pts));
    put(out, uint64_t(p.dts));
    put(out, p.key ? 1 : 0);
    put_bytes(out, p.data);
  }
  return out;
}

std::optional<VideoSegment> parse_segment(std::string_view bytes) {
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) return std::nullopt;
  Reader r{bytes, sizeof kMagic};
  VideoSegment s;
  s.width = int(r.get());
  s.height = int(r.get());
  s.fps = uint32_t(r.get());
  s.frames = uint32_t(r.get());
  s.extradata = r.bytes();
  const uint64_t n = r.get();
  if (!r.ok || n > bytes.size()) return std::nullopt;
  s.packets.reserve(n);
  for (uint64_t i = 0; i < n && r.ok; ++i) {
    VideoPacket p;
    p.pts = int64_t(r.get());
    p.dts = int64_t(r.get());
    p.key = r.get() != 0;
    p.data = r.bytes();
    s.packets.push_back(std::move(p));
  }
  if (!r.ok || r.at != bytes.size()) return std::nullopt;
  return s;
}

}  // namespace ekonte::animatic
