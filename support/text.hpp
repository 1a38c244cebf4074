#pragma once
// Small string helpers the compiler's readers share.
#include <cctype>
#include <sstream>
#include <string>
#include <vector>

namespace ekonte {

// Without leading and trailing spaces, tabs and line breaks.
inline std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// ASCII lowercase; other bytes (UTF-8) unchanged.
inline std::string to_lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// ASCII uppercase; other bytes (UTF-8) unchanged.
inline std::string to_upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Splits at white space: "over the shoulder" -> {"over", "the", "shoulder"}.
inline std::vector<std::string> split_words(const std::string& phrase) {
  std::istringstream in(phrase);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

}  // namespace ekonte
