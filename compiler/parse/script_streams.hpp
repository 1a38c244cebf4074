#pragma once
// The character and token streams the parse of a script runs on (parse_script.cpp). Both exist
// for speed and memory; what the lexer and the parser see is what ANTLR's own streams give.
#include <antlr4-runtime.h>

#include <string>
#include <vector>

namespace ekonte::parse {

// Where a parse starts: the first code point of a line (0, 0, 1 for the script's start).
struct StreamStart {
  size_t code_point = 0;  // ANTLR's index
  size_t byte = 0;        // its offset in the UTF-8 text
  size_t line = 1;
};

// A script's code points for the lexer, read from its UTF-8 text a line or so ahead of the
// lexer and let go of once the lines holding them are built (release_before), so the parse
// holds a few lines of them, not four bytes per letter of the whole script as ANTLR's
// ANTLRInputStream does. Token texts and error messages come from the script's own bytes.
//
// ANTLR 4.9's lexer caches its DFA edges for the code points 0 to 127 only: each letter beyond
// (every Japanese letter of a dialogue line) was simulated through the ATN again. No rule of
// EkonteLexer.g4 names a code point beyond ASCII except the scene heading's dashes (U+2013,
// U+2014); every other one only ever meets a negated set or `.`, as `@` (named by no rule) does.
// So the lexer reads each of them as `@` and takes the same tokens at the same indices.
//
// A text that does not end in a line break is read as if it did: every line ends in one.
class ScriptCharStream : public antlr4::CharStream {
 public:
  // `text` must outlive the stream; `code_points` is code_points_of(text).
  ScriptCharStream(const std::string& text, size_t code_points, StreamStart start = {});

  // The number of code points the stream reads in `text` (the added line break included).
  static size_t code_points_of(const std::string& text);

  void consume() override;
  size_t LA(ssize_t i) override;
  ssize_t mark() override { return -1; }
  void release(ssize_t) override {}
  size_t index() override { return p_; }
  void seek(size_t index) override;
  size_t size() override { return size_; }
  std::string getSourceName() const override { return "<script>"; }
  std::string getText(const antlr4::misc::Interval& interval) override;
  std::string toString() const override { return text_; }

  // The code point at `index` as the lexer reads it; index < size().
  char32_t symbol(size_t index) {
    if (index >= base_ + symbols_.size()) read_to(index);
    return symbols_[index - base_];
  }
  // The byte offset of the code point at `index`, which must not be released; size() gives
  // the end of the text (with the added line break).
  uint32_t byte(size_t index);
  // Lets go of the code points before `index`: nothing will ask for them again.
  void release_before(size_t index);

 private:
  void read_to(size_t index);  // reads code points until `index` is held

  const std::string& text_;
  size_t size_;
  size_t p_;
  size_t base_;                      // the index of symbols_[0]
  size_t next_byte_;                 // where the next code point to read starts
  std::vector<char32_t> symbols_;    // code points base_ .. base_ + size - 1, as the lexer reads them
  std::vector<uint32_t> bytes_;      // and their byte offsets
};

// A token stream that lets go of the tokens of lines already built, so a script's tokens are
// not all held at once. Only for a parse that never seeks back before the line it reads.
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
