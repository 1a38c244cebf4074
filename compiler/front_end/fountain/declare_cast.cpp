// The characters and places a screenplay never declares. A speaker or a character introduced in
// action (`MAUD PENHALLOW (70s, oilskin coat)`) gets a CharacterDecl whose design comes from the
// introduction, through the character vocabulary; a place named by a scene heading gets a
// SettingDecl whose kind and time come from the heading, through the world vocabulary.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "compiler/front_end/fountain/plan_screenplay.hpp"
#include "support/text.hpp"
#include "vocabulary/character_words.hpp"
#include "vocabulary/vocabulary.hpp"
#include "vocabulary/world.hpp"

namespace ekonte::screenplay {
namespace {

bool is_caps_word(const std::string& w) {
  int letters = 0;
  for (char c : w) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isupper(static_cast<unsigned char>(c))) ++letters;
  }
  return letters >= 2;
}

std::string id_of(const std::string& words) {
  std::string out;
  for (char c : words) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    else if (!out.empty() && out.back() != '_') out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

std::string title_case(const std::string& words) {
  std::string out = to_lower(words);
  bool start = true;
  for (char& c : out) {
    if (start && std::isalpha(static_cast<unsigned char>(c))) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    start = !std::isalnum(static_cast<unsigned char>(c)) && c != '\'';
  }
  return out;
}

// What a character's introduction says: the parenthesis and the rest of its paragraph.
struct Introduction {
  std::string name;         // as written: `MAUD PENHALLOW`
  std::string description;  // `70s, oilskin coat, a face like old rope`
  std::string paragraph;    // the whole action paragraph
  SourceSpan span;
};

// An age from `(70s` (the middle of the decade), `(12`, `12-year-old`, `a girl of nine`.
std::optional<uint32_t> age_from(const std::string& description, const std::string& paragraph) {
  const std::string d = trim(description);
  if (!d.empty() && std::isdigit(static_cast<unsigned char>(d[0]))) {
    size_t k = 0;
    uint32_t n = 0;
    while (k < d.size() && std::isdigit(static_cast<unsigned char>(d[k]))) n = n * 10 + static_cast<uint32_t>(d[k++] - '0');
    if (k < d.size() && d[k] == 's' && n % 10 == 0) n += 5;
    if (n > 0 && n < 130) return n;
  }
  const std::string p = to_lower(paragraph);
  if (const size_t at = p.find("-year-old"); at != std::string::npos) {
    size_t b = at;
    while (b > 0 && std::isdigit(static_cast<unsigned char>(p[b - 1]))) --b;
    if (b < at) return static_cast<uint32_t>(std::stoul(p.substr(b, at - b)));
  }
  // Small numbers spelt out, as in "a girl of nine".
  static const char* kNumbers[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                   "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"};
  for (size_t n = 0; n < std::size(kNumbers); ++n)
    if (vocabulary::find_phrase(p, std::string("of ") + kNumbers[n]) != std::string::npos) return static_cast<uint32_t>(n + 1);
  return std::nullopt;
}

// +1 she, -1 he, 0 unknown: the pronouns of the introduction's paragraph.
int gender_from(const std::string& paragraph) {
  int score = 0;
  for (const char* w : {"she", "her", "hers", "woman", "girl", "lady", "mrs", "ms", "gran", "grandma", "grandmother", "nan",
                        "mother", "mum", "mom", "aunt", "sister", "daughter", "wife", "bride", "widow", "queen"})
    if (vocabulary::find_phrase(paragraph, w) != std::string::npos) ++score;
  for (const char* w : {"he", "him", "his", "man", "boy", "gentleman", "mr", "grandfather", "grandpa", "father", "dad",
                        "uncle", "brother", "son", "husband", "groom", "widower", "king"})
    if (vocabulary::find_phrase(paragraph, w) != std::string::npos) --score;
  return score > 0 ? 1 : score < 0 ? -1 : 0;
}

template <class Rows>
std::string first_row_named(const Rows& rows, const std::string& text, std::string* phrase_found = nullptr) {
  for (const auto& row : rows)
    for (const std::string& phrase : vocabulary::split_phrases(row.phrases))
      if (!phrase.empty() && vocabulary::find_phrase(text, phrase) != std::string::npos) {
        if (phrase_found) *phrase_found = phrase;
        return std::string(row.name);
      }
  return {};
}

input::Property property(const std::string& key, const std::string& value, SourceSpan span) {
  input::Property p;
  p.key = {key, span};
  p.value = {value, span};
  p.span = span;
  return p;
}

// Distinct colours by order of appearance, so two characters never share a palette.
constexpr const char* kHairColours[] = {"#2a2d4f", "#5b3a29", "#c9a15a", "#8a3324", "#1a1a1a", "#6b4f2a"};
constexpr const char* kOutfitColours[] = {"#3b5b8c", "#8c3b3b", "#3b8c5a", "#8c6a3b", "#5a3b8c", "#2f6f6f", "#8c8c3b"};

// A design from the introduction: age and height, build, hair (grey from sixty), outfit. `why`
// gets, per value, the words that chose it.
std::vector<input::Property> design(const Introduction& intro, size_t index, std::vector<Reason>& why) {
  std::vector<input::Property> out;
  const SourceSpan at = intro.span;
  const std::string words = intro.description + " " + intro.paragraph;
  const std::optional<uint32_t> age = age_from(intro.description, intro.paragraph);
  const int gender = gender_from(intro.paragraph);
  const std::string who = gender > 0 ? "her (pronouns of the introduction)" : gender < 0 ? "him (pronouns of the introduction)"
                                                                            : "anyone (no pronouns in the introduction)";
  auto add = [&](const std::string& key, const std::string& value, const std::string& reason) {
    out.push_back(property(key, value, at));
    why.push_back({key, value, reason});
  };
  if (age) {
    add("age", std::to_string(*age), "`" + trim(intro.description.empty() ? intro.paragraph : intro.description) + "`");
    // Typical heights: children grow about 6 cm a year from 75 cm at one; adults by gender.
    const uint32_t adult = gender > 0 ? 163 : gender < 0 ? 176 : 170;
    const uint32_t height = *age >= 16 ? adult : std::min(adult, 75 + 6 * *age);
    add("height", std::to_string(*age >= 70 ? height - 4 : height) + "cm",
        "typical for age " + std::to_string(*age) + ", " + who);
  }
  std::string phrase;
  if (const std::string build = first_row_named(vocabulary::kBuildRows, words, &phrase); !build.empty())
    add("build", build, "`" + phrase + "`");
  const bool child = age && *age < 13;
  const bool old = age && *age >= 60;
  phrase.clear();
  std::string hair = first_row_named(vocabulary::kHairRows, intro.description, &phrase);
  const std::string hair_why = !phrase.empty() ? "`" + phrase + "`"
                                               : std::string("default for ") + (old ? "age sixty and over, " : child ? "a child, " : "") + who;
  if (hair.empty()) hair = old && gender > 0 ? "bun" : gender > 0 ? (child ? "twin tails" : "bob") : child ? "spiky" : "short";
  add("hair", hair + ", " + (old ? "#b8b8b8" : kHairColours[index % std::size(kHairColours)]),
      hair_why + (old ? "; grey from sixty" : "; colour by order of appearance"));
  phrase.clear();
  std::string outfit = first_row_named(vocabulary::kOutfitRows, intro.description, &phrase);
  const std::string outfit_why = !phrase.empty() ? "`" + phrase + "`" : std::string("default for ") + (child ? "a child, " : "") + who;
  if (outfit.empty()) outfit = child ? "hoodie and jeans" : gender > 0 && !old ? "dress" : "suit";
  // What is worn over it or on the head (`oilskin coat`, `a flat cap`) is named before it: the
  // first colour goes to the first garment named.
  std::string over_phrase, head_phrase;
  const std::string over = first_row_named(vocabulary::kOuterwearRows, intro.description, &over_phrase);
  const std::string head = first_row_named(vocabulary::kHeadwearRows, intro.description, &head_phrase);
  std::string worn = outfit, worn_why = outfit_why;
  if (!over.empty()) worn = over + ", " + worn, worn_why = "`" + over_phrase + "`; " + worn_why;
  if (!head.empty()) worn = head + ", " + worn, worn_why = "`" + head_phrase + "`; " + worn_why;
  add("outfit", worn + ", " + kOutfitColours[index % std::size(kOutfitColours)], worn_why + "; colour by order of appearance");
  if (!intro.description.empty()) {
    out.push_back(property("note", intro.name + " (" + intro.description + ")", at));
  }
  return out;
}

}  // namespace

