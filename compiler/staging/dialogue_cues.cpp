// What a dialogue cue's parenthetical and extension say about the speaker: a feeling, a
// delivery, a voice off screen.
#include "compiler/staging/infer_staging.hpp"
#include "compiler/staging/staging_vocabulary.hpp"

#include <cctype>

#include "vocabulary/staging.hpp"
#include "vocabulary/vocabulary.hpp"

namespace ekonte {

using staging::Attr;

bool expression_from_words(const std::string& text, Expression* out) {
  const auto words = split_words(to_lower(text).c_str());
  bool found = false;
  for (const auto& w : words) {
    std::string clean;
    for (char c : w)
      if (std::isalpha(static_cast<unsigned char>(c))) clean += c;
    for (const auto& p : staging::staging_phrases())
      if (p.attr == Attr::Expression && clean == p.words) {
        *out = static_cast<Expression>(p.value);
        found = true;
      }
  }
  return found;
}

Delivery delivery_from_parenthetical(const std::string& parenthetical) {
  return vocabulary::match_delivery(parenthetical);
}

bool is_off_screen(const std::string& parenthetical) {
  const std::string p = to_lower(parenthetical);
  for (const char* w : {"v.o.", "o.s.", "o.c.", "off", "voice over", "vo", "os"}) {
    const std::string word = w;
    if (p == word || p.find(word + " ") == 0 || p.find(" " + word) != std::string::npos ||
        (word.size() > 3 && p.find(word) != std::string::npos))
      return true;
  }
  return false;
}

}  // namespace ekonte
