#include "compiler/front_end/fountain/read_fountain.hpp"

#include <algorithm>
#include <cctype>

#include "support/text.hpp"

namespace ekonte::screenplay {
namespace {

bool is_blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

bool has_lower(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
}

bool has_alpha(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// The file's lines, over a copy of the text in which boneyard and notes are blanked.
class Lines {
 public:
  Lines(const std::string& original, std::string blanked) : text_(std::move(blanked)) {
    (void)original;
    size_t start = 0;
    while (start <= text_.size()) {
      size_t end = text_.find('\n', start);
      if (end == std::string::npos) end = text_.size();
      size_t stop = end;
      if (stop > start && text_[stop - 1] == '\r') --stop;
      starts_.push_back(start);
      lines_.push_back(text_.substr(start, stop - start));
      if (end == text_.size()) break;
      start = end + 1;
    }
  }
  size_t size() const { return lines_.size(); }
  const std::string& operator[](size_t i) const { return lines_[i]; }
  bool blank(size_t i) const { return i >= lines_.size() || is_blank(lines_[i]); }
  // The span of bytes [begin, begin + length) of line i.
  SourceSpan span(size_t i, size_t begin, size_t length) const {
    SourceSpan s{static_cast<uint32_t>(i + 1), 1, static_cast<uint32_t>(starts_[i] + begin), static_cast<uint32_t>(length)};
    for (size_t k = 0; k < begin && k < lines_[i].size(); ++k)
      if ((static_cast<unsigned char>(lines_[i][k]) & 0xC0) != 0x80) ++s.column;
    return s;
  }
  // The text of line i from byte `from`, trailing blanks dropped, with its span.
  SpannedText text(size_t i, size_t from = 0) const {
    const std::string& l = lines_[i];
    size_t end = l.size();
    while (end > from && (l[end - 1] == ' ' || l[end - 1] == '\t')) --end;
    from = std::min(from, end);
    return {l.substr(from, end - from), span(i, from, end - from)};
  }
  // Like text(), leading blanks dropped too.
  SpannedText trimmed(size_t i, size_t from = 0) const {
    const std::string& l = lines_[i];
    while (from < l.size() && (l[from] == ' ' || l[from] == '\t')) ++from;
    return text(i, from);
  }
  // The line a byte offset is on.
  size_t line_of(size_t offset) const {
    return static_cast<size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin()) - 1;
  }
  size_t start(size_t i) const { return starts_[i]; }

 private:
  std::string text_;
  std::vector<size_t> starts_;
  std::vector<std::string> lines_;
};

struct Note {
  SpannedText text;
  size_t line = 0;
};

// Blanks `/* boneyard */` and `[[notes]]` (newlines kept, so lines and offsets stay), collecting
// the notes. An unclosed boneyard hides the rest of the file, as Fountain says; an unclosed note
// stays text.
std::string blank_boneyard_and_notes(const std::string& text, const std::string& file, DiagnosticSink& sink,
                                     std::vector<std::pair<size_t, std::string>>& notes, std::vector<size_t>& note_lengths,
                                     std::vector<std::pair<size_t, int>>& unclosed) {
  std::string out = text;
  auto blank = [&](size_t from, size_t to) {
    for (size_t k = from; k < to; ++k)
      if (out[k] != '\n' && out[k] != '\r') out[k] = ' ';
  };
  size_t no_close_after = std::string::npos;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '/' && text[i] != '[') continue;
    if (text[i] == '/' && text[i + 1] == '*') {
      size_t end = text.find("*/", i + 2);
      if (end == std::string::npos) {
        unclosed.push_back({i, 0});
        blank(i, text.size());
        break;
      }
      blank(i, end + 2);
      i = end + 1;
    } else if (text[i] == '[' && text[i + 1] == '[') {
      // Once no `]]` follows, none follows any later `[[` either: do not search again.
      const size_t end = no_close_after <= i ? std::string::npos : text.find("]]", i + 2);
      if (end == std::string::npos) {
        no_close_after = std::min(no_close_after, i);
        unclosed.push_back({i, 1});
        continue;
      }
      std::string inner = text.substr(i + 2, end - i - 2);
      std::replace(inner.begin(), inner.end(), '\n', ' ');
      std::replace(inner.begin(), inner.end(), '\r', ' ');
      notes.push_back({i, trim(inner)});
      note_lengths.push_back(end + 2 - i);
      blank(i, end + 2);
      i = end + 1;
    }
  }
  (void)file;
  (void)sink;
  return out;
}

