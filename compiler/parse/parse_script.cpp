// Runs the ANTLR-generated lexer and parser over a script and turns the parse tree into a
// flat list of parse::Line values. This file and nothing else includes generated headers.
#include "compiler/parse/parse_script.hpp"

#include <antlr4-runtime.h>

#include <algorithm>
#include <optional>
#include <set>

#include "Ekonte.h"
#include "EkonteLexer.h"
#include "compiler/parse/line.hpp"
#include "compiler/parse/line_fields.hpp"
#include "compiler/parse/read_simple_line.hpp"
#include "compiler/parse/script_lexer.hpp"
#include "compiler/parse/script_streams.hpp"
#include "support/text.hpp"
#include "vocabulary/staging.hpp"

namespace ekonte {
namespace {

using ekonte_antlr::Ekonte;
using ekonte_antlr::EkonteLexer;

using parse::ScriptCharStream;
using parse::StreamStart;

// Human wording for ANTLR's token names in "expecting ..." messages.
std::string humanize(std::string msg) {
  static const std::pair<const char*, const char*> kWords[] = {
      {"'\\n'", "end of line"}, {"'\\r\\n'", "end of line"}, {"NEWLINE", "end of line"},
      {"<EOF>", "end of file"}, {"SHOT_COLON", "`:`"}, {"COLON", "`:`"}, {"COMMA", "`,`"},
      {"IDENT", "an id"}, {"STRING", "a quoted name"}, {"SHOT_WORD", "a camera word"},
      {"SCENE_WORD", "a heading word"}, {"SETTING_REF", "`(SETTING_ID)`"}, {"LIKE_KW", "`like`"},
      {"DECL_ERROR", "an unexpected character"}, {"SCENE_ERROR", "an unexpected character"},
  };
  for (const auto& [from, to] : kWords) {
    size_t pos = 0;
    while ((pos = msg.find(from, pos)) != std::string::npos) {
      msg.replace(pos, std::string(from).size(), to);
      pos += std::string(to).size();
    }
  }
  // ANTLR's phrasing, in the project's voice: "unexpected X; expected A or B".
  static const std::pair<const char*, const char*> kPhrasing[] = {
      {"mismatched input ", "unexpected "}, {"extraneous input ", "unexpected "},
      {" expecting ", "; expected "}, {"no viable alternative at input ", "cannot read "},
      {"token recognition error at: ", "unexpected character "}, {"missing ", "missing "},
  };
  for (const auto& [from, to] : kPhrasing) {
    const size_t pos = msg.find(from);
    if (pos != std::string::npos) msg.replace(pos, std::string(from).size(), to);
  }
  std::string out;
  for (size_t i = 0; i < msg.size(); ++i) {
    const char c = msg[i];
    if (c == '{' || c == '}') continue;
    if (c == '\'') out += '`';
    else if (c == ',' && i + 1 < msg.size() && msg[i + 1] == ' ' && msg.find('{') != std::string::npos) out += " or";
    else out += c;
  }
  return out;
}

std::string hint_for_rule(size_t rule) {
  switch (rule) {
    case Ekonte::RuleCharacterHeader:
      return "a character header reads `character ID \"Display Name\" [like OTHER_ID]:`";
    case Ekonte::RuleSettingHeader:
      return "a setting header reads `setting ID \"Name\":`";
    case Ekonte::RulePropDecl:
      return "a prop declaration reads `prop ID: refs/file.svg, 40cm, handheld`";
    case Ekonte::RuleSceneHeading:
    case Ekonte::RuleHeadingPart:
      return "a scene heading reads `scene N INT. PLACE - TIME (SETTING_ID)`";
    case Ekonte::RuleShotHeader:
    case Ekonte::RuleShotItem:
      return "a shot header reads `shot [ID] framing [SUBJECT], angle, movement, duration[, take N]:`";
    default:
      return "each line is a keyword line, a `key: value` property, a `NAME: line` of dialogue or action prose";
  }
}

class CollectingErrorListener : public antlr4::BaseErrorListener {
 public:
  CollectingErrorListener(const SourceFile& source, DiagnosticSink& sink) : source_(source), sink_(sink) {}

