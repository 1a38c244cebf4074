// The writers' corpus (../shared/corpus/*.eko with their .expect facts) scored fact by fact
// against what Ekonte draws. The score may only rise: tests/corpus/score_floor.txt holds the
// best figure reached per fact kind, and this test fails when a kind falls below it.
// `EKONTE_UPDATE_GOLDEN=1` raises the floors to today's figures (never lowers them).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "compiler/compile.hpp"
#include "tests/corpus/corpus_facts.hpp"

namespace fs = std::filesystem;
using namespace ekonte;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const fs::path kCorpus = fs::path(EKONTE_SOURCE_DIR) / ".." / "shared" / "corpus";
const fs::path kFloorFile = fs::path(EKONTE_SOURCE_DIR) / "tests" / "corpus" / "score_floor.txt";

std::map<std::string, double> read_floors() {
  std::map<std::string, double> out;
  std::istringstream in(slurp(kFloorFile));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream w(line);
    std::string kind;
    double v = 0;
    if (w >> kind >> v) out[kind] = v;
  }
  return out;
}

}  // namespace

TEST_CASE("the corpus scripts' facts hold at least as often as the best figure reached") {
  REQUIRE_MESSAGE(fs::is_directory(kCorpus), "the writers' corpus is expected at " << kCorpus.string());
  std::map<std::string, std::pair<int, int>> total;
  std::ostringstream report;
  int scripts = 0;
  for (const auto& entry : fs::directory_iterator(kCorpus)) {
    if (entry.path().extension() != ".eko") continue;
    fs::path expect = entry.path();
    expect.replace_extension(".expect");
    if (!fs::exists(expect)) continue;
    ++scripts;
    const FileCompileResult compiled = compile_file(entry.path().string());
    std::vector<std::string> bad;
    const auto facts = test::read_facts(slurp(expect), &bad);
    CHECK_MESSAGE(bad.empty(), expect.filename().string() << " has lines this reader cannot read: " << bad.front());
    const auto results = test::check_facts(compiled.graph, facts);
    const auto scores = test::score_by_kind(results);
    // EKONTE_CORPUS_FAILURES=1 lists every fact that does not hold, with what Ekonte has instead,
    // so failures can be read per kind and traced to their cause.
    if (const char* list = std::getenv("EKONTE_CORPUS_FAILURES"); list && *list == '1')
      for (const auto& r : results)
        if (!r.holds)
          report << "  FAIL " << expect.filename().string() << ":" << r.fact.line << " " << r.fact.text << "  <- "
                 << r.why << "\n";
    int held = 0;
    for (const auto& [kind, s] : scores) {
      total[kind].first += s.first;
      total[kind].second += s.second;
      held += s.first;
    }
    report << entry.path().filename().string() << ": " << held << "/" << facts.size() << " facts, "
           << compiled.diagnostics.error_count() << " errors\n";
  }
  REQUIRE(scripts >= 1);
  int held = 0, all = 0;
  std::map<std::string, double> now;
  for (const auto& [kind, s] : total) {
    held += s.first;
    all += s.second;
    now[kind] = double(s.first) / s.second;
    char line[96];
    std::snprintf(line, sizeof line, "  %-11s %4d/%-4d %5.1f %%\n", kind.c_str(), s.first, s.second, 100.0 * now[kind]);
    report << line;
  }
  now["overall"] = all ? double(held) / all : 0;
  report << "  overall     " << held << "/" << all << "\n";
  MESSAGE(report.str());

  std::map<std::string, double> floors = read_floors();
  if (const char* update = std::getenv("EKONTE_UPDATE_GOLDEN"); update && *update == '1') {
    std::ofstream out(kFloorFile);
    out << "# The best share of corpus facts that hold, per kind (tests/corpus/test_corpus_facts.cpp).\n"
           "# Raised by EKONTE_UPDATE_GOLDEN=1, never lowered by hand.\n";
    for (const auto& [kind, v] : now) {
      char line[64];
      // Rounded down, so a floor written today is never above today's figure.
      std::snprintf(line, sizeof line, "%s %.4f\n", kind.c_str(), std::floor(std::max(v, floors[kind]) * 1e4) / 1e4);
      out << line;
    }
    floors = read_floors();
  }
  for (const auto& [kind, floor] : floors) {
    CAPTURE(kind);
    // Floors are written to four places: a figure within half of the last place holds.
    CHECK_MESSAGE(now[kind] + 5e-5 >= floor, "the corpus score for `" << kind << "` fell to " << now[kind]
                                                                       << " from " << floor);
  }
}
