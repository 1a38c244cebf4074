// Writes a ScriptInput as Ekonte text, one construct per line, in the order docs/language.md
// shows: front matter, characters, settings, then scenes with their transitions and shots. Every
// value goes where the Ekonte lexer (grammar/EkonteLexer.g4) reads it back unchanged; where the
// syntax cannot hold a value as it is, the nearest text it can hold is written and the change is
// listed in EkonteText::rewrites.
#include "compiler/front_end/export/write_ekonte_script.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>

#include "support/text.hpp"
#include "vocabulary/camera.hpp"
#include "vocabulary/transitions.hpp"

namespace ekonte {
namespace {

constexpr const char* kScene = "    ";      // scene body: transitions, scene prose, shot headers
constexpr const char* kShotBody = "        ";  // shot body: action, dialogue, sfx, stage, notes

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

// Latin-1 letters as their ASCII base letter (`É` -> `E`): Ekonte ids are ASCII.
std::string ascii_id(const std::string& id) {
  static const char* kLatin1 = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYPsaaaaaaaceeeeiiiidnooooo/ouuuuypy";
  std::string out;
  for (size_t i = 0; i < id.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(id[i]);
    if (c < 0x80) {
      out += (std::isalnum(c) || c == '_') ? static_cast<char>(std::toupper(c)) : '_';
    } else if (c == 0xC3 && i + 1 < id.size() && static_cast<unsigned char>(id[i + 1]) >= 0x80) {
      const char base = kLatin1[static_cast<unsigned char>(id[++i]) - 0x80];
      if (base == 's') out += "SS";
      else if (std::isalpha(static_cast<unsigned char>(base))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(base)));
    } else if ((c & 0xC0) != 0x80) {
      out += 'X';  // another script's letter: one placeholder per character
    }
  }
  if (out.empty() || !upper(out[0])) out = "N" + out;
  return out;
}

// The lexer's reading of a line's start (grammar/EkonteLexer.g4, DEFAULT_MODE): true when the
// line would be read as anything but action prose.
bool reads_as_keyword_line(const std::string& s) {
  if (s.empty()) return false;
  for (const char* kw : {"character", "setting", "scene", "shot"}) {
    const size_t n = std::string(kw).size();
    if (s.compare(0, n, kw) == 0 && s.size() > n && (s[n] == ' ' || s[n] == '\t')) return true;
  }
  if (s[0] == '#' || s.starts_with("[[")) return true;
  for (const char* kw : {"sfx", "stage"}) {
    const size_t n = std::string(kw).size();
    if (s.compare(0, n, kw) == 0) {
      size_t k = n;
      while (k < s.size() && (s[k] == ' ' || s[k] == '\t')) ++k;
      if (k < s.size() && s[k] == ':') return true;
    }
  }
  // `key:` (a property) and `ID (...):` (a cue).
  size_t k = 0;
  if (lower(s[0])) {
    while (k < s.size() && (lower(s[k]) || digit(s[k]) || s[k] == '_' || s[k] == '-')) ++k;
  } else if (upper(s[0])) {
    while (k < s.size() && (upper(s[k]) || digit(s[k]) || s[k] == '_')) ++k;
    while (true) {
      size_t p = k;
      while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) ++p;
      if (p >= s.size() || s[p] != '(') break;
      const size_t shut = s.find(')', p);
      if (shut == std::string::npos) break;
      k = shut + 1;
    }
  }
  if (k > 0) {
    size_t p = k;
    while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) ++p;
    if (p < s.size() && s[p] == ':') return true;
  }
  // A transition: capital words ending in `TO` and `:` or `.`, or `FADE` and capital words.
  const std::vector<std::string> words = split_words(s);
  std::string caps;
  for (size_t w = 0; w < words.size(); ++w) {
    std::string word = words[w];
    const bool closing = !word.empty() && (word.back() == ':' || word.back() == '.');
    if (closing) word.pop_back();
    if (word.empty() || !std::all_of(word.begin(), word.end(), upper)) break;
    if (closing) return (word == "TO" && w > 0) || (words[0] == "FADE" && w > 0);
  }
  return false;
}

std::string one_line(const std::string& text) {
  std::string out;
  for (char c : text) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  return trim(out);
}

std::string framing_words(Framing f) {
  std::string name(vocabulary::row(f).name);
  for (char& c : name)
    if (c == '-') c = ' ';
  return name;
}

class Writer {
 public:
  explicit Writer(const input::ScriptInput& script) : script_(script) {}