  // The stream of the pass being read: token indices are its code points.
  void set_stream(ScriptCharStream* stream) { offsets_ = stream; }

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line,
                   size_t column, const std::string& msg, std::exception_ptr) override {
    // One error per line: the rest of a broken line only repeats it.
    if (!error_lines_.insert(static_cast<uint32_t>(line)).second) return;
    SourceSpan span;
    span.line = static_cast<uint32_t>(line);
    span.column = static_cast<uint32_t>(column) + 1;
    std::string hint = hint_for_rule(SIZE_MAX);
    if (offending) {
      span.offset = offsets_->byte(offending->getStartIndex());
      const auto stop = offending->getStopIndex();
      span.length = stop >= offending->getStartIndex() && stop != static_cast<size_t>(-1)
                        ? offsets_->byte(stop + 1) - span.offset
                        : 0;
    }
    if (auto* parser = dynamic_cast<antlr4::Parser*>(recognizer); parser && parser->getContext())
      hint = hint_for_rule(parser->getContext()->getRuleIndex());
    sink_.report(DiagnosticKind::SyntaxError, source_.path, span, humanize(msg), hint);
  }

  const std::set<uint32_t>& error_lines() const { return error_lines_; }

 private:
  const SourceFile& source_;
  ScriptCharStream* offsets_ = nullptr;
  DiagnosticSink& sink_;
  std::set<uint32_t> error_lines_;
};

// `lineBody`'s alternative as its context type, when it is the rule `rule`.
template <class Context>
Context* alternative(antlr4::ParserRuleContext* alt, size_t rule) {
  return alt && alt->getRuleIndex() == rule ? static_cast<Context*>(alt) : nullptr;
}

class LineBuilder {
 public:
  explicit LineBuilder(const SourceFile& source) : source_(source) {}

  // The stream of the pass being read: token indices are its code points.
  void set_stream(ScriptCharStream* stream) { offsets_ = stream; }

  SourceSpan span_of(antlr4::Token* t) const {
    SourceSpan s;
    s.line = static_cast<uint32_t>(t->getLine());
    s.column = static_cast<uint32_t>(t->getCharPositionInLine()) + 1;
    s.offset = offsets_->byte(t->getStartIndex());
    s.length = offsets_->byte(t->getStopIndex() + 1) - s.offset;
    return s;
  }
  SourceSpan span_of(antlr4::ParserRuleContext* ctx) const {
    SourceSpan s = span_of(ctx->getStart());
    auto* stop = ctx->getStop();
    if (stop && stop->getStopIndex() + 1 >= ctx->getStart()->getStartIndex())
      s.length = offsets_->byte(stop->getStopIndex() + 1) - s.offset;
    return s;
  }
  // A sub-span of a token: `skip` bytes in, `length` bytes long (on the token's line).
  SourceSpan sub_span(antlr4::Token* t, size_t skip, size_t length) const {
    return parse::shifted_span(source_.text, span_of(t), skip, length);
  }
  ast::Text text_of(antlr4::Token* t) const { return {t->getText(), span_of(t)}; }

  // The prose of a `text` rule: TEXT tokens joined (comments removed), notes collected apart.
  ast::Text prose(Ekonte::TextContext* ctx, std::vector<ast::Text>& notes) const {
    ast::Text out;
    if (!ctx) return out;
    std::string joined;
    bool first = true;
    for (auto* child : ctx->children) {
      auto* term = dynamic_cast<antlr4::tree::TerminalNode*>(child);
      if (!term) continue;
      antlr4::Token* tok = term->getSymbol();
      if (tok->getType() == EkonteLexer::NOTE) {
        notes.push_back(note_text(tok));
        continue;
      }
      if (first) {
        out.span = span_of(tok);
        first = false;
      } else {
        out.span.length = offsets_->byte(tok->getStopIndex() + 1) - out.span.offset;
      }
      const std::string piece = tok->getText();  // a copy out of the source each time it is asked
      if (!joined.empty() && joined.back() != ' ' && !piece.empty() && piece[0] != ' ') joined += ' ';
      joined += piece;
    }
    // Collapse the double spaces a removed comment leaves behind.
    out.value = parse::collapse_spaces(joined);
    return out;
  }

