// Keeping the render cache small and clean: `ekonte cache gc` removes the least recently used
// entries but never one the newest build of an output folder uses; `ekonte cache stats`
// counts them; a build removes the temporary files killed builds left behind.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "cli/commands.hpp"
#include "render/cache/cache_gc.hpp"
#include "render/cache/render_cache.hpp"
#include "render/cache/stale_temp_files.hpp"
#include "tests/temp_dir.hpp"
#include "tests/build/build_fixture.hpp"

using namespace ekonte;
using namespace ekonte::test;
using Clock = fs::file_time_type::clock;

namespace {

// No Linux process id reaches this (pid_max is at most 2^22).
constexpr long kDeadPid = 99999999;



using ekonte::test::TempDir;

std::string key_for(int i) {
  char buf[33];
  std::snprintf(buf, sizeof buf, "%02x%030d", i, i);
  return buf;
}

// An entry of `bytes` bytes (plus an extra beside it) last used `hours_ago`.
void put_entry(const fs::path& cache, int i, size_t bytes, int hours_ago) {
  const std::string key = key_for(i);
  const fs::path folder = cache / key.substr(0, 2);
  fs::create_directories(folder);
  write_bytes(folder / (key + ".ekr"), std::string(bytes, 'e'));
  write_bytes(folder / (key + ".page-x"), std::string(100, 'x'));
  const auto when = Clock::now() - std::chrono::hours(hours_ago);
  fs::last_write_time(folder / (key + ".ekr"), when);
  fs::last_write_time(folder / (key + ".page-x"), when);
}

bool has_entry(const fs::path& cache, int i) {
  return fs::exists(cache / key_for(i).substr(0, 2) / (key_for(i) + ".ekr"));
}

}  // namespace

TEST_CASE("gc removes least recently used entries first, with their extras, down to the size") {
  TempDir t("gc-lru");
  // Entry i was last used i hours ago: entry 5 is the oldest.
  for (int i = 1; i <= 5; ++i) put_entry(t.path, i, 1000, i);
  const auto before = render::cache::cache_stats(t.path.string());
  CHECK(before.entries == 5);
  CHECK(before.entry_bytes == 5 * 1100);
  const auto r = render::cache::collect_garbage(t.path.string(), 3 * 1100, {});
  CHECK(r.removed == 2);
  CHECK(r.removed_bytes == 2 * 1100);
  for (int i = 1; i <= 3; ++i) CHECK(has_entry(t.path, i));
  CHECK_FALSE(has_entry(t.path, 4));
  CHECK_FALSE(has_entry(t.path, 5));
  CHECK_FALSE(fs::exists(t.path / key_for(5).substr(0, 2) / (key_for(5) + ".page-x")));
  CHECK(r.after.entries == 3);
  CHECK(r.after.entry_bytes == 3 * 1100);
}

TEST_CASE("gc counts the scratch audio's spoken lines and removes the least recently spoken first") {
  TempDir t("gc-speech");
  put_entry(t.path, 1, 1000, 1);
  fs::create_directories(t.path / "speech");
  for (int i = 1; i <= 3; ++i) {
    const fs::path line = t.path / "speech" / ("line" + std::to_string(i) + ".speech");
    write_bytes(line, std::string(500, 's'));
    fs::last_write_time(line, Clock::now() - std::chrono::hours(10 * i));  // line 3 spoken longest ago
  }
  const auto before = render::cache::cache_stats(t.path.string());
  CHECK(before.entries == 1);
  CHECK(before.orphans == 3);
  CHECK(before.entry_bytes == 1100 + 3 * 500);
  const auto r = render::cache::collect_garbage(t.path.string(), 1100 + 2 * 500, {});
  CHECK(r.removed == 1);
  CHECK(fs::exists(t.path / "speech" / "line1.speech"));
  CHECK(fs::exists(t.path / "speech" / "line2.speech"));
  CHECK_FALSE(fs::exists(t.path / "speech" / "line3.speech"));
  CHECK(has_entry(t.path, 1));
}

TEST_CASE("gc never removes an entry a build uses, however old, and removes stale temporary files") {
  TempDir t("gc-keep");
  for (int i = 1; i <= 4; ++i) put_entry(t.path, i, 1000, i * 10);
  const fs::path folder = t.path / key_for(1).substr(0, 2);
  write_bytes(folder / (key_for(1) + ".ekr.tmp-" + std::to_string(kDeadPid)), "half");
  write_bytes(folder / (key_for(1) + ".ekr.tmp-" + std::to_string(::getpid())), "being written");
  const auto r = render::cache::collect_garbage(t.path.string(), 0, {key_for(4), key_for(2)});
  CHECK(r.removed == 2);
  CHECK(has_entry(t.path, 4));  // the oldest, but in use
  CHECK(has_entry(t.path, 2));
  CHECK_FALSE(has_entry(t.path, 1));
  CHECK_FALSE(has_entry(t.path, 3));
  CHECK(r.temp_files_removed == 1);
  CHECK_FALSE(fs::exists(folder / (key_for(1) + ".ekr.tmp-" + std::to_string(kDeadPid))));
  CHECK(fs::exists(folder / (key_for(1) + ".ekr.tmp-" + std::to_string(::getpid()))));  // its writer runs
  CHECK(r.after.kept == 2);
}

