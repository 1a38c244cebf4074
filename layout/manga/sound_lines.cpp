#include "layout/manga/sound_lines.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "layout/text/char_classes.hpp"
#include "layout/text/orient_vertical.hpp"
#include "layout/text/utf8.hpp"
#include "vocabulary/sound_words.hpp"

namespace ekonte::layout {

namespace {

// A loudness phrase is at most this many words (`in the distance`).
constexpr size_t kLoudnessWordsMax = 3;

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> split(std::string_view s, std::string_view separators) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (separators.find(c) != std::string_view::npos) {
      if (!trim(cur).empty()) out.push_back(trim(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!trim(cur).empty()) out.push_back(trim(cur));
  return out;
}

std::string join(const std::vector<std::string>& words, size_t b, size_t e) {
  std::string out;
  for (size_t i = b; i < e; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

constexpr std::string_view kTable = "vocabulary/sound_words.def";

std::string row_words(SoundWord w, const std::string& spelling) {
  std::string out = "row `" + std::string(vocabulary::row(w).name) + "` of " + std::string(kTable);
  std::string lower;
  for (char c : spelling) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower != vocabulary::row(w).name) out += " (spelling `" + spelling + "`)";
  return out;
}

// The loudness factor of `phrase`, or 0 when it is no loudness phrase; `why` gains its row.
double loudness_of(const std::string& phrase, std::string* why = nullptr) {
  const auto w = vocabulary::match_sound_word(phrase);
  if (!w || vocabulary::row(*w).kind != vocabulary::SoundWordKind::Loudness) return 0;
  if (why) {
    char factor[16];
    std::snprintf(factor, sizeof factor, "%g", vocabulary::row(*w).size);
    *why += (why->empty() ? "" : ", ") + row_words(*w, phrase) + ": lettering x" + factor;
  }
  return vocabulary::row(*w).size;
}

std::string strip_bangs(const std::string& word) {
  std::string w = word;
  while (!w.empty() && (w.back() == '!' || w.back() == '?' || w.back() == '.')) w.pop_back();
  return w;
}

bool known_sound(const std::string& word) {
  const auto w = vocabulary::match_sound_word(word);
  return w && vocabulary::row(*w).kind == vocabulary::SoundWordKind::Onomatopoeia;
}

// Whether one word is shaped like a sound (see the header); `rule` says which test it passed.
bool sound_shaped(const std::string& raw, std::string& rule) {
  const std::string word = strip_bangs(raw);
  if (word.empty()) return false;
  const auto cps = decode_utf8(word);
  bool japanese = true, capitals = true, letters = false;
  for (char32_t c : cps) {
    japanese &= upright_in_vertical(c);
    if (c < 0x80 && std::isalpha(static_cast<int>(c))) {
      letters = true;
      capitals &= std::isupper(static_cast<int>(c)) != 0;
    } else if (c != '-') {
      capitals = false;
    }
  }
  if (japanese) {
    rule = cps.size() <= kKanaOnomatopoeiaMax
               ? "one Japanese word of at most " + std::to_string(kKanaOnomatopoeiaMax) + " characters"
               : "a Japanese phrase longer than " + std::to_string(kKanaOnomatopoeiaMax) + " characters: a description";
    return cps.size() <= kKanaOnomatopoeiaMax;
  }
  if (const auto w = vocabulary::match_sound_word(word);
      w && vocabulary::row(*w).kind == vocabulary::SoundWordKind::Onomatopoeia) {
    rule = row_words(*w, word);
    return true;
  }
  if (letters && capitals && cps.size() >= 2) {
    rule = "a word in capitals, the way scripts spell a sound to be lettered";
    return true;
  }
  const auto pieces = split(word, "-");
  if (pieces.size() < 2) {
    rule = "one word that is no onomatopoeia row, in lower case: it names the sound's source";
    return false;
  }
  bool all_known = true, all_same = true;
  for (const auto& p : pieces) {
    all_known &= known_sound(p);
    all_same &= std::equal(p.begin(), p.end(), pieces.front().begin(), pieces.front().end(),
                           [](char a, char b) { return std::tolower(a) == std::tolower(b); });
  }
  rule = all_known ? "a hyphenated string of onomatopoeia rows"
         : all_same ? "a repeated sound (`" + pieces.front() + "` repeated)"
                    : "a hyphenated word that is no repeat and no onomatopoeia row: a description";
  return all_known || all_same;
}

}  // namespace

SoundLine read_sound_line(std::string_view sfx) {
  SoundLine out;
  std::vector<std::string> described;
  for (const std::string& part : split(sfx, ",;")) {
    std::vector<std::string> words = split(part, " \t");
    SoundPart why;
    why.text = part;
    // Set the loudness phrases at either end aside.
    double size = 1;
    for (bool found = true; found && !words.empty();) {
      found = false;
      for (size_t n = std::min(kLoudnessWordsMax, words.size()); n >= 1 && !found; --n) {
        if (const double l = loudness_of(join(words, 0, n), &why.loudness); l > 0) {
          size *= l;
          words.erase(words.begin(), words.begin() + n);
          found = true;
        } else if (const double r = loudness_of(join(words, words.size() - n, words.size()), &why.loudness); r > 0) {
          size *= r;
          words.erase(words.end() - n, words.end());
          found = true;
        }
      }
    }
    // Loudness alone sizes the onomatopoeia just before it; after a description (`bell buoy,
    // distant`) it says how that sound is heard and stays in the caption with it.
    const bool after_lettered = !out.parts.empty() && out.parts.back().lettered;
    if (words.empty()) {
      why.loudness_only = true;
      if (after_lettered) {
        out.lettered.back().size *= size;
        why.rule = why.loudness + "; it sizes `" + out.lettered.back().text + "`";
      } else {
        why.rule = why.loudness + "; no onomatopoeia just before it to size: it stays in the sound caption";
        described.push_back(part);
      }
      why.loudness.clear();
      out.parts.push_back(std::move(why));
      continue;
    }
    if (words.size() == 1 && sound_shaped(words.front(), why.rule)) {
      const std::string& w = words.front();
      if (w.find('!') != std::string::npos) {
        size *= vocabulary::row(SoundWord::Loud).size;
        why.loudness += std::string(why.loudness.empty() ? "" : ", ") + "`!`: as " + row_words(SoundWord::Loud, "loud");
      }
      out.lettered.push_back({w, size, has_cjk(w)});
      out.reason += (out.reason.empty() ? "`" : "; `") + w + "` is onomatopoeia";
      why.lettered = true;
    } else {
      if (words.size() > 1) why.rule = "several words: a description of the sound";
      why.loudness.clear();  // a caption keeps its loudness words as written
      described.push_back(part);
      out.reason += (out.reason.empty() ? "`" : "; `") + part + "` describes a sound";
    }
    out.parts.push_back(std::move(why));
  }
  for (const auto& d : described) out.caption += (out.caption.empty() ? "" : ", ") + d;
  return out;
}

}  // namespace ekonte::layout