std::string character_id_of(const std::string& cue) { return id_of(cue); }
std::string setting_id_of(const std::string& place) { return id_of(place); }

std::vector<CapsRun> caps_runs(const std::string& line) {
  std::vector<CapsRun> out;
  size_t i = 0;
  CapsRun run;
  bool open = false;
  auto close = [&] {
    if (!open) return;
    for (const char* article : {"THE ", "AN "})
      if (run.text.starts_with(article) && run.text.size() > std::string(article).size()) {
        run.begin += std::string(article).size();
        run.text.erase(0, std::string(article).size());
      }
    if (run.text != "THE" && run.text != "AN") out.push_back(run);
    open = false;
  };
  while (i < line.size()) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (std::isalnum(c) || c == '\'' || c >= 0x80) {
      size_t j = i;
      while (j < line.size() && (std::isalnum(static_cast<unsigned char>(line[j])) || line[j] == '\'' || line[j] == '-' ||
                                 static_cast<unsigned char>(line[j]) >= 0x80))
        ++j;
      std::string word = line.substr(i, j - i);
      if (word.ends_with("'S")) word.resize(word.size() - 2), j -= 0;
      if (is_caps_word(word)) {
        if (open && run.end + 1 == i && line[run.end] == ' ') {
          run.text += " " + word;
        } else {
          close();
          run = CapsRun{word, i, i + word.size(), false, {}};
          open = true;
        }
        run.end = i + word.size();
      } else {
        close();
      }
      i = j;
      continue;
    }
    if (c == '(' && open) {
      size_t k = run.end;
      while (k < i && line[k] == ' ') ++k;
      if (k == i) {
        const size_t shut = line.find(')', i);
        run.introduces = true;
        run.description = trim(line.substr(i + 1, (shut == std::string::npos ? line.size() : shut) - i - 1));
      }
      close();
    } else if (c != ' ') {
      close();
    }
    ++i;
  }
  close();
  return out;
}

