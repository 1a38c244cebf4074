#include "animatic/encode_segment.hpp"
#include "animatic/h264_skip_frame.hpp"
#include "animatic/libav_quiet.hpp"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
}

namespace ekonte::animatic {

namespace {

// RGBA -> planar 4:2:0 with the BT.601 limited-range matrix (what the stream's colour tags say),
// chroma from each 2x2 block's mean. Integer arithmetic: the same frame gives the same bytes
// on every machine, and it is several times faster than swscale's generic path.
void rgba_to_yuv420p(const render::ImageRgba& img, AVFrame* f) {
  const int w = img.width, h = img.height;
  const uint8_t* p = img.pixels.data();
  for (int y = 0; y < h; ++y) {
    const uint8_t* row = p + size_t(y) * w * 4;
    uint8_t* luma = f->data[0] + size_t(y) * f->linesize[0];
    for (int x = 0; x < w; ++x) {
      const int r = row[4 * x], g = row[4 * x + 1], b = row[4 * x + 2];
      luma[x] = uint8_t(((66 * r + 129 * g + 25 * b + 128) >> 8) + 16);
    }
  }
  for (int y = 0; y < h / 2; ++y) {
    const uint8_t* r0 = p + size_t(2 * y) * w * 4;
    const uint8_t* r1 = r0 + size_t(w) * 4;
    uint8_t* cb = f->data[1] + size_t(y) * f->linesize[1];
    uint8_t* cr = f->data[2] + size_t(y) * f->linesize[2];
    for (int x = 0; x < w / 2; ++x) {
      const int i = 8 * x;
      const int r = (r0[i] + r0[i + 4] + r1[i] + r1[i + 4] + 2) >> 2;
      const int g = (r0[i + 1] + r0[i + 5] + r1[i + 1] + r1[i + 5] + 2) >> 2;
      const int b = (r0[i + 2] + r0[i + 6] + r1[i + 2] + r1[i + 6] + 2) >> 2;
      cb[x] = uint8_t(((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128);
      cr[x] = uint8_t(((112 * r - 94 * g - 18 * b + 128) >> 8) + 128);
    }
  }
}

// x264's speed/size trade-off: veryfast keeps a 720p film well above real time on two cores,
// and drawings with flat colour compress well at any preset.
constexpr const char* kPreset = "veryfast";
// me, subme: the diamond search and sub-pixel refinement of superfast on top of veryfast: camera
// moves on flat drawings are smooth and slow, and the wider hexagon search finds no better
// vectors for them (a 720p pan: 17 % less CPU, no bigger). stitchable=1: the picture parameter set does not depend on the quality, so runs coded at
// crf and at held_crf share one set and join into one stream.
constexpr const char* kX264Params = "me=dia:subme=1:stitchable=1";
constexpr int kKeySeconds = 10;

}  // namespace

struct SegmentEncoder::State {
  EncoderSettings settings;
  AVCodecContext* ctx = nullptr;  // closed while skipped frames are written
  AVFrame* frame = nullptr;       // the last converted frame
  AVPacket* packet = nullptr;
  int64_t next_pts = 0;
  VideoSegment segment;
  std::optional<SkipFrameWriter> skip;  // none: repeated frames go to the encoder
  uint32_t frame_num = 0;               // of the last frame in the segment
  // The IDR of a held picture that is the only frame of its encoder run, written again every
  // key frame interval of a long hold so a player can seek into it.
  std::optional<std::string> held_idr;
  uint32_t since_key = 0;
  uint32_t run_frames = 0;  // frames given to the open encoder
  bool run_held = false;    // the open encoder codes a held picture (held_crf)
  ~State() {
    avcodec_free_context(&ctx);
    av_frame_free(&frame);
    av_packet_free(&packet);
  }
};

std::string encoder_identity(const EncoderSettings& s) {
  return std::string(LIBAVCODEC_IDENT) + "/" + std::to_string(avcodec_version()) + "/libx264/" + kPreset +
         "/animation/" + kX264Params + "/crf" + std::to_string(s.crf) + "/held" + std::to_string(s.held_crf) + "/yuv601int/" + std::to_string(s.width) +
         "x" + std::to_string(s.height) + "@" + std::to_string(s.fps) + "/bt601/skip1";
}

bool SegmentEncoder::open(bool held) {
  State& st = *state_;
  const EncoderSettings& s = st.settings;
  const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
  if (!codec) {
    error_ = "libavcodec has no libx264 encoder";
    return false;
  }
  st.ctx = avcodec_alloc_context3(codec);
  AVCodecContext* c = st.ctx;
  c->width = s.width;
  c->height = s.height;
  c->time_base = AVRational{1, int(s.fps)};
  c->framerate = AVRational{int(s.fps), 1};
  c->pix_fmt = AV_PIX_FMT_YUV420P;
  // One key frame every ten seconds inside a long shot (seeking), and always one at the
  // segment's start.
  c->gop_size = int(s.fps) * kKeySeconds;
  c->max_b_frames = 0;
  c->thread_count = s.threads;
  c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  // The frames are converted with BT.601 limited-range coefficients; say so, so players invert them.
  c->colorspace = AVCOL_SPC_SMPTE170M;
  c->color_primaries = AVCOL_PRI_SMPTE170M;
  c->color_trc = AVCOL_TRC_SMPTE170M;
  c->color_range = AVCOL_RANGE_MPEG;
  av_opt_set(c->priv_data, "preset", kPreset, 0);
  av_opt_set(c->priv_data, "tune", "animation", 0);
  av_opt_set(c->priv_data, "crf", std::to_string(held ? s.held_crf : s.crf).c_str(), 0);
  av_opt_set(c->priv_data, "profile", "high", 0);
  av_opt_set(c->priv_data, "x264-params", kX264Params, 0);
  if (int r = avcodec_open2(c, codec, nullptr); r < 0) {
    error_ = "cannot open the H.264 encoder: " + av_error(r);
    return false;
  }
  std::string extradata;
  if (c->extradata && c->extradata_size > 0)
    extradata.assign(reinterpret_cast<const char*>(c->extradata), size_t(c->extradata_size));
  if (st.segment.extradata.empty()) {
    st.segment.extradata = extradata;
    st.skip = SkipFrameWriter::from_extradata(extradata);
  } else if (extradata != st.segment.extradata) {
    error_ = "the H.264 encoder changed its parameter sets within a segment";
    return false;
  }
  st.run_frames = 0;
  st.run_held = held;
  return true;
}

SegmentEncoder::SegmentEncoder(const EncoderSettings& s) : state_(std::make_unique<State>()) {
  silence_libav_logs();
  if (s.width < 16 || s.height < 16 || s.width % 2 || s.height % 2) {
    error_ = "the video size must be even and at least 16x16, not " + std::to_string(s.width) + "x" +
             std::to_string(s.height);
    return;
  }
  State& st = *state_;
  st.settings = s;
  st.segment.width = s.width;
  st.segment.height = s.height;
  st.segment.fps = s.fps;
  st.packet = av_packet_alloc();
  if (!st.packet) {
    error_ = "out of memory setting up the video encoder";
    return;
  }
  open(false);
}

SegmentEncoder::~SegmentEncoder() = default;

bool SegmentEncoder::send(bool flush) {
  State& st = *state_;
  AVFrame* to_send = nullptr;
  if (!flush) {
    to_send = av_frame_clone(st.frame);
    if (!to_send) {
      error_ = "out of memory encoding a frame";
      return false;
    }
    to_send->pts = st.next_pts++;
    ++st.run_frames;
  }
  int r = avcodec_send_frame(st.ctx, to_send);
  av_frame_free(&to_send);
  if (r < 0) {
    error_ = "the H.264 encoder refused a frame: " + av_error(r);
    return false;
  }
  for (;;) {
    r = avcodec_receive_packet(st.ctx, st.packet);
    if (r == AVERROR(EAGAIN) || r == AVERROR_EOF) break;
    if (r < 0) {
      error_ = "the H.264 encoder failed: " + av_error(r);
      return false;
    }
    VideoPacket p;
    p.pts = st.packet->pts;
    p.dts = st.packet->dts;
    p.key = (st.packet->flags & AV_PKT_FLAG_KEY) != 0;
    p.data.assign(reinterpret_cast<const char*>(st.packet->data), size_t(st.packet->size));
    st.segment.packets.push_back(std::move(p));
    av_packet_unref(st.packet);
  }
  return true;
}

// Drains and closes the open encoder; the segment's last packet is then its last frame.
bool SegmentEncoder::close_run() {
  State& st = *state_;
  if (!st.ctx) return true;
  if (!send(true)) return false;
  const bool single = st.run_frames == 1;
  avcodec_free_context(&st.ctx);
  if (st.segment.packets.empty()) {
    error_ = "the H.264 encoder gave no frame";
    return false;
  }
  const VideoPacket& last = st.segment.packets.back();
  const auto n = st.skip->frame_num_of(last.data);
  if (!n) {
    error_ = "cannot read the H.264 encoder's last frame";
    return false;
  }
  st.frame_num = *n;
  st.held_idr.reset();
  if (single && last.key) st.held_idr = last.data;
  st.since_key = 0;
  for (auto it = st.segment.packets.rbegin(); it != st.segment.packets.rend() && !it->key; ++it) ++st.since_key;
  return true;
}

bool SegmentEncoder::add(const render::ImageRgba& img, bool held) {
  if (!ok()) return false;
  State& st = *state_;
  if (img.width != st.settings.width || img.height != st.settings.height ||
      img.pixels.size() != size_t(img.width) * img.height * 4) {
    error_ = "a frame is not the video's size";
    return false;
  }
  // Without skipped frames the encoder sees the repeats itself; a picture held after others in
  // the open run (the still after a dissolve) joins that run as a P-frame, not a new key frame.
  held = held && st.skip && (!st.ctx || st.run_frames == 0);
  if (st.ctx && st.run_held != held && st.run_frames > 0 && !close_run()) return false;
  if (st.ctx && st.run_held != held) avcodec_free_context(&st.ctx);
  if (!st.ctx && !open(held)) return false;
  // A fresh buffer for every new picture: the encoder may still hold the previous one.
  av_frame_free(&st.frame);
  st.frame = av_frame_alloc();
  if (st.frame) {
    st.frame->format = AV_PIX_FMT_YUV420P;
    st.frame->width = img.width;
    st.frame->height = img.height;
  }
  if (!st.frame || av_frame_get_buffer(st.frame, 0) < 0) {
    error_ = "out of memory encoding a frame";
    return false;
  }
  rgba_to_yuv420p(img, st.frame);
  ++st.segment.frames;
  return send(false);
}

bool SegmentEncoder::repeat(bool then_changes) {
  if (!ok()) return false;
  State& st = *state_;
  if (!st.frame) {
    error_ = "no frame to repeat";
    return false;
  }
  ++st.segment.frames;
  if (!st.skip || (then_changes && st.ctx)) return send(false);
  if (!close_run()) return false;
  VideoPacket p;
  p.pts = p.dts = st.next_pts++;
  if (st.held_idr && st.since_key + 1 >= st.settings.fps * kKeySeconds) {
    p.data = *st.held_idr;
    p.key = true;
    st.frame_num = 0;
    st.since_key = 0;
  } else {
    p.data = st.skip->skipped_frame(++st.frame_num);
    ++st.since_key;
  }
  st.segment.packets.push_back(std::move(p));
  return true;
}

std::optional<VideoSegment> SegmentEncoder::finish() {
  if (!ok()) return std::nullopt;
  State& st = *state_;
  if (st.ctx && !send(true)) return std::nullopt;
  avcodec_free_context(&st.ctx);
  return std::move(st.segment);
}

}  // namespace ekonte::animatic
