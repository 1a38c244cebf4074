#pragma once
// Build progress on stderr: a bar redrawn in place on a terminal (done/total, rate, ETA), plain
// one-line-per-stage logs otherwise (CI logs), nothing with --quiet.
#include <chrono>
#include <cstddef>
#include <string>

namespace ekonte::cli {

class ProgressBar {
 public:
  enum class Mode { Bar, Lines, Quiet };
  static Mode mode_for_stderr(bool quiet);
  explicit ProgressBar(Mode mode) : mode_(mode) {}
  void stage(const std::string& text);   // "rendering 3 shots"; a line in Lines mode
  void set_unit(const std::string& unit) { unit_ = unit; }  // what the rate counts: "shots", "frames"
  void update(size_t done, size_t total);
  void finish();                         // ends the bar's line
  Mode mode() const { return mode_; }

 private:
  Mode mode_;
  std::string label_;
  std::string unit_ = "shots";
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  bool drawn_ = false;
};

}  // namespace ekonte::cli
