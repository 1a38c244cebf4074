// Builds the script's hierarchy from its flat lines: character and setting blocks with their
// properties, scenes with their shots, and what belongs to each shot. Keywords open blocks;
// indentation says whether a line belongs to the block, shot, property or cue above it.
#include <optional>

#include "compiler/parse/line.hpp"

namespace ekonte::parse {
namespace {

class Assembler {
 public:
  Assembler(const std::string& file, DiagnosticSink& sink) : file_(file), sink_(sink) {}

  void add(const Line& line) {
    if (line.kind == LineKind::Blank) return;
    // The lines indented under a broken line belong to it; reading them on their own would
    // only report the same mistake again in other words.
    if (broken_indent_ && line.indent > *broken_indent_) return;
    broken_indent_.reset();
    if (line.kind == LineKind::Invalid) {
      broken_indent_ = line.indent;
      return;
    }
    if (continue_property(line) || continue_cue(line)) return;
    property_ = nullptr;
    cue_ = nullptr;
    switch (line.kind) {
      case LineKind::CharacterHeader: open_character(line); break;
      case LineKind::SettingHeader: open_setting(line); break;
      case LineKind::PropDecl: add_prop_decl(line); break;
      case LineKind::SceneHeading: open_scene(line); break;
      case LineKind::Section:
        close_all();
        section_ = line.as<TextFields>().text.value;
        break;
      case LineKind::ShotHeader: open_shot(line); break;
      case LineKind::Transition: add_transition(line); break;
      case LineKind::Property: add_property(line); break;
      case LineKind::Dialogue:
      case LineKind::Sfx:
      case LineKind::Stage: add_shot_line(line); break;
      case LineKind::Note: add_note(line); break;
      case LineKind::Action: add_action(line); break;
      case LineKind::Blank:
      case LineKind::Invalid: break;
    }
  }

  ast::Script finish() {
    // A transition after the last scene's last shot (FADE OUT.) is kept by the scene.
    return std::move(script_);
  }

 private:
  enum class Block { None, Character, Setting, Scene };

  void close_all() {
    block_ = Block::None;
    shot_ = nullptr;
    skipping_shot_indent_.reset();
  }

  bool in_shot(const Line& line) const { return shot_ && line.indent > shot_indent_; }
  bool skipping(const Line& line) const { return skipping_shot_indent_ && line.indent > *skipping_shot_indent_; }

  bool continue_property(const Line& line) {
    if (!property_ || line.indent <= property_indent_ || is_block_keyword(line.kind)) return false;
    property_->continuation.push_back({line.raw, line.span});
    return true;
  }

  bool continue_cue(const Line& line) {
    if (!cue_ || line.indent <= cue_indent_ || is_block_keyword(line.kind)) return false;
    const std::string& raw = line.raw;
    if (cue_->line.value.empty() && cue_->parenthetical.value.empty() && raw.size() >= 2 && raw.front() == '(' &&
        raw.back() == ')') {
      cue_->parenthetical = {raw.substr(1, raw.size() - 2), line.span};
      return true;
    }
    if (cue_->line.value.empty()) {
      cue_->line = {raw, line.span};
    } else {
      cue_->line.value += " " + raw;
      cue_->line.span.length = line.span.offset + line.span.length - cue_->line.span.offset;
    }
    return true;
  }

  static bool is_block_keyword(LineKind kind) {
    return kind == LineKind::CharacterHeader || kind == LineKind::SettingHeader ||
           kind == LineKind::SceneHeading || kind == LineKind::ShotHeader || kind == LineKind::Section ||
           kind == LineKind::Transition;
  }

  void open_character(const Line& line) {
    close_all();
    const auto& f = line.as<HeaderFields>();
    ast::CharacterDecl decl;
    decl.id = f.id;
    decl.display_name = f.name;
    if (!f.like.value.empty()) decl.like = f.like;
    decl.span = line.span;
    script_.characters.push_back(std::move(decl));
    block_ = Block::Character;
    block_indent_ = line.indent;
    seen_block_ = true;
  }