std::vector<input::CharacterDecl> declare_characters(const Screenplay& play, std::vector<CastReport>* report) {
  // Speakers first, in order of their first cue; then characters introduced without a line.
  std::vector<std::string> ids;
  std::map<std::string, SpannedText> first_cue;
  std::map<std::string, Introduction> intro_of;
  std::vector<Introduction> introductions;
  for (const Element& e : play.elements) {
    if (e.kind == ElementKind::Dialogue && !e.cue.value.empty()) {
      const std::string id = character_id_of(e.cue.value);
      if (!id.empty() && !first_cue.count(id)) {
        first_cue[id] = e.cue;
        ids.push_back(id);
      }
    } else if (e.kind == ElementKind::Action) {
      // An introduction is a name before parentheses: paragraphs without any are skipped.
      if (std::none_of(e.lines.begin(), e.lines.end(), [](const SpannedText& l) { return l.value.find('(') != std::string::npos; }))
        continue;
      std::string paragraph;
      for (const auto& l : e.lines) paragraph += l.value + " ";
      for (const auto& l : e.lines)
        for (const CapsRun& run : caps_runs(l.value))
          if (run.introduces) introductions.push_back({run.text, run.description, paragraph, sub_span(l, run.begin, run.end - run.begin)});
    }
  }
  // An introduction belongs to the speaker whose cue is its name or the first word of it
  // (`MAUD PENHALLOW` is `MAUD`), else it introduces a character who never speaks.
  for (const Introduction& intro : introductions) {
    // ... or its last word: `a confused PIZZA COURIER (20s)` speaks as `COURIER`.
    const std::string whole = character_id_of(intro.name);
    const std::string first_word = character_id_of(intro.name.substr(0, intro.name.find(' ')));
    const std::string last_word = character_id_of(intro.name.substr(intro.name.rfind(' ') + 1));
    std::string id = first_cue.count(whole)        ? whole
                     : first_cue.count(first_word) ? first_word
                     : first_cue.count(last_word)  ? last_word
                                                   : whole;
    if (id.empty() || intro_of.count(id)) continue;
    intro_of[id] = intro;
    if (!first_cue.count(id) && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  }
  std::vector<input::CharacterDecl> out;
  for (size_t k = 0; k < ids.size(); ++k) {
    const std::string& id = ids[k];
    input::CharacterDecl decl;
    const auto intro = intro_of.find(id);
    const SourceSpan span = first_cue.count(id) ? first_cue[id].span : intro->second.span;
    decl.id = {id, span};
    decl.display_name = {title_case(intro != intro_of.end() ? intro->second.name : first_cue[id].value), span};
    decl.span = span;
    CastReport entry;
    entry.id = id;
    if (intro != intro_of.end())
      entry.introduction = intro->second.name + (intro->second.description.empty() ? "" : " (" + intro->second.description + ")");
    decl.properties = design(intro != intro_of.end() ? intro->second : Introduction{first_cue[id].value, {}, {}, span}, k, entry.reasons);
    if (report) report->push_back(std::move(entry));
    out.push_back(std::move(decl));
  }
  return out;
}

input::SceneHeading split_heading(const SpannedText& heading) {
  input::SceneHeading h;
  const std::string& s = heading.value;
  size_t at = 0;
  static const char* kPrefixes[] = {"INT./EXT.", "INT/EXT.", "EXT./INT.", "EXT/INT.", "INT./EXT", "INT/EXT", "EXT./INT",
                                    "EXT/INT",   "I/E.",     "E/I.",      "I/E",      "E/I",     "INT.",    "EXT.",
                                    "EST.",      "INT",      "EXT",       "EST"};
  const std::string upper = to_upper(s.substr(0, std::min<size_t>(s.size(), 10)));
  for (const char* p : kPrefixes) {
    const std::string prefix = p;
    if (upper.compare(0, prefix.size(), prefix) == 0 && (s.size() == prefix.size() || s[prefix.size()] == ' ' || prefix.back() == '.')) {
      h.int_ext = SpannedText{to_upper(prefix), sub_span(heading, 0, prefix.size())};
      at = prefix.size();
      break;
    }
  }
  // The rest splits at ` - ` (and ` -- `): place, time, further parts.
  std::vector<std::pair<size_t, size_t>> parts;
  size_t start = at;
  while (true) {
    size_t dash = s.find(" -", start);
    while (dash != std::string::npos && dash + 2 < s.size() && s[dash + 2] != ' ' && s[dash + 2] != '-') dash = s.find(" -", dash + 2);
    const size_t end = dash == std::string::npos ? s.size() : dash;
    parts.push_back({start, end});
    if (dash == std::string::npos) break;
    start = dash + 2;
    while (start < s.size() && (s[start] == '-' || s[start] == ' ')) ++start;
  }
  auto part = [&](std::pair<size_t, size_t> r) {
    size_t b = r.first, e = r.second;
    while (b < e && s[b] == ' ') ++b;
    while (e > b && s[e - 1] == ' ') --e;
    return SpannedText{s.substr(b, e - b), sub_span(heading, b, e - b)};
  };
  h.place = part(parts[0]);
  for (size_t p = 1; p < parts.size(); ++p) {
    SpannedText text = part(parts[p]);
    if (text.value.empty()) continue;
    if (to_upper(text.value) == "FLASHBACK") h.flashback = true;
    else if (!h.time) h.time = std::move(text);
    else h.more.push_back(std::move(text));
  }
  return h;
}

std::vector<input::SettingDecl> declare_settings(const Screenplay& play, std::vector<SettingReport>* report) {
  std::vector<input::SettingDecl> out;
  std::map<std::string, size_t> index_of;
  std::map<std::string, std::string> kind_of;  // setting id -> kind row name
  std::map<std::string, size_t> report_of;     // setting id -> index in *report
  std::string time_before;                     // the last heading time that is a time of day
  std::map<std::string, bool> is_time;         // heading time as written -> names a time of day
  for (const Element& e : play.elements) {
    if (e.kind != ElementKind::SceneHeading) continue;
    const input::SceneHeading h = split_heading(e.text);
    const std::string id = setting_id_of(h.place.value);
    if (id.empty()) continue;
    auto it = index_of.find(id);
    SettingReport entry{id, {}, {}, {}};
    if (it == index_of.end()) {
      input::SettingDecl decl;
      decl.id = {id, h.place.span};
      decl.name = h.place;
      decl.span = e.span;
      // The kind: the first row the place names, among the rows of the heading's side (INT. or
      // EXT.) first, so `INT. LIGHTHOUSE KITCHEN` is a kitchen, not a shore. A heading with no
      // side (forced: `.THE LAMP ROOM`) is most often a room of the place before it, so the
      // interior rows go first.
      const std::string side = h.int_ext ? h.int_ext->value : "";
      const bool interior = side.starts_with("INT") || side.starts_with("I/");
      const bool exterior = side.starts_with("EXT") || side.starts_with("EST") || side.starts_with("E/");
      std::string kind;
      for (int pass = 0; pass < 2 && kind.empty(); ++pass)
        for (size_t r = 1; r < std::size(vocabulary::kSettingKindRows) && kind.empty(); ++r) {
          const auto& row = vocabulary::kSettingKindRows[r];
          const bool same_side = (interior && row.place == vocabulary::Place::Interior) ||
                                 (exterior && row.place == vocabulary::Place::Exterior) ||
                                 (!interior && !exterior && row.place == vocabulary::Place::Interior);
          if (pass == 0 && !same_side) continue;
          for (const std::string& phrase : vocabulary::split_phrases(row.phrases))
            if (kind.empty() && vocabulary::find_phrase(h.place.value, phrase) != std::string::npos) {
              kind = phrase;  // `kind:` reads phrases
              entry.why = "the heading names `" + phrase + "` (" + std::string(row.name) + ", " +
                          (row.place == vocabulary::Place::Interior ? "interior" : "exterior") + ")" +
                          (pass == 0 ? (side.empty() ? "; no INT./EXT.: interior rows first" : "; " + side + " rows first") : "");
            }
        }
      // A place no row names, sharing a word with a place already known (`GULL POINT LANDING`
      // after `GULL POINT LIGHTHOUSE`), is the same kind of place: it is nearby.
      if (kind.empty())
        for (const auto& [other, other_kind] : kind_of) {
          std::set<std::string> mine, theirs;
          for (const auto& w : split_words(to_lower(h.place.value))) if (w.size() >= 4) mine.insert(w);
          for (const auto& w : split_words(to_lower(out[index_of[other]].name.value))) theirs.insert(w);
          const auto shared = std::find_if(mine.begin(), mine.end(), [&](const std::string& w) { return theirs.count(w) > 0; });
          if (shared != mine.end()) {
            kind = other_kind;
            entry.why = "shares `" + *shared + "` with " + other + ", a " + other_kind;
            break;
          }
        }
      if (kind.empty()) entry.why = "no kind row names the place: the generic place";
      if (!kind.empty()) {
        decl.properties.push_back(property("kind", kind, h.place.span));
        kind_of[id] = kind;
      }
      entry.kind = kind;
      index_of[id] = out.size();
      out.push_back(std::move(decl));
      it = index_of.find(id);
      if (report) {
        report_of[id] = report->size();
        report->push_back(entry);
      }
    }
    // The setting's time: the first heading time of the place that names a time of day (later
    // headings refine it per scene); a place first seen with no time (`.THE LAMP ROOM`) is seen
    // at the time of the scene before it.
    input::SettingDecl& decl = out[it->second];
    const bool has_time = std::any_of(decl.properties.begin(), decl.properties.end(), [](const input::Property& p) { return p.key.value == "time"; });
    // Headings repeat a handful of times of day: each is looked up in the vocabulary once.
    const bool heading_time = h.time && [&] {
      const auto [at, fresh] = is_time.try_emplace(h.time->value, false);
      if (fresh) at->second = vocabulary::match_time(to_lower(h.time->value)).has_value();
      return at->second;
    }();
    if (!has_time && (heading_time || !time_before.empty())) {
      const std::string time = heading_time ? to_lower(h.time->value) : time_before;
      decl.properties.push_back(property("time", time, heading_time ? h.time->span : h.place.span));
      if (report) {
        SettingReport& r = (*report)[report_of[id]];
        r.time = time + (heading_time ? " (the heading)" : " (the scene before: the heading names no time)");
      }
    }
    if (heading_time) time_before = to_lower(h.time->value);
  }
  return out;
}

}  // namespace ekonte::screenplay
