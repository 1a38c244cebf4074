#pragma once
// A string kept once per distinct text for the life of the process, named by a 32-bit number:
// 4 bytes where a std::string takes 32 (and its own heap copy past 15 letters). The shot graph
// records for every resolved value the words it came from ("continued from shot 12", "left");
// most are empty or repeat, and a graph of 35,000 shots held 50,000 stagings of seven such
// strings. Beside a value's 16-byte span, 4 bytes rather than a pointer's 8 keep a value of a
// one-byte kind in 24 bytes, not 32.
// Thread-safe: texts are added under a lock; a text once added never moves or goes away, and
// reading one takes no lock.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace ekonte {

namespace interned_detail {
// Texts are numbered from 1 and stored in blocks of kBlockSize that never move; blocks[n] is
// published (release) before any number in it is handed out.
inline constexpr uint32_t kBlockBits = 12;
inline constexpr uint32_t kBlockSize = uint32_t{1} << kBlockBits;
inline constexpr uint32_t kMaxBlocks = uint32_t{1} << (32 - kBlockBits);
extern std::atomic<const std::string*> blocks[kMaxBlocks];
}  // namespace interned_detail

class InternedString {
 public:
  InternedString() = default;
  InternedString(std::string_view text) : id_(intern(text)) {}
  InternedString(const std::string& text) : id_(intern(text)) {}
  InternedString(const char* text) : id_(intern(text)) {}

  const std::string& str() const {
    if (id_ == 0) return empty_string();
    using namespace interned_detail;
    return blocks[id_ >> kBlockBits].load(std::memory_order_acquire)[id_ & (kBlockSize - 1)];
  }
  operator const std::string&() const { return str(); }
  operator std::string_view() const { return str(); }

  bool empty() const { return id_ == 0; }
  void clear() { id_ = 0; }
  size_t size() const { return str().size(); }
  const char* c_str() const { return str().c_str(); }
  size_t find(std::string_view what, size_t from = 0) const { return str().find(what, from); }
  bool starts_with(std::string_view prefix) const { return std::string_view(str()).starts_with(prefix); }
  std::string::const_iterator begin() const { return str().begin(); }
  std::string::const_iterator end() const { return str().end(); }

  // The text with `more` after it (interned anew).
  InternedString& operator+=(std::string_view more) { return *this = InternedString(str() + std::string(more)); }

  // Equal texts are one interned copy, so equality compares numbers.
  friend bool operator==(const InternedString& a, const InternedString& b) { return a.id_ == b.id_; }
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
  // The number of the one copy of `text`; 0 for the empty text.
  static uint32_t intern(std::string_view text);
  static const std::string& empty_string();

  uint32_t id_ = 0;
};

}  // namespace ekonte
