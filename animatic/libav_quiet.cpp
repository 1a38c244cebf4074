#include "animatic/libav_quiet.hpp"

#include <mutex>

extern "C" {
#include <libavutil/log.h>
}

namespace ekonte::animatic {

void silence_libav_logs() {
  static std::once_flag once;
  std::call_once(once, [] { av_log_set_level(AV_LOG_QUIET); });
}

}  // namespace ekonte::animatic
