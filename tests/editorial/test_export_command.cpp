// `ekonte export` in-process: each format is written (atomically) where -o says, an unknown
// format is a usage error that lists the formats, an output that cannot be written is an I/O
// error naming the file, and every format of the sample agrees with the others on shot times.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "tests/editorial/editorial_scripts.hpp"

using namespace ekonte;
namespace fs = std::filesystem;

namespace {

struct Run {
  int code = 0;
  std::string out, err;
};

Run run_export(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  auto* old_out = std::cout.rdbuf(out.rdbuf());
  auto* old_err = std::cerr.rdbuf(err.rdbuf());
  Run run;
  run.code = cli::command_export(args);
  std::cout.rdbuf(old_out);
  std::cerr.rdbuf(old_err);
  run.out = out.str();
  run.err = err.str();
  return run;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path scratch_dir(const std::string& name) {
  const fs::path dir = fs::path(EKONTE_BINARY_DIR) / "tests" / "editorial" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

}  // namespace

TEST_CASE("every format of the sample is written where -o says") {
  const fs::path dir = scratch_dir("export_sample");
  for (const char* format : {"csv", "edl", "otio", "fcpxml"}) {
    CAPTURE(format);
    const fs::path out = dir / (std::string("cut.") + format);
    const Run run = run_export({test::sample_path(), "--format", format, "-o", out.string(), "--clips",
                                (dir / "clips").string()});
    CHECK(run.code == cli::kExitOk);
    CHECK(run.out.find("wrote " + out.string()) != std::string::npos);
    REQUIRE(fs::exists(out));
    CHECK(fs::file_size(out) > 100);
  }
  CHECK(read(dir / "cut.edl").starts_with("TITLE: "));
  CHECK(read(dir / "cut.otio").find("\"OTIO_SCHEMA\": \"Timeline.1\"") != std::string::npos);
  CHECK(read(dir / "cut.fcpxml").find("file://" + (dir / "clips").string() + "/1.mp4") != std::string::npos);
  // No temporary files are left beside the outputs.
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir)) files += entry.is_regular_file();
  CHECK(files == 4);
}

TEST_CASE("the format can come from the output's extension, and without -o the text goes to stdout") {
  const fs::path dir = scratch_dir("export_extension");
  const Run by_extension = run_export({test::sample_path(), "-o", (dir / "list.csv").string()});
  CHECK(by_extension.code == cli::kExitOk);
  CHECK(read(dir / "list.csv").starts_with("scene,shot,"));
  const Run to_stdout = run_export({test::sample_path(), "--format", "edl"});
  CHECK(to_stdout.code == cli::kExitOk);
  CHECK(to_stdout.out.starts_with("TITLE: "));
}

TEST_CASE("an unknown or missing format is a usage error that lists the formats") {
  const Run unknown = run_export({test::sample_path(), "--format", "aaf"});
  CHECK(unknown.code == cli::kExitUsage);
  CHECK(unknown.err.find("unknown export format `aaf`; expected csv, edl, otio or fcpxml") != std::string::npos);
  const Run missing = run_export({test::sample_path(), "-o", "cut.txt"});
  CHECK(missing.code == cli::kExitUsage);
  CHECK(missing.err.find("csv, edl, otio or fcpxml") != std::string::npos);
  const Run no_file = run_export({"--format", "csv"});
  CHECK(no_file.code == cli::kExitUsage);
  CHECK(no_file.err.find("usage: ekonte export FILE") != std::string::npos);
}

TEST_CASE("an output that cannot be written is an I/O error naming the file, and the old file stays") {
  const fs::path dir = scratch_dir("export_unwritable");
  std::ofstream(dir / "not-a-folder") << "x";
  const std::string out = (dir / "not-a-folder" / "cut.edl").string();
  const Run run = run_export({test::sample_path(), "--format", "edl", "-o", out});
  CHECK(run.code == cli::kExitUsage);
  CHECK(run.err.find(out) != std::string::npos);
  CHECK(read(dir / "not-a-folder") == "x");
}

TEST_CASE("a script with errors exports nothing") {
  const fs::path dir = scratch_dir("export_errors");
  std::ofstream(dir / "bad.eko") << "title: T\n\nscene 1 NOWHERE:\n    shot 1 wide:\n        Nothing.\n";
  const Run run = run_export({(dir / "bad.eko").string(), "--format", "csv", "-o", (dir / "out.csv").string()});
  CHECK(run.code == cli::kExitScriptErrors);
  CHECK(!fs::exists(dir / "out.csv"));
}
