#pragma once
// Runs `work(i)` for i in [0, n) on up to `jobs` threads (the caller's among them).
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace ekonte::pipeline {

template <typename Work>
void parallel_for(size_t n, int jobs, Work&& work) {
  std::atomic<size_t> next{0};
  auto run = [&] {
    for (size_t i; (i = next.fetch_add(1)) < n;) work(i);
  };
  const size_t threads = std::min(n, size_t(std::max(1, jobs)));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(run);
  run();
  for (auto& t : pool) t.join();
}

}  // namespace ekonte::pipeline
