#pragma once
// The lexer of the fast parse (parse_script.cpp): EkonteLexer with its commonest token, a run
// of prose, read by a loop instead of ANTLR's lexer simulation.
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
    if (mode != TEXT_MODE || hitEOF) return EkonteLexer::nextToken();
    const size_t start = _input->index();
    const size_t length = prose_run(start);
    if (length == 0) return EkonteLexer::nextToken();
    auto* simulator = getInterpreter<antlr4::atn::LexerATNSimulator>();
    token.reset();
    channel = antlr4::Token::DEFAULT_CHANNEL;
    tokenStartCharIndex = start;
    tokenStartCharPositionInLine = simulator->getCharPositionInLine();
    tokenStartLine = simulator->getLine();
    _text.clear();
    type = TEXT;
    _input->seek(start + length);
    simulator->setCharPositionInLine(tokenStartCharPositionInLine + length);  // prose holds no line break
    if (_input->LA(1) == antlr4::Token::EOF) hitEOF = true;
    emit();
    return std::move(token);
  }

 private:
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
