#include "cli/build_safety.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace ekonte::cli {
namespace {
std::atomic<bool> g_interrupted{false};

extern "C" void on_interrupt(int signal) {
  if (g_interrupted.exchange(true)) _exit(128 + signal);
}
}  // namespace

const std::atomic<bool>& install_interrupt_flag() {
  static const bool installed = [] {
    struct sigaction sa {};
    sa.sa_handler = on_interrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    return true;
  }();
  (void)installed;
  return g_interrupted;
}

void clear_interrupt_flag() { g_interrupted = false; }

OutputLock::OutputLock(const std::string& out_dir) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  const std::string path = (std::filesystem::path(out_dir) / ".ekonte-lock").string();
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    error_ = "cannot open the lock file `" + path + "`: " + std::strerror(errno);
    return;
  }
  if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return;
  std::cerr << "ekonte: another build is writing into `" << out_dir << "`; waiting for it to finish\n";
  while (::flock(fd_, LOCK_EX) != 0) {
    if (errno == EINTR && !g_interrupted) continue;
    error_ = g_interrupted ? "interrupted while waiting for `" + path + "`"
                           : "cannot lock `" + path + "`: " + std::strerror(errno);
    ::close(fd_);
    fd_ = -1;
    return;
  }
}

OutputLock::~OutputLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

std::vector<std::unique_ptr<OutputLock>> lock_output_folders(const std::vector<std::string>& folders, std::string* error) {
  namespace fs = std::filesystem;
  std::vector<fs::path> paths;
  for (const std::string& f : folders) {
    if (f.empty()) continue;
    std::error_code ec;
    fs::create_directories(f, ec);
    fs::path p = fs::weakly_canonical(f, ec);
    paths.push_back(ec ? fs::absolute(f).lexically_normal() : p);
  }
  std::sort(paths.begin(), paths.end());
  auto inside = [](const fs::path& inner, const fs::path& outer) {
    auto i = inner.begin(), o = outer.begin();
    for (; o != outer.end() && !o->empty(); ++i, ++o)
      if (i == inner.end() || *i != *o) return false;
    return true;
  };
  std::vector<fs::path> roots;
  for (const fs::path& p : paths)
    if (roots.empty() || !inside(p, roots.back())) roots.push_back(p);  // sorted: a parent comes first
  std::vector<std::unique_ptr<OutputLock>> locks;
  for (const fs::path& p : roots) {
    auto lock = std::make_unique<OutputLock>(p.string());
    if (!lock->ok()) {
      if (error) *error = lock->error();
      return {};
    }
    locks.push_back(std::move(lock));
  }
  return locks;
}

}  // namespace ekonte::cli
