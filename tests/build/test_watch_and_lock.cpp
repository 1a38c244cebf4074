// Two builds into one folder wait for each other instead of interleaving their writes (a
// `--shots-dir` outside the output folder is locked as well), and
// `ekonte watch` rebuilds when the script is saved: an action edit re-renders one shot, a
// dialogue edit none.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <thread>

#include "tests/build/build_fixture.hpp"

using namespace ekonte::test;
using namespace std::chrono_literals;

namespace {


// Starts `ekonte ARGS...` in `dir` with stdout and stderr to `log`; returns its pid.
pid_t spawn(const fs::path& dir, const fs::path& log, const std::vector<std::string>& args) {
  const pid_t pid = fork();
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(127);
    const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(fd, 1);
    dup2(fd, 2);
    std::vector<std::string> all = {ekonte_bin()};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

int wait_exit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

size_t count(const std::string& text, const std::regex& pattern) {
  return static_cast<size_t>(std::distance(std::sregex_iterator(text.begin(), text.end(), pattern), std::sregex_iterator()));
}

// Waits until `log` holds `n` summary lines, or the deadline passes.
std::string wait_for_summaries(const fs::path& log, size_t n, std::chrono::seconds deadline) {
  const std::regex summary(R"(\d+ shots: \d+ rendered, \d+ cached;)");
  const auto until = std::chrono::steady_clock::now() + deadline;
  std::string text;
  while (std::chrono::steady_clock::now() < until) {
    text = read_bytes(log);
    if (count(text, summary) >= n) break;
    std::this_thread::sleep_for(100ms);
  }
  return text;
}

// Polls until another process holds `lock` (flock), or the deadline passes.
bool wait_until_locked(const fs::path& lock, std::chrono::milliseconds deadline) {
  const auto until = std::chrono::steady_clock::now() + deadline;
  while (std::chrono::steady_clock::now() < until) {
    const int fd = ::open(lock.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0;
      ::close(fd);  // releases the shared lock if we got it
      if (held) return true;
    }
    std::this_thread::sleep_for(1ms);
  }
  return false;
}

}  // namespace

TEST_CASE("two builds into one folder serialize on the lock and both succeed") {
  SampleCopy s("lock");
  const std::vector<std::string> args = {"build", "fox-at-the-shrine.eko", "-o", "out", "--size", "320x180", "--force"};
  // The first draws at full size, so it still holds the lock when the second has started up.
  std::vector<std::string> first = args;
  first[5] = "1280x720";
  const pid_t a = spawn(s.dir, s.dir / "a.log", first);
  // The second starts once the first holds the lock (a build of the sample can be over in a
  // fraction of a second, so a fixed delay would race it).
  CHECK(wait_until_locked(s.dir / "out" / ".ekonte-lock", 20s));
  const pid_t b = spawn(s.dir, s.dir / "b.log", args);
  CHECK(wait_exit(a) == 0);
  CHECK(wait_exit(b) == 0);
  const std::string logs = read_bytes(s.dir / "a.log") + read_bytes(s.dir / "b.log");
  CHECK(count(logs, std::regex("20 shots: 20 rendered, 0 cached;")) == 2);
  CHECK(logs.find("another build is writing into") != std::string::npos);
  for (const char* pdf : {"storyboard.pdf", "ekonte.pdf", "manga.pdf"}) {
    const std::string bytes = read_bytes(s.dir / "out" / pdf);
    CHECK(bytes.rfind("%PDF", 0) == 0);
    CHECK(bytes.find("%%EOF") != std::string::npos);
  }
  for (const auto& entry : fs::recursive_directory_iterator(s.dir / "out"))
    CHECK_MESSAGE(entry.path().string().find(".tmp-") == std::string::npos, "temp file left: " << entry.path());
}

TEST_CASE("a --shots-dir outside OUTDIR is locked too: a build waits while another holds it") {
  SampleCopy s("shots-lock");
  fs::create_directories(s.dir / "shots");
  // Another build holds the shots folder's lock (this test stands in for it).
  const int held = ::open((s.dir / "shots" / ".ekonte-lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  REQUIRE(held >= 0);
  REQUIRE(::flock(held, LOCK_EX | LOCK_NB) == 0);
  const pid_t b = spawn(s.dir, s.dir / "b.log",
                        {"build", "fox-at-the-shrine.eko", "-o", "out", "--shots-dir", "shots", "--size", "320x180"});
  // It says it waits, and does not go on while the lock is held.
  const auto until = std::chrono::steady_clock::now() + 20s;
  std::string log;
  while (std::chrono::steady_clock::now() < until && log.find("another build is writing into") == std::string::npos) {
    std::this_thread::sleep_for(20ms);
    log = read_bytes(s.dir / "b.log");
  }
  CHECK(log.find("another build is writing into") != std::string::npos);
  CHECK(log.find("shots") != std::string::npos);
  int status = 0;
  CHECK(waitpid(b, &status, WNOHANG) == 0);  // still waiting
  CHECK_FALSE(fs::exists(s.dir / "shots" / "1.png"));
  ::close(held);  // the other build ends
  CHECK(wait_exit(b) == 0);
  CHECK(fs::exists(s.dir / "shots" / "1.png"));
  CHECK(read_bytes(s.dir / "out" / "storyboard.pdf").rfind("%PDF", 0) == 0);
}

TEST_CASE("watch rebuilds on save: one shot for an action edit, none for a dialogue edit") {
  SampleCopy s("watch");
  const fs::path log = s.dir / "watch.log";
  const pid_t watcher = spawn(s.dir, log, {"watch", "fox-at-the-shrine.eko", "-o", "out", "--size", "320x180"});
  std::string text = wait_for_summaries(log, 1, 60s);
  REQUIRE_MESSAGE(text.find("20 shots: 20 rendered, 0 cached;") != std::string::npos, text);

  REQUIRE(s.edit("HARU takes a step back, angry.", "HARU takes a step back, scared."));
  text = wait_for_summaries(log, 2, 60s);
  CHECK_MESSAGE(text.find("20 shots: 1 rendered, 19 cached;") != std::string::npos, text);

  REQUIRE(s.edit("Who are you?!", "Who ARE you?!"));
  text = wait_for_summaries(log, 3, 60s);
  CHECK_MESSAGE(text.find("20 shots: 0 rendered, 20 cached;") != std::string::npos, text);

  kill(watcher, SIGINT);
  const int rc = wait_exit(watcher);
  CHECK((rc == 0 || rc == 130));
}
