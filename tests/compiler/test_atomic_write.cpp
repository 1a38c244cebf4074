// Atomic output writing: regular files are replaced whole; symlinks keep the link and replace
// the target; FIFOs and devices are written straight through, never replaced by a file.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "support/atomic_write.hpp"
#include "tests/temp_dir.hpp"

namespace fs = std::filesystem;

namespace {
using ekonte::test::TempDir;
std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("a regular file is replaced whole and no temporary file is left") {
  const TempDir fresh("atomic-regular");
  const fs::path& d = fresh.path;
  const fs::path f = d / "out" / "graph.json";
  std::string error;
  REQUIRE(ekonte::write_file_atomically(f.string(), "first", &error));
  REQUIRE(ekonte::write_file_atomically(f.string(), "second", &error));
  CHECK(slurp(f) == "second");
  size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(f.parent_path())) ++entries;
  CHECK(entries == 1);
  fs::remove_all(d);
}

TEST_CASE("a symlink is kept and its target is replaced") {
  const TempDir fresh("atomic-symlink");
  const fs::path& d = fresh.path;
  const fs::path target = d / "real.pdf";
  const fs::path link = d / "latest.pdf";
  std::ofstream(target) << "old";
  fs::create_symlink("real.pdf", link);
  std::string error;
  REQUIRE(ekonte::write_file_atomically(link.string(), "new", &error));
  CHECK(fs::is_symlink(fs::symlink_status(link)));
  CHECK(slurp(target) == "new");
  fs::remove_all(d);
}

TEST_CASE("a FIFO is written through, not replaced by a regular file") {
  const TempDir fresh("atomic-fifo");
  const fs::path& d = fresh.path;
  const fs::path fifo = d / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string received;
  std::thread reader([&] { received = slurp(fifo); });
  std::string error;
  const bool ok = ekonte::write_file_atomically(fifo.string(), "through the pipe", &error);
  reader.join();
  CHECK(ok);
  CHECK(received == "through the pipe");
  CHECK(fs::is_fifo(fs::status(fifo)));
  fs::remove_all(d);
}

TEST_CASE("a character device is written through, not replaced (a null device made here)") {
  const TempDir fresh("atomic-device");
  const fs::path& d = fresh.path;
  const fs::path dev = d / "null";
  // The machine's own /dev/null is never touched: make a null device (1, 3) in a temp folder.
  if (::mknod(dev.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
    MESSAGE("cannot create a device node here (not root); skipped");
    fs::remove_all(d);
    return;
  }
  std::string error;
  CHECK(ekonte::write_file_atomically(dev.string(), "discarded", &error));
  struct stat st {};
  REQUIRE(::stat(dev.c_str(), &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
  // A writer that makes its own temporary file (Cairo) commits through the device too.
  std::ofstream(ekonte::temp_path_for(dev.string())) << "pdf bytes";
  CHECK(ekonte::commit_temp_file(dev.string(), &error));
  REQUIRE(::stat(dev.c_str(), &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
  CHECK(!fs::exists(ekonte::temp_path_for(dev.string())));
  fs::remove_all(d);
}

TEST_CASE("a folder is refused with its name") {
  const TempDir fresh("atomic-folder");
  const fs::path& d = fresh.path;
  std::string error;
  CHECK(!ekonte::write_file_atomically(d.string(), "x", &error));
  CHECK(error.find("it is a folder") != std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("a file written piece by piece is replaced whole, as one written from a string") {
  const TempDir fresh("atomic-streamed");
  const fs::path& d = fresh.path;
  const fs::path f = d / "graph.json";
  std::string error;
  REQUIRE(ekonte::write_file_atomically(f.string(), "old", &error));
  REQUIRE(ekonte::write_file_atomically(
      f.string(), [](std::ostream& out) { for (int i = 0; i < 1000; ++i) out << "piece " << i << "\n"; }, &error));
  std::string expected;
  for (int i = 0; i < 1000; ++i) expected += "piece " + std::to_string(i) + "\n";
  CHECK(slurp(f) == expected);
  size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(d)) ++entries;
  CHECK(entries == 1);
}
