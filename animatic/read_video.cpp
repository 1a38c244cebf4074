#include "animatic/read_video.hpp"
#include "animatic/libav_quiet.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

namespace ekonte::animatic {

namespace {

struct Input {
  AVFormatContext* fc = nullptr;
  ~Input() { avformat_close_input(&fc); }
  bool open(const std::string& path, std::string* error) {
    silence_libav_logs();
    if (int r = avformat_open_input(&fc, path.c_str(), nullptr, nullptr); r < 0) {
      *error = "cannot open `" + path + "`: " + av_error(r);
      return false;
    }
    if (int r = avformat_find_stream_info(fc, nullptr); r < 0) {
      *error = "cannot read the streams of `" + path + "`: " + av_error(r);
      return false;
    }
    return true;
  }
  // The decoder of the best stream of `type` (`what` names it in errors), or nullptr with
  // `error` set; the caller frees it. `*stream` is the stream's index.
  AVCodecContext* open_decoder(AVMediaType type, const std::string& path, const char* what, int* stream,
                               std::string* error) {
    *stream = av_find_best_stream(fc, type, -1, -1, nullptr, 0);
    if (*stream < 0) {
      *error = "`" + path + "` has no " + what + " stream";
      return nullptr;
    }
    const AVCodecParameters* par = fc->streams[*stream]->codecpar;
    const AVCodec* codec = avcodec_find_decoder(par->codec_id);
    AVCodecContext* c = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(c, par);
    if (int r = avcodec_open2(c, codec, nullptr); r < 0) {
      *error = std::string("cannot open the ") + what + " decoder: " + av_error(r);
      avcodec_free_context(&c);
      return nullptr;
    }
    return c;
  }
};

// Whether the top-level `moov` box comes before `mdat`.
bool moov_before_mdat(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  uint64_t at = 0;
  for (int i = 0; i < 64 && in; ++i) {
    unsigned char h[16];
    in.seekg(std::streamoff(at));
    if (!in.read(reinterpret_cast<char*>(h), 8)) return false;
    uint64_t size = (uint64_t(h[0]) << 24) | (uint64_t(h[1]) << 16) | (uint64_t(h[2]) << 8) | h[3];
    const std::string type(reinterpret_cast<char*>(h + 4), 4);
    if (type == "moov") return true;
    if (type == "mdat") return false;
    if (size == 1) {
      if (!in.read(reinterpret_cast<char*>(h + 8), 8)) return false;
      size = 0;
      for (int k = 8; k < 16; ++k) size = (size << 8) | h[k];
    }
    if (size < 8) return false;
    at += size;
  }
  return false;
}

}  // namespace

std::optional<VideoInfo> probe_video(const std::string& path, std::string* error) {
  Input in;
  if (!in.open(path, error)) return std::nullopt;
  VideoInfo info;
  int video = -1;
  for (unsigned i = 0; i < in.fc->nb_streams; ++i) {
    const AVStream* st = in.fc->streams[i];
    const AVCodecParameters* p = st->codecpar;
    if (p->codec_type == AVMEDIA_TYPE_VIDEO && video < 0) {
      video = int(i);
      info.codec = avcodec_get_name(p->codec_id);
      if (const char* f = av_get_pix_fmt_name(AVPixelFormat(p->format))) info.pixel_format = f;
      info.width = p->width;
      info.height = p->height;
      info.fps = st->avg_frame_rate.den ? av_q2d(st->avg_frame_rate) : 0;
      if (st->duration > 0) info.duration_s = double(st->duration) * av_q2d(st->time_base);
    } else if (p->codec_type == AVMEDIA_TYPE_AUDIO && !info.has_audio) {
      info.has_audio = true;
      info.audio_codec = avcodec_get_name(p->codec_id);
      info.sample_rate = p->sample_rate;
    }
  }
  if (video < 0) {
    *error = "`" + path + "` has no video stream";
    return std::nullopt;
  }
  AVPacket* pkt = av_packet_alloc();
  while (av_read_frame(in.fc, pkt) >= 0) {
    if (pkt->stream_index == video) ++info.frames;
    av_packet_unref(pkt);
  }
  av_packet_free(&pkt);
  info.moov_first = moov_before_mdat(path);
  return info;
}

bool decode_frames(const std::string& path, const std::vector<int64_t>& frames, std::vector<render::ImageRgba>* out,
                   std::string* error) {
  Input in;
  if (!in.open(path, error)) return false;
  int video = -1;
  AVCodecContext* c = in.open_decoder(AVMEDIA_TYPE_VIDEO, path, "video", &video, error);
  if (!c) return false;
  std::map<int64_t, std::vector<size_t>> wanted;  // frame -> positions in `out`
  for (size_t i = 0; i < frames.size(); ++i) wanted[frames[i]].push_back(i);
  out->assign(frames.size(), {});
  AVPacket* pkt = av_packet_alloc();
  AVFrame* frame = av_frame_alloc();
  SwsContext* sws = nullptr;
  int64_t index = 0;
  size_t found = 0;
  const auto take = [&]() {
    for (;;) {
      if (avcodec_receive_frame(c, frame) < 0) return;
      auto it = wanted.find(index++);
      if (it != wanted.end()) {
        sws = sws_getCachedContext(sws, frame->width, frame->height, AVPixelFormat(frame->format), frame->width,
                                   frame->height, AV_PIX_FMT_RGBA, SWS_BILINEAR, nullptr, nullptr, nullptr);
        render::ImageRgba img{frame->width, frame->height, {}};
        img.pixels.resize(size_t(img.width) * img.height * 4);
        uint8_t* dst[1] = {img.pixels.data()};
        const int stride[1] = {img.width * 4};
        sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, stride);
        for (size_t pos : it->second) (*out)[pos] = img;
        ++found;
      }
      av_frame_unref(frame);
    }
  };
  while (found < wanted.size() && av_read_frame(in.fc, pkt) >= 0) {
    if (pkt->stream_index == video && avcodec_send_packet(c, pkt) >= 0) take();
    av_packet_unref(pkt);
  }
  if (found < wanted.size()) {
    avcodec_send_packet(c, nullptr);
    take();
  }
  sws_freeContext(sws);
  av_frame_free(&frame);
  av_packet_free(&pkt);
  avcodec_free_context(&c);
  if (found < wanted.size()) {
    *error = "`" + path + "` has only " + std::to_string(index) + " frames";
    return false;
  }
  return true;
}