  void open_setting(const Line& line) {
    close_all();
    const auto& f = line.as<HeaderFields>();
    ast::SettingDecl decl;
    decl.id = f.id;
    decl.name = f.name;
    decl.span = line.span;
    script_.settings.push_back(std::move(decl));
    block_ = Block::Setting;
    block_indent_ = line.indent;
    seen_block_ = true;
  }

  // `prop ID: file, size, kind`: the value's comma-separated parts, each with its span.
  void add_prop_decl(const Line& line) {
    close_all();
    const auto& f = line.as<PropDeclFields>();
    ast::PropDecl decl;
    decl.id = f.id;
    decl.span = line.span;
    ast::Text* parts[] = {&decl.file, &decl.size, &decl.kind};
    const std::string& v = f.value.value;
    size_t start = 0, n = 0;
    while (start <= v.size() && n < std::size(parts)) {
      size_t end = v.find(',', start);
      if (end == std::string::npos) end = v.size();
      const std::string raw = v.substr(start, end - start);
      const size_t lead = raw.find_first_not_of(" \t");
      const std::string item = lead == std::string::npos ? "" : raw.substr(lead, raw.find_last_not_of(" \t") - lead + 1);
      *parts[n++] = {item, ast::sub_span(f.value, start + (lead == std::string::npos ? 0 : lead), item.size())};
      start = end + 1;
    }
    if (decl.file.value.empty()) decl.file.span = f.value.span;
    script_.props.push_back(std::move(decl));
    seen_block_ = true;
  }

  void open_scene(const Line& line) {
    close_all();
    ast::SceneDecl scene;
    const auto& f = line.as<SceneHeadingFields>();
    scene.heading_parts = f.parts;
    scene.setting_ref = f.setting_ref;
    scene.section = section_;
    scene.span = line.span;
    scene.transitions = std::move(pending_transitions_);
    pending_transitions_.clear();
    script_.scenes.push_back(std::move(scene));
    block_ = Block::Scene;
    block_indent_ = line.indent;
    seen_block_ = true;
  }

  void open_shot(const Line& line) {
    shot_ = nullptr;
    if (block_ != Block::Scene) {
      sink_.report(DiagnosticKind::ShotOutsideScene, file_, line.span, "a shot before any scene heading",
                   "start a scene first: `scene 1 EXT. PLACE - TIME (SETTING_ID)`");
      skipping_shot_indent_ = line.indent;
      return;
    }
    skipping_shot_indent_.reset();
    const auto& f = line.as<ShotHeaderFields>();
    ast::ShotDecl shot;
    shot.items = ast::header_items(f.items);
    shot.span = line.span;
    if (!f.action.value.empty()) shot.action.push_back(f.action);
    shot.notes = line.notes;
    auto& scene = script_.scenes.back();
    scene.shots.push_back(std::move(shot));
    shot_ = &scene.shots.back();
    shot_indent_ = line.indent;
  }

  void add_transition(const Line& line) {
    shot_ = nullptr;
    ast::TransitionMark mark{line.as<TextFields>().text, 0, line.span};
    if (block_ == Block::Scene) {
      mark.before_shot = script_.scenes.back().shots.size();
      script_.scenes.back().transitions.push_back(mark);
    } else {
      pending_transitions_.push_back(mark);
    }
  }

  void add_property(const Line& line) {
    const auto& f = line.as<PropertyFields>();
    ast::Property prop{f.key, f.value, {}, line.span};
    if ((block_ == Block::Character || block_ == Block::Setting) && line.indent > block_indent_) {
      auto& props = block_ == Block::Character ? script_.characters.back().properties
                                               : script_.settings.back().properties;
      props.push_back(std::move(prop));
      property_ = &props.back();
      property_indent_ = line.indent;
      return;
    }
    if (!seen_block_) {
      script_.front_matter.push_back(std::move(prop));
      property_ = &script_.front_matter.back();
      property_indent_ = line.indent;
      return;
    }
    if (skipping(line)) return;
    // A shot's own background picture, like a setting's (`background:`, `horizon:`, `floor:`).
    if (in_shot(line) && (f.key.value == "background" || f.key.value == "horizon" || f.key.value == "floor")) {
      shot_->properties.push_back(std::move(prop));
      return;
    }
    if (block_ == Block::Scene) {  // prose that happens to start with `word:`
      add_action(line);
      return;
    }
    sink_.report(DiagnosticKind::UnexpectedIndent, file_, f.key.span,
                 "property `" + f.key.value + "` is outside a character or setting block",
                 "indent it under its `character` or `setting` header; front matter goes at the top of the script");
  }

