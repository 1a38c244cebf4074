#pragma once
// The canonical text of a value for hashing: one `name=value` line per field, so a digest is
// stable across builds and the text is readable when debugging a cache miss.
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include "compiler/shot_graph.hpp"

namespace ekonte::render::cache {

class FieldWriter {
 public:
  FieldWriter& operator()(std::string_view name, std::string_view value);
  FieldWriter& operator()(std::string_view name, const std::string& value) { return (*this)(name, std::string_view(value)); }
  FieldWriter& operator()(std::string_view name, const char* value) { return (*this)(name, std::string_view(value)); }
  FieldWriter& operator()(std::string_view name, bool value) { return (*this)(name, value ? "true" : "false"); }
  FieldWriter& operator()(std::string_view name, int64_t value);
  FieldWriter& operator()(std::string_view name, uint64_t value);
  FieldWriter& operator()(std::string_view name, int value) { return (*this)(name, int64_t(value)); }
  FieldWriter& operator()(std::string_view name, uint32_t value) { return (*this)(name, uint64_t(value)); }
  FieldWriter& operator()(std::string_view name, double value);  // exact: 17 significant digits
  FieldWriter& operator()(std::string_view name, Rgb value);
  // Enums by their stable name (every vocabulary enum has a name_of).
  template <typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
  FieldWriter& operator()(std::string_view name, E value) {
    return (*this)(name, std::string_view(name_of(value)));
  }

  const std::string& text() const { return text_; }
  std::string digest() const;  // 32 hex digits

 private:
  std::string text_;
};

}  // namespace ekonte::render::cache
