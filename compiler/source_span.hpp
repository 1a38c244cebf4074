#pragma once
// A place in a script: what diagnostics point at and what every inferred value records.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ekonte {

struct SourceSpan {
  uint32_t line = 0;    // 1-based; 0 means "no source location"
  uint32_t column = 0;  // 1-based, counted in Unicode code points
  uint32_t offset = 0;  // byte offset of the first byte
  uint32_t length = 0;  // in bytes
  bool valid() const { return line != 0; }
};

// A piece of script text as written and where it stands.
struct SpannedText {
  std::string value;
  SourceSpan span;
};

// The span of text.value[begin, begin + length) (same line).
inline SourceSpan sub_span(const SpannedText& text, size_t begin, size_t length) {
  SourceSpan s = text.span;
  for (size_t i = 0; i < begin && i < text.value.size(); ++i)
    if ((static_cast<unsigned char>(text.value[i]) & 0xC0) != 0x80) ++s.column;
  s.offset += static_cast<uint32_t>(begin);
  s.length = static_cast<uint32_t>(length);
  return s;
}

// The text of a script and the file it came from; spans index into `text`.
struct SourceFile {
  std::string path;
  std::string text;
  // Returns the text of 1-based line `line` without its line terminator. The first call indexes
  // the line starts once, so printing every diagnostic of a large script stays linear.
  std::string line_text(uint32_t line) const;

  struct LineIndex {
    std::once_flag built;
    std::vector<size_t> starts;  // byte offset of each line's first byte
    size_t text_size = 0;        // the size of the text indexed
  };
  std::shared_ptr<LineIndex> line_index = std::make_shared<LineIndex>();
};

}  // namespace ekonte
