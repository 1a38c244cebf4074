#include "support/atomic_write.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace ekonte {

std::string temp_path_for(const std::string& path) {
  // The process id keeps two concurrent writers from sharing a temporary file.
  return path + ".tmp-" + std::to_string(::getpid());
}

bool commit_temp_file(const std::string& path, std::string* error) {
  const std::string tmp = temp_path_for(path);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    if (error) *error = "cannot move `" + tmp + "` to `" + path + "`: " + std::strerror(errno);
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

void discard_temp_file(const std::string& path) { std::remove(temp_path_for(path).c_str()); }

bool write_file_atomically(const std::string& path, std::string_view bytes, std::string* error) {
  std::error_code ec;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  if (ec) {
    if (error) *error = "cannot create folder `" + parent.string() + "`: " + ec.message();
    return false;
  }
  const std::string tmp = temp_path_for(path);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      if (error) *error = "cannot write `" + path + "`: " + std::strerror(errno);
      return false;
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      if (error) *error = "cannot write `" + path + "`: " + std::strerror(errno);
      out.close();
      std::remove(tmp.c_str());
      return false;
    }
  }
  return commit_temp_file(path, error);
}

}  // namespace ekonte
