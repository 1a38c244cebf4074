#include "compiler/compile.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

#include "compiler/check/checks.hpp"
#include "compiler/front_end/read_ekonte_script.hpp"
#include "compiler/front_end/read_screenplay.hpp"
#include "compiler/limits.hpp"
#include "support/text.hpp"

namespace ekonte {
namespace {

// Returns the byte offset of the first invalid UTF-8 sequence, or npos. Strict, as Unicode
// defines well-formed UTF-8 (table 3-7): no overlong forms, no surrogates (U+D800..U+DFFF),
// nothing above U+10FFFF. Later readers (ANTLR's input stream, the JSON writers) rely on it.
size_t first_invalid_utf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c == 0xE0) n = 3, lo = 0xA0;
    else if (c >= 0xE1 && c <= 0xEC) n = 3;
    else if (c == 0xED) n = 3, hi = 0x9F;
    else if (c >= 0xEE && c <= 0xEF) n = 3;
    else if (c == 0xF0) n = 4, lo = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) n = 4;
    else if (c == 0xF4) n = 4, hi = 0x8F;
    if (n == 0 || i + n > s.size()) return i;
    const unsigned char second = static_cast<unsigned char>(s[i + 1]);
    if (second < lo || second > hi) return i;
    for (size_t k = 2; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    i += n;
  }
  return std::string::npos;
}

// Old Mac line endings (a CR alone) become LF, byte for byte, so lines and columns count as
// the writer sees them; CR LF stays (the line reader drops the CR).
void normalise_lone_carriage_returns(std::string& s) {
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n')) s[i] = '\n';
}

// The first line longer than `max` bytes (span: its start, length = its length), or an
// invalid span.
SourceSpan first_line_longer_than(const std::string& s, size_t max) {
  uint32_t line = 1;
  for (size_t start = 0; start < s.size(); ++line) {
    size_t end = s.find('\n', start);
    if (end == std::string::npos) end = s.size();
    if (end - start > max) return SourceSpan{line, 1, static_cast<uint32_t>(start), static_cast<uint32_t>(end - start)};
    start = end + 1;
  }
  return {};
}

}  // namespace

std::optional<SourceFormat> source_format_named(const std::string& word) {
  if (word == "ekonte" || word == "eko") return SourceFormat::Ekonte;
  if (word == "fountain") return SourceFormat::Fountain;
  if (word == "fdx" || word == "final-draft") return SourceFormat::FinalDraft;
  return std::nullopt;
}

SourceFormat source_format_of(const std::string& path, SourceFormat requested) {
  if (requested != SourceFormat::ByExtension) return requested;
  const std::string ext = to_lower(std::filesystem::path(path).extension().string());
  if (ext == ".fountain" || ext == ".spmd") return SourceFormat::Fountain;
  if (ext == ".fdx") return SourceFormat::FinalDraft;
  return SourceFormat::Ekonte;
}

CompileResult compile_source(const std::string& path, std::string text, const CompileOptions& options) {
  CompileResult result;
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);  // byte-order mark
  normalise_lone_carriage_returns(text);
  result.source.path = path;
  result.source.text = std::move(text);
  result.graph.source_path = path;
  DiagnosticSink& sink = result.diagnostics;

  if (result.source.text.size() > limits::kMaxScriptBytes) {
    sink.report(DiagnosticKind::ScriptTooLarge, path, SourceSpan{1, 1, 0, 0},
                "the script is " + std::to_string(result.source.text.size() >> 20) + " MiB; the limit is " +
                    std::to_string(limits::kMaxScriptBytes >> 20) + " MiB",
                "split it into episodes or acts, one script each");
    return result;
  }
  if (const SourceSpan long_line = first_line_longer_than(result.source.text, limits::kMaxLineBytes); long_line.valid()) {
    sink.report(DiagnosticKind::LineTooLong, path, long_line,
                "line " + std::to_string(long_line.line) + " is " + std::to_string(long_line.length >> 10) +
                    " KiB long; the limit is " + std::to_string(limits::kMaxLineBytes >> 10) + " KiB",
                "break the paragraph into several action lines");
    return result;
  }
  if (const size_t bad = first_invalid_utf8(result.source.text); bad != std::string::npos) {
    SourceSpan span;
    span.line = 1;
    span.column = 1;
    for (size_t i = 0; i < bad; ++i) {
      if (result.source.text[i] == '\n') {
        ++span.line;
        span.column = 1;
      } else if ((static_cast<unsigned char>(result.source.text[i]) & 0xC0) != 0x80) {
        ++span.column;
      }
    }
    span.length = 1;
    span.offset = static_cast<uint32_t>(bad);
    sink.report(DiagnosticKind::InvalidUtf8, path, span,
                "byte " + std::to_string(bad) + " is not valid UTF-8", "save the script as UTF-8");
    return result;
  }

  // The front end: the script's syntax -> the neutral input the passes read (docs/front-end.md).
  input::ScriptInput script;
  switch (source_format_of(path, options.format)) {
    case SourceFormat::Fountain: script = read_fountain_source(result.source, sink); break;
    case SourceFormat::FinalDraft: script = read_fdx_source(result.source, sink); break;
    default: script = read_ekonte_source(result.source, sink); break;
  }
  const check::PassContext ctx{path, options, sink};
  check::read_front_matter(script, result.graph, ctx);
  check::read_custom_props(script, result.graph, ctx);
  check::resolve_definitions(script, result.graph, ctx);
  check::build_shots(std::move(script), result.graph, ctx);
  if (result.graph.shots.empty() && !sink.has_errors()) {
    const bool screenplay = source_format_of(path, options.format) != SourceFormat::Ekonte;
    sink.report(DiagnosticKind::EmptyScript, path, SourceSpan{1, 1, 0, 0}, "the script has no shots",
                screenplay ? "a screenplay's shots are planned from its scenes: start one with a heading such as `EXT. HARBOUR - DAY`"
                           : "add a scene heading and a shot: `scene 1 EXT. PLACE - DAY (SETTING)` then `shot 1 wide, 3s:`");
  }
  check::link_and_check_continuity(result.graph, ctx);
  sink.sort_by_location();
  return result;
}

FileCompileResult compile_file(const std::string& path, const CompileOptions& options) {
  FileCompileResult out;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.io_error = "cannot open `" + path + "`: no such file or not readable";
    return out;
  }
  // Read straight into the string the compile keeps: a string stream's buffer and its copy
  // were two more copies of the script, one held through the whole compile.
  std::string text;
  in.seekg(0, std::ios::end);
  if (const std::streamoff size = in.tellg(); size > 0) {
    text.reserve(static_cast<size_t>(size));
    in.seekg(0, std::ios::beg);
  } else {
    in.clear();  // not seekable (a pipe): read from where it is
  }
  text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  static_cast<CompileResult&>(out) = compile_source(path, std::move(text), options);
  return out;
}

}  // namespace ekonte
