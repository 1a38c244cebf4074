// The `ekonte` executable maps only the compiler stack; everything that draws, lays out, encodes
// or speaks is in the studio plugin (cli/studio/plugin_api.hpp), opened only by the commands that
// need it. A plugin that is missing or is not the studio is a clear error naming the file.
#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "tests/build/build_fixture.hpp"

using namespace ekonte::test;

namespace {

const std::string kSample = std::string(EKONTE_SOURCE_DIR) + "/samples/fox-at-the-shrine.eko";
const std::string kMissing = "EKONTE_STUDIO_PLUGIN=/nonexistent/ekonte-studio.so ";

}  // namespace

TEST_CASE("the executable links no drawing, text shaping, video, speech or libtorch library") {
  const auto [libraries, status] = run("ldd " + ekonte_bin());
  REQUIRE(status == 0);
  CHECK(libraries.find("libekonte-core.so") != std::string::npos);
  for (const char* heavy : {"libavcodec", "libavformat", "libswresample", "libespeak-ng", "librsvg", "libharfbuzz",
                            "libpango", "libgio", "libtorch", "ekonte-studio.so"})
    CHECK_MESSAGE(libraries.find(heavy) == std::string::npos, heavy, " is mapped by every `ekonte` command");
}

TEST_CASE("the commands that only read a script run without the studio plugin") {
  const fs::path dir = fs::temp_directory_path() / "studio-plugin-test";
  fs::create_directories(dir);
  CHECK(run(kMissing + ekonte_bin() + " --version").second == 0);
  CHECK(run(kMissing + ekonte_bin() + " check " + kSample).second == 0);
  CHECK(run(kMissing + ekonte_bin() + " compile " + kSample + " -o " + (dir / "graph.json").string()).second == 0);
  CHECK(run(kMissing + ekonte_bin() + " explain " + kSample + " 1").second == 0);
  CHECK(run(kMissing + ekonte_bin() + " vocabulary framing").second == 0);
}

TEST_CASE("a drawing command whose studio plugin is missing names the file, exit 2") {
  // Outputs go to a temp folder, should a broken build write them.
  const std::string dir = (fs::temp_directory_path() / "studio-plugin-test").string();
  for (const std::string& command : std::vector<std::string>{"build " + kSample + " --quiet -o " + dir + "/out",
                                                              "sheet " + kSample + " -o " + dir + "/sheet.pdf",
                                                              "vocabulary props --sheet " + dir + "/props.pdf", "eval"}) {
    CAPTURE(command);
    const auto [output, status] = run(kMissing + ekonte_bin() + " " + command + " 2>&1");
    CHECK(status == 2);
    CHECK(output.find("/nonexistent/ekonte-studio.so") != std::string::npos);
    CHECK(output.find("studio plugin was not found") != std::string::npos);
  }
}

TEST_CASE("a file that is not the studio plugin is refused with its name, exit 2") {
  const fs::path fake = fs::temp_directory_path() / "not-a-studio-plugin.so";
  std::ofstream(fake) << "not a shared library\n";
  const std::string out = (fs::temp_directory_path() / "studio-plugin-test" / "out").string();
  const auto [output, status] =
      run("EKONTE_STUDIO_PLUGIN=" + fake.string() + " " + ekonte_bin() + " build " + kSample + " -o " + out + " 2>&1");
  CHECK(status == 2);
  CHECK(output.find("cannot load the studio plugin `" + fake.string() + "`") != std::string::npos);
}

TEST_CASE("a shared library that loads the studio but is not it is refused") {
  // The neural plugin links the studio, so the studio's entry point is reachable through it.
  const std::string neural = std::string(EKONTE_BINARY_DIR) + "/lib/ekonte/ekonte-neural.so";
  if (!fs::exists(neural)) return;  // built without the neural generator
  const std::string out = (fs::temp_directory_path() / "studio-plugin-test" / "out").string();
  const auto [output, status] =
      run("EKONTE_STUDIO_PLUGIN=" + neural + " " + ekonte_bin() + " build " + kSample + " -o " + out + " 2>&1");
  CHECK(status == 2);
  CHECK(output.find("`" + neural + "` is not the studio plugin of this Ekonte build") != std::string::npos);
}

TEST_CASE("the studio plugin runs the drawing commands") {
  const fs::path out = fs::temp_directory_path() / "studio-plugin-test" / "props.pdf";
  const auto [output, status] = run(ekonte_bin() + " vocabulary props --sheet " + out.string() + " 2>&1");
  CHECK(status == 0);
  CHECK(fs::file_size(out) > 0);
}