TEST_CASE("a temporary file is stale when its writer is gone or it is older than the cutoff") {
  TempDir t("gc-stale");
  CHECK(render::cache::temp_file_writer("a.png.tmp-123") == 123);
  CHECK_FALSE(render::cache::temp_file_writer("a.png"));
  CHECK_FALSE(render::cache::temp_file_writer("notes.tmp-draft"));
  const std::string live = "live.pdf.tmp-" + std::to_string(::getpid());
  const std::string old_live = "old.pdf.tmp-" + std::to_string(::getpid());
  const std::string dead = "dead.pdf.tmp-" + std::to_string(kDeadPid);
  for (const auto& name : {live, old_live, dead, std::string("keep.pdf")}) write_bytes(t.path / name, "x");
  const auto cutoff = Clock::now() - std::chrono::minutes(5);
  fs::last_write_time(t.path / old_live, cutoff - std::chrono::minutes(5));
  const auto removed = render::cache::remove_stale_temp_files(t.path.string(), cutoff);
  CHECK(removed.removed == 2);
  CHECK(fs::exists(t.path / live));
  CHECK(fs::exists(t.path / "keep.pdf"));
  CHECK_FALSE(fs::exists(t.path / old_live));
  CHECK_FALSE(fs::exists(t.path / dead));
}

TEST_CASE("sizes for --max-size take K, M and G suffixes; anything else is refused") {
  CHECK(cli::parse_byte_size("1024") == 1024u);
  CHECK(cli::parse_byte_size("5G") == 5ull << 30);
  CHECK(cli::parse_byte_size("500M") == 500ull << 20);
  CHECK(cli::parse_byte_size("64k") == 64ull << 10);
  CHECK(cli::parse_byte_size("2GB") == 2ull << 30);
  for (const char* bad : {"", "G", "5X", "-1", "1.5G", "5 G", "99999999999999999999", "20000000000000G"}) {
    CAPTURE(bad);
    CHECK_FALSE(cli::parse_byte_size(bad));
  }
}

TEST_CASE("a build removes the temporary files of killed builds and keeps a running writer's") {
  SampleCopy s("tempfiles");
  const fs::path out = s.dir / "out";
  const fs::path cache = out / ".ekonte-cache";
  const std::string build = "cd '" + s.dir.string() + "' && '" + ekonte_bin() +
                            "' build fox-at-the-shrine.eko -o out --size 320x180 --jobs 2 --quiet 2>&1";
  REQUIRE(run(build).second == 0);
  const std::string dead = ".tmp-" + std::to_string(kDeadPid);
  const std::string alive = ".tmp-" + std::to_string(::getpid());
  const fs::path entry_folder = cache / "aa";
  fs::create_directories(entry_folder);
  const std::vector<fs::path> stale = {out / ("storyboard.pdf" + dead), out / "shots" / ("1.png" + dead),
                                       entry_folder / ("x.ekr" + dead), cache / "builds" / ("r.json" + dead)};
  const std::vector<fs::path> kept = {out / ("manga.pdf" + alive), entry_folder / ("y.ekr" + alive)};
  for (const auto& p : stale) write_bytes(p, "left by a killed build");
  for (const auto& p : kept) write_bytes(p, "being written");
  REQUIRE(run(build).second == 0);
  for (const auto& p : stale) {
    CAPTURE(p);
    CHECK_FALSE(fs::exists(p));
  }
  for (const auto& p : kept) {
    CAPTURE(p);
    CHECK(fs::exists(p));
  }
}

TEST_CASE("ekonte cache stats counts entries; gc keeps what the newest build uses; bad sizes exit 2") {
  SampleCopy s("cachecli");
  const std::string in_dir = "cd '" + s.dir.string() + "' && '" + ekonte_bin() + "' ";
  REQUIRE(run(in_dir + "build fox-at-the-shrine.eko -o out --size 320x180 --jobs 2 --quiet 2>&1").second == 0);
  // An old entry no build uses any more.
  put_entry(s.dir / "out" / ".ekonte-cache", 250, 5000, 100);
  auto [stats, rc] = run(in_dir + "cache stats -o out 2>&1");
  CHECK(rc == 0);
  CHECK(stats.find("entries: 21 ") != std::string::npos);
  CHECK(stats.find("used by the newest build of an output folder: 20 ") != std::string::npos);

  auto [gc, gc_rc] = run(in_dir + "cache gc --max-size 0 -o out 2>&1");
  CHECK(gc_rc == 0);
  CHECK(gc.find("removed 1 entries") != std::string::npos);
  CHECK_FALSE(has_entry(s.dir / "out" / ".ekonte-cache", 250));
  // Everything the build used is still there: the next build renders nothing.
  auto [again, again_rc] = run(in_dir + "build fox-at-the-shrine.eko -o out --size 320x180 --jobs 2 2>&1");
  CHECK(again_rc == 0);
  CHECK(again.find("0 rendered, 20 cached") != std::string::npos);

  for (const char* bad : {"--max-size 5X", "--max-size -3", "--max-size", "--bogus 1", ""}) {
    CAPTURE(bad);
    CHECK(run(in_dir + "cache gc " + bad + " -o out 2>&1").second == (std::string(bad).empty() ? 0 : 2));
  }
  CHECK(run(in_dir + "cache 2>&1").second == 2);
  CHECK(run(in_dir + "cache shrink -o out 2>&1").second == 2);
  CHECK(run(in_dir + "cache stats --cache nowhere 2>&1").second == 2);
}