  ast::Text note_text(antlr4::Token* tok) const {
    std::string t = tok->getText();
    t = t.substr(2, t.size() >= 4 ? t.size() - 4 : 0);
    // A note may span lines: fold them into one.
    std::string folded;
    for (char c : trim(t)) {
      if (c == '\r') continue;
      if (c == '\n' || c == '\t') c = ' ';
      if (c == ' ' && !folded.empty() && folded.back() == ' ') continue;
      folded += c;
    }
    return {folded, span_of(tok)};
  }

  parse::Line build(Ekonte::LineContext* ctx) const {
    parse::Line line;
    if (auto* indent = ctx->INDENT()) line.indent = parse::indent_columns(indent->getText());
    auto* body = ctx->lineBody();
    if (!body) return line;  // blank (or comment-only) line
    line.span = span_of(body);
    line.raw = raw_text(line.span);
    // `lineBody` is one of its alternatives' rules: read which by its index rather than asking
    // each accessor in turn (each a dynamic_cast over the children).
    antlr4::ParserRuleContext* alt = nullptr;
    for (auto* child : body->children)
      if ((alt = dynamic_cast<antlr4::ParserRuleContext*>(child))) break;
    if (auto* c = alternative<Ekonte::CharacterHeaderContext>(alt, Ekonte::RuleCharacterHeader)) {
      line.kind = parse::LineKind::CharacterHeader;
      header_fields(line, c->IDENT(), c->STRING());
    } else if (auto* s = alternative<Ekonte::SettingHeaderContext>(alt, Ekonte::RuleSettingHeader)) {
      line.kind = parse::LineKind::SettingHeader;
      header_fields(line, std::vector<antlr4::tree::TerminalNode*>{s->IDENT()}, s->STRING());
    } else if (auto* pd = alternative<Ekonte::PropDeclContext>(alt, Ekonte::RulePropDecl)) {
      line.kind = parse::LineKind::PropDecl;
      parse::PropDeclFields f{text_of(pd->PROP_IDENT()->getSymbol()), prose(pd->text(), line.notes)};
      if (f.value.value.empty()) f.value.span = span_of(pd->PROP_COLON()->getSymbol());
      line.fields = std::move(f);
    } else if (auto* h = alternative<Ekonte::SceneHeadingContext>(alt, Ekonte::RuleSceneHeading)) {
      line.kind = parse::LineKind::SceneHeading;
      parse::SceneHeadingFields f;
      for (auto* part : h->headingPart()) {
        std::vector<ast::Text> words;
        for (auto* w : part->SCENE_WORD()) words.push_back(text_of(w->getSymbol()));
        f.parts.push_back(std::move(words));
      }
      if (auto* ref = h->SETTING_REF()) {
        std::string id = ref->getText();
        id = trim(id.substr(1, id.size() - 2));
        f.setting_ref = ast::Text{id, span_of(ref->getSymbol())};
      }
      line.fields = std::move(f);
    } else if (auto* sh = alternative<Ekonte::ShotHeaderContext>(alt, Ekonte::RuleShotHeader)) {
      line.kind = parse::LineKind::ShotHeader;
      parse::ShotHeaderFields f;
      for (auto* item : sh->shotItem()) {
        std::vector<ast::Text> words;
        for (auto* w : item->SHOT_WORD()) words.push_back(text_of(w->getSymbol()));
        f.items.push_back(std::move(words));
      }
      f.action = prose(sh->text(), line.notes);
      line.fields = std::move(f);
    } else if (auto* sec = alternative<Ekonte::SectionContext>(alt, Ekonte::RuleSection)) {
      line.kind = parse::LineKind::Section;
      std::string t = sec->getText();
      const size_t title = t.find_first_not_of('#');  // a line of only `#` is a section with no title
      line.fields = parse::TextFields{{title == std::string::npos ? std::string() : trim(t.substr(title)), span_of(sec)}};
    } else if (auto* tr = alternative<Ekonte::TransitionContext>(alt, Ekonte::RuleTransition)) {
      line.kind = parse::LineKind::Transition;
      const std::string t = tr->getText();
      line.fields = parse::TextFields{{trim(t), span_of(tr)}};
    } else if (auto* sfx = alternative<Ekonte::SfxLineContext>(alt, Ekonte::RuleSfxLine)) {
      line.kind = parse::LineKind::Sfx;
      line.fields = parse::TextFields{prose_or_keyword(sfx->text(), sfx, line.notes)};
    } else if (auto* st = alternative<Ekonte::StageLineContext>(alt, Ekonte::RuleStageLine)) {
      line.kind = parse::LineKind::Stage;
      line.fields = parse::TextFields{prose_or_keyword(st->text(), st, line.notes)};
    } else if (auto* note = alternative<Ekonte::NoteLineContext>(alt, Ekonte::RuleNoteLine)) {
      line.kind = parse::LineKind::Note;
      line.notes.push_back(note_text(note->NOTE()->getSymbol()));
      line.fields = parse::TextFields{prose(note->text(), line.notes)};
    } else if (auto* prop = alternative<Ekonte::PropertyLineContext>(alt, Ekonte::RulePropertyLine)) {
      line.kind = parse::LineKind::Property;
      antlr4::Token* key = prop->PROPERTY_KEY()->getSymbol();
      const std::string k = key->getText();
      line.fields = parse::property_fields(source_.text, k, span_of(key), prose(prop->text(), line.notes));
    } else if (auto* dl = alternative<Ekonte::DialogueLineContext>(alt, Ekonte::RuleDialogueLine)) {
      line.kind = parse::LineKind::Dialogue;
      antlr4::Token* cue = dl->CUE()->getSymbol();
      const std::string c = cue->getText();
      line.fields = parse::cue_fields(source_.text, c, span_of(cue), prose(dl->text(), line.notes));
    } else if (auto* act = alternative<Ekonte::ActionLineContext>(alt, Ekonte::RuleActionLine)) {
      line.kind = parse::LineKind::Action;
      antlr4::Token* start = act->ACTION_START()->getSymbol();
      ast::Text rest = prose(act->text(), line.notes);
      line.fields = parse::TextFields{parse::action_text(source_.text, start->getText(), span_of(start), rest)};
    }
    return line;
  }

