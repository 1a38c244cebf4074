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

// ASCII lowercase; other bytes (UTF-8) unchanged. Written out rather than std::tolower (the
// same in the "C" locale the program runs in) because the compiler calls it for every letter.
inline std::string to_lower(std::string s) {
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// ASCII uppercase; other bytes (UTF-8) unchanged.
inline std::string to_upper(std::string s) {
  for (auto& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// Splits at white space (the "C" locale's: space, \t, \n, \v, \f, \r):
// "over the shoulder" -> {"over", "the", "shoulder"}.
inline std::vector<std::string> split_words(const std::string& phrase) {
  const auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  std::vector<std::string> out;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && space(phrase[i])) ++i;
    const size_t b = i;
    while (i < phrase.size() && !space(phrase[i])) ++i;
    if (i > b) out.emplace_back(phrase, b, i - b);
  }
  return out;
}

}  // namespace ekonte
