#include "compiler/parse/read_simple_line.hpp"

#include <cstring>
#include <string_view>

#include "compiler/parse/line_fields.hpp"
#include "support/text.hpp"

namespace ekonte::parse {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t'; }

// Spans of the tokens of one line: line number, column in code points, byte offset and length.
class LineSpans {
 public:
  LineSpans(const std::string& source, size_t line_start, uint32_t number)
      : source_(source), at_(line_start), number_(number) {}
  // The span of source[from, to); `from` never before the last one asked.
  SourceSpan of(size_t from, size_t to) {
    for (; at_ < from; ++at_)
      if ((static_cast<unsigned char>(source_[at_]) & 0xC0) != 0x80) ++column_;
    return SourceSpan{number_, column_ + 1, static_cast<uint32_t>(from), static_cast<uint32_t>(to - from)};
  }

 private:
  const std::string& source_;
  size_t at_;
  uint32_t number_;
  uint32_t column_ = 0;  // code points before at_ on the line
};

// The prose of a TEXT token source[from, to) (empty when from == to: no token).
ast::Text prose(const std::string& source, size_t from, size_t to, LineSpans& spans) {
  if (from == to) return {};
  return {collapse_spaces(source.substr(from, to - from)), spans.of(from, to)};
}

// The end of CUE's match at `at` (`[A-Z] [A-Z0-9_]* ( [ \t]* '(' ~[)\r\n]* ')' )* [ \t]* ':' [ \t]*`),
// or `at` when it does not match.
size_t cue_end(std::string_view line, size_t at) {
  size_t i = at;
  if (i >= line.size() || !is_upper(line[i])) return at;
  for (++i; i < line.size() && (is_upper(line[i]) || is_digit(line[i]) || line[i] == '_');) ++i;
  for (;;) {
    size_t k = i;
    while (k < line.size() && is_space(line[k])) ++k;
    if (k >= line.size() || line[k] != '(') break;
    const size_t close = line.find(')', k);
    if (close == std::string_view::npos) return at;
    i = close + 1;
  }
  while (i < line.size() && is_space(line[i])) ++i;
  if (i >= line.size() || line[i] != ':') return at;
  for (++i; i < line.size() && is_space(line[i]);) ++i;
  return i;
}

// The end of PROPERTY_KEY's match at `at` (`[a-z] [a-z0-9_-]* [ \t]* ':' [ \t]*`), or `at`.
size_t property_end(std::string_view line, size_t at) {
  size_t i = at;
  if (i >= line.size() || !is_lower(line[i])) return at;
  for (++i; i < line.size() && (is_lower(line[i]) || is_digit(line[i]) || line[i] == '_' || line[i] == '-');) ++i;
  while (i < line.size() && is_space(line[i])) ++i;
  if (i >= line.size() || line[i] != ':') return at;
  for (++i; i < line.size() && is_space(line[i]);) ++i;
  return i;
}

bool starts_with_word(std::string_view line, size_t at, std::string_view word) {
  return line.substr(at, word.size()) == word && at + word.size() < line.size() && is_space(line[at + word.size()]);
}

// A shot header from `shot` at `at`: `shot` [ \t]+, then comma-separated items of words up to
// the first `:` ([ \t]* after it), then the prose. False where the grammar would not read it.
bool read_shot_header(const std::string& source, size_t base, std::string_view line, size_t at, LineSpans& spans, Line& out) {
  ShotHeaderFields f;
  size_t i = at + 4;
  while (i < line.size() && is_space(line[i])) ++i;
  std::vector<ast::Text> item;
  for (;;) {
    while (i < line.size() && is_space(line[i])) ++i;
    if (i >= line.size()) return false;  // no colon
    const char c = line[i];
    if (c == ',' || c == ':') {
      if (item.empty()) return false;  // an empty item
      f.items.push_back(std::move(item));
      item.clear();
      ++i;
      if (c == ':') break;
      continue;
    }
    size_t j = i;
    while (j < line.size() && !is_space(line[j]) && line[j] != ',' && line[j] != ':') ++j;
    item.push_back({std::string(line.substr(i, j - i)), spans.of(base + i, base + j)});
    i = j;
  }
  const size_t colon_end = [&] {
    size_t k = i;
    while (k < line.size() && is_space(line[k])) ++k;
    return k;
  }();
  f.action = prose(source, base + colon_end, base + line.size(), spans);
  out.kind = LineKind::ShotHeader;
  out.fields = std::move(f);
  return true;
}

}  // namespace

