#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "vocabulary/tables.hpp"
#include "vocabulary/world.hpp"

namespace ekonte::vocabulary {
namespace {

// ASCII only, as the "C" locale the program runs in reads bytes.
bool is_word_char(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || c == '\'' ||
         u >= 0x80;  // UTF-8 letters belong to words
}

// Lowercase words of `text` with where each starts and ends.
struct Word {
  std::string text;
  size_t begin, end;
};
std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_char(text[i])) ++i;
    const size_t b = i;
    while (i < text.size() && is_word_char(text[i])) ++i;
    if (i == b) continue;
    std::string w(text.substr(b, i - b));
    for (char& c : w)
      if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    out.push_back({std::move(w), b, i});
  }
  return out;
}

// Every (begin, end) where `phrase` occurs in `text` as whole words.
template <class F>
void each_occurrence(const std::vector<Word>& text, std::string_view phrase, F&& found) {
  const std::vector<Word> p = words_of(phrase);
  if (p.empty() || p.size() > text.size()) return;
  for (size_t i = 0; i + p.size() <= text.size(); ++i) {
    bool same = true;
    for (size_t k = 0; k < p.size() && same; ++k) same = text[i + k].text == p[k].text;
    if (same) found(text[i].begin, text[i + p.size() - 1].end);
  }
}

// A table's phrases as lowercase words, split once and indexed by their first word: a text is
// matched by looking up each of its words, not by scanning every phrase of every row (the
// staging inference asks for props once per seat and held thing, thousands of times a script).
struct PhraseIndex {
  struct Phrase {
    size_t row;
    std::vector<std::string> words;
  };
  std::unordered_map<std::string, std::vector<Phrase>> by_first_word;  // each list in row, then phrase order
};

template <class Rows>
const PhraseIndex& phrase_index(const Rows& rows) {
  static const PhraseIndex index = [&] {
    PhraseIndex out;
    for (size_t r = 0; r < std::size(rows); ++r)
      for (const std::string& phrase : split_phrases(rows[r].phrases)) {
        PhraseIndex::Phrase p{r, {}};
        for (Word& w : words_of(phrase)) p.words.push_back(std::move(w.text));
        if (!p.words.empty()) out.by_first_word[p.words.front()].push_back(std::move(p));
      }
    return out;
  }();
  return index;
}

// Every occurrence of a phrase of the rows from `first_row` on, as found(row, begin, end), by
// position in the text, then in row and phrase order: two occurrences with the same begin and end
// come in the order a scan of the rows would find them, so ties are broken as before.
template <class F>
void each_phrase_occurrence(const std::vector<Word>& text, const PhraseIndex& index, size_t first_row, F&& found) {
  for (size_t i = 0; i < text.size(); ++i) {
    const auto it = index.by_first_word.find(text[i].text);
    if (it == index.by_first_word.end()) continue;
    for (const PhraseIndex::Phrase& p : it->second) {
      if (p.row < first_row || i + p.words.size() > text.size()) continue;
      bool same = true;
      for (size_t k = 1; k < p.words.size() && same; ++k) same = text[i + k].text == p.words[k];
      if (same) found(p.row, text[i].begin, text[i + p.words.size() - 1].end);
    }
  }
}

template <class Value, class Rows>
std::optional<PhraseMatch<Value>> last_match(std::string_view text, const Rows& rows, size_t first_row) {
  const std::vector<Word> words = words_of(text);
  std::optional<PhraseMatch<Value>> best;
  each_phrase_occurrence(words, phrase_index(rows), first_row, [&](size_t r, size_t b, size_t e) {
    // The match ending last wins; at the same end, the longer phrase.
    if (!best || e > best->end || (e == best->end && b < best->begin))
      best = PhraseMatch<Value>{static_cast<Value>(r), b, e};
  });
  return best;
}

