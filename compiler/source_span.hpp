#pragma once
// A place in a script: what diagnostics point at and what every inferred value records.
#include <cstdint>
#include <string>

namespace ekonte {

struct SourceSpan {
  uint32_t line = 0;    // 1-based; 0 means "no source location"
  uint32_t column = 0;  // 1-based, counted in Unicode code points
  uint32_t offset = 0;  // byte offset of the first byte
  uint32_t length = 0;  // in bytes
  bool valid() const { return line != 0; }
};

// The text of a script and the file it came from; spans index into `text`.
struct SourceFile {
  std::string path;
  std::string text;
  // Returns the text of 1-based line `line` without its line terminator.
  std::string line_text(uint32_t line) const;
};

}  // namespace ekonte
