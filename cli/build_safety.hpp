#pragma once
// What keeps a build's outputs safe: Ctrl-C asks the build to stop between shots (instead of
// killing it mid-write), and a lock file makes two builds into one folder take turns.
#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace ekonte::cli {

// Installs a SIGINT/SIGTERM handler that sets the returned flag (once per process). A second
// Ctrl-C while the flag is set exits at once: temporary files never replace outputs.
const std::atomic<bool>& install_interrupt_flag();
void clear_interrupt_flag();

// flock on OUTDIR/.ekonte-lock, held for the object's life. When another build holds it,
// prints that it waits and blocks until that build ends.
class OutputLock {
 public:
  explicit OutputLock(const std::string& out_dir);
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;
  bool ok() const { return fd_ >= 0; }
  const std::string& error() const { return error_; }

 private:
  int fd_ = -1;
  std::string error_;
};

// Locks every folder a build writes into (OUTDIR, and a `--shots-dir` outside it): each once,
// a folder inside another locked one not again, in one order for every build so that two builds
// with crossed folders cannot each hold one and wait for the other. Empty names are skipped.
// On failure returns no locks and sets `error`.
std::vector<std::unique_ptr<OutputLock>> lock_output_folders(const std::vector<std::string>& folders, std::string* error);

}  // namespace ekonte::cli
