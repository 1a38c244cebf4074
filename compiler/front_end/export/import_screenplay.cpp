#include "compiler/front_end/export/import_screenplay.hpp"

#include <filesystem>
#include <sstream>

#include "compiler/front_end/export/write_ekonte_script.hpp"
#include "compiler/front_end/fdx/read_fdx.hpp"
#include "compiler/front_end/fountain/plan_screenplay.hpp"
#include "compiler/front_end/fountain/read_fountain.hpp"
#include "support/json_writer.hpp"
#include "vocabulary/camera.hpp"

namespace ekonte {
namespace {

std::string framing_name(const input::Camera& c) { return std::string(vocabulary::row(c.framing.value).name); }

std::string subject_of(const input::Camera& c) {
  std::string s;
  for (const auto& w : c.subject) s += (s.empty() ? "" : " ") + w.value;
  return s;
}

// A Markdown table cell: `|` would end the cell, a line break the row.
std::string cell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

std::string markdown_report(const input::ScriptInput& script, const screenplay::MappingReport& mapping,
                            const std::vector<std::string>& rewrites) {
  std::ostringstream md;
  md << "# Import mapping\n\n";
  md << "What `ekonte import` read from the screenplay and why. Each value is in the written `.eko` script, "
        "where it can be changed.\n\n";
  md << "## Characters\n\n";
  for (const auto& c : mapping.cast) {
    md << "### " << c.id << "\n\n";
    md << (c.introduction.empty() ? "No introduction in the action: the design is the defaults.\n\n"
                                  : "Introduced as `" + c.introduction + "`.\n\n");
    md << "| value | design | from |\n| --- | --- | --- |\n";
    for (const auto& r : c.reasons) md << "| " << r.key << " | " << cell(r.value) << " | " << cell(r.words) << " |\n";
    md << "\n";
  }
  md << "## Settings\n\n| setting | kind | time | why |\n| --- | --- | --- | --- |\n";
  for (const auto& s : mapping.settings)
    md << "| " << s.id << " | " << (s.kind.empty() ? "generic" : s.kind) << " | " << (s.time.empty() ? "none" : cell(s.time)) << " | "
       << cell(s.why) << " |\n";
  md << "\n## Shots\n\n";
  for (const auto& scene : script.scenes) {
    md << "### Scene " << (scene.heading.number ? scene.heading.number->value + " " : "")
       << (scene.heading.int_ext ? scene.heading.int_ext->value + " " : "") << scene.heading.place.value
       << (scene.heading.time ? " - " + scene.heading.time->value : "") << "\n\n";
    md << "| shot | framing | subject | duration | rule |\n| --- | --- | --- | --- | --- |\n";
    for (const auto& shot : scene.shots)
      md << "| " << (shot.camera.id ? shot.camera.id->value : "") << " | " << framing_name(shot.camera) << " | "
         << cell(subject_of(shot.camera)) << " | " << shot.camera.duration_text << " | " << cell(shot.camera.framing.words) << " |\n";
    md << "\n";
  }
  if (!rewrites.empty()) {
    md << "## Rewritten for the Ekonte syntax\n\n";
    for (const auto& r : rewrites) md << "- " << r << "\n";
    md << "\n";
  }
  return md.str();
}

std::string json_report(const input::ScriptInput& script, const screenplay::MappingReport& mapping,
                        const std::vector<std::string>& rewrites) {
  JsonWriter j;
  j.begin_object();
  j.member("format", "ekonte-import-report");
  j.member("version", 1);
  j.key("characters");
  j.begin_array();
  for (const auto& c : mapping.cast) {
    j.begin_object();
    j.member("id", c.id);
    j.member("introduction", c.introduction);
    j.key("design");
    j.begin_array();
    for (const auto& r : c.reasons) {
      j.begin_object();
      j.member("key", r.key);
      j.member("value", r.value);
      j.member("from", r.words);
      j.end_object();
    }
    j.end_array();
    j.end_object();
  }
  j.end_array();
  j.key("settings");
  j.begin_array();
  for (const auto& s : mapping.settings) {
    j.begin_object();
    j.member("id", s.id);
    j.member("kind", s.kind.empty() ? "generic" : s.kind);
    j.member("time", s.time);
    j.member("why", s.why);
    j.end_object();
  }
  j.end_array();
  j.key("shots");
  j.begin_array();
  for (const auto& scene : script.scenes)
    for (const auto& shot : scene.shots) {
      j.begin_object();
      j.member("id", shot.camera.id ? shot.camera.id->value : "");
      j.member("scene", scene.heading.number ? scene.heading.number->value : "");
      j.member("framing", framing_name(shot.camera));
      j.member("subject", subject_of(shot.camera));
      j.member("duration", shot.camera.duration_text);
      j.member("rule", shot.camera.framing.words.str());
      j.end_object();
    }
  j.end_array();
  j.key("rewrites");
  j.begin_array();
  for (const auto& r : rewrites) j.value(r);
  j.end_array();
  j.end_object();
  return j.take() + "\n";
}

}  // namespace

ImportResult import_screenplay(const std::string& path, std::string text, SourceFormat format, ReportFormat report) {
  ImportResult out;
  CompileOptions options;
  options.format = format;
  out.compiled = compile_source(path, std::move(text), options);
  if (out.compiled.diagnostics.has_errors()) return out;

  // The screenplay is read again to keep what the planner read (the compile keeps only the graph).
  DiagnosticSink again;
  const screenplay::Screenplay play = source_format_of(path, format) == SourceFormat::FinalDraft
                                          ? screenplay::read_fdx(out.compiled.source, again)
                                          : screenplay::read_fountain(out.compiled.source, again);
  screenplay::MappingReport mapping;
  const input::ScriptInput planned = screenplay::plan_screenplay(play, path, again, &mapping);
  EkonteText written = write_ekonte_script(planned);
  out.eko = std::move(written.text);
  out.rewrites = std::move(written.rewrites);
  out.report = report == ReportFormat::Json ? json_report(planned, mapping, out.rewrites)
                                            : markdown_report(planned, mapping, out.rewrites);

  CompileOptions back;
  back.format = SourceFormat::Ekonte;
  back.check_sheet_files = false;
  const std::string eko_path = std::filesystem::path(path).replace_extension(".eko").string();
  out.readback = std::move(compile_source(eko_path, out.eko, back).diagnostics);
  return out;
}

}  // namespace ekonte
