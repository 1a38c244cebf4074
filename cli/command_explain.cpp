// `ekonte explain FILE SHOT`: a shot's resolved camera and staging, how its lines are lettered
// and its sounds read, and where each value came from.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/script_loading.hpp"
#include "layout/manga/balloon_kind.hpp"
#include "layout/manga/sound_lines.hpp"
#include "layout/pages/cue.hpp"
#include "vocabulary/staging.hpp"

namespace ekonte::cli {
namespace {

template <typename T>
std::string describe(const Sourced<T>& s) {
  std::ostringstream out;
  out << std::left << std::setw(20) << name_of(s.value) << " from " << name_of(s.origin);
  if (!s.words.empty()) out << " \"" << s.words << "\"";
  if (s.span.valid()) out << " (line " << s.span.line << ":" << s.span.column << ")";
  return out.str();
}

template <typename T>
std::string origin_of(const Sourced<T>& s) {
  std::ostringstream out;
  out << " from " << name_of(s.origin);
  if (!s.words.empty()) out << " \"" << s.words << "\"";
  if (s.span.valid()) out << " (line " << s.span.line << ":" << s.span.column << ")";
  return out.str();
}

}  // namespace

int command_explain(const CommandArgs& raw) {
  const Args args(raw, {});
  if (!args.error().empty() || args.positionals().size() != 2 || !args.unknown({"diagnostics", "from"}).empty()) {
    std::cerr << "usage: ekonte explain FILE SHOT\n";
    return kExitUsage;
  }
  const auto loaded = load_script(args.positionals()[0], args);
  if (!loaded) return kExitUsage;
  if (loaded->diagnostics().has_errors()) return kExitScriptErrors;
  const ShotGraph& g = loaded->graph();
  const Shot* shot = g.find_shot(args.positionals()[1]);
  if (!shot) {
    std::cerr << "ekonte: error: no shot `" << args.positionals()[1] << "` in " << args.positionals()[0] << " (shots: ";
    for (size_t i = 0; i < g.shots.size(); ++i) std::cerr << (i ? ", " : "") << g.shots[i].id;
    std::cerr << ")\n";
    return kExitUsage;
  }
  std::cout << "shot " << shot->id << " (scene " << g.scene(shot->scene).number << ": " << g.scene(shot->scene).heading
            << "), line " << shot->span.line << "\n";
  std::cout << "  framing     " << describe(shot->framing) << "\n";
  if (shot->subject.valid()) std::cout << "  subject     " << g.character(shot->subject).id << "\n";
  else if (!shot->subject_text.empty()) std::cout << "  subject     " << shot->subject_text << "\n";
  std::cout << "  angle       " << describe(shot->angle) << "\n";
  std::cout << "  movement    " << describe(shot->movement) << "\n";
  std::cout << "  duration    " << shot->duration_frames << " frames (" << shot->duration_text << " at "
            << g.meta.fps << " fps)\n";
  std::cout << "  take        " << shot->take << ", seed " << std::hex << shot->seed << std::dec << "\n";
  if (shot->characters.empty()) std::cout << "  no characters in frame\n";
  for (const auto& e : shot->extras)
    std::cout << "  extras      " << e.count << " (\"" << e.description << "\", line " << e.span.line << ")\n";
  for (const auto& s : shot->characters) {
    std::cout << "  " << g.character(s.character).id << (s.speaks ? " (speaks)" : "") << "\n";
    std::cout << "    position    " << describe(s.position) << "\n";
    std::cout << "    depth       " << describe(s.depth) << "\n";
    std::cout << "    pose        " << describe(s.pose) << "\n";
    std::cout << "    facing      " << describe(s.facing);
    if (s.facing_target.valid()) std::cout << " -> " << g.character(s.facing_target).id;
    std::cout << "\n";
    std::cout << "    expression  " << describe(s.expression) << "\n";
    std::cout << "    view        " << describe(s.view) << "\n";
    std::cout << "    action      " << describe(s.action) << "\n";
    for (const auto& h : s.held)
      std::cout << "    holds       " << h.value.noun << " (" << name_of(h.value.hand) << " hand)" << origin_of(h) << "\n";
    if (!s.seat.value.empty()) std::cout << "    seat        " << s.seat.value << origin_of(s.seat) << "\n";
    // vocabulary/wear_words.def and vocabulary/wetness.def: what the prose changed in the wardrobe.
    for (const auto& w : s.wardrobe)
      std::cout << "    " << (w.value.off ? "takes off   " : "wears       ") << w.value.garment << " (wear word `"
                << vocabulary::row(w.value.wear).name << "`)" << origin_of(w) << "\n";
    if (s.wet)
      std::cout << "    wet         " << vocabulary::row(s.wet->value).name << " (vocabulary/wetness.def)" << origin_of(*s.wet)
                << "\n";
    for (const auto& c : s.contacts)
      std::cout << "    touches     " << g.character(c.value).id << origin_of(c) << "\n";
    for (const auto& r : s.relations) {
      std::cout << "    " << name_of(r.value.kind) << std::string(12 - std::min<size_t>(11, name_of(r.value.kind).size()), ' ');
      if (!r.value.prop.empty()) std::cout << r.value.prop << " -> ";
      std::cout << (r.value.character.valid() ? g.character(r.value.character).id : r.value.noun);
      if (!r.value.kind_row.empty()) std::cout << " (drawn as " << r.value.kind_row << ": " << r.value.reading << ")";
      std::cout << origin_of(r) << "\n";
    }
  }
  // How the lettering reads the dialogue and sound lines (layout/manga/sound_lines.hpp,
  // vocabulary/deliveries.def, vocabulary/sound_words.def).
  for (const auto& d : shot->dialogue) {
    std::string word;
    const Delivery delivery = layout::delivery_of(d);
    if (vocabulary::match_delivery(d.parenthetical, &word) != delivery) word.clear();
    std::cout << "  line        " << layout::speaker_name(g, d) << " (line " << d.span.line << "): "
              << layout::name_of(layout::balloon_kind_of(d));
    if (delivery != Delivery::Normal) {
      std::cout << ", " << name_of(delivery) << " from vocabulary/deliveries.def";
      if (!word.empty()) std::cout << " \"" << word << "\"";
    }
    if (layout::cue_extension_of(d)) std::cout << ", cue extension " << name_of(*layout::cue_extension_of(d));
    std::cout << "\n";
  }
  for (size_t i = 0; i < shot->sfx.size(); ++i) {
    const layout::SoundLine sound = layout::read_sound_line(shot->sfx[i]);
    std::cout << "  sound       \"" << shot->sfx[i] << "\"";
    if (i < shot->sfx_spans.size() && shot->sfx_spans[i].valid()) std::cout << " (line " << shot->sfx_spans[i].line << ")";
    std::cout << "\n";
    for (const auto& part : sound.parts) {
      std::cout << "    " << (part.lettered ? "lettered    " : part.loudness_only ? "loudness    " : "caption     ")
                << "`" << part.text << "`: " << part.rule;
      if (!part.loudness.empty()) std::cout << "; sized by " << part.loudness;
      std::cout << "\n";
    }
  }
  return kExitOk;
}

}  // namespace ekonte::cli
