#pragma once
// The character and token streams the fast parse of a script runs on (parse_script.cpp).
// Both exist for speed; what the lexer and the parser see is what ANTLR's own streams give.
#include <antlr4-runtime.h>

#include <string>
#include <vector>

namespace ekonte::parse {

// Maps ANTLR's code-point indices to byte offsets in the UTF-8 source.
class OffsetMap {
 public:
  explicit OffsetMap(const std::string& text) {
    byte_of_.reserve(text.size() + 1);
    for (size_t i = 0; i < text.size(); ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_of_.push_back(static_cast<uint32_t>(i));
    byte_of_.push_back(static_cast<uint32_t>(text.size()));
  }
  uint32_t byte(size_t code_point_index) const {
    return byte_of_[std::min(code_point_index, byte_of_.size() - 1)];
  }
  size_t code_points() const { return byte_of_.size() - 1; }

 private:
  std::vector<uint32_t> byte_of_;
};

// A script's code points for the lexer, and its original UTF-8 for every text asked of it.
//
// ANTLR 4.9's lexer caches its DFA edges for the code points 0 to 127 only: each letter beyond
// (every Japanese letter of a dialogue line) was simulated through the ATN again. No rule of
// EkonteLexer.g4 names a code point beyond ASCII except the scene heading's dashes (U+2013,
// U+2014); every other one only ever meets a negated set or `.`, as `@` (named by no rule) does.
// So the lexer reads each of them as `@` and takes the same tokens at the same indices, while
// getText() (token texts, error messages) returns the script's own bytes.
class ScriptCharStream : public antlr4::ANTLRInputStream {
 public:
  // `text` and `offsets` (made from it) must outlive the stream.
  ScriptCharStream(const std::string& text, const OffsetMap& offsets) : text_(text), offsets_(offsets) {
    _data.resize(offsets.code_points());
    for (size_t j = 0; j < _data.size(); ++j) {
      const size_t b = offsets.byte(j), e = offsets.byte(j + 1);
      const auto c = static_cast<unsigned char>(text[b]);
      if (c < 0x80) {
        _data[j] = c;
        continue;
      }
      char32_t cp = c & (e - b == 2 ? 0x1F : e - b == 3 ? 0x0F : 0x07);
      for (size_t k = b + 1; k < e; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[k]) & 0x3F);
      _data[j] = cp == 0x2013 || cp == 0x2014 ? cp : U'@';
    }
  }

  // As ANTLRInputStream::getText, from the original bytes.
  std::string getText(const antlr4::misc::Interval& interval) override {
    if (interval.a < 0 || interval.b < 0) return "";
    const size_t start = static_cast<size_t>(interval.a);
    size_t stop = static_cast<size_t>(interval.b);
    if (stop >= _data.size()) stop = _data.size() - 1;
    const size_t count = stop - start + 1;
    if (start >= _data.size()) return "";
    const size_t end = count > _data.size() - start ? _data.size() : start + count;
    return text_.substr(offsets_.byte(start), offsets_.byte(end) - offsets_.byte(start));
  }
  std::string toString() const override { return text_; }

  // The code points as the lexer reads them.
  const std::u32string& symbols() const { return _data; }

 private:
  const std::string& text_;
  const OffsetMap& offsets_;
};

// A token stream that lets go of the tokens of lines already built, so a script's tokens are
// not all held at once. Only for a parse that never seeks back (the fast parse; the full parse
// after a syntax error uses ANTLR's CommonTokenStream).
class LineTokenStream : public antlr4::CommonTokenStream {
 public:
  using antlr4::CommonTokenStream::CommonTokenStream;

  // Frees the tokens before `index`; the parser only looks back within the line it is reading.
  void release_before(size_t index) {
    for (; released_ < index && released_ < _tokens.size(); ++released_) _tokens[released_].reset();
  }

 private:
  size_t released_ = 0;
};

}  // namespace ekonte::parse
