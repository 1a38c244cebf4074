#include "compiler/parse/line_fields.hpp"

#include <cctype>

#include "support/text.hpp"
#include "vocabulary/staging.hpp"

namespace ekonte::parse {

SourceSpan shifted_span(const std::string& source, SourceSpan span, size_t skip, size_t length) {
  uint32_t col = span.column;
  for (size_t i = span.offset; i < span.offset + skip && i < source.size(); ++i)
    if ((static_cast<unsigned char>(source[i]) & 0xC0) != 0x80) ++col;
  span.column = col;
  span.offset += static_cast<uint32_t>(skip);
  span.length = static_cast<uint32_t>(length);
  return span;
}

std::string collapse_spaces(const std::string& joined) {
  std::string collapsed;
  for (char c : trim(joined)) {
    if ((c == ' ' || c == '\t') && !collapsed.empty() && collapsed.back() == ' ') continue;
    collapsed += (c == '\t') ? ' ' : c;
  }
  return collapsed;
}

uint32_t indent_columns(std::string_view indent) {
  uint32_t columns = 0;
  for (char c : indent) columns = c == '\t' ? (columns / 4 + 1) * 4 : columns + 1;
  return columns;
}

CueFields cue_fields(const std::string& source, const std::string& c, SourceSpan cue_span, ast::Text text) {
  size_t name_end = 0;
  while (name_end < c.size() && (std::isalnum(static_cast<unsigned char>(c[name_end])) || c[name_end] == '_')) ++name_end;
  CueFields f;
  f.speaker = {c.substr(0, name_end), shifted_span(source, cue_span, 0, name_end)};
  // Each parenthetical is an extension (V.O., CONT'D) or a delivery, in either order.
  for (size_t open = c.find('('); open != std::string::npos; open = c.find('(', open + 1)) {
    const auto close = c.find(')', open);
    if (close == std::string::npos) break;
    ast::Text part{trim(c.substr(open + 1, close - open - 1)), shifted_span(source, cue_span, open + 1, close - open - 1)};
    ast::Text& slot = vocabulary::match_cue_extension(part.value) && f.extension.value.empty() ? f.extension : f.parenthetical;
    if (slot.value.empty()) slot = std::move(part);
    else slot.value += ", " + part.value;
    open = close;
  }
  f.text = std::move(text);
  if (f.text.value.empty()) f.text.span = shifted_span(source, cue_span, c.size(), 0);
  return f;
}

PropertyFields property_fields(const std::string& source, const std::string& k, SourceSpan key_span, ast::Text value) {
  const std::string name = trim(k.substr(0, k.find(':')));
  PropertyFields f{{name, shifted_span(source, key_span, 0, name.size())}, std::move(value)};
  if (f.value.value.empty()) f.value.span = shifted_span(source, key_span, k.size(), 0);
  return f;
}

ast::Text action_text(const std::string& source, const std::string& start, SourceSpan start_span, const ast::Text& rest) {
  ast::Text text;
  text.span = start_span;
  // The prose comes back trimmed: keep the space after a one-letter first word ("A lantern"),
  // and put one where a comment separated the first character from the rest.
  const size_t after_start = text.span.offset + text.span.length;
  const bool spaced = !rest.value.empty() &&
                      (rest.span.offset > after_start ||
                       (after_start < source.size() && (source[after_start] == ' ' || source[after_start] == '\t')));
  text.value = start + (spaced ? " " : "") + rest.value;
  if (!rest.value.empty()) text.span.length = rest.span.offset + rest.span.length - text.span.offset;
  return text;
}

}  // namespace ekonte::parse
