#include "render/cache/field_writer.hpp"

#include <cstdio>

#include "render/cache/content_hash.hpp"

namespace ekonte::render::cache {

FieldWriter& FieldWriter::operator()(std::string_view name, std::string_view value) {
  text_.append(name).append("=");
  // A value spanning lines would let one field pose as two: newlines are escaped.
  for (char c : value) {
    if (c == '\n') text_ += "\\n";
    else if (c == '\\') text_ += "\\\\";
    else text_ += c;
  }
  text_ += '\n';
  return *this;
}

FieldWriter& FieldWriter::operator()(std::string_view name, int64_t value) {
  return (*this)(name, std::string_view(std::to_string(value)));
}

FieldWriter& FieldWriter::operator()(std::string_view name, uint64_t value) {
  return (*this)(name, std::string_view(std::to_string(value)));
}

FieldWriter& FieldWriter::operator()(std::string_view name, double value) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", value);
  return (*this)(name, std::string_view(buf));
}

FieldWriter& FieldWriter::operator()(std::string_view name, Rgb value) {
  return (*this)(name, std::string_view(to_hex(value)));
}

std::string FieldWriter::digest() const { return digest_of(text_); }

}  // namespace ekonte::render::cache