size_t distance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// The row with the phrase word nearest to any word of `text`, relative to the word's length.
template <class Value, class Rows>
Value nearest(std::string_view text, const Rows& rows, size_t first_row) {
  const std::vector<Word> words = words_of(text);
  double best = 1e9;
  size_t best_row = first_row;
  for (size_t r = first_row; r < std::size(rows); ++r)
    for (const std::string& phrase : split_phrases(rows[r].phrases))
      for (const Word& pw : words_of(phrase))
        for (const Word& w : words) {
          const double d = double(distance(w.text, pw.text)) / double(std::max(w.text.size(), pw.text.size()));
          if (d < best) best = d, best_row = r;
        }
  return static_cast<Value>(best_row);
}

std::string_view use_name(PropUse u) {
  switch (u) {
    case PropUse::FloorFurniture: return "floor furniture";
    case PropUse::Seat: return "seat";
    case PropUse::TableTop: return "table-top";
    case PropUse::Wall: return "wall";
    case PropUse::Ceiling: return "ceiling";
    case PropUse::Handheld: return "handheld";
    case PropUse::Vehicle: return "vehicle";
    case PropUse::LargeExterior: return "large exterior";
    case PropUse::Effect: return "effect";
  }
  return "";
}

}  // namespace

std::string_view prop_use_name(PropUse use) { return use_name(use); }

std::optional<PropUse> match_prop_use(std::string_view text) {
  static constexpr std::pair<std::string_view, PropUse> kWords[] = {
      {"floor furniture", PropUse::FloorFurniture}, {"furniture", PropUse::FloorFurniture}, {"floor", PropUse::FloorFurniture},
      {"seat", PropUse::Seat}, {"table top", PropUse::TableTop}, {"tabletop", PropUse::TableTop},
      {"wall", PropUse::Wall}, {"ceiling", PropUse::Ceiling}, {"handheld", PropUse::Handheld}, {"hand held", PropUse::Handheld},
      {"hand", PropUse::Handheld}, {"vehicle", PropUse::Vehicle}, {"large exterior", PropUse::LargeExterior},
      {"exterior", PropUse::LargeExterior}};
  for (auto [word, use] : kWords)
    if (find_phrase(text, word) != std::string_view::npos) return use;
  return std::nullopt;
}

size_t find_phrase(std::string_view text, std::string_view phrase) {
  size_t at = std::string_view::npos;
  each_occurrence(words_of(text), phrase, [&](size_t b, size_t) { at = std::min(at, b); });
  return at;
}

std::optional<TimeOfDay> match_time(std::string_view text) {
  const auto m = last_match<TimeOfDay>(text, kTimeRows, 0);
  return m ? std::optional(m->value) : std::nullopt;
}

std::optional<Weather> match_weather(std::string_view text) {
  const auto m = last_match<Weather>(text, kWeatherRows, 0);
  return m ? std::optional(m->value) : std::nullopt;
}

