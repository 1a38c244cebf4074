#include "compiler/source_span.hpp"

namespace ekonte {

std::string SourceFile::line_text(uint32_t line) const {
  if (line == 0) return {};
  // A copy whose text was changed after it was indexed gets an index of its own.
  auto index = line_index ? line_index : std::make_shared<LineIndex>();
  std::call_once(index->built, [&] {
    index->text_size = text.size();
    size_t lines = 1;
    for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', nl + 1)) ++lines;
    index->starts.reserve(lines);
    index->starts.push_back(0);
    for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', nl + 1))
      index->starts.push_back(nl + 1);
  });
  if (index->text_size != text.size()) {
    auto fresh = SourceFile{path, text};
    return fresh.line_text(line);
  }
  if (line > index->starts.size()) return {};
  const size_t start = index->starts[line - 1];
  if (start > text.size()) return {};
  size_t end = text.find('\n', start);
  if (end == std::string::npos) end = text.size();
  if (end > start && text[end - 1] == '\r') --end;
  return text.substr(start, end - start);
}

}  // namespace ekonte
