#pragma once
// How OTIO and FCPXML point at a clip file: a file:// URL for an absolute path, else a relative
// URL (both percent-encoded: a space or `#` in a folder name must not end the path).
#include <string>

namespace ekonte::editorial {

std::string clip_url(const std::string& clips_dir, const std::string& file_name);

}  // namespace ekonte::editorial
