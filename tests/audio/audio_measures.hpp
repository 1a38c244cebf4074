#pragma once
// Numbers a test can state about speech it cannot listen to: loudness (RMS) over a stretch of
// the track and the voice's pitch (autocorrelation), and a script compiled in memory.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "audio/scratch_track.hpp"
#include "compiler/compile.hpp"

namespace ekonte::test {

inline ShotGraph compile_script_text(const std::string& text) {
  CompileOptions options;
  options.check_sheet_files = false;
  auto result = compile_source("t.eko", text, options);
  REQUIRE_MESSAGE(result.ok(), "the test script compiles");
  return result.graph;
}

// Root mean square of samples [from_s, to_s) of `samples` at `rate` Hz, in int16 units.
inline double rms(const std::vector<int16_t>& samples, uint32_t rate, double from_s, double to_s) {
  const size_t a = std::min(samples.size(), static_cast<size_t>(std::max(0.0, from_s) * rate));
  const size_t b = std::min(samples.size(), static_cast<size_t>(std::max(0.0, to_s) * rate));
  if (b <= a) return 0;
  double sum = 0;
  for (size_t i = a; i < b; ++i) sum += double(samples[i]) * samples[i];
  return std::sqrt(sum / double(b - a));
}

// The median fundamental frequency (Hz) of the voiced 40 ms windows of [from_s, to_s): for each
// window loud enough to be a vowel, the lag of the autocorrelation's peak between 60 and 600 Hz.
inline double median_pitch_hz(const std::vector<int16_t>& samples, uint32_t rate, double from_s, double to_s) {
  const size_t window = rate / 25;
  const size_t min_lag = rate / 600, max_lag = rate / 60;
  const size_t a = static_cast<size_t>(from_s * rate), b = std::min(samples.size(), static_cast<size_t>(to_s * rate));
  const double loudest = [&] {
    double m = 0;
    for (size_t s = a; s + window <= b; s += window) m = std::max(m, rms(samples, rate, double(s) / rate, double(s + window) / rate));
    return m;
  }();
  std::vector<double> pitches;
  for (size_t s = a; s + window + max_lag <= b; s += window / 2) {
    if (rms(samples, rate, double(s) / rate, double(s + window) / rate) < 0.3 * loudest) continue;
    double energy = 0;
    for (size_t i = 0; i < window; ++i) energy += double(samples[s + i]) * samples[s + i];
    std::vector<double> c(max_lag + 2, 0.0);
    double best = 0;
    for (size_t lag = min_lag; lag <= max_lag + 1; ++lag) {
      for (size_t i = 0; i < window; ++i) c[lag] += double(samples[s + i]) * samples[s + i + lag];
      best = std::max(best, c[lag]);
    }
    if (best < 0.3 * energy) continue;  // unvoiced
    // The first peak nearly as high as the highest: the period, not a multiple of it.
    for (size_t lag = min_lag + 1; lag <= max_lag; ++lag)
      if (c[lag] >= 0.85 * best && c[lag] >= c[lag - 1] && c[lag] >= c[lag + 1]) {
        pitches.push_back(double(rate) / lag);
        break;
      }
  }
  if (pitches.empty()) return 0;
  std::nth_element(pitches.begin(), pitches.begin() + pitches.size() / 2, pitches.end());
  return pitches[pitches.size() / 2];
}

}  // namespace ekonte::test
