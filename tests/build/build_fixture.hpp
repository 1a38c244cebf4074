#pragma once
// A copy of the sample script and its reference images in a fresh temporary folder, with
// helpers to edit the script and compile it.
#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <utility>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "compiler/compile.hpp"
#include "pipeline/compile_script.hpp"

namespace ekonte::test {
namespace fs = std::filesystem;

// The `ekonte` the tests run: $EKONTE_BIN (set by CMake), else the build tree's.
inline std::string ekonte_bin() {
  const char* bin = std::getenv("EKONTE_BIN");
  return bin ? bin : std::string(EKONTE_BINARY_DIR) + "/cli/ekonte";
}

// Runs a shell command, returning its stdout and exit status.
inline std::pair<std::string, int> run(const std::string& command) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  REQUIRE(p);
  std::array<char, 4096> buf;
  for (size_t n; (n = fread(buf.data(), 1, buf.size(), p)) > 0;) out.append(buf.data(), n);
  const int status = pclose(p);
  return {out, WIFEXITED(status) ? WEXITSTATUS(status) : -1};
}

inline std::string read_bytes(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}
inline void write_bytes(const fs::path& p, const std::string& bytes) {
  std::ofstream f(p, std::ios::binary | std::ios::trunc);
  f << bytes;
}

struct SampleCopy {
  fs::path dir;
  fs::path script;
  explicit SampleCopy(const std::string& name) {
    dir = fs::temp_directory_path() / ("ekonte-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy(fs::path(EKONTE_SOURCE_DIR) / "samples", dir, fs::copy_options::recursive);
    script = dir / "fox-at-the-shrine.eko";
  }
  ~SampleCopy() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  // Replaces the first occurrence of `from`; false when it is not in the script.
  bool edit(const std::string& from, const std::string& to) const {
    std::string text = read_bytes(script);
    const auto at = text.find(from);
    if (at == std::string::npos) return false;
    text.replace(at, from.size(), to);
    write_bytes(script, text);
    return true;
  }
  CompileResult compile() const { return compile_source(script.string(), read_bytes(script)); }
  pipeline::CompiledScript compile_script() const { return pipeline::compile_script(script.string()); }
};

}  // namespace ekonte::test
