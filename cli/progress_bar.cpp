#include "cli/progress_bar.hpp"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace ekonte::cli {

ProgressBar::Mode ProgressBar::mode_for_stderr(bool quiet) {
  if (quiet) return Mode::Quiet;
  return ::isatty(STDERR_FILENO) ? Mode::Bar : Mode::Lines;
}

void ProgressBar::stage(const std::string& text) {
  finish();
  label_ = text;
  start_ = std::chrono::steady_clock::now();
  if (mode_ == Mode::Lines) std::cerr << "ekonte: " << text << "\n";
}

void ProgressBar::update(size_t done, size_t total) {
  if (mode_ != Mode::Bar || total == 0) return;
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = elapsed > 0 ? double(done) / elapsed : 0.0;
  const double eta = rate > 0 ? double(total - done) / rate : 0.0;
  constexpr int kWidth = 30;  // characters of the bar itself
  const int filled = int(kWidth * done / total);
  char line[160];
  std::snprintf(line, sizeof line, "\r%s [%-*s] %zu/%zu  %.1f %s/s  ETA %.0f s \x1b[K", label_.c_str(), kWidth,
                std::string(size_t(filled), '#').c_str(), done, total, rate, unit_.c_str(), eta);
  std::cerr << line << std::flush;
  drawn_ = true;
}

void ProgressBar::finish() {
  if (drawn_) std::cerr << "\n";
  drawn_ = false;
}

}  // namespace ekonte::cli
