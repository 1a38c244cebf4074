#include "compiler/front_end/read_ekonte_script.hpp"
#include "compiler/front_end/read_transition.hpp"

#include <cctype>
#include <set>

#include "compiler/camera/read_shot_header.hpp"
#include "compiler/parse/parse_script.hpp"
#include "support/text.hpp"
#include "compiler/values/parse_values.hpp"
#include "vocabulary/transitions.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte {
namespace {

// Durations are read at the script's frame rate: the last valid `fps:` of the front matter
// (the checker reports the invalid ones), else 24.
uint32_t script_fps(const std::vector<input::Property>& front_matter) {
  uint32_t fps = 24;
  for (const auto& p : front_matter)
    if (p.key.value == "fps")
      if (const auto n = parse_fps(p.value.value)) fps = *n;
  return fps;
}

SourceSpan join(SourceSpan a, const SourceSpan& b) {
  if (b.offset + b.length > a.offset) a.length = b.offset + b.length - a.offset;
  return a;
}

// Words [from, end) joined by spaces, spanning from the first to the last.
SpannedText joined(const std::vector<SpannedText>& words, size_t from) {
  SpannedText out;
  for (size_t i = from; i < words.size(); ++i) {
    out.value += (out.value.empty() ? "" : " ") + words[i].value;
    out.span = i == from ? words[i].span : join(out.span, words[i].span);
  }
  return out;
}

// `12A EXT. STONE PATH - DUSK - FLASHBACK`: number, interior/exterior, place, then the time of
// day and further parts; FLASHBACK anywhere after the place marks a flashback.
input::SceneHeading read_heading(const std::vector<std::vector<SpannedText>>& parts) {
  input::SceneHeading h;
  if (parts.empty()) return h;
  const auto& first = parts[0];
  size_t i = 0;
  if (i < first.size() && std::isdigit(static_cast<unsigned char>(first[i].value[0]))) h.number = first[i++];
  static const std::set<std::string> kIntExt = {"INT.", "EXT.", "INT./EXT.", "EXT./INT.", "I/E.", "INT", "EXT"};
  if (i < first.size() && kIntExt.count(first[i].value)) h.int_ext = first[i++];
  h.place = joined(first, i);
  for (size_t p = 1; p < parts.size(); ++p) {
    SpannedText part = joined(parts[p], 0);
    if (part.value == "FLASHBACK" || part.value == "Flashback" || part.value == "flashback") h.flashback = true;
    else if (!h.time || h.time->value.empty()) h.time = std::move(part);
    else h.more.push_back(std::move(part));
  }
  return h;
}


input::Shot read_shot(ast::ShotDecl&& decl, const std::string& source, uint32_t fps, const std::string& file,
                      DiagnosticSink& sink) {
  input::Shot shot;
  shot.camera = read_shot_header(ast::words_of(decl.items, source), decl.span, fps, file, sink);
  shot.action = std::move(decl.action);
  shot.dialogue = std::move(decl.dialogue);
  shot.sfx = std::move(decl.sfx);
  shot.stage = std::move(decl.stage);
  shot.notes = std::move(decl.notes);
  shot.properties = std::move(decl.properties);
  shot.span = decl.span;
  return shot;
}

}  // namespace

input::ScriptInput read_ekonte_script(ast::Script script, const SourceFile& source, DiagnosticSink& sink) {
  const std::string& file = source.path;
  input::ScriptInput out;
  const uint32_t fps = script_fps(script.front_matter);
  out.front_matter = std::move(script.front_matter);
  out.characters = std::move(script.characters);
  out.settings = std::move(script.settings);
  out.props = std::move(script.props);
  out.scenes.reserve(script.scenes.size());
  for (ast::SceneDecl& decl : script.scenes) {
    input::Scene scene;
    scene.heading = read_heading(decl.heading_parts);
    scene.setting_ref = std::move(decl.setting_ref);
    scene.section = std::move(decl.section);
    scene.action = std::move(decl.action);
    scene.span = decl.span;
    scene.shots.reserve(decl.shots.size());
    for (ast::ShotDecl& shot : decl.shots) scene.shots.push_back(read_shot(std::move(shot), source.text, fps, file, sink));
    for (const ast::TransitionMark& mark : decl.transitions)
      scene.transitions.push_back({transition_of(mark.words, file, sink), mark.before_shot, mark.span});
    out.scenes.push_back(std::move(scene));
    decl = ast::SceneDecl{};  // its shot headers' words, read now
  }
  return out;
}

input::ScriptInput read_ekonte_source(const SourceFile& source, DiagnosticSink& sink) {
  return read_ekonte_script(parse_script(source, sink), source, sink);
}

}  // namespace ekonte
