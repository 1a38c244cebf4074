#pragma once
// Library code never prints: libavcodec/libavformat log to stderr by default, so every entry
// point of the animatic silences them first and reports failures through its return values.
namespace ekonte::animatic {
void silence_libav_logs();
}  // namespace ekonte::animatic
