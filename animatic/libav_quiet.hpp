#pragma once
// Library code never prints: libavcodec/libavformat log to stderr by default, so every entry
// point of the animatic silences them first and reports failures through its return values,
// with libav's own words for the error code.
#include <string>

namespace ekonte::animatic {
void silence_libav_logs();
// libav's message for a negative AVERROR code ("No space left on device").
std::string av_error(int code);
}  // namespace ekonte::animatic