// `INT. HOUSE - DAY`: the heading prefixes Fountain knows, longest first; after a prefix comes
// a space or the prefix's own full stop.
bool is_scene_heading(const std::string& trimmed) {
  static const char* kPrefixes[] = {"INT./EXT.", "INT./EXT", "INT/EXT.", "INT/EXT", "EXT./INT.", "EXT./INT", "EXT/INT.",
                                    "EXT/INT",   "I/E.",     "I/E",      "E/I.",    "E/I",      "INT.",     "EXT.",
                                    "EST.",      "INT",      "EXT",      "EST"};
  // Every prefix starts with I or E: most lines are rejected on their first letter.
  if (trimmed.empty() || (std::toupper(static_cast<unsigned char>(trimmed[0])) != 'I' &&
                          std::toupper(static_cast<unsigned char>(trimmed[0])) != 'E'))
    return false;
  const std::string upper = to_upper(trimmed.substr(0, std::min<size_t>(trimmed.size(), 10)));
  for (const char* p : kPrefixes) {
    const std::string prefix = p;
    if (upper.compare(0, prefix.size(), prefix) != 0) continue;
    if (trimmed.size() == prefix.size()) return false;
    const char next = trimmed[prefix.size()];
    return next == ' ' || (prefix.back() == '.' && next != '.');
  }
  return false;
}

// `CUT TO:`, and the fades screenplays write without `>`: `FADE IN:`, `FADE OUT.`, `FADE TO BLACK.`
bool is_transition(const std::string& trimmed) {
  if (trimmed.size() <= 3 || has_lower(trimmed)) return false;
  return trimmed.ends_with("TO:") || (trimmed.starts_with("FADE ") && (trimmed.back() == ':' || trimmed.back() == '.'));
}

// `MAUD (V.O.)`, `TOMMY ^`: the name before any extension has a letter and no lower case.
bool is_character_cue(const std::string& trimmed) {
  std::string name = trimmed.substr(0, trimmed.find('('));
  while (!name.empty() && (name.back() == ' ' || name.back() == '^')) name.pop_back();
  return !name.empty() && has_alpha(name) && !has_lower(name) && name.find(':') == std::string::npos;
}

void read_cue(const SpannedText& line, bool forced, Element& e) {
  std::string t = line.value;
  size_t begin = forced ? 1 : 0;
  if (!t.empty() && t.back() == '^') {
    e.dual = true;
    t.pop_back();
  }
  size_t paren = t.find('(', begin);
  size_t name_end = paren == std::string::npos ? t.size() : paren;
  while (name_end > begin && t[name_end - 1] == ' ') --name_end;
  e.cue = {t.substr(begin, name_end - begin), sub_span(line, begin, name_end - begin)};
  while (paren != std::string::npos) {
    const size_t close = t.find(')', paren);
    if (close == std::string::npos) break;
    e.extensions.push_back(trim(t.substr(paren + 1, close - paren - 1)));
    paren = t.find('(', close);
  }
}

// `EXT. HOUSE - DAY #12A#`: the scene number comes off the end.
void read_heading(SpannedText text, Element& e) {
  if (text.value.size() >= 2 && text.value.back() == '#') {
    const size_t open = text.value.rfind('#', text.value.size() - 2);
    if (open != std::string::npos && open > 0) {
      const std::string number = text.value.substr(open + 1, text.value.size() - open - 2);
      if (!number.empty() && number.find(' ') == std::string::npos) {
        e.scene_number = SpannedText{number, sub_span(text, open + 1, number.size())};
        size_t end = open;
        while (end > 0 && text.value[end - 1] == ' ') --end;
        text.value.resize(end);
        text.span.length = static_cast<uint32_t>(end);
      }
    }
  }
  e.text = std::move(text);
}

}  // namespace

bool is_pov_slug(const std::string& trimmed) {
  if (trimmed.find("POV") == std::string::npos && trimmed.find("POINT OF VIEW") == std::string::npos) return false;
  std::string s = trimmed;
  if (!s.empty() && s[0] == '.') s.erase(0, 1);
  while (!s.empty() && (s.back() == ':' || s.back() == ' ')) s.pop_back();
  if (s.empty() || s.size() > 80) return false;
  for (char c : s)
    if (std::islower(static_cast<unsigned char>(c))) return false;
  const std::string words = " " + s + " ";
  return words.find(" POV ") != std::string::npos || words.find(" POINT OF VIEW ") != std::string::npos ||
         words.find("'S POV ") != std::string::npos;
}

std::string strip_emphasis(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size() && (text[i + 1] == '*' || text[i + 1] == '_')) {
      out += text[++i];
      continue;
    }
    if (c == '*') continue;
    if (c == '_') {
      // An underline marker touches a word on one side only; `_` inside a word is a character.
      const bool word_before = i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]));
      const bool word_after = i + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[i + 1]));
      if (!(word_before && word_after)) continue;
    }
    out += c;
  }
  return out;
}