bool read_simple_line(const std::string& source, size_t at, uint32_t number, Line& out, size_t& next) {
  const char* newline = static_cast<const char*>(std::memchr(source.data() + at, '\n', source.size() - at));
  if (!newline) return false;  // the last line without a line break: the lexer adds one
  const size_t end = static_cast<size_t>(newline - source.data());
  const std::string_view line(source.data() + at, end - at);
  size_t body = 0;
  while (body < line.size() && is_space(line[body])) ++body;
  // Comments, notes, a section, a carriage return and tabs inside the line are the parse tree's.
  for (size_t i = body; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '/' || c == '[' || c == '\r' || c == '\t') return false;
  }
  out = Line{};
  out.indent = indent_columns(line.substr(0, body));
  next = end + 1;
  if (body == line.size()) {  // blank
    out.span.line = number;
    return true;
  }
  LineSpans spans(source, at, number);
  const char first = line[body];
  const size_t text_end = at + line.size();
  if (is_lower(first)) {
    if (const size_t p = property_end(line, body); p > body) {
      const std::string key(line.substr(body, p - body));
      const SourceSpan key_span = spans.of(at + body, at + p);
      ast::Text value = prose(source, at + p, text_end, spans);
      const std::string name = trim(key.substr(0, key.find(':')));
      if (name == "stage" || name == "sfx") {  // STAGE_KW and SFX_KW: as long as PROPERTY_KEY, listed first
        out.kind = name == "stage" ? LineKind::Stage : LineKind::Sfx;
        if (value.value.empty()) value.span = key_span;
        out.fields = TextFields{std::move(value)};
      } else {
        out.kind = LineKind::Property;
        out.fields = property_fields(source, key, key_span, std::move(value));
      }
    } else if (starts_with_word(line, body, "shot")) {
      if (!read_shot_header(source, at, line, body, spans, out)) return false;
    } else if (starts_with_word(line, body, "character") || starts_with_word(line, body, "setting") ||
               starts_with_word(line, body, "prop") || starts_with_word(line, body, "scene")) {
      return false;
    }
  } else if (is_upper(first)) {
    // TRANSITION (`CUT TO:`, `FADE OUT.`) is left to the parse tree.
    if (line.substr(body, 4) == "FADE" || line.find("TO:") != std::string_view::npos ||
        line.find("TO.") != std::string_view::npos)
      return false;
    if (const size_t c = cue_end(line, body); c > body) {
      out.kind = LineKind::Dialogue;
      const SourceSpan cue_span = spans.of(at + body, at + c);
      out.fields = cue_fields(source, std::string(line.substr(body, c - body)), cue_span, prose(source, at + c, text_end, spans));
    }
  } else if (first == '#') {
    return false;
  }
  if (out.kind == LineKind::Blank) {  // ACTION_START: one code point, then the prose
    size_t after = body + 1;
    while (after < line.size() && (static_cast<unsigned char>(line[after]) & 0xC0) == 0x80) ++after;
    out.kind = LineKind::Action;
    const SourceSpan start_span = spans.of(at + body, at + after);
    const ast::Text rest = prose(source, at + after, text_end, spans);
    out.fields = TextFields{action_text(source, std::string(line.substr(body, after - body)), start_span, rest)};
  }
  // The line's span runs from its first token to the end of its last, which is the end of the
  // line: the prose runs to it, and every first token without prose ends in the blanks before it.
  out.span = SourceSpan{number, static_cast<uint32_t>(body + 1), static_cast<uint32_t>(at + body),
                        static_cast<uint32_t>(line.size() - body)};
  out.raw = trim(source.substr(out.span.offset, out.span.length));
  return true;
}

}  // namespace ekonte::parse