  EkonteText write() {
    collect_ids();
    for (const auto& p : script_.front_matter) property(p, "");
    for (const auto& c : script_.characters) character(c);
    for (const auto& s : script_.settings) setting(s);
    std::string section;
    for (size_t k = 0; k < script_.scenes.size(); ++k) {
      const input::Scene& scene = script_.scenes[k];
      if (scene.section != section) {
        blank();
        line("# " + prose(scene.section, "section"));
        section = scene.section;
      }
      write_scene(scene, k);
    }
    return {out_.str(), rewrites_};
  }

 private:
  void line(const std::string& text) {
    out_ << text << "\n";
    ++line_no_;
  }
  void blank() {
    if (line_no_ > 0) line("");
  }
  void rewrote(const std::string& what) { rewrites_.push_back("line " + std::to_string(line_no_ + 1) + ": " + what); }

  std::string prose(const std::string& text, const char* what) {
    const std::string safe = ekonte_safe_prose(text);
    if (safe != trim(text)) rewrote(std::string(what) + " `" + one_line(text) + "` is written `" + safe + "`");
    return safe;
  }

  // Ids are renamed once, the same way everywhere they appear.
  void collect_ids() {
    auto add = [&](const std::string& id) {
      const std::string safe = ascii_id(id);
      if (safe != id) renamed_.emplace(id, safe);
    };
    for (const auto& c : script_.characters) add(c.id.value);
    for (const auto& s : script_.settings) add(s.id.value);
  }
  std::string id(const std::string& original) {
    const auto it = renamed_.find(original);
    if (it == renamed_.end()) return original;
    if (reported_.insert(original).second) rewrote("the id `" + original + "` is written `" + it->second + "` (Ekonte ids are ASCII)");
    return it->second;
  }
  std::string with_ids(std::string text) {
    for (const auto& [from, to] : renamed_)
      for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
    return text;
  }

  std::string quoted(const std::string& name) {
    std::string q = one_line(name);
    for (char& c : q)
      if (c == '"') c = '\'';
    if (q != one_line(name)) rewrote("the name `" + name + "` is written with `'` for `\"`");
    return "\"" + q + "\"";
  }

  void property(const input::Property& p, const char* indent) {
    std::string key = p.key.value;
    line(std::string(indent) + key + ": " + prose(p.value.value, "the value"));
    for (const auto& c : p.continuation) line(std::string(indent) + "    " + prose(c.value, "the value"));
  }

  void character(const input::CharacterDecl& c) {
    blank();
    std::string head = "character " + id(c.id.value) + " " + quoted(c.display_name.value);
    if (c.like) head += " like " + id(c.like->value);
    line(head + ":");
    for (const auto& p : c.properties) property(p, kScene);
  }

  void setting(const input::SettingDecl& s) {
    blank();
    line("setting " + id(s.id.value) + " " + quoted(s.name.value) + ":");
    for (const auto& p : s.properties) property(p, kScene);
  }

  // A heading's words as scene-heading words: no parentheses (they would end the heading) and no
  // lone dash (it would split a part).
  std::string heading_words(const std::string& text) {
    std::string out = prose(text, "the heading part");
    for (char& c : out)
      if (c == '(' || c == ')') c = c == '(' ? '[' : ']';
    std::string joined;
    for (const auto& w : split_words(out)) joined += (joined.empty() ? "" : " ") + (w == "-" ? std::string("--") : w);
    if (joined != trim(text)) rewrote("the heading part `" + text + "` is written `" + joined + "`");
    return joined;
  }

  void write_scene(const input::Scene& scene, size_t index) {
    blank();
    const auto& h = scene.heading;
    std::string number = h.number ? h.number->value : std::to_string(index + 1);
    if (number.empty() || !digit(number[0])) {
      rewrote("the scene number `" + number + "` is written `" + std::to_string(index + 1) + "` (a scene number starts with a digit)");
      number = std::to_string(index + 1);
    }
    std::string head = "scene " + number;
    if (h.int_ext) head += " " + h.int_ext->value;
    head += " " + heading_words(h.place.value);
    if (h.time) head += " - " + heading_words(h.time->value);
    for (const auto& m : h.more) head += " - " + heading_words(m.value);
    if (h.flashback) head += " - FLASHBACK";
    if (scene.setting_ref) head += " (" + id(scene.setting_ref->value) + ")";
    line(head);
    for (const auto& a : scene.action) action_line(a.value, kScene, nullptr);
    for (size_t k = 0; k <= scene.shots.size(); ++k) {
      for (const auto& t : scene.transitions)
        if (t.before_shot == k) {
          blank();
          line(std::string(kScene) + std::string(vocabulary::row(t.transition).storyboard_mark));
        }
      if (k < scene.shots.size()) shot(scene.shots[k]);
    }
  }

