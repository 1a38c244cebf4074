#pragma once
// A string kept once per distinct text for the life of the process, held by a pointer: 8 bytes
// where a std::string takes 32 (and its own heap copy past 15 letters). The shot graph records
// for every resolved value the words it came from ("continued from shot 12", "left"); most are
// empty or repeat, and a graph of 35,000 shots held 50,000 stagings of seven such strings.
// Thread-safe: texts are added under a lock; a text once added never moves or goes away.
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace ekonte {

class InternedString {
 public:
  InternedString() = default;
  InternedString(std::string_view text) : text_(intern(text)) {}
  InternedString(const std::string& text) : text_(intern(text)) {}
  InternedString(const char* text) : text_(intern(text)) {}

  const std::string& str() const { return text_ ? *text_ : empty_string(); }
  operator const std::string&() const { return str(); }
  operator std::string_view() const { return str(); }

  bool empty() const { return text_ == nullptr; }
  size_t size() const { return str().size(); }
  const char* c_str() const { return str().c_str(); }
  size_t find(std::string_view what, size_t from = 0) const { return str().find(what, from); }
  bool starts_with(std::string_view prefix) const { return std::string_view(str()).starts_with(prefix); }

  // The text with `more` after it (interned anew).
  InternedString& operator+=(std::string_view more) { return *this = InternedString(str() + std::string(more)); }

  // Equal texts are one interned copy, so equality compares pointers.
  friend bool operator==(const InternedString& a, const InternedString& b) { return a.text_ == b.text_; }
  friend bool operator==(const InternedString& a, std::string_view b) { return std::string_view(a.str()) == b; }
  friend bool operator==(const InternedString& a, const char* b) { return std::string_view(a.str()) == b; }
  friend std::ostream& operator<<(std::ostream& out, const InternedString& s) { return out << s.str(); }
  friend std::string operator+(const std::string& a, const InternedString& b) { return a + b.str(); }
  friend std::string operator+(const InternedString& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const char* a, const InternedString& b) { return a + b.str(); }
  friend std::string operator+(const InternedString& a, const char* b) { return a.str() + b; }

  // How many distinct texts are interned (for tests).
  static size_t count();

 private:
  // The one copy of `text`; null for the empty text.
  static const std::string* intern(std::string_view text);
  static const std::string& empty_string();

  const std::string* text_ = nullptr;
};

}  // namespace ekonte
