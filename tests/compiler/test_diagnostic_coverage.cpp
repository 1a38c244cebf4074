// Every diagnostic kind in the registry has a test that triggers it: a `// CHECK:` line in
// a golden script under tests/diagnostics/, or a `COVERS: CODE` marker in a test source of
// a later stage whose test triggers the diagnostic itself.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "compiler/diagnostics/diagnostic.hpp"
#include "tests/compiler/golden.hpp"

using namespace ekonte;

TEST_CASE("every diagnostic code has a test") {
  std::set<std::string> covered;
  for (const auto& path : test::golden_files(std::string(EKONTE_SOURCE_DIR) + "/tests/diagnostics"))
    for (const auto& e : test::expected_diagnostics(test::read_file(path))) covered.insert(e.substr(e.find(' ') + 1));
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(EKONTE_SOURCE_DIR) + "/tests")) {
    if (entry.path().extension() != ".cpp") continue;
    const std::string text = test::read_file(entry.path().string());
    for (size_t p = 0; (p = text.find("COVERS: ", p)) != std::string::npos; p += 8) covered.insert(text.substr(p + 8, 5));
  }
  for (const auto& kind : all_diagnostic_kinds()) {
    CAPTURE(kind.name);
    CHECK_MESSAGE(covered.count(std::string(kind.code)), "no test triggers " << kind.code << " " << kind.name);
  }
  // Codes are unique.
  std::set<std::string> codes;
  for (const auto& kind : all_diagnostic_kinds()) CHECK(codes.insert(std::string(kind.code)).second);
}
