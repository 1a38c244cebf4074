#include "support/json_writer.hpp"

#include <charconv>
#include <cstdio>

namespace ekonte {

void JsonWriter::newline() {
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

void JsonWriter::write_string(std::string_view s) {
  out_ += '"';
  for (const char c : s) {
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
          out_ += buf;
        } else {
          out_ += c;
        }
    }
  }
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
  out_ += std::to_string(n);
}

void JsonWriter::value(uint64_t n) {
  before_value();
  out_ += std::to_string(n);
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
