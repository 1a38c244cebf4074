#include "compiler/staging/prose_words.hpp"
#include "compiler/staging/staging_vocabulary.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "lexicon/lexicon.hpp"
#include "support/text.hpp"

namespace ekonte::staging {
namespace {

// The character whose display name has `lower` as a capitalised word ("Queen Elowen" for "queen"),
// when exactly one has; a word of every-day prose that is a title ("Sir", "Lady") names the one
// who bears it.
CharacterId role(const std::vector<Character>& characters, const std::string& lower) {
  if (lower.size() < 3) return {};
  CharacterId found;
  for (uint32_t i = 0; i < characters.size(); ++i)
    for (const auto& w : split_words(characters[i].display_name)) {
      if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0])) || to_lower(w) != lower) continue;
      if (found.valid() && found.value != i) return {};
      found = CharacterId{i};
    }
  return found;
}

}  // namespace

std::string lexicon_verb(const std::string& word) { return lexicon::lemma(word, lexicon::PartOfSpeech::Verb); }

CharacterId lookup(const std::vector<Character>& characters, const std::string& word) {
  if (word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) return {};
  for (uint32_t i = 0; i < characters.size(); ++i)
    if (characters[i].id == word) return CharacterId{i};
  const bool capitalised = std::all_of(word.begin() + 1, word.end(), [](char c) {
    return !std::isupper(static_cast<unsigned char>(c));
  });
  const std::string upper = to_upper(word);
  if (capitalised)
    for (uint32_t i = 0; i < characters.size(); ++i)
      if (characters[i].id == upper) return CharacterId{i};
  if (!capitalised && upper != word) return {};
  CharacterId found;
  for (uint32_t i = 0; i < characters.size(); ++i)
    for (const auto& w : split_words(characters[i].display_name)) {
      if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0])) || to_upper(w) != upper) continue;
      if (found.valid() && found.value != i) return {};  // shared by two characters: names neither
      found = CharacterId{i};
    }
  return found;
}