  void add_shot_line(const Line& line) {
    if (skipping(line)) return;
    if (!in_shot(line)) {
      const char* what = line.kind == LineKind::Dialogue ? "dialogue" : line.kind == LineKind::Sfx ? "`sfx:`" : "`stage:`";
      sink_.report(DiagnosticKind::LineOutsideShot, file_, line.span, std::string(what) + " outside a shot",
                   "indent the line under the `shot` header it belongs to");
      return;
    }
    if (line.kind == LineKind::Dialogue) {
      const auto& f = line.as<CueFields>();
      shot_->dialogue.push_back({f.speaker, f.parenthetical, f.text, line.span, f.extension});
      if (f.text.value.empty()) {
        cue_ = &shot_->dialogue.back();
        cue_indent_ = line.indent;
      }
    } else if (line.kind == LineKind::Sfx) {
      shot_->sfx.push_back(line.as<TextFields>().text);
    } else {
      shot_->stage.push_back(line.as<TextFields>().text);
    }
    shot_->notes.insert(shot_->notes.end(), line.notes.begin(), line.notes.end());
  }

  void add_note(const Line& line) {
    if (skipping(line)) return;
    if (in_shot(line)) {
      shot_->notes.insert(shot_->notes.end(), line.notes.begin(), line.notes.end());
      if (const auto& after = line.as<TextFields>().text; !after.value.empty()) shot_->action.push_back(after);
    } else if (block_ == Block::Scene) {
      auto& scene = script_.scenes.back();
      for (const auto& n : line.notes) scene.action.push_back({"[[ " + n.value + " ]]", n.span});
    }
    // Notes outside scenes are the author's own remarks; they belong to no shot.
  }

  void add_action(const Line& line) {
    if (skipping(line)) return;
    ast::Text text = line.kind == LineKind::Action ? line.as<TextFields>().text : ast::Text{line.raw, line.span};
    if (in_shot(line)) {
      shot_->action.push_back(text);
      shot_->notes.insert(shot_->notes.end(), line.notes.begin(), line.notes.end());
      return;
    }
    if (block_ == Block::Scene) {
      shot_ = nullptr;
      script_.scenes.back().action.push_back(text);
      return;
    }
    sink_.report(DiagnosticKind::ProseOutsideScene, file_, line.span, "action prose before the first scene heading",
                 block_ == Block::None ? "start a scene with `scene 1 INT. PLACE - TIME (SETTING_ID)`"
                                       : "indent it under a property, or start a scene first");
  }

  const std::string& file_;
  DiagnosticSink& sink_;
  ast::Script script_;
  Block block_ = Block::None;
  uint32_t block_indent_ = 0;
  bool seen_block_ = false;
  std::string section_;
  ast::ShotDecl* shot_ = nullptr;
  uint32_t shot_indent_ = 0;
  std::optional<uint32_t> skipping_shot_indent_;
  ast::Property* property_ = nullptr;
  uint32_t property_indent_ = 0;
  ast::Dialogue* cue_ = nullptr;
  uint32_t cue_indent_ = 0;
  std::vector<ast::TransitionMark> pending_transitions_;
  std::optional<uint32_t> broken_indent_;
};

}  // namespace

struct BlockAssembler::State : Assembler {
  using Assembler::Assembler;
};

BlockAssembler::BlockAssembler(const std::string& file, DiagnosticSink& sink)
    : state_(std::make_unique<State>(file, sink)) {}
BlockAssembler::~BlockAssembler() = default;
void BlockAssembler::add(const Line& line) { state_->add(line); }
ast::Script BlockAssembler::finish() { return state_->finish(); }

}  // namespace ekonte::parse
