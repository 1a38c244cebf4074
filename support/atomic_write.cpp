#include "support/atomic_write.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace ekonte {
namespace fs = std::filesystem;
namespace {

// Links followed before giving up (as the kernel's ELOOP limit).
constexpr int kMaxLinkHops = 40;

// True when `path` names something that exists and is not a regular file or a folder: a
// character or block device, a FIFO or a socket. Such a path is written straight through;
// renaming a temporary file over it would replace the device itself (`-o /dev/null` as root).
bool is_special_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return false;
  return !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

bool write_through(const std::string& path, const std::function<void(std::ostream&)>& write, std::string* error) {
  std::ofstream out(path, std::ios::binary | std::ios::out);
  if (out) write(out);
  if (out) out.flush();
  if (!out) {
    if (error) *error = "cannot write `" + path + "`: " + std::strerror(errno);
    return false;
  }
  return true;
}

}  // namespace

std::string output_target(const std::string& path) {
  fs::path p(path);
  std::error_code ec;
  for (int hop = 0; hop < kMaxLinkHops && fs::is_symlink(fs::symlink_status(p, ec)); ++hop) {
    const fs::path target = fs::read_symlink(p, ec);
    if (ec) break;
    p = target.is_absolute() ? target : p.parent_path() / target;
  }
  return p.string();
}

std::string temp_path_for(const std::string& path) {
  const std::string target = output_target(path);
  // The process id keeps two concurrent writers from sharing a temporary file.
  const std::string suffix = ".tmp-" + std::to_string(::getpid());
  if (is_special_file(target)) {
    std::error_code ec;
    return (fs::temp_directory_path(ec) / ("ekonte-" + fs::path(target).filename().string() + suffix)).string();
  }
  return target + suffix;
}

bool commit_temp_file(const std::string& path, std::string* error) {
  const std::string target = output_target(path);
  const std::string tmp = temp_path_for(path);
  if (is_special_file(target)) {
    std::ifstream in(tmp, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), {});
    std::remove(tmp.c_str());
    return write_through(target, [&](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); }, error);
  }
  if (std::rename(tmp.c_str(), target.c_str()) != 0) {
    if (error) *error = "cannot move `" + tmp + "` to `" + target + "`: " + std::strerror(errno);
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

void discard_temp_file(const std::string& path) { std::remove(temp_path_for(path).c_str()); }

bool write_file_atomically(const std::string& path, std::string_view bytes, std::string* error) {
  return write_file_atomically(
      path, [&](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); }, error);
}

bool write_file_atomically(const std::string& path, const std::function<void(std::ostream&)>& write,
                           std::string* error) {
  const std::string target = output_target(path);
  std::error_code ec;
  if (fs::is_directory(target, ec)) {
    if (error) *error = "cannot write `" + path + "`: it is a folder";
    return false;
  }
  if (is_special_file(target)) return write_through(target, write, error);
  const auto parent = fs::path(target).parent_path();
  if (!parent.empty()) fs::create_directories(parent, ec);
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
    write(out);
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
