#include "compiler/source_span.hpp"

namespace ekonte {

std::string SourceFile::line_text(uint32_t line) const {
  if (line == 0) return {};
  size_t start = 0;
  for (uint32_t l = 1; l < line; ++l) {
    const size_t nl = text.find('\n', start);
    if (nl == std::string::npos) return {};
    start = nl + 1;
  }
  size_t end = text.find('\n', start);
  if (end == std::string::npos) end = text.size();
  if (end > start && text[end - 1] == '\r') --end;
  return text.substr(start, end - start);
}

}  // namespace ekonte