Screenplay read_fountain(const SourceFile& source, DiagnosticSink& sink) {
  Screenplay out;
  // Valid UTF-8 can still be binary (NUL-padded data): no text editor writes a NUL.
  if (const size_t nul = source.text.find('\0'); nul != std::string::npos) {
    const size_t line_start = source.text.rfind('\n', nul) == std::string::npos ? 0 : source.text.rfind('\n', nul) + 1;
    const auto line = static_cast<uint32_t>(1 + std::count(source.text.begin(), source.text.begin() + static_cast<std::ptrdiff_t>(nul), '\n'));
    sink.report(DiagnosticKind::BinaryScreenplay, source.path,
                SourceSpan{line, static_cast<uint32_t>(nul - line_start + 1), static_cast<uint32_t>(nul), 1},
                "byte " + std::to_string(nul) + " is a NUL: the file is binary data, not a screenplay",
                "open the screenplay in its editor and export it as Fountain (`.fountain`) or Final Draft (`.fdx`)");
    return out;
  }
  std::vector<std::pair<size_t, std::string>> raw_notes;
  std::vector<size_t> note_lengths;
  std::vector<std::pair<size_t, int>> unclosed;
  const Lines lines(source.text, blank_boneyard_and_notes(source.text, source.path, sink, raw_notes, note_lengths, unclosed));
  for (const auto& [offset, what] : unclosed) {
    const size_t l = lines.line_of(offset);
    const SourceSpan at = lines.span(l, offset - lines.start(l), 2);
    if (what == 0)
      sink.report(DiagnosticKind::UnclosedBoneyard, source.path, at, "`/*` opens a boneyard that is never closed; the rest of the screenplay is hidden",
                  "close it with `*/` where the hidden part ends");
    else
      sink.report(DiagnosticKind::UnclosedNote, source.path, at, "`[[` opens a note that is never closed; it is read as text",
                  "close the note with `]]`");
  }

  size_t i = 0;
  while (i < lines.size() && lines.blank(i)) ++i;

  // ---- title page: `Key: value` lines, values on the same line or indented below ----
  auto title_key = [&](size_t l) -> size_t {
    const std::string& s = lines[l];
    const size_t colon = s.find(':');
    if (colon == std::string::npos || colon == 0 || s[0] == ' ' || s[0] == '\t') return std::string::npos;
    for (size_t k = 0; k < colon; ++k)
      if (!std::isalnum(static_cast<unsigned char>(s[k])) && s[k] != ' ' && s[k] != '_' && s[k] != '-') return std::string::npos;
    return colon;
  };
  if (i < lines.size() && title_key(i) != std::string::npos && !is_transition(trim(lines[i]))) {
    while (i < lines.size() && !lines.blank(i)) {
      const size_t colon = title_key(i);
      if (colon == std::string::npos) {
        if (!out.title_page.empty()) {
          SpannedText c = lines.trimmed(i);
          c.value = strip_emphasis(c.value);
          out.title_page.back().continuation.push_back(std::move(c));
        }
        ++i;
        continue;
      }
      input::Property p;
      p.key = {to_lower(trim(lines[i].substr(0, colon))), lines.span(i, 0, colon)};
      p.value = lines.trimmed(i, colon + 1);
      p.value.value = strip_emphasis(p.value.value);
      p.span = lines.span(i, 0, lines[i].size());
      out.title_page.push_back(std::move(p));
      ++i;
    }
  }

  // ---- the body ----
  auto push = [&](Element e) { out.elements.push_back(std::move(e)); };
  std::vector<std::pair<size_t, size_t>> element_lines;  // first and last line of each element
  while (i < lines.size()) {
    if (lines.blank(i)) {
      ++i;
      continue;
    }
    const size_t first = i;
    const bool after_blank = i == 0 || lines.blank(i - 1);
    const SpannedText t = lines.trimmed(i);
    const std::string& s = t.value;
    Element e;
    e.span = lines.span(i, 0, lines[i].size());
    if (s.size() >= 3 && s.find_first_not_of('=') == std::string::npos) {
      e.kind = ElementKind::PageBreak;
      ++i;
    } else if (s[0] == '#') {
      e.kind = ElementKind::Section;
      size_t depth = s.find_first_not_of('#');
      e.section_depth = static_cast<int>(depth == std::string::npos ? s.size() : depth);
      e.text = lines.trimmed(i, lines[i].find('#') + e.section_depth);
      ++i;
    } else if (s[0] == '=' ) {
      e.kind = ElementKind::Synopsis;
      e.text = lines.trimmed(i, lines[i].find('=') + 1);
      ++i;
    } else if (s[0] == '>' && s.back() == '<' && s.size() > 1) {
      e.kind = ElementKind::Centered;
      e.text = {trim(s.substr(1, s.size() - 2)), t.span};
      ++i;
    } else if (s[0] == '>') {
      e.kind = ElementKind::Transition;
      e.text = lines.trimmed(i, lines[i].find('>') + 1);
      ++i;
    } else if (after_blank && is_pov_slug(s) && (s[0] == '.' || !is_scene_heading(s))) {
      e.kind = ElementKind::Shot;
      e.text = s[0] == '.' ? lines.trimmed(i, lines[i].find('.') + 1) : t;
      ++i;
    } else if (s[0] == '.' && s.size() > 1 && s[1] != '.') {
      e.kind = ElementKind::SceneHeading;
      read_heading(lines.trimmed(i, lines[i].find('.') + 1), e);
      ++i;
    } else if (after_blank && is_scene_heading(s)) {
      e.kind = ElementKind::SceneHeading;
      read_heading(t, e);
      ++i;
    } else if (after_blank && lines.blank(i + 1) && is_transition(s)) {
      e.kind = ElementKind::Transition;
      e.text = t;
      ++i;
    } else if (s[0] != '!' && after_blank && !lines.blank(i + 1) && (s[0] == '@' || (s[0] != '~' && is_character_cue(s)))) {
      e.kind = ElementKind::Dialogue;
      read_cue(t, s[0] == '@', e);
      for (++i; i < lines.size() && !lines.blank(i); ++i) {
        const SpannedText part = lines.trimmed(i);
        if (part.value[0] == '(') {
          std::string inner = part.value.substr(1);
          if (!inner.empty() && inner.back() == ')') inner.pop_back();
          e.parts.push_back({DialoguePart::Kind::Parenthetical, {trim(inner), part.span}});
        } else if (part.value[0] == '~') {
          e.parts.push_back({DialoguePart::Kind::Lyric, {trim(strip_emphasis(part.value.substr(1))), part.span}});
        } else if (!e.parts.empty() && e.parts.back().kind == DialoguePart::Kind::Line) {
          SpannedText& line = e.parts.back().text;
          line.value += " " + strip_emphasis(part.value);
          line.span.length = part.span.offset + part.span.length - line.span.offset;
        } else {
          e.parts.push_back({DialoguePart::Kind::Line, {strip_emphasis(part.value), part.span}});
        }
      }
    } else {
      // Action (forced with `!`; lyrics `~` outside dialogue are read as action): every line up
      // to the next blank one, indentation kept.
      e.kind = ElementKind::Action;
      for (; i < lines.size() && !lines.blank(i); ++i) {
        const std::string& raw = lines[i];
        const size_t lead = raw.find_first_not_of(" \t");
        size_t from = 0;
        if (i == first && (raw[lead] == '!' || raw[lead] == '~')) from = lead + 1;
        SpannedText line = lines.text(i, from);
        if (from > 0) line.value.insert(0, lead, ' ');
        line.value = strip_emphasis(line.value);
        e.lines.push_back(std::move(line));
      }
    }
    if (e.kind == ElementKind::Section || e.kind == ElementKind::Synopsis || e.kind == ElementKind::Transition ||
        e.kind == ElementKind::Centered || e.kind == ElementKind::SceneHeading || e.kind == ElementKind::Shot)
      e.text.value = strip_emphasis(e.text.value);
    e.span.length = static_cast<uint32_t>(lines.start(i - 1) + lines[i - 1].size() - e.span.offset);
    element_lines.push_back({first, i - 1});
    push(std::move(e));
  }

  // Notes belong to the element they are written in, else to the one before them (a note on a
  // line of its own comments what precedes it), else to the first.
  for (size_t n = 0; n < raw_notes.size(); ++n) {
    const size_t l = lines.line_of(raw_notes[n].first);
    const SpannedText note{raw_notes[n].second, lines.span(l, raw_notes[n].first - lines.start(l), note_lengths[n])};
    if (out.elements.empty()) continue;
    // The last element starting at or before the note's line (elements are in line order).
    const auto after = std::upper_bound(element_lines.begin(), element_lines.end(), l,
                                        [](size_t line, const std::pair<size_t, size_t>& e) { return line < e.first; });
    const size_t owner = after == element_lines.begin() ? 0 : static_cast<size_t>(after - element_lines.begin()) - 1;
    out.elements[owner].notes.push_back(note);
  }
  return out;
}

}  // namespace ekonte::screenplay