std::vector<Weather> weather_in_prose(std::string_view text) {
  std::vector<Weather> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find_first_of(".;!?\n", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view sentence = text.substr(start, end - start);
    start = end + 1;
    // "The rain has stopped", "the fog lifts": the sentence ends the weather, it does not set it.
    bool ended = false;
    for (std::string_view stop : {"stopped", "stops", "has stopped", "cleared", "clears", "lifts", "lifted", "no longer"})
      if (find_phrase(sentence, stop) != std::string_view::npos) ended = true;
    if (ended) continue;
    static const auto prose = split_column(kWeatherRows, &WeatherRow::prose);
    for (size_t r = 0; r < prose.size(); ++r)
      for (const std::string& phrase : prose[r])
        if (find_phrase(sentence, phrase) != std::string_view::npos &&
            std::find(out.begin(), out.end(), Weather(r)) == out.end())
          out.push_back(Weather(r));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<PhraseMatch<PropKind>> match_prop(std::string_view text) {
  return last_match<PropKind>(text, kPropRows, 0);
}

std::optional<SettingKind> match_setting_kind(std::string_view text, Place place) {
  // Words after these only say where the place is ("shrine on the hill", "room of Winterhold").
  static constexpr std::string_view kPlaceWords[] = {"of", "on", "up", "in", "at", "by", "near", "behind", "under",
                                                     "beside", "above", "below", "outside", "inside", "across"};
  const std::vector<Word> all = words_of(text);
  size_t head = all.size();
  for (size_t i = 1; i < all.size() && head == all.size(); ++i)
    if (std::find(std::begin(kPlaceWords), std::end(kPlaceWords), all[i].text) != std::end(kPlaceWords)) head = i;
  auto best_in = [&](const std::vector<Word>& words) -> std::optional<SettingKind> {
    std::optional<PhraseMatch<SettingKind>> best;
    auto better = [&](const PhraseMatch<SettingKind>& m) {
      if (!best) return true;
      if (m.end != best->end) return m.end > best->end;
      if (m.begin != best->begin) return m.begin < best->begin;
      const bool here = kSettingKindRows[size_t(m.value)].place == place,
                 there = kSettingKindRows[size_t(best->value)].place == place;
      return here && !there;
    };
    each_phrase_occurrence(words, phrase_index(kSettingKindRows), 1, [&](size_t r, size_t b, size_t e) {
      const PhraseMatch<SettingKind> m{static_cast<SettingKind>(r), b, e};
      if (better(m)) best = m;
    });
    return best ? std::optional(best->value) : std::nullopt;
  };
  if (head < all.size())
    if (auto k = best_in(std::vector<Word>(all.begin(), all.begin() + long(head)))) return k;
  return best_in(all);
}

TimeOfDay nearest_time(std::string_view text) { return nearest<TimeOfDay>(text, kTimeRows, 0); }
Weather nearest_weather(std::string_view text) { return nearest<Weather>(text, kWeatherRows, 0); }
SettingKind nearest_setting_kind(std::string_view text) { return nearest<SettingKind>(text, kSettingKindRows, 1); }
PropKind nearest_prop(std::string_view text) { return nearest<PropKind>(text, kPropRows, 0); }

Table time_table() {
  Table t{"time", "Times of day", "a setting's `time:` and a scene heading's time (`- NIGHT`)", {}};
  for (const TimeRow& r : kTimeRows) {
    const std::string_view sky = r.interior ? "indoors" : r.sky == SkyLook::Night ? "night" : r.sky == SkyLook::LowSun ? "low sun" : "daylight";
    t.entries.push_back({r.name, r.phrases, sky, r.description});
  }
  return t;
}

Table weather_table() {
  Table t{"weather", "Weather", "a setting's `weather:` (several, separated by commas)", {}};
  for (const WeatherRow& r : kWeatherRows) {
    const std::string_view overlay = r.overlay == WeatherOverlay::None     ? "none"
                                     : r.overlay == WeatherOverlay::Clouds ? "clouds"
                                     : r.overlay == WeatherOverlay::Rain   ? "rain"
                                     : r.overlay == WeatherOverlay::Snow   ? "snow"
                                     : r.overlay == WeatherOverlay::Fog    ? "fog"
                                     : r.overlay == WeatherOverlay::Wind   ? "wind"
                                                                           : "sand";
    t.entries.push_back({r.name, r.phrases, overlay, r.description});
  }
  return t;
}

Table setting_kind_table() {
  Table t{"setting-kind", "Kinds of setting",
          "a setting's `kind:`, or the words of its name (`setting SHRINE \"Inari shrine on the hill\"`)", {}};
  for (size_t i = 1; i < std::size(kSettingKindRows); ++i) {
    const SettingKindRow& r = kSettingKindRows[i];
    t.entries.push_back({r.name, r.phrases, r.place == Place::Interior ? "interior" : "exterior", r.description});
  }
  return t;
}

Table prop_table() {
  Table t{"prop", "Props", "a setting's `props:` and the subject or action of an insert shot", {}};
  for (const PropRow& r : kPropRows) t.entries.push_back({r.name, r.phrases, use_name(r.kind), r.description});
  return t;
}

}  // namespace ekonte::vocabulary
