#include "compiler/diagnostics/render_diagnostics.hpp"

#include <nlohmann/json.hpp>

#include "support/utf8.hpp"

namespace ekonte {
namespace {

const char* kReset = "\x1b[0m";
const char* kBold = "\x1b[1m";

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::Error: return "\x1b[1;31m";
    case Severity::Warning: return "\x1b[1;33m";
    case Severity::Note: return "\x1b[1;36m";
  }
  return "";
}

// Display width of the UTF-8 text: East Asian wide characters take two columns.
size_t display_width(const std::string& s) {
  size_t width = 0;
  for (size_t i = 0; i < s.size();) {
    const uint32_t cp = next_code_point(s, i);
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6);
    width += wide ? 2 : 1;
  }
  return width;
}

// The part of `line` before 1-based code-point column `column`.
std::string prefix_before(const std::string& line, uint32_t column) {
  size_t i = 0;
  for (uint32_t col = 1; col < column && i < line.size(); ++col) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return line.substr(0, i);
}

void render_snippet(std::string& out, const SourceFile* source, const SourceSpan& span, bool color, const char* marker_color) {
  if (!source || !span.valid()) return;
  const std::string line = source->line_text(span.line);
  const std::string number = std::to_string(span.line);
  const std::string gutter(number.size(), ' ');
  std::string expanded;
  for (char c : line) expanded += c == '\t' ? std::string("    ") : std::string(1, c);
  std::string before = prefix_before(line, span.column);
  size_t tabs = 0;
  for (char c : before) tabs += c == '\t';
  const size_t pad = display_width(before) + tabs * 3;
  const std::string rest = line.substr(std::min(before.size(), line.size()));
  const size_t underline = std::max<size_t>(1, display_width(rest.substr(0, std::min<size_t>(span.length, rest.size()))));
  out += " " + gutter + " |\n";
  out += " " + number + " | " + expanded + "\n";
  out += " " + gutter + " | " + std::string(pad, ' ') + (color ? marker_color : "") + "^" +
         std::string(underline - 1, '~') + (color ? kReset : "") + "\n";
}

}  // namespace

std::string render_human(const Diagnostic& d, const SourceFile* source, const HumanRenderOptions& options) {
  std::string out;
  const bool color = options.color;
  std::string location = d.file;
  if (d.span.valid()) location += ":" + std::to_string(d.span.line) + ":" + std::to_string(d.span.column);
  out += (color ? kBold : "") + location + ":" + (color ? kReset : "") + " ";
  out += (color ? severity_color(d.severity) : "") + std::string(severity_name(d.severity)) + "[" +
         std::string(info(d.kind).code) + "]" + (color ? kReset : "") + ": ";
  out += (color ? kBold : "") + d.message + (color ? kReset : "") + "\n";
  render_snippet(out, source, d.span, color, severity_color(d.severity));
  for (const auto& n : d.notes) {
    out += std::string(color ? severity_color(Severity::Note) : "") + "note" + (color ? kReset : "") + ": " + n.message;
    if (n.span.valid()) out += " (" + d.file + ":" + std::to_string(n.span.line) + ":" + std::to_string(n.span.column) + ")";
    out += "\n";
    render_snippet(out, source, n.span, color, severity_color(Severity::Note));
  }
  if (!d.hint.empty()) out += std::string(color ? "\x1b[1;32m" : "") + "hint" + (color ? kReset : "") + ": " + d.hint + "\n";
  return out;
}

void render_human(const std::vector<Diagnostic>& ds, const SourceFile* source, const HumanRenderOptions& options,
                  const std::function<void(std::string_view)>& write) {
  constexpr size_t kPiece = size_t{64} << 10;
  std::string out;
  size_t errors = 0, warnings = 0;
  for (const auto& d : ds) {
    out += render_human(d, source, options) + "\n";
    errors += d.severity == Severity::Error;
    warnings += d.severity == Severity::Warning;
    if (out.size() >= kPiece) {
      write(out);
      out.clear();
    }
  }
  if (errors || warnings)
    out += std::to_string(errors) + (errors == 1 ? " error" : " errors") + ", " + std::to_string(warnings) +
           (warnings == 1 ? " warning" : " warnings") + "\n";
  if (!out.empty()) write(out);
}

std::string render_human(const std::vector<Diagnostic>& ds, const SourceFile* source, const HumanRenderOptions& options) {
  std::string out;
  render_human(ds, source, options, [&](std::string_view piece) { out += piece; });
  return out;
}

std::string render_json(const std::vector<Diagnostic>& ds) {
  nlohmann::ordered_json root;
  root["diagnostics"] = nlohmann::ordered_json::array();
  size_t errors = 0, warnings = 0;
  for (const auto& d : ds) {
    nlohmann::ordered_json j;
    j["severity"] = severity_name(d.severity);
    j["code"] = info(d.kind).code;
    j["name"] = info(d.kind).name;
    j["file"] = d.file;
    j["line"] = d.span.line;
    j["column"] = d.span.column;
    j["offset"] = d.span.offset;
    j["length"] = d.span.length;
    j["message"] = d.message;
    j["hint"] = d.hint;
    j["notes"] = nlohmann::ordered_json::array();
    for (const auto& n : d.notes)
      j["notes"].push_back({{"line", n.span.line}, {"column", n.span.column}, {"message", n.message}});
    root["diagnostics"].push_back(j);
    errors += d.severity == Severity::Error;
    warnings += d.severity == Severity::Warning;
  }
  root["errors"] = errors;
  root["warnings"] = warnings;
  // Sources are checked to be UTF-8 before anything reports on them; should a message still
  // hold a broken sequence, it is replaced (U+FFFD) rather than aborting the whole report.
  return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace ekonte
