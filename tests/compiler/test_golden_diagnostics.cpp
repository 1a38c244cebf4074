// Every failing script under tests/diagnostics/ produces exactly the diagnostics its
// `// CHECK: line:col CODE` lines state: no more, no fewer.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "compiler/compile.hpp"
#include "tests/compiler/golden.hpp"
#include "tests/diagnostics/check_pipeline.hpp"

using namespace ekonte;

TEST_CASE("golden diagnostics of tests/diagnostics/*.eko") {
  const std::string dir = std::string(EKONTE_SOURCE_DIR) + "/tests/diagnostics";
  // Scripts name `sheet:` files relative to their own folder; run from the repository root
  // so reported paths are stable.
  std::filesystem::current_path(EKONTE_SOURCE_DIR);
  const auto files = test::golden_files(dir);
  REQUIRE(files.size() >= 30);
  const bool update = std::getenv("EKONTE_UPDATE_GOLDEN") != nullptr;
  for (const auto& path : files) {
    const std::string relative = std::filesystem::relative(path, EKONTE_SOURCE_DIR).string();
    CAPTURE(relative);
    const std::string text = test::read_file(path);
    std::multiset<std::string> actual;
    for (const auto& d : test::check_script(relative, text))
      actual.insert(std::to_string(d.span.line) + ":" + std::to_string(d.span.column) + " " + std::string(info(d.kind).code));
    if (update) {
      test::update_expectations(path, actual);
      continue;
    }
    auto expected = test::expected_diagnostics(text);
    CHECK_MESSAGE(!expected.empty(), relative << " states no expectations");
    CHECK(actual == expected);
  }
}
