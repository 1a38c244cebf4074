#pragma once
// The edit the incremental benchmarks make between two builds: the first `from` in a script
// file replaced by `to`, as a writer's one-line revision.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace ekonte::bench {

// False when `from` is not in the file (the edit was not made).
inline bool replace_in(const std::filesystem::path& file, const std::string& from, const std::string& to) {
  std::ifstream in(file, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  const auto at = text.find(from);
  if (at == std::string::npos) return false;
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
  return true;
}

}  // namespace ekonte::bench