bool decode_audio(const std::string& path, std::vector<float>* samples, int* sample_rate, std::string* error) {
  Input in;
  if (!in.open(path, error)) return false;
  int audio = -1;
  AVCodecContext* c = in.open_decoder(AVMEDIA_TYPE_AUDIO, path, "audio", &audio, error);
  if (!c) return false;
  *sample_rate = c->sample_rate;
  samples->clear();
  AVPacket* pkt = av_packet_alloc();
  AVFrame* frame = av_frame_alloc();
  const auto take = [&]() {
    while (avcodec_receive_frame(c, frame) >= 0) {
      const int ch = frame->ch_layout.nb_channels;
      for (int i = 0; i < frame->nb_samples; ++i) {
        double sum = 0;
        for (int k = 0; k < ch; ++k) {
          switch (frame->format) {
            case AV_SAMPLE_FMT_FLTP: sum += reinterpret_cast<const float*>(frame->extended_data[k])[i]; break;
            case AV_SAMPLE_FMT_FLT: sum += reinterpret_cast<const float*>(frame->data[0])[i * ch + k]; break;
            case AV_SAMPLE_FMT_S16P: sum += reinterpret_cast<const int16_t*>(frame->extended_data[k])[i] / 32768.0; break;
            case AV_SAMPLE_FMT_S16: sum += reinterpret_cast<const int16_t*>(frame->data[0])[i * ch + k] / 32768.0; break;
            default: break;
          }
        }
        samples->push_back(float(sum / std::max(1, ch)));
      }
      av_frame_unref(frame);
    }
  };
  while (av_read_frame(in.fc, pkt) >= 0) {
    if (pkt->stream_index == audio && avcodec_send_packet(c, pkt) >= 0) take();
    av_packet_unref(pkt);
  }
  avcodec_send_packet(c, nullptr);
  take();
  av_frame_free(&frame);
  av_packet_free(&pkt);
  avcodec_free_context(&c);
  return true;
}

}  // namespace ekonte::animatic
