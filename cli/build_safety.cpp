#include "cli/build_safety.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

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

}  // namespace ekonte::cli
