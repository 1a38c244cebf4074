#pragma once
// A shot's clip or a transition's frames -> one encoded segment.
#include <atomic>
#include <optional>
#include <string>

#include "animatic/encode_segment.hpp"
#include "animatic/shot_clip.hpp"

namespace ekonte::animatic {

// Every frame of `clip`. A clip without motion is one picture held: converted once, repeated.
// Nothing, with `error` set, when the encoder fails or `cancel` is set.
std::optional<VideoSegment> encode_clip(const ShotClip& clip, const EncoderSettings& settings,
                                        const std::atomic<bool>* cancel, std::string* error);

// The `frames` frames of a dissolve or fade between `from` (the outgoing clip's last frame)
// and `to` (the incoming clip's first); a null side is black.
std::optional<VideoSegment> encode_transition(const render::ImageRgba* from, const render::ImageRgba* to,
                                              uint32_t frames, const EncoderSettings& settings, std::string* error);

}  // namespace ekonte::animatic