 private:
  std::string raw_text(const SourceSpan& span) const {
    return trim(source_.text.substr(span.offset, span.length));
  }

  // `sfx:` / `stage:` prose; an empty one points at its keyword.
  template <typename Context>
  ast::Text prose_or_keyword(Ekonte::TextContext* text, Context* keyword, std::vector<ast::Text>& notes) const {
    ast::Text t = prose(text, notes);
    if (t.value.empty()) t.span = span_of(keyword);
    return t;
  }

  template <typename IdList>
  void header_fields(parse::Line& line, const IdList& ids, antlr4::tree::TerminalNode* name) const {
    parse::HeaderFields f;
    if (!ids.empty() && ids[0]) f.id = text_of(ids[0]->getSymbol());
    if (ids.size() > 1 && ids[1]) f.like = text_of(ids[1]->getSymbol());
    if (name) {
      f.name = text_of(name->getSymbol());
      f.name.value = f.name.value.substr(1, f.name.value.size() - 2);
    }
    line.fields = std::move(f);
  }

  const SourceFile& source_;
  ScriptCharStream* offsets_ = nullptr;
};

}  // namespace

namespace {

// The line as the builder reads it, or an invalid line when it holds a syntax error.
parse::Line read_line(Ekonte::LineContext* line_ctx, const LineBuilder& builder, const CollectingErrorListener& listener) {
  parse::Line line;
  const uint32_t number = static_cast<uint32_t>(line_ctx->getStart()->getLine());
  if (listener.error_lines().count(number) || line_ctx->exception) {
    line.kind = parse::LineKind::Invalid;
    line.span.line = number;
    if (auto* indent = line_ctx->INDENT()) line.indent = parse::indent_columns(indent->getText());
  } else {
    line = builder.build(line_ctx);
    if (line.kind == parse::LineKind::Blank) line.span.line = number;
  }
  return line;
}

// The rule `script` (`line* EOF`) as Ekonte::script() parses it, with each line handed on as it
// is read and its tree freed: the script's context is not tracked, so the tracker holds only
// the tree of the line being read. Error reporting and recovery are those of script(): the
// same states are set around the same calls.
class LineParser : public Ekonte {
 public:
  explicit LineParser(antlr4::TokenStream* input) : Ekonte(input) { find_script_states(); }

