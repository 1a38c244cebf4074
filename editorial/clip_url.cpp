#include "editorial/clip_url.hpp"

namespace ekonte::editorial {

namespace {

std::string percent_encoded(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_' || c == '.' || c == '~' || c == '/';
    if (keep) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

}  // namespace

std::string clip_url(const std::string& clips_dir, const std::string& file_name) {
  std::string path = clips_dir;
  if (!path.empty() && path.back() != '/') path += '/';
  path += file_name;
  const std::string encoded = percent_encoded(path);
  return path.starts_with('/') ? "file://" + encoded : encoded;
}

}  // namespace ekonte::editorial
