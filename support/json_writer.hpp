#pragma once
// A streaming JSON writer: writes text directly, without building a document in memory.
// The layout matches nlohmann::json::dump(2) (two-space indent, `[]`/`{}` when empty, UTF-8
// unescaped), so files written by either read the same.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ekonte {

class JsonWriter {
 public:
  // Without a sink the text is kept whole and handed over by take().
  JsonWriter() = default;
  // With a sink the text is handed to it in pieces of about kPieceBytes as it is written, and
  // the rest by finish(), so a large document is never held whole (a 60 MB script's shot graph
  // is about 1.2 GB of JSON).
  explicit JsonWriter(std::function<void(std::string_view)> sink) : sink_(std::move(sink)) {
    out_.reserve(kPieceBytes + kPieceBytes / 4);
  }
  static constexpr size_t kPieceBytes = 1 << 16;

  void begin_object() { open('{', false); }
  void end_object() { close('}'); }
  void begin_array() { open('[', true); }
  void end_array() { close(']'); }
  // Starts a member of the current object; the next value or container is its value.
  void key(std::string_view k);

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(bool b);
  void value(int64_t n);
  void value(uint64_t n);
  void value(int n) { value(static_cast<int64_t>(n)); }
  void value(uint32_t n) { value(static_cast<uint64_t>(n)); }
  void value(double d);
  void null();

  // Shorthands for a member: key(k) then value(v).
  template <typename T>
  void member(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

  // Room for the text to come, so a large document is not copied as it grows.
  void reserve(size_t bytes) { out_.reserve(bytes); }
  std::string take() { return std::move(out_); }
  // Hands the text not yet given to the sink (the whole text: take() is for writers without one).
  void finish() {
    if (sink_ && !out_.empty()) sink_(out_);
    out_.clear();
  }

 private:
  struct Level {
    bool array;
    bool empty;
  };
  void open(char bracket, bool array);
  void close(char bracket);
  void before_value();
  void newline();
  void write_string(std::string_view s);

  std::function<void(std::string_view)> sink_;
  std::string out_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace ekonte
