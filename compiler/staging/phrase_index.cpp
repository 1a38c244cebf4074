#include "compiler/staging/phrase_index.hpp"

namespace ekonte::staging {

PhraseIndex::PhraseIndex(const std::vector<std::vector<std::string>>& rows) {
  for (size_t r = 0; r < rows.size(); ++r)
    for (const std::string& text : rows[r]) {
      Phrase phrase{r, {}};
      for (size_t start = 0; start <= text.size();) {
        const size_t end = std::min(text.find(' ', start), text.size());
        phrase.words.push_back(text.substr(start, end - start));
        start = end + 1;
      }
      phrases_.push_back(std::move(phrase));
    }
  for (size_t p = 0; p < phrases_.size(); ++p) by_first_word_[phrases_[p].words.front()].push_back(static_cast<uint32_t>(p));
}

}  // namespace ekonte::staging
