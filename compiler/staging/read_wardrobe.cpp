#include "compiler/staging/read_wardrobe.hpp"

#include <algorithm>

#include "compiler/staging/phrase_index.hpp"

#include "lexicon/lexicon.hpp"
#include "vocabulary/character_words.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte::staging {
namespace {

template <typename Row, size_t N>
PhraseIndex index_of(const Row (&rows)[N]) {
  return PhraseIndex(vocabulary::split_column(rows, &Row::phrases));
}

bool ends_in_row_phrase(const std::string& words, const std::vector<std::vector<std::string>>& rows) {
  for (const auto& r : rows)
    for (const std::string& p : r)
      if (words == p || (words.size() > p.size() && words.compare(words.size() - p.size(), p.size(), p) == 0 &&
                         words[words.size() - p.size() - 1] == ' '))
        return true;
  return false;
}

Sourced<WardrobeChange> change(const std::vector<Word>& words, size_t k, size_t n, std::string garment, WearWord wear) {
  Sourced<WardrobeChange> c;
  c.value = {std::move(garment), vocabulary::row(wear).change == vocabulary::WearChange::Off, wear};
  c.origin = Origin::Action;
  c.words = joined_text(words, k, k + n);
  c.span = words[k].span;
  c.span.length = words[k + n - 1].span.offset + words[k + n - 1].span.length - c.span.offset;
  return c;
}

}  // namespace

bool is_garment(const std::string& words) {
  if (words.empty()) return false;
  using vocabulary::split_column;
  static const auto headwear = split_column(vocabulary::kHeadwearRows, &vocabulary::HeadwearRow::phrases);
  static const auto outerwear = split_column(vocabulary::kOuterwearRows, &vocabulary::OuterwearRow::phrases);
  static const auto outfit = split_column(vocabulary::kOutfitRows, &vocabulary::OutfitRow::phrases);
  static const auto footwear = split_column(vocabulary::kFootwearRows, &vocabulary::FootwearRow::phrases);
  if (ends_in_row_phrase(words, headwear) || ends_in_row_phrase(words, outerwear) || ends_in_row_phrase(words, outfit) ||
      ends_in_row_phrase(words, footwear))
    return true;
  const std::string head = words.substr(words.rfind(' ') == std::string::npos ? 0 : words.rfind(' ') + 1);
  for (std::string_view root : {"clothing", "headdress", "footwear"})
    if (lexicon::is_under(head, lexicon::PartOfSpeech::Noun, root)) return true;
  return false;
}

void read_wardrobe(const std::vector<Word>& words, size_t from, size_t to, Assignment& a) {
  static const PhraseIndex wetness_phrases = index_of(vocabulary::kWetnessRows);
  static const PhraseIndex wear_phrases = index_of(vocabulary::kWearWordRows);
  const auto lower = [&](size_t i) -> const std::string& { return words[i].lower; };
  for (size_t k = from; k < to; ++k) {
    // Wetness: the wettest row named in the clause.
    wetness_phrases.for_each_match(k, to, lower, [&](size_t r, size_t n) {
      if (a.wet && size_t(a.wet->value) > r) return;
      Sourced<Wetness> wet;
      wet.value = Wetness(r);
      wet.origin = Origin::Action;
      wet.words = joined_text(words, k, k + n);
      wet.span = words[k].span;
      wet.span.length = words[k + n - 1].span.offset + words[k + n - 1].span.length - wet.span.offset;
      a.wet = wet;
    });
    // A wear word, then the garment: the longest run of the noun phrase after it that is one
    // ("a sou'wester too big for him" is a sou'wester).
    size_t best_n = 0;
    WearWord best = WearWord::Wearing;
    wear_phrases.for_each_match(k, to, lower, [&](size_t r, size_t n) {
      if (n > best_n) best_n = n, best = WearWord(r);
    });
    if (best_n == 0) continue;
    // "in a flat cap and a heavy greatcoat": garments joined by `and` share the wear word.
    for (size_t at = k + best_n; at < to;) {
      const auto noun = noun_at(words, at, to);
      if (!noun) break;
      std::string garment = noun->value;
      while (!garment.empty() && !is_garment(garment)) {
        const size_t cut = garment.rfind(' ');
        garment = cut == std::string::npos ? std::string() : garment.substr(0, cut);
      }
      if (garment.empty()) break;
      const std::string last_word = garment.substr(garment.rfind(' ') == std::string::npos ? 0 : garment.rfind(' ') + 1);
      size_t last = at;
      while (last + 1 < to && words[last].lower != last_word) ++last;
      a.wardrobe.push_back(change(words, k, last - k + 1, garment, best));
      k = last;
      if (last + 2 >= to || words[last + 1].lower != "and") break;
      at = last + 2;
    }
  }
}

}  // namespace ekonte::staging
