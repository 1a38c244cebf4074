#include "tests/compiler/golden.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace ekonte::test {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::multiset<std::string> expected_diagnostics(const std::string& text) {
  std::multiset<std::string> out;
  std::istringstream in(text);
  const std::string marker = "// CHECK: ";
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto at = line.find(marker);
    if (at != std::string::npos) out.insert(line.substr(at + marker.size()));
  }
  return out;
}

void update_expectations(const std::string& path, const std::multiset<std::string>& actual) {
  std::istringstream in(read_file(path));
  std::string kept;
  for (std::string line; std::getline(in, line);)
    if (line.find("// CHECK: ") == std::string::npos) kept += line + "\n";
  while (kept.size() >= 2 && kept[kept.size() - 1] == '\n' && kept[kept.size() - 2] == '\n') kept.pop_back();
  kept += "\n";
  for (const auto& a : actual) kept += "// CHECK: " + a + "\n";
  std::ofstream(path, std::ios::binary) << kept;
}

std::vector<std::string> golden_files(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".eko") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace ekonte::test
