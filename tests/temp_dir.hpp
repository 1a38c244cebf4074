#pragma once
// An empty folder of a test's own under the system's temp folder
// (ekonte-NAME-PID), removed with everything in it when the object goes.
#include <unistd.h>

#include <filesystem>
#include <string>

namespace ekonte::test {

struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& name)
      : path(std::filesystem::temp_directory_path() / ("ekonte-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    // A case may leave a folder read-only (to test a failed write): make it removable again.
    std::filesystem::permissions(path, std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

}  // namespace ekonte::test
