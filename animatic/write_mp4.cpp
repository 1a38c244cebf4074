#include "animatic/write_mp4.hpp"
#include "animatic/libav_quiet.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/opt.h>
}

#include "support/atomic_write.hpp"

namespace ekonte::animatic {

namespace {

// Mono scratch speech (espeak-ng at 22.05 kHz) is clear at 48 kb/s AAC, a third of a megabyte a
// minute, which keeps a 720p animatic of flat drawings under 2 MB a minute.
constexpr int64_t kAudioBitRate = 48000;

}  // namespace

struct EncodedAudio::Packets {
  std::string extradata;
  std::vector<AVPacket*> packets;
  AVRational time_base{1, 48000};
  int sample_rate = 48000;
  ~Packets() {
    for (AVPacket* p : packets) av_packet_free(&p);
  }
};

EncodedAudio::EncodedAudio() : packets_(std::make_unique<Packets>()) {}
EncodedAudio::~EncodedAudio() = default;
EncodedAudio::EncodedAudio(EncodedAudio&&) noexcept = default;
EncodedAudio& EncodedAudio::operator=(EncodedAudio&&) noexcept = default;

uint64_t audio_samples_for(uint64_t frames, uint32_t fps, uint32_t sample_rate) {
  return (frames * sample_rate + fps / 2) / fps;
}

namespace {

bool encode_aac(const PcmAudio& pcm, uint64_t total_samples, EncodedAudio::Packets* out, std::string* error) {
  const AVCodec* codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
  if (!codec) {
    *error = "libavcodec has no AAC encoder";
    return false;
  }
  AVCodecContext* c = avcodec_alloc_context3(codec);
  c->sample_fmt = AV_SAMPLE_FMT_FLTP;
  c->sample_rate = int(pcm.sample_rate);
  av_channel_layout_default(&c->ch_layout, 1);
  c->bit_rate = kAudioBitRate;
  c->time_base = AVRational{1, int(pcm.sample_rate)};
  c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  bool ok = true;
  // The scratch track is a timing guide, not a mix: FFmpeg's "fast" coder is several times
  // quicker than its default two-loop search, and the whole track is encoded on every rebuild.
  AVDictionary* options = nullptr;
  av_dict_set(&options, "aac_coder", "fast", 0);
  const int opened = avcodec_open2(c, codec, &options);
  av_dict_free(&options);
  if (opened < 0) {
    *error = "cannot open the AAC encoder: " + av_error(opened);
    avcodec_free_context(&c);
    return false;
  }
  out->time_base = c->time_base;
  out->sample_rate = c->sample_rate;
  if (c->extradata_size > 0) out->extradata.assign(reinterpret_cast<const char*>(c->extradata), size_t(c->extradata_size));
  const int frame_size = c->frame_size > 0 ? c->frame_size : 1024;
  AVFrame* frame = av_frame_alloc();
  AVPacket* pkt = av_packet_alloc();
  const auto drain = [&]() {
    for (;;) {
      const int r = avcodec_receive_packet(c, pkt);
      if (r == AVERROR(EAGAIN) || r == AVERROR_EOF) return true;
      if (r < 0) {
        *error = "the AAC encoder failed: " + av_error(r);
        return false;
      }
      out->packets.push_back(av_packet_clone(pkt));
      av_packet_unref(pkt);
    }
  };
  for (uint64_t at = 0; ok && at < total_samples; at += uint64_t(frame_size)) {
    const int n = int(std::min<uint64_t>(uint64_t(frame_size), total_samples - at));
    av_frame_unref(frame);
    frame->format = AV_SAMPLE_FMT_FLTP;
    frame->sample_rate = c->sample_rate;
    frame->nb_samples = n;
    av_channel_layout_copy(&frame->ch_layout, &c->ch_layout);
    if (av_frame_get_buffer(frame, 0) < 0) {
      *error = "out of memory encoding the audio";
      ok = false;
      break;
    }
    float* dst = reinterpret_cast<float*>(frame->data[0]);
    for (int i = 0; i < n; ++i) {
      const uint64_t k = at + uint64_t(i);
      dst[i] = k < pcm.samples.size() ? float(pcm.samples[k]) / 32768.0f : 0.0f;
    }
    frame->pts = int64_t(at);
    if (int r = avcodec_send_frame(c, frame); r < 0) {
      *error = "the AAC encoder refused samples: " + av_error(r);
      ok = false;
      break;
    }
    ok = drain();
  }
  if (ok && avcodec_send_frame(c, nullptr) >= 0) ok = drain();
  av_frame_free(&frame);
  av_packet_free(&pkt);
  avcodec_free_context(&c);
  return ok;
}

}  // namespace

std::optional<EncodedAudio> encode_audio(const PcmAudio& pcm, uint64_t samples, std::string* error) {
  silence_libav_logs();
  EncodedAudio a;
  if (!encode_aac(pcm, samples, a.packets_.get(), error)) return std::nullopt;
  return a;
}

bool write_mp4(const std::string& path, const Mp4Streams& in, std::string* error) {
  silence_libav_logs();
  if (in.video.empty() || !in.video.front()) {
    *error = "no video to write";
    return false;
  }
  const VideoSegment& first = *in.video.front();
  uint64_t total_frames = 0;
  for (const VideoSegment* s : in.video) {
    if (s->width != first.width || s->height != first.height || s->fps != first.fps || s->extradata != first.extradata) {
      *error = "video segments encoded with different settings cannot be joined";
      return false;
    }
    total_frames += s->frames;
  }
  std::optional<EncodedAudio> encoded;
  if (in.audio && !in.encoded_audio) {
    encoded = encode_audio(*in.audio, audio_samples_for(total_frames, first.fps, in.audio->sample_rate), error);
    if (!encoded) return false;
  }
  const EncodedAudio::Packets* audio_in =
      in.encoded_audio ? &in.encoded_audio->packets() : encoded ? &encoded->packets() : nullptr;
  static const EncodedAudio::Packets kNone;
  const EncodedAudio::Packets& audio = audio_in ? *audio_in : kNone;

  const std::string temp = temp_path_for(path);
  if (const auto parent = std::filesystem::path(temp).parent_path(); !parent.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(parent, ec);
  }
  AVFormatContext* oc = nullptr;
  if (int r = avformat_alloc_output_context2(&oc, nullptr, "mp4", temp.c_str()); r < 0 || !oc) {
    *error = "cannot set up the MP4 writer: " + av_error(r);
    return false;
  }
  bool ok = true;
  const auto fail = [&](const std::string& what, int r) {
    *error = what + " `" + path + "`: " + av_error(r);
    ok = false;
  };
  AVStream* vs = avformat_new_stream(oc, nullptr);
  vs->time_base = AVRational{1, int(first.fps)};
  vs->avg_frame_rate = vs->r_frame_rate = AVRational{int(first.fps), 1};
  AVCodecParameters* vp = vs->codecpar;
  vp->codec_type = AVMEDIA_TYPE_VIDEO;
  vp->codec_id = AV_CODEC_ID_H264;
  vp->width = first.width;
  vp->height = first.height;
  vp->format = AV_PIX_FMT_YUV420P;
  vp->color_space = AVCOL_SPC_SMPTE170M;
  vp->color_primaries = AVCOL_PRI_SMPTE170M;
  vp->color_trc = AVCOL_TRC_SMPTE170M;
  vp->color_range = AVCOL_RANGE_MPEG;
  vp->extradata = static_cast<uint8_t*>(av_mallocz(first.extradata.size() + AV_INPUT_BUFFER_PADDING_SIZE));
  std::copy(first.extradata.begin(), first.extradata.end(), vp->extradata);
  vp->extradata_size = int(first.extradata.size());
  AVStream* as = nullptr;
  if (audio_in) {
    as = avformat_new_stream(oc, nullptr);
    as->time_base = audio.time_base;
    AVCodecParameters* ap = as->codecpar;
    ap->codec_type = AVMEDIA_TYPE_AUDIO;
    ap->codec_id = AV_CODEC_ID_AAC;
    ap->sample_rate = audio.sample_rate;
    av_channel_layout_default(&ap->ch_layout, 1);
    ap->bit_rate = kAudioBitRate;
    ap->frame_size = 1024;
    ap->extradata = static_cast<uint8_t*>(av_mallocz(audio.extradata.size() + AV_INPUT_BUFFER_PADDING_SIZE));
    std::copy(audio.extradata.begin(), audio.extradata.end(), ap->extradata);
    ap->extradata_size = int(audio.extradata.size());
  }
  if (int r = avio_open(&oc->pb, temp.c_str(), AVIO_FLAG_WRITE); r < 0) {
    fail("cannot create", r);
    avformat_free_context(oc);
    return false;
  }
  AVDictionary* opts = nullptr;
  // The index first: a browser starts playing before the file has arrived.
  av_dict_set(&opts, "movflags", "+faststart", 0);
  if (int r = avformat_write_header(oc, &opts); r < 0) fail("cannot write the header of", r);
  av_dict_free(&opts);

  // Video packets and audio packets interleaved by time.
  AVPacket* pkt = av_packet_alloc();
  size_t seg = 0, in_seg = 0, ai = 0;
  int64_t offset = 0;  // frames before the current segment
  const AVRational frame_tb{1, int(first.fps)};
  while (ok) {
    while (seg < in.video.size() && in_seg >= in.video[seg]->packets.size()) {
      offset += in.video[seg]->frames;
      ++seg, in_seg = 0;
    }
    const bool video_left = seg < in.video.size();
    const bool audio_left = ai < audio.packets.size();
    if (!video_left && !audio_left) break;
    bool take_video = video_left;
    if (video_left && audio_left) {
      const VideoPacket& v = in.video[seg]->packets[in_seg];
      take_video = av_compare_ts(offset + v.dts, frame_tb, audio.packets[ai]->dts, audio.time_base) <= 0;
    }
    if (take_video) {
      const VideoPacket& v = in.video[seg]->packets[in_seg++];
      av_packet_unref(pkt);
      if (av_new_packet(pkt, int(v.data.size())) < 0) {
        fail("out of memory writing", AVERROR(ENOMEM));
        break;
      }
      std::copy(v.data.begin(), v.data.end(), pkt->data);
      pkt->pts = offset + v.pts;
      pkt->dts = offset + v.dts;
      pkt->duration = 1;
      if (v.key) pkt->flags |= AV_PKT_FLAG_KEY;
      pkt->stream_index = vs->index;
      av_packet_rescale_ts(pkt, frame_tb, vs->time_base);
    } else {
      av_packet_unref(pkt);
      av_packet_ref(pkt, audio.packets[ai++]);
      pkt->stream_index = as->index;
      av_packet_rescale_ts(pkt, audio.time_base, as->time_base);
    }
    if (int r = av_interleaved_write_frame(oc, pkt); r < 0) fail("cannot write", r);
  }
  av_packet_free(&pkt);
  if (ok)
    if (int r = av_write_trailer(oc); r < 0) fail("cannot finish", r);
  if (int r = avio_closep(&oc->pb); r < 0 && ok) fail("cannot close", r);
  avformat_free_context(oc);
  if (!ok) {
    discard_temp_file(path);
    return false;
  }
  return commit_temp_file(path, error);
}

}  // namespace ekonte::animatic
