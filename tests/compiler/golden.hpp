#pragma once
// Golden diagnostic expectations written inline in a script:
//   // CHECK: 12:9 E0201
// one per expected diagnostic (line:column code). A test compiles the script and compares
// the set it gets with the set the file states. EKONTE_UPDATE_GOLDEN=1 rewrites the lines.
#include <set>
#include <string>
#include <vector>

namespace ekonte::test {

std::string read_file(const std::string& path);
// The `// CHECK:` expectations of a file, as "line:col CODE" strings.
std::multiset<std::string> expected_diagnostics(const std::string& text);
// Rewrites the file's CHECK block to `actual` (kept at the end of the file).
void update_expectations(const std::string& path, const std::multiset<std::string>& actual);
std::vector<std::string> golden_files(const std::string& dir);

}  // namespace ekonte::test
