#pragma once
// The lexer of the parse (parse_script.cpp): EkonteLexer with its commonest tokens, a run of
// prose and a word of a shot header, read by a loop instead of ANTLR's lexer simulation.
#include <antlr4-runtime.h>

#include "EkonteLexer.h"
#include "compiler/parse/script_streams.hpp"

namespace ekonte::parse {

// Prose is most of a script, and ANTLR's lexer takes each of its letters through a DFA state
// lookup under a lock. In TEXT_MODE a token that starts with a letter of prose can only be TEXT
// (`( ~[\r\n/[] | '/' ~[*/\r\n] | '[' ~[[\r\n] )+` in EkonteLexer.g4): no other rule of the
// mode starts with it. Each step of that loop is decided by its first letter (`/` and `[` take
// the next one with them), so the longest match is the run read step by step until a step
// fails. That run is emitted as ANTLR would (same type, indices, line and column); any other
// start (a line break, `/*`, `//`, `[[`, a lone `/` or `[`) is left to EkonteLexer.
class ScriptLexer : public ekonte_antlr::EkonteLexer {
 public:
  explicit ScriptLexer(ScriptCharStream* input) : EkonteLexer(input), stream_(*input) {}

  std::unique_ptr<antlr4::Token> nextToken() override {
    if (hitEOF || (mode != TEXT_MODE && mode != SHOT_HEAD)) return EkonteLexer::nextToken();
    size_t start = _input->index();
    auto* simulator = getInterpreter<antlr4::atn::LexerATNSimulator>();
    if (mode == SHOT_HEAD) {
      // SHOT_WS is skipped; then a word is SHOT_WORD unless it starts a `//` comment.
      size_t at = start;
      while (at < stream_.size() && (stream_.symbol(at) == U' ' || stream_.symbol(at) == U'\t')) ++at;
      if (at > start) {
        _input->seek(at);
        simulator->setCharPositionInLine(simulator->getCharPositionInLine() + (at - start));
        start = at;
      }
      return emit_run(SHOT_WORD, start, shot_word_run(start));
    }
    return emit_run(TEXT, start, prose_run(start));
  }

 private:
  // The token of `length` code points at `start` (none of them a line break), as ANTLR would
  // emit it; with length 0, whatever EkonteLexer reads there.
  std::unique_ptr<antlr4::Token> emit_run(size_t token_type, size_t start, size_t length) {
    if (length == 0) return EkonteLexer::nextToken();
    auto* simulator = getInterpreter<antlr4::atn::LexerATNSimulator>();
    token.reset();
    channel = antlr4::Token::DEFAULT_CHANNEL;
    tokenStartCharIndex = start;
    tokenStartCharPositionInLine = simulator->getCharPositionInLine();
    tokenStartLine = simulator->getLine();
    _text.clear();
    type = token_type;
    _input->seek(start + length);
    simulator->setCharPositionInLine(tokenStartCharPositionInLine + length);
    if (_input->LA(1) == antlr4::Token::EOF) hitEOF = true;
    emit();
    return std::move(token);
  }

  // The length of SHOT_WORD's match at `at` (`~[ \t\r\n,:]+`), 0 when it does not match or
  // SHOT_COMMENT (`//` to the end of the line, as long or longer, and listed first) wins.
  size_t shot_word_run(size_t at) {
    const size_t size = stream_.size();
    if (at + 1 < size && stream_.symbol(at) == U'/' && stream_.symbol(at + 1) == U'/') return 0;
    size_t i = at;
    for (; i < size; ++i) {
      const char32_t c = stream_.symbol(i);
      if (c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == U',' || c == U':') break;
    }
    return i - at;
  }

  // The length of the TEXT loop's match at `at`, 0 when its first step fails.
  size_t prose_run(size_t at) {
    const auto breaks = [](char32_t c) { return c == U'\r' || c == U'\n'; };
    const size_t size = stream_.size();
    size_t i = at;
    while (i < size) {
      const char32_t c = stream_.symbol(i);
      if (c != U'/' && c != U'[' && !breaks(c)) {
        ++i;
        continue;
      }
      if (breaks(c) || i + 1 >= size) break;
      const char32_t next = stream_.symbol(i + 1);
      if (breaks(next) || next == (c == U'/' ? U'*' : U'[') || (c == U'/' && next == U'/')) break;
      i += 2;
    }
    return i - at;
  }

  ScriptCharStream& stream_;
};

}  // namespace ekonte::parse