  // One line of action prose; `header_text` is the shot header's free slot after its colon,
  // where any prose reads as action (used for a line that would read as a keyword line).
  void action_line(const std::string& raw, const char* indent, std::string* header_text) {
    std::string text = prose(with_ids(raw), "the action");
    if (reads_as_keyword_line(text)) {
      if (header_text && header_text->empty()) {
        *header_text = text;
        return;
      }
      rewrote("the action `" + text + "` would read as another kind of line; it is written after `... `");
      text = "... " + text;
    }
    line(std::string(indent) + text);
  }

  void shot(const input::Shot& s) {
    blank();
    const input::Camera& c = s.camera;
    std::string header = "shot";
    if (c.id) header += " " + c.id->value;
    header += " " + framing_words(c.framing.value);
    for (const auto& w : c.subject) header += " " + with_ids(w.value);
    if (c.size != vocabulary::row(c.framing.value).usual_size && c.framing.value != Framing::Insert)
      header += ", " + framing_words(c.size);
    if (c.angle.origin != Origin::Default) header += ", " + std::string(vocabulary::row(c.angle.value).name);
    if (c.movement.origin != Origin::Default) header += ", " + std::string(vocabulary::row(c.movement.value).name);
    if (c.duration_frames) header += ", " + (c.duration_text.empty() ? std::to_string(*c.duration_frames) + "f" : c.duration_text);
    if (c.take != 1) header += ", take " + std::to_string(c.take);
    header += ":";
    // The body is written first: a line that can only go after the header's colon comes back here.
    std::string header_text;
    std::ostringstream body;
    std::swap(body, out_);
    const size_t header_line = line_no_++;
    for (const auto& p : s.properties) line(std::string(kShotBody) + p.key.value + ": " + p.value.value);
    for (const auto& st : s.stage) line(std::string(kShotBody) + "stage: " + prose(with_ids(st.value), "the stage clause"));
    for (size_t k = 0; k < s.action.size(); ++k) action_line(s.action[k].value, kShotBody, k == 0 ? &header_text : nullptr);
    for (const auto& d : s.dialogue) dialogue(d);
    for (const auto& x : s.sfx) line(std::string(kShotBody) + "sfx: " + prose(x.value, "the sfx"));
    for (const auto& n : s.notes) line(std::string(kShotBody) + "[[ " + prose(n.value, "the note") + " ]]");
    std::swap(body, out_);
    (void)header_line;
    out_ << kScene << header << (header_text.empty() ? "" : " " + header_text);
    if (c.framing.origin == Origin::Inferred && !c.framing.words.empty()) out_ << "  // " << one_line(c.framing.words);
    out_ << "\n" << body.str();
  }

  void dialogue(const input::Dialogue& d) {
    std::string cue = std::string(kShotBody) + id(d.speaker.value);
    auto paren = [&](const std::string& p) {
      std::string t = prose(p, "the parenthetical");
      for (char& c : t)
        if (c == ')' || c == '(') c = c == ')' ? ']' : '[';
      cue += " (" + t + ")";
    };
    if (!d.extension.value.empty()) paren(d.extension.value);
    if (!d.parenthetical.value.empty()) paren(d.parenthetical.value);
    line(cue + ":" + (d.line.value.empty() ? "" : " " + prose(d.line.value, "the line")));
  }

  const input::ScriptInput& script_;
  std::ostringstream out_;
  size_t line_no_ = 0;
  std::vector<std::string> rewrites_;
  std::map<std::string, std::string> renamed_;
  std::set<std::string> reported_;
};

}  // namespace

std::string ekonte_safe_prose(const std::string& text) {
  std::string s = one_line(text);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    out += s[i];
    if (i + 1 < s.size() && ((s[i] == '/' && (s[i + 1] == '/' || s[i + 1] == '*')) || (s[i] == '[' && s[i + 1] == '[') ||
                             (s[i] == '*' && s[i + 1] == '/') || (s[i] == ']' && s[i + 1] == ']')))
      out += ' ';
  }
  return out;
}

EkonteText write_ekonte_script(const input::ScriptInput& script) { return Writer(script).write(); }

}  // namespace ekonte