  // `after_line`: lines were read before this parse started (by another pass), so the loop is
  // entered as after a line, not at the start of the script. `each` returns whether to go on:
  // false leaves the rest of the script unread.
  template <typename EachLine>
  void script_lines(bool after_line, EachLine each) {
    ScriptContext script(nullptr, getState());
    enterRule(&script, 0, RuleScript);
    try {
      enterOuterAlt(&script, 1);
      setState(after_line ? loop_back_ : loop_entry_);
      _errHandler->sync(this);
      while (starts_line(_input->LA(1))) {
        setState(invoke_line_);
        const bool go_on = each(line());
        script.children.clear();
        getTreeTracker().reset();
        if (!go_on) {  // the rest is read by others: leave the rule as after a line
          exitRule();
          return;
        }
        setState(loop_back_);
        _errHandler->sync(this);
      }
      setState(match_eof_);
      match(EOF);
    } catch (antlr4::RecognitionException& e) {
      _errHandler->reportError(this, e);
      script.exception = std::current_exception();
      _errHandler->recover(this, script.exception);
    }
    exitRule();
    script.children.clear();
    getTreeTracker().reset();
  }

 private:
  // The states Ekonte::script() sets, found in the ATN rather than copied from the generated code.
  void find_script_states() {
    const antlr4::atn::ATN& atn = getATN();
    for (antlr4::atn::ATNState* s : atn.states) {
      if (!s || s->ruleIndex != RuleScript) continue;
      if (s->getStateType() == antlr4::atn::ATNState::STAR_LOOP_ENTRY) {
        loop_entry_ = s->stateNumber;
        loop_back_ = static_cast<antlr4::atn::StarLoopEntryState*>(s)->loopBackState->stateNumber;
      }
      for (antlr4::atn::Transition* t : s->transitions) {
        if (t->getSerializationType() == antlr4::atn::Transition::RULE) invoke_line_ = s->stateNumber;
        if (t->getSerializationType() == antlr4::atn::Transition::ATOM && t->label().contains(EOF)) match_eof_ = s->stateNumber;
      }
    }
    line_starts_ = atn.nextTokens(atn.states[loop_entry_]);
  }
  bool starts_line(size_t token) const { return token != EOF && line_starts_.contains(token); }

  size_t loop_entry_ = 0, loop_back_ = 0, invoke_line_ = 0, match_eof_ = 0;
  antlr4::misc::IntervalSet line_starts_;
};

// One pass over the script from the start of a line: a stream, a lexer, tokens and a parser of
// its own.
struct Pass {
  Pass(const std::string& text, size_t code_points, StreamStart start, CollectingErrorListener& listener,
       LineBuilder& builder)
      : input(text, code_points, start), lexer(&input), tokens(&lexer), parser(&tokens) {
    lexer.setLine(start.line);
    lexer.setCharPositionInLine(0);
    lexer.removeErrorListeners();
    lexer.addErrorListener(&listener);
    parser.removeErrorListeners();
    listener.set_stream(&input);
    builder.set_stream(&input);
  }
  // Lets go of what the lines before the one starting at token `token` held.
  void release_before(antlr4::Token* token) {
    parser.getTreeTracker().reset();
    tokens.release_before(token->getTokenIndex());
    input.release_before(token->getStartIndex());
  }

