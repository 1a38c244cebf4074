#include "animatic/encode_clip.hpp"

namespace ekonte::animatic {

std::optional<VideoSegment> encode_clip(const ShotClip& clip, const EncoderSettings& settings,
                                        const std::atomic<bool>* cancel, std::string* error) {
  SegmentEncoder encoder(settings);
  if (!encoder.ok()) {
    *error = encoder.error();
    return std::nullopt;
  }
  ClipPainter painter(clip);
  render::ImageRgba frame;
  // Holds before the last new picture (a subtitle that appears, a change of pose) stay in the
  // encoder's run: a new picture after skipped frames would cost a key frame of its own.
  uint32_t last_change = 0;
  for (uint32_t f = 1; f < clip.frames; ++f)
    if (!painter.same_as_previous(f)) last_change = f;
  for (uint32_t f = 0; f < clip.frames; ++f) {
    if (cancel && cancel->load()) {
      *error = "interrupted";
      return std::nullopt;
    }
    bool ok;
    if (painter.same_as_previous(f)) {
      ok = encoder.repeat(f < last_change);
    } else {
      painter.draw(f, &frame);
      ok = encoder.add(frame, f >= last_change && f + 1 < clip.frames && painter.same_as_previous(f + 1));
    }
    if (!ok) {
      *error = encoder.error();
      return std::nullopt;
    }
  }
  auto segment = encoder.finish();
  if (!segment) *error = encoder.error();
  return segment;
}

std::optional<VideoSegment> encode_transition(const render::ImageRgba* from, const render::ImageRgba* to,
                                              uint32_t frames, const EncoderSettings& settings, std::string* error) {
  SegmentEncoder encoder(settings);
  render::ImageRgba frame;
  // A clip's handle (editorial::clip_media) blends a picture with itself: one picture held.
  const bool held = from && from == to && from->width == settings.width && from->height == settings.height;
  for (uint32_t i = 0; i < frames && encoder.ok(); ++i) {
    if (held && i > 0) {
      encoder.repeat();
    } else if (held) {
      encoder.add(*from, frames > 1);
    } else {
      draw_transition_frame(from, to, i, frames, settings.width, settings.height, &frame);
      encoder.add(frame);
    }
  }
  auto segment = encoder.finish();
  if (!segment) *error = encoder.error();
  return segment;
}

}  // namespace ekonte::animatic
