#include "compiler/compile.hpp"

#include <fstream>
#include <sstream>

#include "compiler/check/checks.hpp"
#include "compiler/front_end/read_ekonte_script.hpp"

namespace ekonte {
namespace {

// Returns the byte offset of the first invalid UTF-8 sequence, or npos.
size_t first_invalid_utf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return i;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    i += n;
  }
  return std::string::npos;
}

}  // namespace

CompileResult compile_source(const std::string& path, std::string text, const CompileOptions& options) {
  CompileResult result;
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);  // byte-order mark
  result.source.path = path;
  result.source.text = std::move(text);
  result.graph.source_path = path;
  DiagnosticSink& sink = result.diagnostics;

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

  // The front end: Ekonte text -> the neutral input the passes read (docs/front-end.md).
  const input::ScriptInput script = read_ekonte_source(result.source, sink);
  const check::PassContext ctx{path, options, sink};
  check::read_front_matter(script, result.graph, ctx);
  check::resolve_definitions(script, result.graph, ctx);
  check::build_shots(script, result.graph, ctx);
  if (result.graph.shots.empty() && !sink.has_errors()) {
    sink.report(DiagnosticKind::EmptyScript, path, SourceSpan{1, 1, 0, 0}, "the script has no shots",
                "add a scene heading and a shot: `scene 1 EXT. PLACE - DAY (SETTING)` then `shot 1 wide, 3s:`");
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
  std::ostringstream buffer;
  buffer << in.rdbuf();
  static_cast<CompileResult&>(out) = compile_source(path, buffer.str(), options);
  return out;
}

}  // namespace ekonte
