// A shot header's words held as spans (ast::HeaderItems) and read back from the script.
#include "compiler/ast.hpp"

namespace ekonte::ast {

HeaderItems header_items(const std::vector<std::vector<Text>>& items) {
  HeaderItems out;
  size_t words = 0;
  for (const auto& item : items) words += item.size();
  out.words.reserve(words);
  out.ends.reserve(items.size());
  for (const auto& item : items) {
    for (const Text& word : item) out.words.push_back(word.span);
    out.ends.push_back(static_cast<uint32_t>(out.words.size()));
  }
  return out;
}

std::vector<std::vector<Text>> words_of(const HeaderItems& items, const std::string& source) {
  std::vector<std::vector<Text>> out;
  out.reserve(items.ends.size());
  uint32_t from = 0;
  for (const uint32_t end : items.ends) {
    std::vector<Text>& item = out.emplace_back();
    item.reserve(end - from);
    for (; from < end; ++from) {
      const SourceSpan& span = items.words[from];
      item.push_back({source.substr(span.offset, span.length), span});
    }
  }
  return out;
}

}  // namespace ekonte::ast