std::vector<std::vector<Word>> sentences_of(const SpannedText& text, const std::vector<Character>& characters) {
  std::vector<std::vector<Word>> out(1);
  const std::string& s = text.value;
  bool comma = false;
  // Word spans are found by walking the line once (ast::sub_span counts from the line's start
  // each time, which made a long action line quadratic).
  SourceSpan cursor = text.span;
  size_t cursor_at = 0;
  auto span_at = [&](size_t begin, size_t length) {
    for (; cursor_at < begin; ++cursor_at)
      if ((static_cast<unsigned char>(s[cursor_at]) & 0xC0) != 0x80) ++cursor.column;
    SourceSpan span = cursor;
    span.offset = text.span.offset + static_cast<uint32_t>(begin);
    span.length = static_cast<uint32_t>(length);
    return span;
  };
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c) || c == '_' || c == '\'' || c == '/' || c >= 0x80) {
      size_t j = i;
      while (j < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[j]);
        if (!(std::isalnum(d) || d == '_' || d == '\'' || d == '-' || d == '/' || d >= 0x80)) break;
        ++j;
      }
      Word w;
      w.text.assign(s, i, j - i);
      // The word without a possessive `'s` (either apostrophe), which names the owner.
      size_t base_size = w.text.size();
      for (const std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")})
        if (base_size > suffix.size() && std::string_view(w.text).substr(0, base_size).ends_with(suffix)) {
          base_size -= suffix.size();
          w.possessive = true;
        }
      w.lower.assign(w.text, 0, base_size);
      w.id = lookup(characters, base_size == w.text.size() ? w.text : w.lower);
      for (char& c : w.lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      // "the queen", "her father": a role word of one character's display name ("Queen Elowen").
      if (!w.id.valid() && !out.back().empty() && staging::determiners().count(out.back().back().lower))
        w.id = role(characters, w.lower);
      w.span = span_at(i, j - i);
      w.comma_before = comma;
      comma = false;
      out.back().push_back(std::move(w));
      i = j;
      continue;
    }
    if (c == ',') comma = true;
    // A colon before a name opens a clause with its own subject ("The family comes in: EMI and
    // SORA walk hand in hand"); before anything else it opens an apposition ("frame right: a
    // huge bald man") that goes on describing the subject.
    if (c == ':') {
      size_t k = i + 1;
      while (k < s.size() && s[k] == ' ') ++k;
      size_t e = k;
      while (e < s.size() && (std::isalnum(static_cast<unsigned char>(s[e])) || s[e] == '\'')) ++e;
      std::string next = s.substr(k, e - k);
      if (to_lower(next) == "the") {
        size_t k2 = e;
        while (k2 < s.size() && s[k2] == ' ') ++k2;
        size_t e2 = k2;
        while (e2 < s.size() && std::isalnum(static_cast<unsigned char>(s[e2]))) ++e2;
        next = s.substr(k2, e2 - k2);
      }
      if (lookup(characters, next).valid() && !out.back().empty()) out.emplace_back();
      else comma = true;
    }
    if (c == '.' || c == '!' || c == '?' || c == ';') {
      if (!out.back().empty()) out.emplace_back();
      comma = false;
    }
    ++i;
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

std::string joined_text(const std::vector<Word>& words, size_t from, size_t to) {
  std::string out;
  for (size_t k = from; k < to; ++k) {
    if (!out.empty()) out += ' ';
    out += words[k].text;
  }
  return out;
}

std::string head_noun(const std::string& phrase) {
  std::string head = phrase;
  if (const size_t of = head.find(" of "); of != std::string::npos) head = head.substr(0, of);
  if (const size_t sp = head.rfind(' '); sp != std::string::npos) head = head.substr(sp + 1);
  return head;
}

std::optional<Sourced<std::string>> noun_at(const std::vector<Word>& words, size_t j, size_t to) {
  // "the captain's chair", "OSWIN's sword": an owner's name is a determiner.
  while (j < to && (staging::determiners().count(words[j].lower) || words[j].possessive)) ++j;
  // "kneels beside her, left": the determiner was a pronoun and the phrase ended with it.
  if (j < to && words[j].comma_before) return std::nullopt;
  size_t k = j;
  // A participle after the noun starts a clause about it: "a gun pointed at his chest".
  auto participle = [](const std::string& w) {
    return w.size() > 4 && (w.compare(w.size() - 2, 2, "ed") == 0 || w.compare(w.size() - 3, 3, "ing") == 0);
  };
  while (k < to && k < j + 4 && !words[k].id.valid() && !staging::noun_phrase_ends().count(words[k].lower) &&
         (k == j || (!words[k].comma_before && (!participle(words[k].lower) || words[k - 1].lower == "of"))))
    ++k;
  if (k == j) return std::nullopt;
  Sourced<std::string> out;
  out.origin = Origin::Action;
  for (size_t m = j; m < k; ++m) out.value += (out.value.empty() ? "" : " ") + words[m].lower;
  out.words = out.value;
  out.span = words[j].span;
  out.span.length = words[k - 1].span.offset + words[k - 1].span.length - out.span.offset;
  return out;
}

bool present_verb_form(const std::string& l) {
  static const std::set<std::string> not_verbs = {"is", "was", "has", "does", "his", "its", "this", "always",
                                                  "perhaps", "towards", "sideways", "afterwards", "yes", "thus",
                                                  "less", "across", "plus", "as", "us", "ones", "hers", "theirs",
                                                  "yours", "ours", "whereas", "besides", "downstairs", "upstairs",
                                                  "indoors", "outdoors", "overseas", "nearby"};
  if (l.size() < 4 || l.back() != 's' || l[l.size() - 2] == 's' || l[l.size() - 2] == '\'' || not_verbs.count(l))
    return false;
  return std::all_of(l.begin(), l.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

bool both_hands(const std::vector<Word>& words, size_t k) {
  if (words[k].lower != "both" || k + 1 >= words.size() || words[k + 1].id.valid()) return false;
  const std::string& next = words[k + 1].lower;
  const std::string base = lexicon::lemma(next, lexicon::PartOfSpeech::Noun);
  if (!base.empty() && base != next) return true;
  // WordNet knows some plurals as nouns of their own ("hands": workers), so a word in -s whose
  // singular is a noun is a plural too; a verb after a plural subject `both` has no -s.
  if (next.size() < 4 || next.back() != 's' || next[next.size() - 2] == 's') return false;
  return !lexicon::lemma(next.substr(0, next.size() - 1), lexicon::PartOfSpeech::Noun).empty();
}

bool ends_with_ly(const std::string& w) { return w.size() > 3 && w.compare(w.size() - 2, 2, "ly") == 0; }

}  // namespace ekonte::staging
