// The neural generator is a plugin: commands that do not ask for it never load libtorch, and a
// plugin that is missing or is not a plugin is a clear error naming the file and the package.
#include <doctest/doctest.h>
#include <link.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/commands.hpp"
#include "tests/build/build_fixture.hpp"

using namespace ekonte::test;

namespace {

bool torch_is_loaded() {
  bool found = false;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* data) {
        if (info->dlpi_name && std::string(info->dlpi_name).find("libtorch") != std::string::npos)
          *static_cast<bool*>(data) = true;
        return 0;
      },
      &found);
  return found;
}

const std::string kSample = std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko";

}  // namespace

TEST_CASE("checking and compiling a script loads no part of libtorch") {
  CHECK(ekonte::cli::command_check({kSample}) == 0);
  CHECK(ekonte::cli::command_compile({kSample, "-o", (fs::temp_directory_path() / "plugin-test-graph.json").string()}) == 0);
  CHECK_FALSE(torch_is_loaded());
}

TEST_CASE("a neural build whose plugin is missing names the file and the package, exit 2") {
  const auto [output, status] = run("EKONTE_NEURAL_PLUGIN=/nonexistent/ekonte-neural.so " + ekonte_bin() + " build " + kSample +
                     " -o " + (fs::temp_directory_path() / "plugin-test-out").string() + " --generator neural --quiet 2>&1");
  CHECK(status == 2);
  CHECK(output.find("/nonexistent/ekonte-neural.so") != std::string::npos);
  CHECK(output.find("libtorch-dev") != std::string::npos);
}

TEST_CASE("a file that is not the plugin is refused with its name, exit 2") {
  const fs::path fake = fs::temp_directory_path() / "not-a-plugin.so";
  std::ofstream(fake) << "not a shared library\n";
  const auto [output, status] = run("EKONTE_NEURAL_PLUGIN=" + fake.string() + " " + ekonte_bin() + " eval 2>&1");
  CHECK(status == 2);
  CHECK(output.find(fake.string()) != std::string::npos);
}

#ifdef EKONTE_TEST_WITH_NEURAL
TEST_CASE("`ekonte train` without arguments reaches the plugin's own usage message") {
  const auto [output, status] = run(ekonte_bin() + " train 2>&1");
  CHECK(status == 2);
  CHECK(output.find("usage: ekonte train --out FILE") != std::string::npos);
}
#endif