  ScriptCharStream input;
  parse::ScriptLexer lexer;
  parse::LineTokenStream tokens;
  LineParser parser;
};

// Where the line after `line_ctx` starts: after its line break, in the lexer's default mode.
StreamStart start_after(Ekonte::LineContext* line_ctx, ScriptCharStream& input) {
  antlr4::Token* newline = line_ctx->getStop();
  const size_t next = newline->getStopIndex() + 1;
  return {next, input.byte(next), newline->getLine() + 1};
}

// The script parsed one line at a time, each line's parse tree and tokens freed once its
// parse::Line is built and handed on (a whole script's tree took about 85 bytes of memory per
// byte of script, and as long to free as to build).
//
// A simple line (read_simple_line.hpp) is read without ANTLR. Each run of other lines is parsed
// by a pass of ANTLR's own that starts at the run's first line, in the lexer's default mode, as
// every line starts, and ends at the next simple line after a line read without error.
//
// ANTLR runs in SLL mode, bailing out at a syntax error. That is most scripts, and the
// fastest. From the first line with an error (a lexer error, or a line SLL cannot read) the
// rest is parsed again in full LL mode with ANTLR's recovery, which reports every error: as
// when the whole script was parsed again (lexing it anew from that line: the lines before it
// read the same in either mode). The listener keeps one error per line, so a lexer error that
// the first pass reported is not repeated, and one it reported on a later line (it goes on
// lexing to the first line SLL cannot read) takes that line's place as it did then. Until the
// LL passes begin, an SLL pass that met an error goes on to the end as the one pass over the
// whole script did; the LL passes give way to simple lines after a line without error.
template <typename EachLine>
void parse_lines(const std::string& text, LineBuilder& builder, CollectingErrorListener& listener, EachLine each,
                 bool simple_lines) {
  const size_t code_points = ScriptCharStream::code_points_of(text);
  std::optional<StreamStart> unread;  // the start of the first line not handed on
  bool read_a_line = false;           // a line was handed on before it
  StreamStart at;                     // the start of the next line to read
  parse::Line simple;
  size_t simple_end = 0;
  // Reads the simple line at `start`, if it is one, into `simple`.
  auto read_simple = [&](const StreamStart& start) {
    return simple_lines && start.byte < text.size() &&
           parse::read_simple_line(text, start.byte, static_cast<uint32_t>(start.line), simple, simple_end);
  };
  // Hands on the simple line read at `at` and moves past it.
  auto hand_on_simple = [&] {
    each(simple);
    read_a_line = true;
    for (size_t i = at.byte; i < simple_end; ++i) at.code_point += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    at.byte = simple_end;
    ++at.line;
  };
  bool ended = false;  // the first pass reached the end of the script or bailed out
  while (!ended) {
    if (read_simple(at)) {
      hand_on_simple();
      continue;
    }
    Pass pass(text, code_points, at, listener, builder);
    pass.parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
    pass.parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
    StreamStart line_start = at;
    bool gave_way = false;
    try {
      while (pass.tokens.LA(1) != antlr4::Token::EOF) {
        antlr4::Token* first = pass.tokens.LT(1);
        Ekonte::LineContext* line_ctx = pass.parser.line();
        const bool clean = !unread && listener.error_lines().empty();
        if (clean) {
          each(read_line(line_ctx, builder, listener));
          read_a_line = true;
        } else if (!unread) {
          unread = line_start;
        }
        line_start = start_after(line_ctx, pass.input);
        if (clean && read_simple(line_start)) {
          at = line_start;
          hand_on_simple();
          gave_way = true;
          break;
        }
        pass.release_before(first);
      }
    } catch (const antlr4::ParseCancellationException&) {
      if (!unread) unread = line_start;
    }
    ended = !gave_way;
  }
  if (!unread) return;
  at = *unread;
  while (true) {
    Pass pass(text, code_points, at, listener, builder);
    pass.parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
    pass.parser.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
    pass.parser.addErrorListener(&listener);
    bool gave_way = false;
    pass.parser.script_lines(read_a_line, [&](Ekonte::LineContext* line_ctx) {
      parse::Line line = read_line(line_ctx, builder, listener);
      const bool clean = line.kind != parse::LineKind::Invalid;
      each(line);
      read_a_line = true;
      if (clean) {
        const StreamStart next = start_after(line_ctx, pass.input);
        if (read_simple(next)) {
          at = next;
          gave_way = true;
          return false;
        }
      }
      pass.release_before(line_ctx->getStart());
      return true;
    });
    if (!gave_way) return;
    do hand_on_simple();
    while (read_simple(at));
  }
}
}  // namespace

ast::Script parse_script(const SourceFile& source, DiagnosticSink& sink, bool simple_lines) {
  CollectingErrorListener listener(source, sink);
  LineBuilder builder(source);
  parse::BlockAssembler assembler(source.path, sink);
  parse_lines(source.text, builder, listener, [&](const parse::Line& line) { assembler.add(line); }, simple_lines);
  return assembler.finish();
}

std::vector<parse::Line> parse_script_lines(const SourceFile& source, DiagnosticSink& sink, bool simple_lines) {
  CollectingErrorListener listener(source, sink);
  LineBuilder builder(source);
  std::vector<parse::Line> lines;
  parse_lines(source.text, builder, listener, [&](const parse::Line& line) { lines.push_back(line); }, simple_lines);
  return lines;
}

}  // namespace ekonte
