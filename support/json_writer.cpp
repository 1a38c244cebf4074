#include "support/json_writer.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace ekonte {

void JsonWriter::newline() {
  // Every value starts on a new line: the place to pass a full piece to the sink.
  if (sink_ && out_.size() >= kPieceBytes) {
    sink_(out_);
    out_.clear();
  }
  out_ += '\n';
  out_.append(levels_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  Level& level = levels_.back();
  if (!level.empty) out_ += ',';
  level.empty = false;
  newline();
}

void JsonWriter::key(std::string_view k) {
  Level& level = levels_.back();
  if (!level.empty) out_ += ',';
  level.empty = false;
  newline();
  write_string(k);
  out_ += ": ";
  after_key_ = true;
}

void JsonWriter::open(char bracket, bool array) {
  before_value();
  out_ += bracket;
  levels_.push_back({array, true});
}

void JsonWriter::close(char bracket) {
  const bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) newline();
  out_ += bracket;
}

namespace {

// The bytes a JSON string cannot hold as they are: control characters, `"` and `\\`.
constexpr std::array<bool, 256> kEscaped = [] {
  std::array<bool, 256> table{};
  for (size_t c = 0; c < 0x20; ++c) table[c] = true;
  table['"'] = table['\\'] = true;
  return table;
}();

}  // namespace

void JsonWriter::write_string(std::string_view s) {
  out_ += '"';
  size_t plain = 0;  // the start of the run of characters written as they are
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (!kEscaped[static_cast<unsigned char>(c)]) continue;
    const char* escape = nullptr;
    switch (c) {
      case '"': escape = "\\\""; break;
      case '\\': escape = "\\\\"; break;
      case '\b': escape = "\\b"; break;
      case '\f': escape = "\\f"; break;
      case '\n': escape = "\\n"; break;
      case '\r': escape = "\\r"; break;
      case '\t': escape = "\\t"; break;
      default: break;
    }
    out_.append(s.data() + plain, i - plain);
    plain = i + 1;
    if (escape) {
      out_ += escape;
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
      out_ += buf;
    }
  }
  out_.append(s.data() + plain, s.size() - plain);
  out_ += '"';
}

void JsonWriter::value(std::string_view s) {
  before_value();
  write_string(s);
}

void JsonWriter::value(bool b) {
  before_value();
  out_ += b ? "true" : "false";
}

void JsonWriter::value(int64_t n) {
  before_value();
  char buf[24];
  out_.append(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, n).ptr - buf));
}

void JsonWriter::value(uint64_t n) {
  before_value();
  char buf[24];
  out_.append(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, n).ptr - buf));
}

void JsonWriter::value(double d) {
  before_value();
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  std::string_view text(buf, static_cast<size_t>(end - buf));
  out_ += text;
  // Like nlohmann::json, a whole number stored as a float keeps a fraction: `158.0`.
  if (text.find_first_of(".eE") == std::string_view::npos && text != "inf" && text != "nan") out_ += ".0";
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

}  // namespace ekonte
