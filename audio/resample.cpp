#include "audio/resample.hpp"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/samplefmt.h>
#include <libswresample/swresample.h>
}

namespace ekonte::audio {

std::vector<int16_t> resample(const std::vector<int16_t>& samples, uint32_t from_rate, uint32_t to_rate) {
  if (from_rate == to_rate || samples.empty()) return samples;
  if (from_rate == 0 || to_rate == 0) return {};
  SwrContext* swr = nullptr;
  AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
  if (swr_alloc_set_opts2(&swr, &mono, AV_SAMPLE_FMT_S16, static_cast<int>(to_rate), &mono, AV_SAMPLE_FMT_S16,
                          static_cast<int>(from_rate), 0, nullptr) < 0 ||
      swr_init(swr) < 0) {
    swr_free(&swr);
    return {};
  }
  // Room for the converted samples plus the filter's delay, flushed below.
  const int capacity = swr_get_out_samples(swr, static_cast<int>(samples.size())) + 256;
  std::vector<int16_t> out(static_cast<size_t>(capacity));
  const uint8_t* in_planes[1] = {reinterpret_cast<const uint8_t*>(samples.data())};
  uint8_t* out_planes[1] = {reinterpret_cast<uint8_t*>(out.data())};
  int produced = swr_convert(swr, out_planes, capacity, in_planes, static_cast<int>(samples.size()));
  if (produced >= 0) {
    out_planes[0] = reinterpret_cast<uint8_t*>(out.data() + produced);
    const int tail = swr_convert(swr, out_planes, capacity - produced, nullptr, 0);
    if (tail > 0) produced += tail;
  }
  swr_free(&swr);
  if (produced < 0) return {};
  out.resize(static_cast<size_t>(produced));
  return out;
}

}  // namespace ekonte::audio
