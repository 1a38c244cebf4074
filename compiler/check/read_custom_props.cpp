// `prop ID: file.svg, 40cm, handheld`: a writer's own props, their files read and checked once.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "compiler/check/checks.hpp"
#include "compiler/limits.hpp"
#include "compiler/values/read_prop_svg.hpp"
#include "support/text.hpp"

namespace ekonte::check {
namespace {

// "40cm", "40 cm", "1.2m", "40" (centimetres); 0 when it is not a length.
double size_in_cm(const std::string& text) {
  std::istringstream in(text);
  double v = 0;
  if (!(in >> v) || v <= 0) return 0;
  std::string unit;
  in >> unit;
  unit = to_lower(unit);
  if (unit.empty() || unit == "cm") return v;
  if (unit == "m") return v * 100;
  if (unit == "mm") return v / 10;
  return 0;
}

std::string fnv_hex(std::string_view text) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace

void read_custom_props(const input::ScriptInput& script, ShotGraph& graph, const PassContext& ctx) {
  const std::filesystem::path script_dir = std::filesystem::path(ctx.file).parent_path();
  std::map<std::string, size_t> seen;
  for (const input::PropDecl& decl : script.props) {
    const std::string key = to_lower(decl.id.value);
    if (auto it = seen.find(key); it != seen.end()) {
      auto& d = ctx.sink.report(DiagnosticKind::BadPropDeclaration, ctx.file, decl.id.span,
                                "prop `" + decl.id.value + "` is declared twice; the first is drawn", "rename one of them");
      d.notes.push_back({graph.custom_props[it->second].span, "first declared here"});
      continue;
    }
    CustomProp p;
    p.id = decl.id.value;
    p.file = decl.file.value;
    p.span = decl.span;
    if (!decl.size.value.empty()) {
      if (const double cm = size_in_cm(decl.size.value); cm > 0 && cm <= 100000) p.size_cm = cm;
      else
        ctx.sink.report(DiagnosticKind::BadPropDeclaration, ctx.file, decl.size.span,
                        "`" + decl.size.value + "` is not a size; prop `" + p.id + "` is drawn 50cm at its longest side",
                        "write its longest side, e.g. `40cm` or `1.5m`");
    }
    if (!decl.kind.value.empty()) {
      if (auto use = vocabulary::match_prop_use(decl.kind.value)) p.kind = *use;
      else
        ctx.sink.report(DiagnosticKind::BadPropDeclaration, ctx.file, decl.kind.span,
                        "`" + decl.kind.value + "` is not a kind of prop; prop `" + p.id + "` is drawn as handheld",
                        "kinds: handheld, floor furniture, seat, table top, wall, ceiling, vehicle, large exterior");
    }
    const std::filesystem::path resolved = script_dir / p.file;
    p.resolved = resolved.lexically_normal().string();
    std::error_code ec;
    if (p.file.empty() || !std::filesystem::is_regular_file(resolved, ec)) {
      ctx.sink.report(DiagnosticKind::MissingPropFile, ctx.file, decl.file.span,
                      "SVG file `" + p.file + "` of prop `" + p.id + "` does not exist (looked for `" + p.resolved + "`)",
                      "paths are relative to the script's folder: `prop " + p.id + ": refs/" + to_lower(p.id) +
                          ".svg, 40cm, handheld`");
    } else if (const auto bytes = std::filesystem::file_size(resolved, ec); !ec && bytes > limits::kMaxPropSvgBytes) {
      ctx.sink.report(DiagnosticKind::PropFileNotSvg, ctx.file, decl.file.span,
                      "SVG file `" + p.file + "` of prop `" + p.id + "` cannot be drawn: it is " + std::to_string(bytes) +
                          " bytes, more than the limit of " + std::to_string(limits::kMaxPropSvgBytes) + " bytes",
                      "simplify the drawing or save it as plain SVG");
    } else {
      std::ifstream in(resolved, std::ios::binary);
      std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      const PropSvgCheck check = check_prop_svg(text);
      if (!check.problem.empty()) {
        ctx.sink.report(DiagnosticKind::PropFileNotSvg, ctx.file, decl.file.span,
                        "SVG file `" + p.file + "` of prop `" + p.id + "` cannot be drawn: " + check.problem,
                        "save the drawing as plain SVG (Inkscape: Save As, Plain SVG)");
      } else {
        p.aspect = check.height / check.width;
        p.digest = fnv_hex(text);
        p.svg = std::move(text);
      }
    }
    seen[key] = graph.custom_props.size();
    graph.custom_props.push_back(std::move(p));
  }
}

}  // namespace ekonte::check
